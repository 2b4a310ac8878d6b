import { cn } from '@/lib/cn';
import type { ConnectionResult } from '../api/test-connection';
import { CSP_CONNECT_SRC_VAR } from '../lib/blocked-origins';

export interface ConnectionContext {
  /** The origin, when the browser reported that this server's CSP blocked the call. */
  blockedOrigin?: string | null | undefined;
  /** The tested API is a gateway that adds its own keys (no key fields are shown). */
  keysOnServer?: boolean | undefined;
}

function describe(result: ConnectionResult, context: ConnectionContext): { title: string; detail: string; good: boolean } {
  switch (result.kind) {
    case 'ok':
      return { title: 'Connected', detail: `The offers API answered: ${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'offer' : 'offers'}.`, good: true };
    case 'unauthorized': {
      const quoted = result.message ? `: “${result.message}”` : '.';
      return context.keysOnServer
        ? {
            title: 'Unauthorized',
            detail: `The API refused the keys this server holds${quoted} Ask the operator of this dashboard to check them.`,
            good: false,
          }
        : { title: 'Unauthorized', detail: `The API refused the credentials${quoted} Check the keys below.`, good: false };
    }
    case 'unreachable':
      if (context.blockedOrigin) {
        return {
          title: 'Blocked by this server’s security policy',
          detail: `The browser did not let this page call ${context.blockedOrigin}: the dashboard server’s Content-Security-Policy (connect-src) does not allow that address. Ask the operator to add ${context.blockedOrigin} to ${CSP_CONNECT_SRC_VAR}.`,
          good: false,
        };
      }
      return { title: 'Unreachable', detail: result.message, good: false };
    case 'not-offers-api':
      return { title: 'Not an offers API', detail: result.message, good: false };
    case 'failed':
      return { title: 'Connection failed', detail: result.message, good: false };
  }
}

export function ConnectionResultView({ result, context = {} }: { result: ConnectionResult; context?: ConnectionContext }) {
  const { title, detail, good } = describe(result, context);
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
