import { refreshCookieSecure } from './refresh-cookie';

describe('the refresh cookie is Secure outside local development', () => {
  it.each([
    ['https://tokenroll.example.com', true],
    ['http://tokenroll.example.com', true],
    ['http://10.0.0.5:3000', true],
    ['https://localhost:3000', true],
    ['http://localhost:3000', false],
    ['http://127.0.0.1:4000', false],
    ['http://[::1]:3000', false],
  ])('%s: Secure %s', (publicUrl, secure) => {
    expect(refreshCookieSecure(publicUrl)).toBe(secure);
  });
});
