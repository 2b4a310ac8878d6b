import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/browser.ts';
import { DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY, DEFAULT_TRACKLY_KEY } from './demo-api/options.ts';
import { E2E_FORCED_FAULTS } from './e2e/support/fault-ids.ts';
import {
  ADMIN_API_PORT,
  ADMIN_API_URL,
  APP_PORT,
  APP_URL,
  AUTH_API_PORT,
  AUTH_API_URL,
  LIMITED_API_PORT,
  LIMITED_API_URL,
  UNREACHABLE_API_URL,
} from './e2e/support/ports.ts';

const executablePath = findChromium();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: APP_URL,
    trace: 'retain-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        permissions: ['clipboard-read', 'clipboard-write'],
        launchOptions: { ...(executablePath === undefined ? {} : { executablePath }), args: CHROMIUM_ARGS },
      },
    },
  ],
  globalTeardown: './e2e/support/no-csp-reports.ts',
  webServer: [
    {
      // The upstream: the demo API with credentials required, standing in for both
      // vendors, and a few offer ids forced into failure so every error state shows.
      command: `npm run demo-api -- --port ${AUTH_API_PORT} --require-auth`,
      url: `${AUTH_API_URL}/v2/offers/__health__`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { DEMO_API_FORCE: E2E_FORCED_FAULTS },
    },
    {
      // A second upstream that allows 4 requests a second and answers in 250 ms: the bulk
      // run's Retry-After pauses and its Cancel (chosen in Settings, so no credentials).
      command: `npm run demo-api -- --port ${LIMITED_API_PORT} --rate-limit 4 --latency 250`,
      url: `${LIMITED_API_URL}/v2/offers?per_page=1`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A third upstream whose offers a test may change (its admin routes are on), so the
      // stale-link watch's changes never reach a page another spec reads.
      command: `npm run demo-api -- --port ${ADMIN_API_PORT} --admin`,
      url: `${ADMIN_API_URL}/v2/offers?per_page=1`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The production build on the production server in gateway mode: the browser
      // talks to /api only, and the server adds the credentials.
      // E2E_APP_COMMAND can point the suite at another server while working on a spec.
      command: process.env.E2E_APP_COMMAND ?? 'npm run build && npm run serve',
      // Ready (or reusable) only when /api answers through the gateway: a server on this
      // port in any other mode answers 503 or 404 there, so it is never reused silently
      // (the suite's own start then fails loudly on the busy port instead).
      url: `${APP_URL}/api/v2/offers?per_page=1`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: {
        PORT: String(APP_PORT),
        TRACKLY_BASE_URL: AUTH_API_URL,
        TRACKLY_API_KEY: DEFAULT_TRACKLY_KEY,
        OFFERSLOOK_BASE_URL: AUTH_API_URL,
        OFFERSLOOK_EMAIL: DEFAULT_OFFERSLOOK_EMAIL,
        OFFERSLOOK_API_KEY: DEFAULT_OFFERSLOOK_KEY,
        CSP_CONNECT_SRC: `${AUTH_API_URL} ${LIMITED_API_URL} ${ADMIN_API_URL} ${UNREACHABLE_API_URL}`,
        // The stand-in vendor speaks plain HTTP on loopback; a real deploy needs https://.
        ALLOW_INSECURE_UPSTREAM: '1',
        // The global teardown reads GET /csp-report (e2e/support/no-csp-reports.ts),
        // which a production server does not serve.
        CSP_REPORTS_READABLE: '1',
      },
    },
  ],
});
