import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { loadConfigFile } from '@/config/runtime-config';
import { createQueryClient } from '@/lib/api/query-client';
import { AppProviders } from './providers';
import { AppRoutes } from './app-routes';
import { preloadPageFor } from './pages';
import { prefetchPageData } from './prefetch-page-data';
import './index.css';

async function start() {
  const { pathname } = window.location;
  const queryClient = createQueryClient();
  const page = preloadPageFor(pathname);
  // The deploy config and the code of the page asked for load side by side; the page's
  // first requests start as soon as the config says where the API is.
  const configFile = await loadConfigFile();
  const deploy = {
    configFile: configFile.apiBaseUrl,
    credentialsOnServer: configFile.credentialsOnServer,
    build: import.meta.env.VITE_API_BASE_URL,
    origin: window.location.origin,
  };
  prefetchPageData(pathname, queryClient, deploy);
  await page;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // In a transition, React draws the first screen in slices of a few milliseconds and
  // lets input in between: the app's first render is no single long task.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <AppProviders queryClient={queryClient} deploy={deploy}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </StrictMode>,
    );
  });
}

void start();
