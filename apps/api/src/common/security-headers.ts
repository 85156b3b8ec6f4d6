import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { AppConfig } from '../config/config';

/**
 * Security headers of every answer, web app and API alike (issue 13), set by @fastify/helmet:
 * a Content-Security-Policy that allows only this origin's scripts (no inline script, no eval), styles from
 * here plus inline style attributes (Mantine and the charts set them), images from here and data:/blob:
 * URLs, and no framing (`frame-ancestors 'none'`, `X-Frame-Options: DENY`); `nosniff`; a Referrer-Policy
 * that sends no path to other sites; HSTS only when the public URL is https (a browser would otherwise pin
 * https on a plain-http install). The browser test `security-headers.spec.ts` signs in and walks pages with
 * this policy and fails on any violation.
 */
export function securityHeaders(config: AppConfig): FastifyHelmetOptions {
  const https = config.publicUrl.startsWith('https:');
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}
