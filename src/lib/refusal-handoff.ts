import type { Vendor } from '@/contract';

interface Refusal {
  reason: string;
  vendor: Vendor;
  /** The upstream's own words, e.g. "Account is suspended". */
  message: string;
}

let left: Refusal | null = null;

/**
 * What an upstream said when it refused, carried from the page that showed it to
 * Settings in memory only. The link names the reason and the vendor; the upstream's free
 * text never goes into a URL (history, server logs, Referer) and is gone on reload.
 */
export const refusalHandoff = {
  /** Called as the user follows a link to Settings; null forgets an earlier one. */
  leave(refusal: Refusal | null): void {
    left = refusal;
  },
  /** The message left for exactly this reason and vendor, if any. */
  peek(reason: string, vendor: Vendor): string | undefined {
    return left !== null && left.reason === reason && left.vendor === vendor ? left.message : undefined;
  },
  /** Settings read it: a later visit (back, forward, the nav link) does not repeat it. */
  clear(): void {
    left = null;
  },
};
