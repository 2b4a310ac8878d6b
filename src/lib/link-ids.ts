/**
 * Names for an offer's links, shared by the page that lists them and the builder that
 * builds on them: stable across reloads, so the builder can remember its last choice.
 */

/** The offer's own tracking URL (Trackly). */
export const OFFER_LINK_ID = 'offer';
/** The affiliate's main tracking link (Offerslook). */
export const MAIN_LINK_ID = 'main';

/** One landing page's tracking link, by its label as the panel shows it ("Default", "Offer URL “360”"). */
export function landingLinkId(label: string): LinkChoiceId {
  return `landing:${label}`;
}

export type LinkChoiceId = typeof OFFER_LINK_ID | typeof MAIN_LINK_ID | `landing:${string}`;

/** One link as a page shows it, for an action next to it ("Add sub-ids"). */
export interface LinkRef {
  readonly id: LinkChoiceId;
  /** The link in words, as its copy button names it: "main tracking link". */
  readonly name: string;
  readonly url: string;
}
