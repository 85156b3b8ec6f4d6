import { loadConfig } from '../config/config';
import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('sends HSTS and upgrades requests only when served over https', () => {
    const https = securityHeaders(loadConfig({ PUBLIC_URL: 'https://tokenroll.example.com' }));
    expect(https.strictTransportSecurity).toEqual({ maxAge: 31_536_000, includeSubDomains: true });
    expect(
      (https.contentSecurityPolicy as { directives: Record<string, unknown> }).directives,
    ).toHaveProperty('upgradeInsecureRequests');
    const http = securityHeaders(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }));
    expect(http.strictTransportSecurity).toBe(false);
    expect(
      (http.contentSecurityPolicy as { directives: Record<string, unknown> }).directives,
    ).not.toHaveProperty('upgradeInsecureRequests');
  });
});
