import type { secureHeaders } from 'hono/secure-headers';
import type { ServerOptions } from './options.ts';

export const CSP_REPORT_PATH = '/csp-report';
/** Name of the Reporting-Endpoints entry the CSP `report-to` directive refers to. */
export const CSP_REPORT_GROUP = 'csp-endpoint';

export type CspDirectives = NonNullable<NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']>;

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
export function contentSecurityPolicy(extraConnectOrigins: readonly string[]): CspDirectives {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'http:', 'https:'],
    connectSrc: ["'self'", ...extraConnectOrigins],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    reportUri: CSP_REPORT_PATH,
    reportTo: CSP_REPORT_GROUP,
  };
}
