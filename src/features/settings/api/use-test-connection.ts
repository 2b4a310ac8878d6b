import { useMutation } from '@tanstack/react-query';
import type { ApiCredentials } from '@/lib/api/client';
import type { ConnectionResult } from './test-connection';

/** The test's code (the vendors' schemas) in its own chunk: Settings shows without it. */
const loadTest = () => import('./test-connection');

/** Starts loading the test's code when its button is hovered or focused. */
export function preloadTestConnection(): void {
  loadTest().catch(() => undefined);
}

const NOT_LOADED: ConnectionResult = {
  trackly: { kind: 'failed', message: 'The test could not be loaded. Check the connection and try again.' },
  offerslook: { kind: 'not-tested', why: 'trackly-failed' },
};

/** Test connection: asks both vendors with the form's values; never fails, says what each answered. */
export function useTestConnection() {
  return useMutation({
    mutationFn: async ({ baseUrl, credentials }: { baseUrl: string; credentials: ApiCredentials }) => {
      const test = await loadTest().catch(() => null);
      return test ? test.testConnection(baseUrl, credentials) : NOT_LOADED;
    },
  });
}
