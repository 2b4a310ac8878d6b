import type { Offer, TrackingLinks } from '@/contract';
import { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINKS } from '@/contract';
import type { DemoDataset, OfferLinks } from '../../demo-api/data/types.ts';

type Links = TrackingLinks | 'not-approved';

/**
 * Tracking links of every offer: the given ones, else the published example. Any id is
 * approved, so a test that serves an offer of its own also gets its links.
 */
class LinksById extends Map<string, OfferLinks> {
  override get(id: string): OfferLinks {
    return super.get(id) ?? { approved: true, tracking_link: PUBLISHED_TRACKING_LINKS };
  }
}

/**
 * A demo API dataset of exactly `offers`, listed in the order given. `links` overrides
 * the tracking links of some offers, or says one is not approved.
 */
export function datasetOf(
  offers: readonly Offer[] = [PUBLISHED_OFFER],
  links: Readonly<Record<string, Links>> = {},
): DemoDataset {
  const linksById = new LinksById();
  for (const [id, value] of Object.entries(links)) {
    linksById.set(id, value === 'not-approved' ? { approved: false } : { approved: true, tracking_link: value });
  }
  return {
    referenceNow: '2026-01-01T00:00:00Z',
    offers,
    offersById: new Map(offers.map((offer) => [offer.id, offer])),
    linksById,
  };
}
