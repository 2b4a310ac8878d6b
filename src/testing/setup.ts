import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { preloadAllPages } from '@/app/pages';
import { server } from './msw-server';

// Any request a test did not plan for fails the test, loudly.
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // main.tsx loads the page's code before the first render; so do the tests.
  await preloadAllPages();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterAll(() => {
  server.close();
});
