import type { Offer } from '@/features/offers/api/schemas';
import type { TrackingLinks } from '@/features/tracking-links/api/schemas';
import { landingPageLabels } from '@/features/tracking-links/lib/landing-page-labels';
import { isSafeHttpUrl } from '@/lib/url-safety';
import { platformFromExternal } from './platform-params';
import type { LinkPlatform } from './platform-params';

export interface LinkChoice {
  /** Stable across reloads, so the last choice can be remembered. */
  readonly id: string;
  readonly label: string;
  readonly url: string;
  /** Whose parameter names the link expects. */
  readonly platform: LinkPlatform;
}

export const MAIN_LINK_ID = 'main';

/**
 * The links of an offer the builder can work on: the offer's tracking URL (named as
 * its external platform expects), the affiliate's main tracking link and each landing
 * page's link (Offerslook's). Only http(s) links: anything else is never built on.
 */
export function linkChoices(
  offer: Pick<Offer, 'tracking_url' | 'external_platform'>,
  links: TrackingLinks | undefined,
): LinkChoice[] {
  const choices: LinkChoice[] = [
    { id: 'offer', label: 'Offer tracking URL', url: offer.tracking_url, platform: platformFromExternal(offer.external_platform) },
  ];
  if (links !== undefined) {
    choices.push({ id: MAIN_LINK_ID, label: 'Main tracking link', url: links.url, platform: 'offerslook' });
    const labels = landingPageLabels(links.offer_url);
    links.offer_url.forEach((page, index) => {
      const label = labels[index] ?? page.type;
      choices.push({
        id: `landing:${label}`,
        label: `${label} landing page`,
        url: page.tracking_link,
        platform: 'offerslook',
      });
    });
  }
  return choices.filter((choice) => isSafeHttpUrl(choice.url));
}

/** The remembered choice when it still exists, else the main tracking link, else the first. */
export function pickChoice(choices: readonly LinkChoice[], wanted: string | null): LinkChoice | undefined {
  return (
    choices.find((choice) => choice.id === wanted) ??
    choices.find((choice) => choice.id === MAIN_LINK_ID) ??
    choices[0]
  );
}
