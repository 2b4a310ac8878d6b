import type { BaseUrlCandidates, BaseUrlChoice } from '@/config/runtime-config';
import { credentialsFor } from '@/features/settings/lib/credentials';
import type { StoredSettings } from '@/features/settings/lib/settings-store';
import type { ApiCredentials } from '@/lib/api/client';

export type DeployConfig = Omit<BaseUrlCandidates, 'settings'>;

/**
 * The keys sent to the API `choice`. Behind a gateway that holds the keys none are sent:
 * the user's own secrets stay out of the team's proxy and its logs. Keys go only to the
 * API they were saved for: a new config.json or Settings URL gets none.
 */
export function keysFor(settings: StoredSettings, choice: BaseUrlChoice): ApiCredentials | null {
  return choice.credentialsOnServer !== undefined ? null : credentialsFor(settings, choice.url);
}
