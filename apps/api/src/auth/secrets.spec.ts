import { formatCompoundToken, parseCompoundToken, randomSecret, sameHash, sha256Hex } from './secrets';

describe('compound tokens', () => {
  const companyId = '5b89f988-db79-471c-ba09-488c84931cfa';
  const id = '18407519-e8bd-4515-8e29-d75239971230';

  it('round-trips', () => {
    const secret = randomSecret();
    expect(parseCompoundToken(formatCompoundToken({ companyId, id, secret }))).toEqual({
      companyId,
      id,
      secret,
    });
  });

  it.each([
    undefined,
    '',
    'a.b.c',
    `${companyId}.${id}`,
    `${companyId}.${id}.short`,
    `not-a-uuid.${id}.${'A'.repeat(43)}`,
    `${companyId}.${id}.${'A'.repeat(43)}.extra`,
    `${companyId}'--.${id}.${'A'.repeat(43)}`,
  ])('refuses %j', (raw) => {
    expect(parseCompoundToken(raw)).toBeUndefined();
  });

  it('secrets are 256-bit and distinct', () => {
    const secrets = new Set(Array.from({ length: 100 }, randomSecret));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
  });

  it('compares hashes in constant time and exactly', () => {
    expect(sameHash(sha256Hex('a'), sha256Hex('a'))).toBe(true);
    expect(sameHash(sha256Hex('a'), sha256Hex('b'))).toBe(false);
    expect(sameHash(sha256Hex('a'), 'abcd')).toBe(false);
  });
});
