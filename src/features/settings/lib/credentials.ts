import type { ApiCredentials } from '@/lib/api/client';

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
