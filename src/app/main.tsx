import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { loadConfigFile } from '@/config/runtime-config';
import { createQueryClient } from '@/lib/api/query-client';
import { AppProviders } from './providers';
import { createRouter } from './router';
import './index.css';

async function start() {
  const configFile = await loadConfigFile();
  const deploy = {
    configFile: configFile.apiBaseUrl,
    build: import.meta.env.VITE_API_BASE_URL,
    origin: window.location.origin,
  };
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()} deploy={deploy}>
        <RouterProvider router={createRouter()} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
