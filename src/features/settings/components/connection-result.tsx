import { cn } from '@/lib/cn';
import type { ConnectionResult } from '../api/test-connection';

function describe(result: ConnectionResult): { title: string; detail: string; good: boolean } {
  switch (result.kind) {
    case 'ok':
      return { title: 'Connected', detail: `The offers API answered: ${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'offer' : 'offers'}.`, good: true };
    case 'unauthorized':
      return {
        title: 'Unauthorized',
        detail: `The API refused the credentials${result.message ? `: “${result.message}”` : '.'} Check the keys below.`,
        good: false,
      };
    case 'unreachable':
      return { title: 'Unreachable', detail: result.message, good: false };
    case 'not-offers-api':
      return { title: 'Not an offers API', detail: result.message, good: false };
    case 'failed':
      return { title: 'Connection failed', detail: result.message, good: false };
  }
}

export function ConnectionResultView({ result }: { result: ConnectionResult }) {
  const { title, detail, good } = describe(result);
  return (
    <p
      className={cn(
        'rounded-md border p-3 text-sm',
        good ? 'border-success/50 bg-success-soft' : 'border-danger/50 bg-danger-soft',
      )}
    >
      <strong className={good ? 'text-success' : 'text-danger'}>{title}.</strong> {detail}
    </p>
  );
}
