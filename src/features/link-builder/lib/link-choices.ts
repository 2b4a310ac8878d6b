import type { ReadOffer as Offer, ReadTrackingLinks as TrackingLinks } from '@/contract';
import { landingPageLabels } from '@/lib/landing-page-labels';
import { landingLinkId, MAIN_LINK_ID, OFFER_LINK_ID } from '@/lib/link-ids';
import type { LinkChoiceId } from '@/lib/link-ids';
import { isSafeHttpUrl } from '@/lib/url-safety';
import { platformFromExternal } from './platform-params';
import type { LinkPlatform } from './platform-params';

/**
 * Why a link's parameter naming is only a guess: the offer names no platform, or one
 * whose names we do not know. Either way the builder falls back to generic names.
 */
export type PlatformGuess = { readonly reason: 'none' } | { readonly reason: 'unknown'; readonly given: string };

export interface LinkChoice {
  /** Stable across reloads, so the last choice can be remembered. */
  readonly id: LinkChoiceId;
  readonly label: string;
  readonly url: string;
  /** Whose parameter names the link expects. */
  readonly platform: LinkPlatform;
  /** Set when `platform` is a fallback rather than what the link is known to use. */
  readonly platformGuess: PlatformGuess | null;
}

/** Longest `external_platform` text repeated to the user (it is untrusted free text). */
const MAX_GIVEN_PLATFORM = 40;

function guessOf(externalPlatform: string | null, platform: LinkPlatform): PlatformGuess | null {
  if (platform !== 'generic') return null;
  const given = externalPlatform?.trim() ?? '';
  if (given === '') return { reason: 'none' };
  return {
    reason: 'unknown',
    given: given.length > MAX_GIVEN_PLATFORM ? `${given.slice(0, MAX_GIVEN_PLATFORM)}…` : given,
  };
}

/**
 * The links of an offer the builder can work on: the offer's tracking URL (named as
 * its external platform expects), the affiliate's main tracking link and each landing
 * page's link (Offerslook's). Only http(s) links: anything else is never built on.
 */
export function linkChoices(
  offer: Pick<Offer, 'tracking_url' | 'external_platform'>,
  links: Omit<TrackingLinks, 'notes'> | undefined,
): LinkChoice[] {
  // A field not given (undefined) reads as no platform; a link not given is no choice.
  const externalPlatform = offer.external_platform ?? null;
  const offerPlatform = platformFromExternal(externalPlatform);
  const choices: LinkChoice[] = [
    {
      id: OFFER_LINK_ID,
      label: 'Offer tracking URL',
      url: offer.tracking_url ?? '',
      platform: offerPlatform,
      platformGuess: guessOf(externalPlatform, offerPlatform),
    },
  ];
  if (links !== undefined) {
    choices.push({
      id: MAIN_LINK_ID,
      label: 'Main tracking link',
      url: links.url ?? '',
      platform: 'offerslook',
      platformGuess: null,
    });
    const labels = landingPageLabels(links.offer_url);
    links.offer_url.forEach((page, index) => {
      const label = labels[index] ?? page.type;
      choices.push({
        id: landingLinkId(label),
        label: `${label} landing page`,
        url: page.tracking_link,
        platform: 'offerslook',
        platformGuess: null,
      });
    });
  }
  return choices.filter((choice) => isSafeHttpUrl(choice.url));
}

/** The remembered choice when it still exists, else the main tracking link, else the first. */
export function pickChoice(choices: readonly LinkChoice[], wanted: string | null): LinkChoice | undefined {
  return (
    choices.find((choice) => choice.id === wanted) ?? choices.find((choice) => choice.id === MAIN_LINK_ID) ?? choices[0]
  );
}
