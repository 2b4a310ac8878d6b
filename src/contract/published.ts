import type { Offer } from './trackly.ts';
import type { TrackingLinks } from './offerslook.ts';

/** Trackly's published "Get offer" example, verbatim (`"payout": 2.50` is the number 2.5). */
export const PUBLISHED_OFFER: Offer = {
  id: '664f1a2b3c4d5e6f7a8b9c0d',
  name: 'Summer Promo',
  tracking_url: 'https://track.example.com/click?offer_id=123',
  external_platform: 'tune',
  external_id: '4521',
  advertiser_id: 'adv_882',
  payout: 2.5,
  payout_type: 'cpa',
  filter_bots: true,
  status: 'active',
  metadata: { vertical: 'health', geo: 'US' },
  created_at: '2025-11-01T14:30:00Z',
  updated_at: '2025-12-15T09:12:00Z',
};

/** Offerslook's published "Get an offer's tracking link" example: `data.tracking_link`, verbatim. */
export const PUBLISHED_TRACKING_LINKS: TrackingLinks = {
  url: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547',
  impression_pixel:
    "<img src='http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547'  border='0'  width='1'  height='1' />",
  offer_url: [
    {
      type: 'Default',
      tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547',
      preview_url: 'http://www.offerslook.com',
    },
    { type: 'Random', tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&random_url=1' },
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
