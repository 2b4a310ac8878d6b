import type { LinkChoiceId } from '@/lib/link-ids';

/**
 * A request to build on one of the offer's links ("Add sub-ids to …" next to a link).
 * Whoever composes the page holds it and passes it to the builder; each is a new object,
 * even for the same link, so asking twice moves the focus again.
 */
export interface BuildRequest {
  readonly linkId: LinkChoiceId;
}
