import { VENDOR_KEYS, VENDOR_NAMES } from '@/components/ui/vendor-names';
import type { Vendor } from '@/contract';
import { cn } from '@/lib/cn';
import type { ConnectionResult, OfferslookResult, RequestFailure, TracklyResult } from '../api/test-connection';
import { CSP_CONNECT_SRC_VAR } from '../lib/blocked-origins';
import { formatCount } from '@/lib/format-numbers';

interface ConnectionContext {
  /** The origin, when the browser reported that this server's CSP blocked the call. */
  blockedOrigin?: string | null | undefined;
  /** The tested API is a gateway that adds its own keys (no key fields are shown). */
  keysOnServer?: boolean | undefined;
}

type Tone = 'good' | 'bad' | 'neutral';

interface Line {
  title: string;
  detail: string;
  tone: Tone;
}

/** How this page words each vendor's keys and API; the user's own keys are VENDOR_KEYS. */
const KEYS: Record<Vendor, { held: string; them: string; api: string }> = {
  trackly: {
    held: 'the Trackly key this server holds',
    them: 'it',
    api: 'the Trackly offers API',
  },
  offerslook: {
    held: 'the Offerslook email and key this server holds',
    them: 'them',
    api: 'the Offerslook tracking-links API',
  },
};

/** `: “message”.` after a sentence, or just its full stop. */
function quoted(message: string | undefined): string {
  return message ? `: “${message}”.` : '.';
}

function describeFailure(vendor: Vendor, failure: RequestFailure, context: ConnectionContext): Line {
  const keys = KEYS[vendor];
  switch (failure.kind) {
    case 'unauthorized':
      return {
        title: 'Unauthorized',
        detail: context.keysOnServer
          ? `The API refused ${keys.held}${quoted(failure.message)} Ask the operator of this dashboard to check ${keys.them}.`
          : `The API refused ${VENDOR_KEYS[vendor]}${quoted(failure.message)} Check ${keys.them} below.`,
        tone: 'bad',
      };
    case 'forbidden':
      return {
        title: 'Access denied',
        detail: failure.message
          ? `The API refused access${quoted(failure.message)}`
          : 'The API refused access (for example, the account is suspended or the product is not enabled).',
        tone: 'bad',
      };
    case 'unreachable':
      if (context.blockedOrigin) {
        return {
          title: 'Blocked by this server’s security policy',
          detail: `The browser did not let this page call ${context.blockedOrigin}: the dashboard server’s Content-Security-Policy (connect-src) does not allow that address. Ask the operator to add ${context.blockedOrigin} to ${CSP_CONNECT_SRC_VAR}.`,
          tone: 'bad',
        };
      }
      return { title: 'Unreachable', detail: failure.message, tone: 'bad' };
    case 'wrong-api':
      return {
        title: vendor === 'trackly' ? 'Not an offers API' : 'Not a tracking-links API',
        detail: `Something answered, but not with ${keys.api}.`,
        tone: 'bad',
      };
    case 'failed':
      return { title: 'Connection failed', detail: failure.message, tone: 'bad' };
  }
}

function describeTrackly(result: TracklyResult, context: ConnectionContext): Line {
  if (result.kind !== 'ok') return describeFailure('trackly', result, context);
  const offers = `${formatCount(result.total)} ${result.total === 1 ? 'offer' : 'offers'}`;
  return { title: 'Connected', detail: `The offers API answered: ${offers}.`, tone: 'good' };
}

function describeOfferslook(result: OfferslookResult, context: ConnectionContext): Line {
  switch (result.kind) {
    case 'ok':
    case 'declined': {
      // An envelope came back: the credentials passed, whatever it says about the offer.
      const title =
        result.credentialsSent || context.keysOnServer
          ? 'Connected (credentials accepted)'
          : 'Connected (no credentials needed)';
      const detail =
        result.kind === 'ok'
          ? `It gave the tracking links for offer ${result.offerId}.`
          : `It gave no tracking link for offer ${result.offerId}${quoted(result.message)} That is about the offer, not the credentials.`;
      return { title, detail, tone: 'good' };
    }
    case 'not-tested':
      return {
        title: 'Not tested',
        detail:
          result.why === 'trackly-failed'
            ? 'Its tracking links are asked for by offer, and the Trackly offer list did not load.'
            : 'Its tracking links are asked for by offer, and the Trackly offer list has none to test with.',
        tone: 'neutral',
      };
    default:
      return describeFailure('offerslook', result, context);
  }
}

const TONES: Record<Tone, { box: string; title: string }> = {
  good: { box: 'border-success/50 bg-success-soft', title: 'text-success' },
  bad: { box: 'border-danger/50 bg-danger-soft', title: 'text-danger' },
  neutral: { box: 'border-border bg-surface-2', title: 'text-fg' },
};

function ResultLine({ vendor, line }: { vendor: string; line: Line }) {
  const tone = TONES[line.tone];
  // The trailing spaces keep the lines apart where they are read as one text.
  return (
    <li className={cn('rounded-md border p-3', tone.box)}>
      <span className="font-semibold">{vendor}:</span> <strong className={tone.title}>{line.title}.</strong>{' '}
      {line.detail}{' '}
    </li>
  );
}

interface ConnectionResultViewProps {
  /** The base URL that was tested (not what the field holds now). */
  url: string;
  result: ConnectionResult;
  context?: ConnectionContext;
}

/** One line per vendor: what its API answered when the URL was tested. */
export function ConnectionResultView({ url, result, context = {} }: ConnectionResultViewProps) {
  return (
    <div className="space-y-2 text-sm">
      <p className="text-muted">
        Connection test for <span className="font-mono break-all">{url}</span>:{' '}
      </p>
      <ul className="space-y-2">
        <ResultLine vendor={VENDOR_NAMES.trackly} line={describeTrackly(result.trackly, context)} />
        <ResultLine vendor={VENDOR_NAMES.offerslook} line={describeOfferslook(result.offerslook, context)} />
      </ul>
    </div>
  );
}
