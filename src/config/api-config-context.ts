import { createContext, useContext } from 'react';
import type { BaseUrlChoice } from './runtime-config';

export interface ApiConfig {
  /** The base URL in use and where it came from. */
  choice: BaseUrlChoice;
  /**
   * What the base URL would be without a Settings override (deploy default). Its
   * credentialsOnServer says when that is a gateway that holds the API keys itself.
   */
  deployDefault: BaseUrlChoice;
}

export const ApiConfigContext = createContext<ApiConfig | null>(null);

export function useApiConfig(): ApiConfig {
  const config = useContext(ApiConfigContext);
  if (!config) throw new Error('useApiConfig must be used inside <ApiProvider>');
  return config;
}
