import { isIsoDate } from '@tokenroll/domain';
import { resolve } from 'node:path';
import { parseNetwork } from '../outbound/outbound-policy';
import { parseSecretKeys, SecretKey } from '../secrets/secret-store';

/** Configuration read once from the environment at start; a bad value stops the process with its name. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  /** A pinned business date (tests, demos); production refuses one. Unset: the real date. */
  businessDate: string | undefined;
  port: number;
  host: string;
  /** Owner (or admin) connection. Unset: an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | undefined;
  /** Connection as the app role (no ownership, no BYPASSRLS). Unset: derived after provisioning. */
  databaseAppUrl: string | undefined;
  databaseOwnerPassword: string;
  databaseAppPassword: string;
  dataDir: string;
  jwtSecret: string | undefined;
  /** Key-encryption keys of the secret store (`SECRET_KEYS`), the first one primary; unset: see resolveSecretStore. */
  secretKeys: SecretKey[] | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  invitationTtlHours: number;
  publicUrl: string;
  seedDemo: boolean;
  /** Return invitation links to the inviting admin too (they are also mailed; off in production with an external DB). */
  returnInvitationLinks: boolean;
  webDistDir: string;
  logLevel: string;
  trustProxy: boolean;
  /** Run scheduled jobs (pg-boss) in this instance. */
  jobsEnabled: boolean;
  /** How long an authorization's hold lasts unless settled or voided (a request may ask for less). */
  holdTtlSeconds: number;
  /** How often the jobs runner releases expired holds (the slot of the `holds.expire` job). */
  holdSweepSeconds: number;
  loginMaxFailuresPerEmail: number;
  loginMaxFailuresPerIp: number;
  loginThrottleWindowSeconds: number;
  /** Sign-in attempts per email across addresses per window (a distributed guess). */
  loginMaxFailuresPerAccount: number;
  /** The first delay once an (email, address) has used its attempts; doubles each time, up to the window. */
  loginLockoutSeconds: number;
  /** Companies one address may sign up per SIGNUP_WINDOW_SECONDS. */
  signupMaxPerIp: number;
  signupWindowSeconds: number;
  /** Machine requests (ingest, OTLP, authorizations, budget) per API key and per company per window. */
  rateLimitPerKey: number;
  rateLimitPerCompany: number;
  rateLimitWindowSeconds: number;
  /** Outgoing mail (alerts, invitations), e.g. smtp://user:pass@mail:587; unset: mail is recorded as skipped. */
  smtpUrl: string | undefined;
  /** The From address of outgoing mail. */
  mailFrom: string;
  /** First retry delay of a failed mail or webhook delivery; it doubles per attempt (capped at an hour). */
  alertRetrySeconds: number;
  /** Attempts before a delivery is marked FAILED. */
  alertMaxAttempts: number;
  /** How often this instance sends due deliveries (mail, webhooks). */
  alertSweepSeconds: number;
  /** How often (minutes) the alert evaluation job runs across companies, when jobs are enabled. */
  alertEvaluateMinutes: number;
  /** The first retry delay (seconds, doubling after) of a failed scheduled job. */
  jobRetryDelaySeconds: number;
  /**
   * Networks the server may call although they are loopback, private or link-local (OUTBOUND_ALLOWED_NETWORKS,
   * comma-separated CIDRs or addresses): the operator's exception for tests and self-hosted installs.
   */
  outboundAllowedNetworks: string[];
  /**
   * Bearer token that `/metrics` asks for (METRICS_TOKEN). Unset: `/metrics` is open in development and
   * test, and off (404) in production.
   */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid environment variable ${variable}: ${reason}`);
  }
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw;
}

function mailFrom(env: NodeJS.ProcessEnv): string {
  const raw = env.MAIL_FROM?.trim();
  if (!raw) return 'tokenroll@localhost';
  // A bare address or "Name <address>", one line.
  if (/[\r\n]/.test(raw) || !/^([^<>@]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(raw))
    throw new ConfigError('MAIL_FROM', `must be an email address or "Name <address>", got "${raw}"`);
  return raw;
}

function networks(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of list) {
    try {
      parseNetwork(item);
    } catch {
      throw new ConfigError(name, `"${item}" is not an IP address or CIDR network (like 127.0.0.0/8)`);
    }
  }
  return list;
}

/** The development passwords of the database roles (`tokenroll_owner_dev`, `tokenroll_app_dev`). */
const DEV_PASSWORD = /^tokenroll_\w+_dev$/;

/**
 * Production with an external database refuses the development role passwords (issue 13): in the URLs,
 * and for the roles it would create (DATABASE_OWNER_PASSWORD / DATABASE_APP_PASSWORD, whose defaults are
 * those). The embedded database of `npm start` listens on loopback only and keeps them.
 */
function refuseDevPasswords(env: NodeJS.ProcessEnv, databaseUrl: string, databaseAppUrl: string | undefined) {
  for (const [name, value] of [
    ['DATABASE_URL', databaseUrl],
    ['DATABASE_APP_URL', databaseAppUrl],
  ] as const)
    if (value && DEV_PASSWORD.test(decodeURIComponent(new URL(value).password)))
      throw new ConfigError(
        name,
        'carries a development password (tokenroll_*_dev), which production refuses',
      );
  if (databaseAppUrl) return; // the operator made the roles: the URLs are all there is
  for (const name of ['DATABASE_OWNER_PASSWORD', 'DATABASE_APP_PASSWORD'])
    if (!env[name] || DEV_PASSWORD.test(env[name] as string))
      throw new ConfigError(
        name,
        'must be set to a password of your own in production (the roles this server creates would get tokenroll_*_dev)',
      );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV || 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const port = int(env, 'PORT', 3000, 1, 65535);
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const databaseAppUrl = url(env, 'DATABASE_APP_URL', ['postgres:', 'postgresql:']);
  if (databaseAppUrl && !databaseUrl) {
    throw new ConfigError(
      'DATABASE_APP_URL',
      'is set but DATABASE_URL (the owner connection for migrations) is not',
    );
  }
  const jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  }
  if (nodeEnv === 'production' && databaseUrl && !jwtSecret) {
    throw new ConfigError('JWT_SECRET', 'is required in production with an external database');
  }
  const secretKeys = env.SECRET_KEYS ? parseSecretKeys(env.SECRET_KEYS) : undefined;
  if (nodeEnv === 'production' && databaseUrl && !secretKeys) {
    throw new ConfigError('SECRET_KEYS', 'is required in production with an external database');
  }
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const dataDir = resolve(env.TOKENROLL_DATA_DIR || '.data');
  const businessDate = env.BUSINESS_DATE || undefined;
  if (businessDate !== undefined) {
    if (!isIsoDate(businessDate))
      throw new ConfigError('BUSINESS_DATE', `must be a date like 2026-12-31, got "${businessDate}"`);
    if (nodeEnv === 'production')
      throw new ConfigError('BUSINESS_DATE', 'pins the business clock, which production refuses');
  }
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 24)
    throw new ConfigError('METRICS_TOKEN', 'must be at least 24 characters');
  const databaseOwnerPassword = env.DATABASE_OWNER_PASSWORD || 'tokenroll_owner_dev';
  const databaseAppPassword = env.DATABASE_APP_PASSWORD || 'tokenroll_app_dev';
  if (nodeEnv === 'production' && databaseUrl) refuseDevPasswords(env, databaseUrl, databaseAppUrl);
  return {
    nodeEnv,
    businessDate,
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    databaseAppUrl,
    databaseOwnerPassword,
    databaseAppPassword,
    dataDir,
    jwtSecret,
    secretKeys,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 10, 86400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    invitationTtlHours: int(env, 'INVITATION_TTL_HOURS', 72, 1, 24 * 30),
    publicUrl: publicUrl.replace(/\/$/, ''),
    seedDemo: bool(env, 'SEED_DEMO', !databaseUrl),
    returnInvitationLinks: bool(env, 'RETURN_INVITATION_LINKS', !(nodeEnv === 'production' && databaseUrl)),
    webDistDir: resolve(env.WEB_DIST_DIR || resolve(__dirname, '../../../../../web')),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    jobsEnabled: bool(env, 'JOBS_ENABLED', true),
    holdTtlSeconds: int(env, 'HOLD_TTL_SECONDS', 600, 1, 86_400),
    holdSweepSeconds: int(env, 'HOLD_SWEEP_SECONDS', 15, 1, 3_600),
    loginMaxFailuresPerEmail: int(env, 'LOGIN_MAX_FAILURES_PER_EMAIL', 5, 1, 1000),
    loginMaxFailuresPerIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 50, 1, 100000),
    loginThrottleWindowSeconds: int(env, 'LOGIN_THROTTLE_WINDOW_SECONDS', 900, 1, 86400),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 100, 1, 100000),
    loginLockoutSeconds: int(env, 'LOGIN_LOCKOUT_SECONDS', 60, 1, 86400),
    signupMaxPerIp: int(env, 'SIGNUP_MAX_PER_IP', 10, 1, 100000),
    signupWindowSeconds: int(env, 'SIGNUP_WINDOW_SECONDS', 3600, 1, 86400),
    rateLimitPerKey: int(env, 'RATE_LIMIT_PER_KEY', 10_000, 1, 1_000_000_000),
    rateLimitPerCompany: int(env, 'RATE_LIMIT_PER_COMPANY', 40_000, 1, 1_000_000_000),
    rateLimitWindowSeconds: int(env, 'RATE_LIMIT_WINDOW_SECONDS', 10, 1, 3600),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: mailFrom(env),
    alertRetrySeconds: int(env, 'ALERT_RETRY_SECONDS', 30, 1, 3600),
    alertMaxAttempts: int(env, 'ALERT_MAX_ATTEMPTS', 12, 1, 50),
    alertSweepSeconds: int(env, 'ALERT_SWEEP_SECONDS', 5, 1, 3600),
    alertEvaluateMinutes: int(env, 'ALERT_EVALUATE_MINUTES', 5, 1, 60),
    jobRetryDelaySeconds: int(env, 'JOB_RETRY_DELAY_SECONDS', 60, 1, 3600),
    outboundAllowedNetworks: networks(env, 'OUTBOUND_ALLOWED_NETWORKS'),
    metricsToken,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
