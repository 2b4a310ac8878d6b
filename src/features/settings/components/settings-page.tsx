import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { SubmitEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAnnounce } from '@/components/ui/announcer-context';
import { useApiConfig } from '@/config/api-config-context';
import { parseBaseUrl } from '@/config/base-url';
import { settingsVendor } from '@/config/paths';
import type { ApiCredentials } from '@/lib/api/client';
import { refusalHandoff } from '@/lib/api/refusal-handoff';
import { VENDOR_NAMES } from '@/lib/api/vendors';
import type { Vendor } from '@/lib/api/vendors';
import { useTestConnection } from '../api/test-connection';
import { originOf, useBlockedConnectOrigins } from '../lib/blocked-origins';
import { settingsStore } from '../lib/settings-store';
import { ConnectionResultView } from './connection-result';
import { ServerKeysNote } from './server-keys-note';
import { TextField } from '@/components/ui/text-field';

interface ReasonText {
  /** The form shows the key fields: the user can fix them here. */
  own: string;
  /** The API in use is a gateway that holds the keys: only its operator can. */
  gateway: string;
}

function both(text: string): ReasonText {
  return { own: text, gateway: text };
}

/** Why the user was sent here (?reason=), for the vendor whose API refused (?vendor=). */
const REASONS: Record<string, Record<Vendor, ReasonText>> = {
  unauthorized: {
    trackly: {
      own: 'The API did not accept the credentials for Trackly. Enter a valid Trackly API key below, or check the API base URL.',
      gateway:
        'The API did not accept the credentials this server holds for Trackly. Ask the operator of this dashboard to check its Trackly API key, or enter a different API below to use your own keys.',
    },
    offerslook: {
      own: 'The Offerslook API did not accept the email and API key. Enter a valid Offerslook email and Offerslook API key below, or check the API base URL.',
      gateway:
        'The Offerslook API did not accept the email and API key this server holds. Ask the operator of this dashboard to check them, or enter a different API below to use your own keys.',
    },
  },
  forbidden: {
    // Access is the account's, whoever holds the keys.
    trackly: both('The Trackly API refused access (for example, the account is suspended or the product is not enabled).'),
    offerslook: both('The Offerslook API refused access (for example, the affiliate account is suspended).'),
  },
};

function hasAnyKey(credentials: ApiCredentials): boolean {
  return Boolean(credentials.tracklyApiKey?.trim() || credentials.offerslookEmail?.trim() || credentials.offerslookApiKey?.trim());
}

function trimCredentials(credentials: ApiCredentials): ApiCredentials {
  return {
    tracklyApiKey: credentials.tracklyApiKey?.trim() || undefined,
    offerslookEmail: credentials.offerslookEmail?.trim() || undefined,
    offerslookApiKey: credentials.offerslookApiKey?.trim() || undefined,
  };
}

export function SettingsPage() {
  const stored = useSyncExternalStore(settingsStore.subscribe, settingsStore.getSnapshot);
  const { choice, deployDefault } = useApiConfig();
  const [params] = useSearchParams();
  const announce = useAnnounce();
  const testConnection = useTestConnection();
  const blockedOrigins = useBlockedConnectOrigins();
  const rememberId = useId();
  const reasonId = useId();

  const [baseUrl, setBaseUrl] = useState(stored.baseUrl ?? '');
  const [credentials, setCredentials] = useState<ApiCredentials>(stored.credentials);
  const [remember, setRemember] = useState(stored.rememberCredentials);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    document.title = 'Settings · Offers dashboard';
  }, []);

  const typedUrl = baseUrl.trim() ? parseBaseUrl(baseUrl) : null;
  const effectiveUrl = typedUrl ? (typedUrl.ok ? typedUrl.url : null) : deployDefault.url;
  // The deploy's gateway holds the keys: the form has nothing to send while it targets it.
  const gatewayVendors = deployDefault.credentialsOnServer;
  const keysOnServer = gatewayVendors !== undefined && effectiveUrl === deployDefault.url;
  const testedUrl = testConnection.variables?.baseUrl;
  const testedOrigin = testedUrl ? originOf(testedUrl) : null;

  const reasonKey = params.get('reason') ?? '';
  const refusingVendor = settingsVendor(params);
  // Own keys only: ?reason=__proto__ must not find Object's.
  const reasonTexts = Object.hasOwn(REASONS, reasonKey) ? REASONS[reasonKey]?.[refusingVendor] : undefined;
  const reason = reasonTexts && (keysOnServer ? reasonTexts.gateway : reasonTexts.own);
  // What the upstream said, if the page that sent the user here left it (memory only).
  const [upstreamSaid] = useState(() => refusalHandoff.peek(reasonKey, refusingVendor));
  useEffect(() => {
    refusalHandoff.clear();
  }, []);
  // A refused key: the fields to fix are named in the banner, described by it, and the
  // first one has the focus when the page opens.
  const refusedKeys = reason && reasonKey === 'unauthorized' && !keysOnServer ? refusingVendor : null;
  const firstRefusedField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    firstRefusedField.current?.focus();
  }, []);
  const describedByReason = (vendor: Vendor) => (refusedKeys === vendor ? reasonId : undefined);

  function validateUrl(): string | null {
    if (!baseUrl.trim()) return null;
    const parsed = parseBaseUrl(baseUrl);
    setUrlError(parsed.ok ? null : parsed.reason);
    return parsed.ok ? parsed.url : null;
  }

  function handleSave(event: SubmitEvent) {
    event.preventDefault();
    const url = validateUrl();
    if (baseUrl.trim() && !url) return;
    settingsStore.setBaseUrl(url);
    // New credentials or a new API give a new client, and ApiProvider then resets every
    // query: nothing fetched with the old ones is shown again. An unchanged save keeps them.
    settingsStore.setCredentials(trimCredentials(credentials), remember);
    setSaved(true);
    announce('Settings saved');
  }

  function handleTest() {
    const url = baseUrl.trim() ? validateUrl() : deployDefault.url;
    if (!url) return;
    // Keys kept here are not sent to a gateway that holds its own (see ApiProvider).
    testConnection.mutate({ baseUrl: url, credentials: keysOnServer ? {} : trimCredentials(credentials) });
  }

  function handleReset() {
    settingsStore.reset();
    setBaseUrl('');
    setCredentials({});
    setRemember(false);
    setUrlError(null);
    testConnection.reset();
    announce('Settings reset to the defaults');
  }

  /** The last test's answer describes the form as it was tested: an edit retires it. */
  function forgetTestResult() {
    if (!testConnection.isIdle) testConnection.reset();
  }

  function edit(key: keyof ApiCredentials) {
    return (value: string) => {
      setSaved(false);
      forgetTestResult();
      setCredentials((current) => ({ ...current, [key]: value }));
    };
  }

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      {reason && (
        <div id={reasonId} role="alert" className="space-y-1 rounded-md border border-danger/50 bg-danger-soft p-3">
          <p>{reason}</p>
          {upstreamSaid && (
            <p>
              The {VENDOR_NAMES[refusingVendor]} API said: <q className="break-words">{upstreamSaid}</q>
            </p>
          )}
        </div>
      )}
      <form onSubmit={handleSave} className="card space-y-5" noValidate>
        <fieldset className="space-y-2">
          <legend className="text-lg font-semibold">API</legend>
          <TextField
            label="API base URL"
            type="url"
            value={baseUrl}
            placeholder={deployDefault.url}
            error={urlError}
            hint={
              <>
                Leave empty to use the default: <span className="font-mono break-all">{deployDefault.url}</span>. In use now:{' '}
                <span className="font-mono break-all">{choice.url}</span>.
              </>
            }
            onChange={(value) => {
              setSaved(false);
              setUrlError(null);
              forgetTestResult();
              setBaseUrl(value);
            }}
          />
        </fieldset>
        {keysOnServer ? (
          <fieldset className="space-y-3">
            <legend className="text-lg font-semibold">Credentials</legend>
            <ServerKeysNote vendors={gatewayVendors} keysStoredHere={hasAnyKey(credentials)} />
          </fieldset>
        ) : (
          <fieldset className="space-y-3">
            <legend className="text-lg font-semibold">Credentials (optional)</legend>
            <p className="text-sm text-muted">
              Keys entered here live in this browser and are sent straight to the API above. The safer setup keeps them in
              a gateway in front of the vendors, so the browser never holds them (see the README).
            </p>
            <TextField
              label="Trackly API key"
              type="password"
              autoComplete="off"
              value={credentials.tracklyApiKey ?? ''}
              hint="Sent as the X-Api-Key header to the offers endpoints."
              describedBy={describedByReason('trackly')}
              ref={refusedKeys === 'trackly' ? firstRefusedField : undefined}
              onChange={edit('tracklyApiKey')}
            />
            <TextField
              label="Offerslook email"
              type="email"
              autoComplete="username"
              value={credentials.offerslookEmail ?? ''}
              describedBy={describedByReason('offerslook')}
              ref={refusedKeys === 'offerslook' ? firstRefusedField : undefined}
              onChange={edit('offerslookEmail')}
            />
            <TextField
              label="Offerslook API key"
              type="password"
              autoComplete="off"
              value={credentials.offerslookApiKey ?? ''}
              hint="Email and key are sent as HTTP Basic to the tracking-links endpoint."
              describedBy={describedByReason('offerslook')}
              onChange={edit('offerslookApiKey')}
            />
            <div className="flex items-start gap-2">
              <input
                id={rememberId}
                type="checkbox"
                className="mt-1 size-4"
                checked={remember}
                onChange={(event) => {
                  setSaved(false);
                  setRemember(event.target.checked);
                }}
              />
              <label htmlFor={rememberId} className="text-sm">
                Remember on this device
                <span className="block text-muted">Otherwise the keys are forgotten when this tab closes.</span>
              </label>
            </div>
          </fieldset>
        )}
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" className="btn btn-primary">
            Save settings
          </button>
          <button type="button" className="btn" onClick={handleTest} disabled={testConnection.isPending}>
            {testConnection.isPending ? 'Testing…' : 'Test connection'}
          </button>
          <button type="button" className="btn" onClick={handleReset}>
            Reset to defaults
          </button>
          {saved && <span className="text-sm text-success">Saved.</span>}
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
      </form>
    </div>
  );
}
