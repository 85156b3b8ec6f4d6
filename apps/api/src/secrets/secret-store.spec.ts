import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config/config';
import {
  DEV_KEY_ID,
  parseSecretKeys,
  resolveSecretStore,
  SecretStore,
  SecretStoreError,
} from './secret-store';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('secret store (AES-256-GCM envelope)', () => {
  const old = key('2026-06');
  const next = key('2026-12');

  it('seals to a ciphertext that names its key and hides the plaintext, and opens it again', () => {
    const store = new SecretStore([old]);
    const sealed = store.seal('whsec_plain', 'ctx:a');
    expect(sealed).toMatch(/^v1\.2026-06\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('whsec_plain');
    expect(store.open(sealed, 'ctx:a')).toBe('whsec_plain');
    // A fresh data key and IV every time: the same secret never seals to the same text.
    expect(store.seal('whsec_plain', 'ctx:a')).not.toBe(sealed);
  });

  it('refuses another context (a ciphertext copied to another row or company)', () => {
    const store = new SecretStore([old]);
    const sealed = store.seal('s', 'webhook_endpoints.secret:company-a:1');
    expect(() => store.open(sealed, 'webhook_endpoints.secret:company-b:1')).toThrow(SecretStoreError);
  });

  it('refuses a tampered wrapped key, a tampered body and an unknown key id', () => {
    const store = new SecretStore([old]);
    const [v, id, wrapped, body] = store.seal('secret', 'c').split('.');
    const flip = (text: string) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[bytes.length - 1] ^= 1;
      return bytes.toString('base64url');
    };
    expect(() => store.open([v, id, flip(wrapped), body].join('.'), 'c')).toThrow(SecretStoreError);
    expect(() => store.open([v, id, wrapped, flip(body)].join('.'), 'c')).toThrow(SecretStoreError);
    expect(() => new SecretStore([key('other')]).open([v, id, wrapped, body].join('.'), 'c')).toThrow(
      /not in SECRET_KEYS/,
    );
    // The key id is authenticated: relabelling the wrapped key under another known id does not open.
    const two = new SecretStore([old, { id: 'x', key: old.key }]);
    expect(() => two.open([v, 'x', wrapped, body].join('.'), 'c')).toThrow(SecretStoreError);
  });

  it('rotates without downtime: the new primary seals, the old key still opens, re-wrap moves to the new key', () => {
    const before = new SecretStore([old]).seal('whsec_kept', 'c');
    const rotated = new SecretStore([next, old]);
    expect(rotated.open(before, 'c')).toBe('whsec_kept');
    expect(rotated.keyIdOf(rotated.seal('new', 'c'))).toBe('2026-12');
    expect(rotated.needsRewrap(before)).toBe(true);
    const rewrapped = rotated.rewrap(before);
    expect(rotated.keyIdOf(rewrapped)).toBe('2026-12');
    expect(rotated.needsRewrap(rewrapped)).toBe(false);
    // The sealed data itself is untouched (only the wrapped data key changed).
    expect(rewrapped.split('.')[3]).toBe(before.split('.')[3]);
    // Once re-wrapped, the old key can go.
    expect(new SecretStore([next]).open(rewrapped, 'c')).toBe('whsec_kept');
    expect(() => new SecretStore([next]).open(before, 'c')).toThrow(SecretStoreError);
  });

  it('reads SECRET_KEYS as id:base64 entries, first is primary, and names what is wrong', () => {
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64url');
    expect(parseSecretKeys(`k2:${a}, k1:${b}`).map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(() => parseSecretKeys(`k1:${randomBytes(16).toString('base64')}`)).toThrow(/32 bytes/);
    expect(() => parseSecretKeys(`bad id:${a}`)).toThrow(/SECRET_KEYS/);
    expect(() => parseSecretKeys(`k:${a},k:${a}`)).toThrow(/twice/);
    expect(() => parseSecretKeys(',')).toThrow(/no key/);
  });

  it('production with an external database refuses to start without SECRET_KEYS', () => {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://o:p@db/tokenroll',
      DATABASE_APP_URL: 'postgres://a:app-pw-of-mine@db/tokenroll',
      JWT_SECRET: 'x'.repeat(40),
    };
    expect(() => loadConfig(env)).toThrow(/SECRET_KEYS/);
    const withKeys = loadConfig({ ...env, SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}` });
    expect(resolveSecretStore(withKeys).primaryKeyId).toBe('k1');
  });

  it('development and test use the fixed development key, with a warning', () => {
    const warnings: string[] = [];
    const store = resolveSecretStore(loadConfig({ NODE_ENV: 'test' }), (m) => warnings.push(m));
    expect(store.primaryKeyId).toBe(DEV_KEY_ID);
    expect(warnings.join()).toMatch(/SECRET_KEYS is not set/);
    // Fixed: another process opens what this one sealed.
    const again = resolveSecretStore(loadConfig({ NODE_ENV: 'development' }), () => undefined);
    expect(again.open(store.seal('s', 'c'), 'c')).toBe('s');
  });
});
