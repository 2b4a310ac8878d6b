import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import { TEST_API } from './fixtures';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

interface RenderAppOptions {
  /** The deploy-time base URL; Settings may still override it. */
  apiBaseUrl?: string;
  queryClient?: QueryClient;
  timeoutMs?: number;
}

/** Renders the real app (routes, providers) at a URL, against MSW. */
export function renderApp(url: string, options: RenderAppOptions = {}) {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const deploy = { configFile: options.apiBaseUrl ?? TEST_API, origin: window.location.origin };
  const result = render(
    <AppProviders queryClient={queryClient} deploy={deploy} timeoutMs={options.timeoutMs}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, user, router, queryClient };
}
