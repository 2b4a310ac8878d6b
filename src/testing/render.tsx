import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import type { Location } from 'react-router-dom';
import { AppProviders } from '@/app/providers';
import { AppRoutes } from '@/app/app-routes';
import type { Vendor } from '@/contract';
import { TEST_API } from './fixtures';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

interface RenderAppOptions {
  /** The deploy-time base URL; Settings may still override it. */
  apiBaseUrl?: string;
  queryClient?: QueryClient;
  timeoutMs?: number;
  /** As /config.json says behind a gateway: the vendors whose keys the server holds. */
  credentialsOnServer?: readonly Vendor[];
}

function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  onChange(useLocation());
  return null;
}

/** Renders the real app (routes, providers) at a URL, against MSW. */
export function renderApp(url: string, options: RenderAppOptions = {}) {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const user = userEvent.setup();
  const deploy = {
    configFile: options.apiBaseUrl ?? TEST_API,
    origin: window.location.origin,
    ...(options.credentialsOnServer ? { credentialsOnServer: options.credentialsOnServer } : {}),
  };
  let current: Location | undefined;
  const result = render(
    <AppProviders queryClient={queryClient} deploy={deploy} timeoutMs={options.timeoutMs}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <LocationProbe
          onChange={(location) => {
            current = location;
          }}
        />
      </MemoryRouter>
    </AppProviders>,
  );
  /** Where the app is now, as the router sees it. */
  function location(): Location {
    if (!current) throw new Error('The router has not rendered yet');
    return current;
  }
  return { ...result, user, location, queryClient };
}
