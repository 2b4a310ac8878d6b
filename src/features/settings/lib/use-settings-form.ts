import { useState, useSyncExternalStore } from 'react';
import type { SubmitEvent } from 'react';
import { useAnnounce } from '@/components/ui/announcer-context';
import { useApiConfig } from '@/config/api-config-context';
import { parseBaseUrl, sameBaseUrl } from '@/config/base-url';
import type { ApiCredentials } from '@/lib/api/client';
import { useTestConnection } from '../api/use-test-connection';
import { hasAnyKey, savedForApi, trimCredentials } from './credentials';
import { settingsStore } from './settings-store';

/**
 * The settings form: what is typed, where it points, and what Save, Test connection and
 * Reset do with it.
 */
export function useSettingsForm() {
  const stored = useSyncExternalStore(settingsStore.subscribe, settingsStore.getSnapshot);
  const { choice, deployDefault } = useApiConfig();
  const announce = useAnnounce();
  const testConnection = useTestConnection();

  const [baseUrl, setBaseUrl] = useState(stored.baseUrl ?? '');
  // What the user typed in the key fields; null until they type, while the fields show the saved keys.
  const [typed, setTyped] = useState<ApiCredentials | null>(null);
  const [remember, setRemember] = useState(stored.rememberCredentials);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const typedUrl = baseUrl.trim() ? parseBaseUrl(baseUrl) : null;
  const effectiveUrl = typedUrl ? (typedUrl.ok ? typedUrl.url : null) : deployDefault.url;
  // The deploy's gateway holds the keys: the form has nothing to send while it targets it.
  const gatewayVendors = deployDefault.credentialsOnServer;
  const keysOnServer = gatewayVendors !== undefined && effectiveUrl === deployDefault.url;
  // Saved keys belong to the API they were saved for: the fields show them only for it.
  const savedFor = savedForApi(stored, choice.url);
  const savedKeysFit = effectiveUrl === null || sameBaseUrl(savedFor, effectiveUrl);
  const credentials = typed ?? (savedKeysFit ? stored.credentials : {});
  const keysSavedFor = hasAnyKey(stored.credentials) ? savedFor : null;
  const keysElsewhere =
    keysSavedFor !== null && !savedKeysFit && !keysOnServer ? { savedFor: keysSavedFor, target: effectiveUrl } : null;

  function validateUrl(): string | null {
    if (!baseUrl.trim()) return null;
    const parsed = parseBaseUrl(baseUrl);
    setUrlError(parsed.ok ? null : parsed.reason);
    return parsed.ok ? parsed.url : null;
  }

  /** The last test's answer describes the form as it was tested: an edit retires it. */
  function forgetTestResult() {
    if (!testConnection.isIdle) testConnection.reset();
  }

  return {
    values: { baseUrl, credentials, remember, urlError, saved },
    api: { inUse: choice.url, deployDefault, gatewayVendors, keysOnServer, keysElsewhere, keysSavedFor },
    testConnection,
    save: (event: SubmitEvent) => {
      event.preventDefault();
      const url = validateUrl();
      if (baseUrl.trim() && !url) return;
      settingsStore.setBaseUrl(url);
      // New credentials or a new API give a new client, and ApiProvider then resets every
      // query: nothing fetched with the old ones is shown again. An unchanged save keeps them.
      // Keys are bound to the API saved with them; keys saved for another API, untouched
      // here, stay bound to it (and a gateway's form has no keys to save).
      if (!keysOnServer && (typed !== null || savedKeysFit)) {
        settingsStore.setCredentials(trimCredentials(credentials), remember, url ?? deployDefault.url);
        // The fields show the saved keys again: pointing the form at another API then hides them.
        setTyped(null);
      }
      setSaved(true);
      announce('Settings saved');
    },
    test: () => {
      const url = baseUrl.trim() ? validateUrl() : deployDefault.url;
      if (!url) return;
      // Keys kept here are not sent to a gateway that holds its own (see ApiProvider).
      testConnection.mutate({ baseUrl: url, credentials: keysOnServer ? {} : trimCredentials(credentials) });
    },
    reset: () => {
      settingsStore.reset();
      setBaseUrl('');
      setTyped(null);
      setRemember(false);
      setUrlError(null);
      testConnection.reset();
      announce('Settings reset to the defaults');
    },
    editBaseUrl: (value: string) => {
      setSaved(false);
      setUrlError(null);
      forgetTestResult();
      setBaseUrl(value);
    },
    editCredential: (key: keyof ApiCredentials) => {
      return (value: string) => {
        setSaved(false);
        forgetTestResult();
        setTyped((current) => ({ ...(current ?? credentials), [key]: value }));
      };
    },
    forgetSavedKeys: () => {
      settingsStore.forgetCredentials();
      announce('Saved keys forgotten');
    },
    editRemember: (value: boolean) => {
      setSaved(false);
      setRemember(value);
    },
  };
}

export type SettingsForm = ReturnType<typeof useSettingsForm>;
