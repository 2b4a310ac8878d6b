/** Ports of the servers the e2e suite starts (see playwright.config.ts). */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
export const AUTH_API_PORT = Number(process.env.E2E_AUTH_API_PORT ?? 4011);

export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
/** A second demo API that requires credentials, for the Settings and 401 flows. */
export const AUTH_API_URL = `http://127.0.0.1:${AUTH_API_PORT}`;
/** Allowed by the CSP in the e2e deploy, but nothing listens there. */
export const UNREACHABLE_API_URL = 'http://127.0.0.1:9';
