/**
 * How the rest of the offer page asks the link builder to build on one of the offer's
 * links: the "Add sub-ids to …" buttons next to each link in the Tracking links panel.
 * The builder section listens while it is on the page and takes each request as it
 * comes; nothing is kept, so a request is never replayed later or on another offer.
 *
 * This module is tiny and has no imports: the panel uses it without pulling in the
 * builder's own (lazily loaded) code.
 */

/** The offer's own tracking URL (Trackly). */
export const OFFER_LINK_ID = 'offer';
/** The affiliate's main tracking link (Offerslook). */
export const MAIN_LINK_ID = 'main';

/** One landing page's tracking link, by its label as the panel shows it ("Default", "Offer URL “360”"). */
export function landingLinkId(label: string): LinkChoiceId {
  return `landing:${label}`;
}

/** Names one of an offer's links, stable across reloads (the last choice is remembered by it). */
export type LinkChoiceId = typeof OFFER_LINK_ID | typeof MAIN_LINK_ID | `landing:${string}`;

/** One request, as the builder receives it: each is a new object, even for the same link. */
export interface BuildRequest {
  readonly linkId: LinkChoiceId;
}

type Listener = (linkId: LinkChoiceId) => void;

const listeners = new Set<Listener>();

/**
 * Asks the builder on this page to open on a link and take the focus. Returns false when
 * no builder is listening (none on the page), so the caller could say so.
 */
export function requestBuild(linkId: LinkChoiceId): boolean {
  for (const listener of listeners) listener(linkId);
  return listeners.size > 0;
}

/** Listens for build requests; returns the unsubscribe. */
export function onBuildRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
