import { ConfigError, loadConfig } from './config';

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
