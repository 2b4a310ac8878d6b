import { formatMoney } from '@/lib/format';
import type { StaleFlag } from './library-entry';

// A Map: an upstream status such as "constructor" must not find Object's.
const STATUS_WORDS = new Map([
  ['paused', 'Offer paused'],
  ['archived', 'Offer archived'],
]);

/** A stale-watch flag in words, the same on the page and in the CSV. */
export function flagText(flag: StaleFlag): string {
  switch (flag.kind) {
    case 'status':
      return STATUS_WORDS.get(flag.now.toLowerCase()) ?? `Offer not active: ${flag.now || '(empty)'}`;
    case 'gone':
      return 'Offer gone';
    case 'not-approved':
      return 'No longer approved';
    case 'payout':
      return `Payout changed: ${formatMoney(flag.before)} → ${formatMoney(flag.now)}`;
    case 'link-changed':
      return flag.now === null ? 'Link changed: the API gives none now' : `Link changed: now ${flag.now}`;
  }
}
