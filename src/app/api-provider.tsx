import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { ApiConfigContext } from '@/config/api-config-context';
import type { ApiConfig } from '@/config/api-config-context';
import { resolveBaseUrl } from '@/config/runtime-config';
import { settingsStore } from '@/features/settings/lib/settings-store';
import { ApiClientContext } from '@/lib/api/api-client-context';
import { createApiClient } from '@/lib/api/client';
import { keysFor } from './api-choice';
import type { DeployConfig } from './api-choice';

interface ApiProviderProps {
  deploy: DeployConfig;
  timeoutMs?: number | undefined;
  children: ReactNode;
}

/** Builds the one API client from the deploy config and the user's Settings. */
export function ApiProvider({ deploy, timeoutMs, children }: ApiProviderProps) {
  const settings = useSyncExternalStore(settingsStore.subscribe, settingsStore.getSnapshot);

  const config = useMemo<ApiConfig>(
    () => ({
      choice: resolveBaseUrl({ ...deploy, settings: settings.baseUrl }),
      deployDefault: resolveBaseUrl(deploy),
    }),
    [deploy, settings.baseUrl],
  );

  const credentials = keysFor(settings, config.choice);
  const client = useMemo(
    () => createApiClient({ baseUrl: config.choice.url, credentials: credentials ?? {}, timeoutMs }),
    [config.choice.url, credentials, timeoutMs],
  );
  useEffect(() => {
    if (settings.credentialsApi === null) settingsStore.bindUnboundCredentials(config.choice.url);
  }, [settings.credentialsApi, config.choice.url]);

  // New credentials or a new API (here, in Settings or in another tab): nothing fetched
  // with the old ones may stay on screen, and what is shown is asked again.
  const queryClient = useQueryClient();
  const previousClient = useRef(client);
  useEffect(() => {
    if (previousClient.current === client) return;
    previousClient.current = client;
    void queryClient.resetQueries();
  }, [client, queryClient]);

  return (
    <ApiConfigContext.Provider value={config}>
      <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>
    </ApiConfigContext.Provider>
  );
}
