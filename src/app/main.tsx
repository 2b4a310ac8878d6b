import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { loadConfigFile } from '@/config/runtime-config';
import { createQueryClient } from '@/lib/api/query-client';
import { AppProviders } from './providers';
import { AppRoutes } from './app-routes';
import { preloadPageFor } from './pages';
import './index.css';

async function start() {
  // The deploy config and the code of the page asked for load side by side.
  const [configFile] = await Promise.all([loadConfigFile(), preloadPageFor(window.location.pathname)]);
  const deploy = {
    configFile: configFile.apiBaseUrl,
    credentialsOnServer: configFile.credentialsOnServer,
    build: import.meta.env.VITE_API_BASE_URL,
    origin: window.location.origin,
  };
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()} deploy={deploy}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}

void start();
