import { useBlockedConnectOrigins, originOf } from '../lib/blocked-origins';
import type { SettingsForm } from '../lib/use-settings-form';
import { ConnectionResultView } from './connection-result';

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
        <button type="button" className="btn" onClick={form.test} disabled={testConnection.isPending}>
          {testConnection.isPending ? 'Testing…' : 'Test connection'}
        </button>
        <button type="button" className="btn" onClick={form.reset}>
          Reset to defaults
        </button>
        {form.values.saved && <span className="text-sm text-success">Saved.</span>}
      </div>
      <div role="status" aria-live="polite">
        {testConnection.data && testedUrl && (
          <ConnectionResultView
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
