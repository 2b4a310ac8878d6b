import type { MiddlewareHandler } from 'hono';
import { CSP_REPORT_GROUP, CSP_REPORT_PATH } from './content-security-policy.ts';

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
export const PERMISSIONS_POLICY_FEATURES = [
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
export const ALLOWED_FEATURE = 'clipboard-write';

export const PERMISSIONS_POLICY = PERMISSIONS_POLICY_FEATURES.map((feature) =>
  feature === ALLOWED_FEATURE ? `${feature}=(self)` : `${feature}=()`,
).join(', ');

/**
 * The policy for API answers (the gateway and the demo API): JSON read by the app's
 * scripts, never a document. The page policy plus `sandbox`: should a browser open an
 * answer directly, it renders as an opaque origin where no script runs, no form submits
 * and no popup opens, whatever the body holds.
 */
export function apiContentSecurityPolicy(pageCsp: string): string {
  return `${pageCsp}; sandbox`;
}

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

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * Sets the security headers on every response, errors and not-found answers included:
 * `pageCsp` for the app, and the sandboxing apiContentSecurityPolicy under `apiPaths`.
 */
export function securityHeaders(pageCsp: string, apiPaths: readonly string[] = []): MiddlewareHandler {
  const pageValues = Object.entries(securityHeaderValues(pageCsp));
  const apiValues = Object.entries(securityHeaderValues(apiContentSecurityPolicy(pageCsp)));
  return async (c, next) => {
    await next();
    const path = c.req.path;
    const values = apiPaths.some((prefix) => isUnder(path, prefix)) ? apiValues : pageValues;
    for (const [name, value] of values) c.header(name, value);
  };
}
