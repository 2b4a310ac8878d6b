import type { ServerOptions } from './options.ts';

export const CSP_REPORT_PATH = '/csp-report';
/** Name of the Reporting-Endpoints entry the CSP `report-to` directive refers to. */
export const CSP_REPORT_GROUP = 'csp-endpoint';

/**
 * connect-src origins beyond 'self': the origin of an absolute API_BASE_URL, then the
 * CSP_CONNECT_SRC origins, de-duplicated.
 */
export function connectSrcOrigins(options: Pick<ServerOptions, 'apiBaseUrl' | 'cspConnectSrc'>): string[] {
  const origins: string[] = [];
  if (options.apiBaseUrl !== undefined && !options.apiBaseUrl.startsWith('/')) {
    origins.push(new URL(options.apiBaseUrl).origin);
  }
  origins.push(...options.cspConnectSrc);
  return [...new Set(origins)];
}

/**
 * The policy. No 'unsafe-inline' or 'unsafe-eval': the build's index.html loads one module
 * script, a classic /theme.js and a stylesheet, all same-origin files. img-src allows any
 * http(s) image because the impression-pixel preview shows the advertiser's pixel; it
 * leaves out data: because the app has no data: images (icons are inline SVG elements).
 */
export function buildContentSecurityPolicy(extraConnectOrigins: readonly string[]): string {
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'http:', 'https:'],
    ['connect-src', "'self'", ...extraConnectOrigins],
    ['font-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ['report-uri', CSP_REPORT_PATH],
    ['report-to', CSP_REPORT_GROUP],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}
