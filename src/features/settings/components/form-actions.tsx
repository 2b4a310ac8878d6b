import { lazyComponent } from '@/lib/lazy-component';
import { preloadTestConnection } from '../api/use-test-connection';
import { useBlockedConnectOrigins, originOf } from '../lib/blocked-origins';
import type { SettingsForm } from '../lib/use-settings-form';

/** What a test found: its own chunk, loaded with the test's code, since Settings opens without one. */
const ConnectionResult = lazyComponent(
  () => import('./connection-result').then((module) => module.ConnectionResultView),
  null,
);

function preloadTest() {
  preloadTestConnection();
  void ConnectionResult.preload();
}

/** Save, Test connection and Reset, and what the last test found. */
export function FormActions({ form }: { form: SettingsForm }) {
  const { testConnection } = form;
  const blockedOrigins = useBlockedConnectOrigins();
  const { deployDefault, gatewayVendors } = form.api;
  const testedUrl = testConnection.variables?.baseUrl;
  const testedOrigin = testedUrl ? originOf(testedUrl) : null;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className="btn btn-primary">
          Save settings
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            preloadTest();
            form.test();
          }}
          onPointerEnter={preloadTest}
          onFocus={preloadTest}
          disabled={testConnection.isPending}
        >
          {testConnection.isPending ? 'Testing…' : 'Test connection'}
        </button>
        <button type="button" className="btn" onClick={form.reset}>
          Reset to defaults
        </button>
        {form.values.saved && <span className="text-sm text-success">Saved.</span>}
      </div>
      <div role="status" aria-live="polite">
        {testConnection.data && testedUrl && (
          <ConnectionResult.Component
            url={testedUrl}
            result={testConnection.data}
            context={{
              blockedOrigin: testedOrigin !== null && blockedOrigins.has(testedOrigin) ? testedOrigin : null,
              keysOnServer: gatewayVendors !== undefined && testedUrl === deployDefault.url,
            }}
          />
        )}
      </div>
    </>
  );
}
