import type { MiddlewareHandler } from 'hono';
import { CSP_REPORT_GROUP, CSP_REPORT_PATH } from './content-security-policy.ts';

/** Only the clipboard (copy buttons) is allowed, and only for this origin. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

export function securityHeaderValues(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Reporting-Endpoints': `${CSP_REPORT_GROUP}="${CSP_REPORT_PATH}"`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Sets the security headers on every response, errors and not-found answers included. */
export function securityHeaders(csp: string): MiddlewareHandler {
  const values = Object.entries(securityHeaderValues(csp));
  return async (c, next) => {
    await next();
    for (const [name, value] of values) c.header(name, value);
  };
}
