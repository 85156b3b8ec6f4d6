import { ConfigError, loadConfig } from './config';
import { Clock } from '../clock/business-clock';

// A production configuration that passes every check but the one a case is about (the secret store's key too).
const SECRET_KEYS = `k1:${Buffer.alloc(32, 7).toString('base64')}`;
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SECRET_KEYS };

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
    [{ OUTBOUND_ALLOWED_NETWORKS: '127.0.0.0/8,intranet' }, 'OUTBOUND_ALLOWED_NETWORKS', /"intranet"/],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN', /24 characters/],
    // Issue 13: the development role passwords are refused in production with an external database.
    [
      { ...PRODUCTION, DATABASE_URL: 'postgres://tokenroll_owner:tokenroll_owner_dev@db/t' },
      'DATABASE_URL',
      /development password/,
    ],
    [
      {
        ...PRODUCTION,
        DATABASE_URL: 'postgres://o:s3cret-own@db/t',
        DATABASE_APP_URL: 'postgres://tokenroll_app:tokenroll_app_dev@db/t',
      },
      'DATABASE_APP_URL',
      /development password/,
    ],
    [
      { ...PRODUCTION, DATABASE_URL: 'postgres://admin:adm1n-pw@db/t' },
      'DATABASE_OWNER_PASSWORD',
      /of your own/,
    ],
    [
      {
        ...PRODUCTION,
        DATABASE_URL: 'postgres://admin:adm1n-pw@db/t',
        DATABASE_OWNER_PASSWORD: 'owner-pw-of-mine',
        DATABASE_APP_PASSWORD: 'tokenroll_app_dev',
      },
      'DATABASE_APP_PASSWORD',
      /of your own/,
    ],
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
      SECRET_KEYS,
      DATABASE_OWNER_PASSWORD: 'owner-pw-of-mine',
      DATABASE_APP_PASSWORD: 'app-pw-of-mine',
    });
    expect(config.seedDemo).toBe(false);
    expect(config.returnInvitationLinks).toBe(false);
  });
});

describe('production database passwords', () => {
  it("are accepted when they are the operator's own, and with the embedded database", () => {
    expect(() =>
      loadConfig({
        ...PRODUCTION,
        DATABASE_URL: 'postgres://o:own-pw@db/t',
        DATABASE_APP_URL: 'postgres://a:app-pw@db/t',
      }),
    ).not.toThrow();
    expect(() => loadConfig({ NODE_ENV: 'production' })).not.toThrow();
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
