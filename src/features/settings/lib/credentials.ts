import { sameBaseUrl } from '@/config/base-url';
import type { ApiCredentials } from '@/lib/api/client';
import type { StoredSettings } from './settings-store';

export function hasAnyKey(credentials: ApiCredentials): boolean {
  return Boolean(
    credentials.tracklyApiKey?.trim() || credentials.offerslookEmail?.trim() || credentials.offerslookApiKey?.trim(),
  );
}

export function trimCredentials(credentials: ApiCredentials): ApiCredentials {
  return {
    tracklyApiKey: credentials.tracklyApiKey?.trim() || undefined,
    offerslookEmail: credentials.offerslookEmail?.trim() || undefined,
    offerslookApiKey: credentials.offerslookApiKey?.trim() || undefined,
  };
}

const NO_CREDENTIALS: ApiCredentials = Object.freeze({});

/**
 * The API the saved keys are for. Keys saved before keys were bound count as the API in
 * use, which ApiProvider then binds them to (settingsStore.bindUnboundCredentials).
 */
export function savedForApi(settings: StoredSettings, inUse: string): string {
  return settings.credentialsApi ?? inUse;
}

/** The saved keys if they were saved for the API at `api`, else none (one stable empty object). */
export function credentialsFor(settings: StoredSettings, api: string, inUse: string = api): ApiCredentials {
  return sameBaseUrl(savedForApi(settings, inUse), api) ? settings.credentials : NO_CREDENTIALS;
}
