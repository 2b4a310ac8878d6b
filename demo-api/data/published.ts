import { PUBLISHED_OFFER as CONTRACT_OFFER, PUBLISHED_TRACKING_LINKS } from '../../src/contract/index.ts';
import type { Offer, TrackingLink } from './types.ts';
import { SECOND_EXAMPLE_OFFER_ID } from './ids.ts';

/** Trackly "Get offer" published example, verbatim, as the contract states it. */
export const PUBLISHED_OFFER: Offer = CONTRACT_OFFER;

/** Offerslook "Get an offer's tracking link" published example (`data.tracking_link`,
 * verbatim). Served as the tracking links of PUBLISHED_OFFER. */
export const PUBLISHED_TRACKING_LINK: TrackingLink = PUBLISHED_TRACKING_LINKS;

/** The published list example's second offer: what the contract states (platform,
 * external id and advertiser id all null, empty metadata); other fields invented. */
export const SECOND_EXAMPLE_OFFER: Offer = {
  id: SECOND_EXAMPLE_OFFER_ID,
  name: 'Winter Flash Sale',
  tracking_url: 'https://track.example.com/click?offer_id=124',
  external_platform: null,
  external_id: null,
  advertiser_id: null,
  payout: 0.75,
  payout_type: 'cpc',
  filter_bots: false,
  status: 'active',
  metadata: {},
  created_at: '2025-11-20T10:00:00Z',
  updated_at: '2025-12-10T16:45:00Z',
};
