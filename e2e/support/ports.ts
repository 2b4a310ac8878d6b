/**
 * Ports of the servers the e2e suite starts (see playwright.config.ts). The app's is its
 * own, not 4173 (the default of `npm run serve` and `vite preview`), so a server a
 * developer left running there is never mistaken for the suite's gateway-mode server.
 */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4273);
export const AUTH_API_PORT = Number(process.env.E2E_AUTH_API_PORT ?? 4011);
export const LIMITED_API_PORT = Number(process.env.E2E_LIMITED_API_PORT ?? 4012);
export const ADMIN_API_PORT = Number(process.env.E2E_ADMIN_API_PORT ?? 4013);

export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
/** A second demo API that requires credentials, for the Settings and 401 flows. */
export const AUTH_API_URL = `http://127.0.0.1:${AUTH_API_PORT}`;
/** Allowed by the CSP in the e2e deploy, but nothing listens there. */
export const UNREACHABLE_API_URL = 'http://127.0.0.1:9';
/** A demo API that allows few requests a second and answers slowly, for the bulk run's pauses and Cancel. */
export const LIMITED_API_URL = `http://127.0.0.1:${LIMITED_API_PORT}`;
/**
 * A demo API with its admin routes on, for the stale-link watch: changing an offer there
 * (chosen in Settings) changes nothing another spec reads.
 */
export const ADMIN_API_URL = `http://127.0.0.1:${ADMIN_API_PORT}`;
