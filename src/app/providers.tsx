import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AnnouncerProvider } from '@/components/ui/announcer';
import { ApiProvider } from './api-provider';
import type { DeployConfig } from './api-choice';

interface AppProvidersProps {
  queryClient: QueryClient;
  deploy: DeployConfig;
  timeoutMs?: number | undefined;
  children: ReactNode;
}

export function AppProviders({ queryClient, deploy, timeoutMs, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider deploy={deploy} timeoutMs={timeoutMs}>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}
