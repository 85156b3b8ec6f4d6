import { ConfigError, loadConfig } from './config';
import { Clock } from '../clock/business-clock';

describe('loadConfig', () => {
  it('has working defaults for the embedded demo', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      nodeEnv: 'development',
      databaseUrl: undefined,
      seedDemo: true,
      returnInvitationLinks: true,
    });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', /whole number/],
    [{ PORT: '70000' }, 'PORT', /between 1 and 65535/],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', /development, production or test/],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', /postgres/],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL', /not a URL/],
    [{ DATABASE_APP_URL: 'postgres://a@b/c' }, 'DATABASE_APP_URL', /DATABASE_URL/],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET', /32 characters/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' }, 'JWT_SECRET', /required in production/],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO', /true or false/],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL', /http/],
  ])('%j is refused naming %s', (env, variable, reason) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(reason);
  });

  it('turns demo seeding and invitation links off with an external production database', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://a@b/c',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.seedDemo).toBe(false);
    expect(config.returnInvitationLinks).toBe(false);
  });
});

describe('the business clock', () => {
  it('can be pinned outside production, and names the variable when the date is bad', () => {
    expect(loadConfig({ BUSINESS_DATE: '2028-02-29' }).businessDate).toBe('2028-02-29');
    expect(loadConfig({}).businessDate).toBeUndefined();
    expect(() => loadConfig({ BUSINESS_DATE: '2027-02-29' })).toThrow(/BUSINESS_DATE: must be a date/);
  });

  it('is refused pinned in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', BUSINESS_DATE: '2026-12-31', JWT_SECRET: 'x'.repeat(32) }),
    ).toThrow(/BUSINESS_DATE: pins the business clock, which production refuses/);
  });

  it('keeps "today" on the pinned day whatever the real time', () => {
    const clock = new Clock('2026-12-31');
    expect(clock.today()).toBe('2026-12-31');
    expect(clock.today('Pacific/Kiritimati')).toBe('2026-12-31');
    expect(clock.now().toISOString().slice(0, 10)).toBe('2026-12-31');
    const real = new Clock(undefined);
    expect(real.today()).toBe(new Date().toISOString().slice(0, 10));
  });
});
