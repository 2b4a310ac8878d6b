import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { CSP_REPORT_GROUP, CSP_REPORT_PATH, type CspDirectives } from './content-security-policy.ts';

/**
 * Every policy-controlled feature Chromium recognises on a desktop build (client hints
 * aside), denied outright except clipboard-write, which the copy buttons need on this
 * origin. Features left out keep their default allowlist, so the list has to be complete;
 * but a name Chromium does not know costs a console warning ("Error with
 * Permissions-Policy header: Unrecognized feature"), so it holds only names that are
 * registered unconditionally, or behind a flag that is on for Linux, Mac and Windows.
 * Left out on purpose, because some supported builds do not know them: bluetooth and
 * web-share (not on Linux), ambient-light-sensor, speaker-selection and
 * focus-without-user-activation (experimental), otp-credentials and the
 * private-state-token pair (behind browser-side switches), the Privacy Sandbox ad
 * features (attribution-reporting, browsing-topics, interest-cohort, shared-storage,
 * join-ad-interest-group, run-ad-auction: being removed), features behind origin trials
 * (language-model, summarizer, writer, rewriter, web-app-installation) and those only
 * isolated web apps see (direct-sockets, controlled-frame, smart-card, usb-unrestricted).
 */
const PERMISSIONS_POLICY_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-write',
  'compute-pressure',
  'cross-origin-isolated',
  'deferred-fetch',
  'deferred-fetch-minimal',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'keyboard-map',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'sync-xhr',
  'unload',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

/** The one feature the page may use, and only for its own origin. */
const ALLOWED_FEATURE = 'clipboard-write';

/**
 * Written here rather than through secureHeaders' permissionsPolicy option, whose feature
 * names lag Chromium's (it has no deferred-fetch-minimal or publickey-credentials-create).
 */
export const PERMISSIONS_POLICY = PERMISSIONS_POLICY_FEATURES.map((feature) =>
  feature === ALLOWED_FEATURE ? `${feature}=(self)` : `${feature}=()`,
).join(', ');

function headersFor(csp: CspDirectives): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: csp,
    reportingEndpoints: [{ name: CSP_REPORT_GROUP, url: CSP_REPORT_PATH }],
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    // The server speaks plain HTTP behind the TLS proxy; HSTS is the proxy's to send.
    strictTransportSecurity: false,
  });
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * Sets the security headers on every response, errors and not-found answers included:
 * `pageCsp` for the app; under `apiPaths` (JSON read by scripts, never a document) the
 * same plus `sandbox`, so an answer a browser opens directly renders as an opaque origin
 * where no script runs, whatever the body holds.
 */
export function securityHeaders(pageCsp: CspDirectives, apiPaths: readonly string[] = []): MiddlewareHandler {
  const page = headersFor(pageCsp);
  const api = headersFor({ ...pageCsp, sandbox: [] });
  return async (c, next) => {
    const handler = apiPaths.some((prefix) => isUnder(c.req.path, prefix)) ? api : page;
    await handler(c, next);
    c.res.headers.set('Permissions-Policy', PERMISSIONS_POLICY);
  };
}
