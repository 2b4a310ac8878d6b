import { formatMoney } from '@/lib/format';
import type { LinkCheck, StaleFlag } from '../lib/library-entry';

// A Map: an upstream status such as "constructor" must not find Object's.
const STATUS_WORDS = new Map([
  ['paused', 'Offer paused'],
  ['archived', 'Offer archived'],
]);

function statusWords(now: string): string {
  return STATUS_WORDS.get(now.toLowerCase()) ?? `Offer not active: ${now || '(empty)'}`;
}

function FlagText({ flag }: { flag: StaleFlag }) {
  switch (flag.kind) {
    case 'status':
      return <>{statusWords(flag.now)}</>;
    case 'gone':
      return <>Offer gone</>;
    case 'not-approved':
      return <>No longer approved</>;
    case 'payout':
      return <>{`Payout changed: ${formatMoney(flag.before)} → ${formatMoney(flag.now)}`}</>;
    case 'link-changed':
      return (
        <>
          <span>Link changed</span>{' '}
          <span className="font-normal wrap-anywhere">
            {flag.now === null ? '(the API gives none now)' : `(now ${flag.now})`}
          </span>
        </>
      );
  }
}

const CHIP = 'inline-flex max-w-full flex-wrap items-baseline rounded border px-2 py-0.5 text-xs font-semibold';

/** An entry's flags in words, and whether its last check could not tell; nothing when all is well. */
export function StaleFlags({ check }: { check: LinkCheck | undefined }) {
  if (!check || (check.flags.length === 0 && check.failed === undefined)) return null;
  return (
    <p className="flex flex-wrap gap-1.5">
      {check.flags.map((flag, index) => (
        // Flags have no id; their order is the rules' and stable for one check.
        <span
          key={`${flag.kind}-${String(index)}`}
          className={`${CHIP} border-warning/40 bg-warning-soft text-warning`}
        >
          <FlagText flag={flag} />
        </span>
      ))}
      {check.failed !== undefined && (
        <span className={`${CHIP} border-border bg-surface-2 text-muted`}>
          <span className="wrap-anywhere">Could not check: {check.failed}</span>
        </span>
      )}
    </p>
  );
}
