import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, ConfigError, loadConfig } from '../config/config';

/**
 * The one store for secrets the server must use again (webhook signing secrets, OIDC client secrets, later
 * importer and gateway provider keys). Secrets the server only has to *recognise* (refresh tokens, API
 * keys, invitation tokens) are hashed instead (`auth/secrets.ts`): a hash is enough there and leaks less.
 *
 * Envelope encryption with AES-256-GCM (node:crypto):
 * - each secret gets its own random 256-bit data key (DEK); the plaintext is sealed with it, the
 *   additional authenticated data being the secret's *context* (table, column, company and row), so a
 *   ciphertext copied onto another row or company does not open;
 * - the DEK is wrapped with a key-encryption key (KEK) from the environment (`SECRET_KEYS`), and the KEK's
 *   id is stored with the ciphertext, so several KEKs can be live at once.
 *
 * Rotation without downtime: put a new KEK first in `SECRET_KEYS` (it seals everything new) and keep the
 * old ones after it (they still open what they wrapped); at start every instance re-wraps the DEKs still
 * under an old KEK (`SecretRewrapService`, only the 60-byte wrapped key changes, never the sealed data);
 * once no ciphertext names the old id, drop it from `SECRET_KEYS`.
 *
 * Format (ASCII, one string): `v1.<kek id>.<base64url(iv|tag|wrapped DEK)>.<base64url(iv|tag|ciphertext)>`.
 */

export interface SecretKey {
  id: string;
  key: Buffer;
}

const VERSION = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The id of the fixed development key (never accepted in production). */
export const DEV_KEY_ID = 'dev';

export class SecretStoreError extends Error {}

function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new SecretStoreError('ciphertext is too short');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SecretStoreError('ciphertext does not open (wrong key, context or tampered)');
  }
}

const wrapAad = (keyId: string) => `tokenroll-dek:${VERSION}:${keyId}`;
const dataAad = (context: string) => `tokenroll-secret:${VERSION}:${context}`;

interface Parsed {
  keyId: string;
  wrapped: Buffer;
  sealed: Buffer;
}

function parse(ciphertext: string): Parsed {
  const parts = ciphertext.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION || !KEY_ID.test(parts[1]))
    throw new SecretStoreError('not a sealed secret');
  return {
    keyId: parts[1],
    wrapped: Buffer.from(parts[2], 'base64url'),
    sealed: Buffer.from(parts[3], 'base64url'),
  };
}

export class SecretStore {
  private readonly keys: Map<string, Buffer>;

  /** `keys[0]` is the primary (it wraps every new DEK); the others only unwrap. */
  constructor(private readonly keyList: SecretKey[]) {
    if (!keyList.length) throw new SecretStoreError('at least one key is required');
    this.keys = new Map();
    for (const { id, key } of keyList) {
      if (!KEY_ID.test(id)) throw new SecretStoreError(`bad key id "${id}"`);
      if (key.length !== 32) throw new SecretStoreError(`key "${id}" must be 32 bytes`);
      if (this.keys.has(id)) throw new SecretStoreError(`key id "${id}" is given twice`);
      this.keys.set(id, key);
    }
  }

  get primaryKeyId(): string {
    return this.keyList[0].id;
  }

  /** Seals a secret for the place it is kept (`context`, e.g. `webhook_endpoints.secret:<company>:<id>`). */
  seal(plaintext: string, context: string): string {
    const { id, key } = this.keyList[0];
    const dek = randomBytes(32);
    const sealed = seal(dek, Buffer.from(plaintext, 'utf8'), dataAad(context));
    const wrapped = seal(key, dek, wrapAad(id));
    dek.fill(0);
    return [VERSION, id, wrapped.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  /** The plaintext of a sealed secret; throws SecretStoreError when the key is unknown or anything differs. */
  open(ciphertext: string, context: string): string {
    const parsed = parse(ciphertext);
    const dek = this.unwrap(parsed);
    try {
      return open(dek, parsed.sealed, dataAad(context)).toString('utf8');
    } finally {
      dek.fill(0);
    }
  }

  /** The id of the key that wrapped this ciphertext. */
  keyIdOf(ciphertext: string): string {
    return parse(ciphertext).keyId;
  }

  /** True when the ciphertext's DEK is wrapped by a key other than the primary. */
  needsRewrap(ciphertext: string): boolean {
    return this.keyIdOf(ciphertext) !== this.primaryKeyId;
  }

  /** The same sealed data with its DEK re-wrapped by the primary key (no context needed: data is untouched). */
  rewrap(ciphertext: string): string {
    const parsed = parse(ciphertext);
    if (parsed.keyId === this.primaryKeyId) return ciphertext;
    const dek = this.unwrap(parsed);
    try {
      const wrapped = seal(this.keyList[0].key, dek, wrapAad(this.primaryKeyId));
      return [
        VERSION,
        this.primaryKeyId,
        wrapped.toString('base64url'),
        parsed.sealed.toString('base64url'),
      ].join('.');
    } finally {
      dek.fill(0);
    }
  }

  private unwrap(parsed: Parsed): Buffer {
    const kek = this.keys.get(parsed.keyId);
    if (!kek)
      throw new SecretStoreError(`sealed with key "${parsed.keyId}", which is not in SECRET_KEYS any more`);
    const dek = open(kek, parsed.wrapped, wrapAad(parsed.keyId));
    if (dek.length !== 32) throw new SecretStoreError('wrapped data key has the wrong size');
    return dek;
  }
}

/** `SECRET_KEYS`: `id:base64key[,id:base64key…]`, each key 32 random bytes (`openssl rand -base64 32`). */
export function parseSecretKeys(raw: string): SecretKey[] {
  const keys: SecretKey[] = [];
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id))
      throw new ConfigError(
        'SECRET_KEYS',
        'each entry must be <id>:<base64 key>, the id of letters, digits, - or _',
      );
    // Node's base64 decoder takes the standard and the URL-safe alphabet alike.
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32)
      throw new ConfigError(
        'SECRET_KEYS',
        `key "${id}" must be 32 bytes in base64 (openssl rand -base64 32)`,
      );
    if (keys.some((known) => known.id === id))
      throw new ConfigError('SECRET_KEYS', `key id "${id}" is given twice`);
    keys.push({ id, key });
  }
  if (!keys.length) throw new ConfigError('SECRET_KEYS', 'names no key');
  return keys;
}

/** The development key: fixed, derived from a public string, so dev and test data stay readable across runs. */
export function developmentKey(): SecretKey {
  return {
    id: DEV_KEY_ID,
    key: createHash('sha256').update('tokenroll development secret key: not for production').digest(),
  };
}

/**
 * The key ring this process uses:
 * - `SECRET_KEYS` when set;
 * - production with an external database refuses to start without it (checked in loadConfig);
 * - production on the embedded database (the single-machine demo, `npm start`) keeps a random key in the
 *   data folder, like the JWT secret;
 * - development and test use the fixed development key, with a warning.
 */
export function resolveSecretStore(
  config: AppConfig,
  warn: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): SecretStore {
  if (config.secretKeys) return new SecretStore(config.secretKeys);
  if (config.nodeEnv === 'production') {
    if (config.databaseUrl)
      throw new ConfigError('SECRET_KEYS', 'is required in production with an external database');
    const file = join(config.dataDir, 'secret-key');
    if (!existsSync(file)) {
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(file, `local:${randomBytes(32).toString('base64')}`, { mode: 0o600 });
    }
    return new SecretStore(parseSecretKeys(readFileSync(file, 'utf8').trim()));
  }
  warn(
    JSON.stringify({
      level: 40,
      time: Date.now(),
      msg: `SECRET_KEYS is not set: secrets are sealed with the fixed development key "${DEV_KEY_ID}" (never use this in production)`,
    }),
  );
  return new SecretStore([developmentKey()]);
}

let processStore: SecretStore | undefined;

/** The store of this process (the app and its migrations share it): resolved once, from `config`. */
export function processSecretStore(config: AppConfig = loadConfig(process.env)): SecretStore {
  processStore ??= resolveSecretStore(config);
  return processStore;
}
