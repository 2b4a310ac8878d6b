import { formatMoney } from '@/lib/format';
import type { StaleFlag } from './library-entry';

/** A stale-watch flag in words, for the page and the CSV. */
export function flagText(flag: StaleFlag): string {
  switch (flag.kind) {
    case 'status':
      return flag.now === '' ? 'Offer not active' : `Offer ${flag.now.toLowerCase()}`;
    case 'gone':
      return 'Offer gone';
    case 'not-approved':
      return 'No longer approved';
    case 'payout':
      return `Payout changed: ${formatMoney(flag.before)} → ${formatMoney(flag.now)}`;
    case 'link-changed':
      return flag.now === null ? 'Link changed: none is given now' : `Link changed: now ${flag.now}`;
  }
}
