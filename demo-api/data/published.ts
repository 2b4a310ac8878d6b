import type { Offer, TrackingLink } from './types.ts';
import { PUBLISHED_OFFER_ID, SECOND_EXAMPLE_OFFER_ID } from './ids.ts';

/** Trackly "Get offer" published example, verbatim (`"payout": 2.50` is the number 2.5). */
export const PUBLISHED_OFFER: Offer = {
  id: PUBLISHED_OFFER_ID,
  name: 'Summer Promo',
  tracking_url: 'https://track.example.com/click?offer_id=123',
  external_platform: 'tune',
  external_id: '4521',
  advertiser_id: 'adv_882',
  payout: 2.5,
  payout_type: 'cpa',
  filter_bots: true,
  status: 'active',
  metadata: {
    vertical: 'health',
    geo: 'US',
  },
  created_at: '2025-11-01T14:30:00Z',
  updated_at: '2025-12-15T09:12:00Z',
};

/** Offerslook "Get an offer's tracking link" published example, the whole
 * `data.tracking_link` object verbatim. Served as the tracking links of PUBLISHED_OFFER. */
export const PUBLISHED_TRACKING_LINK: TrackingLink = {
  url: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547',
  impression_pixel:
    "<img src='http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547'  border='0'  width='1'  height='1' />",
  offer_url: [
    {
      type: 'Default',
      tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547',
      preview_url: 'http://www.offerslook.com',
    },
    {
      type: 'Random',
      tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&random_url=1',
    },
    {
      type: 'Offer URL',
      name: '360',
      tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=7',
      preview_url: 'http://www.360.com',
    },
    {
      type: 'Offer URL',
      name: 'qq',
      tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=8',
      preview_url: 'http://www.qq.com',
    },
  ],
};

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
