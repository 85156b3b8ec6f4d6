import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** 256 random bits, URL-safe. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** High-entropy secrets are stored as SHA-256 (a slow hash buys nothing for 256 random bits). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A bearer token that names its tenant: `<companyId>.<rowId>.<secret>`. */
export interface CompoundToken {
  companyId: string;
  id: string;
  secret: string;
}

export function formatCompoundToken(token: CompoundToken): string {
  return `${token.companyId}.${token.id}.${token.secret}`;
}

export function parseCompoundToken(raw: string | undefined): CompoundToken | undefined {
  if (!raw) return undefined;
  const parts = raw.split('.');
  if (parts.length !== 3) return undefined;
  const [companyId, id, secret] = parts;
  if (!isUuid(companyId) || !isUuid(id) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  return { companyId, id, secret };
}
