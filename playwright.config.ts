import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/browser';
import { E2E_FORCED_FAULTS } from './e2e/support/fault-ids';
import { APP_PORT, APP_URL, AUTH_API_PORT, AUTH_API_URL, UNREACHABLE_API_URL } from './e2e/support/ports';

const executablePath = findChromium();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
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
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      // The production build on the production server, with the demo API embedded and
      // a few offer ids forced into failure so every error state can be shown.
      // E2E_APP_COMMAND can point the suite at another server, e.g. the dev server
      // (`npx vite --port 4173 --strictPort`) while working on a spec.
      command: process.env.E2E_APP_COMMAND ?? 'npm run build && npm run serve',
      url: `${APP_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: {
        PORT: String(APP_PORT),
        DEMO_API_FORCE: E2E_FORCED_FAULTS,
        CSP_CONNECT_SRC: `${AUTH_API_URL} ${UNREACHABLE_API_URL}`,
      },
    },
    {
      command: `npm run demo-api -- --port ${AUTH_API_PORT} --require-auth`,
      url: `${AUTH_API_URL}/v2/offers/__health__`,
      // The health URL answers 401 (auth is on): any answer means it is up.
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
