import type { JsonObject, Offer, OfferLinks, TrackingLink } from './types.ts';
import { ENCODED_ID_OFFER_ID, OFF_CONTRACT_OFFER_ID, UNKNOWN_ENUM_OFFER_ID } from './ids.ts';

/** Offers that are valid JSON but stretch the contract (see data/ids.ts). */
export const ODD_OFFERS: readonly { readonly offer: Offer; readonly links: OfferLinks }[] = [
  {
    offer: {
      id: UNKNOWN_ENUM_OFFER_ID,
      name: 'Unknown enums: pending review, CPL payout, Cake platform',
      tracking_url: 'https://track.example.com/click?offer_id=7001',
      external_platform: 'cake',
      external_id: '7001',
      advertiser_id: 'adv_7001',
      payout: 12.5,
      payout_type: 'cpl',
      filter_bots: false,
      status: 'pending_review',
      metadata: { vertical: 'insurance', geo: 'US', review_queue: 'compliance' },
      created_at: '2026-09-14T12:00:00Z',
      updated_at: '2026-09-30T12:00:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=7001&aff_id=5547',
        impression_pixel:
          "<img src='https://qoqololo.iuniontrack.com/impr.php?offer_id=7001&aff_id=5547'  border='0'  width='1'  height='1' />",
        offer_url: [
          {
            type: 'Default',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=7001&aff_id=5547',
            preview_url: 'https://www.example.com/insurance',
          },
          {
            type: 'Smartlink',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=7001&aff_id=5547&smart=1',
          },
        ],
      },
    },
  },
  {
    offer: {
      id: ENCODED_ID_OFFER_ID,
      name: 'Legacy import (id needs URL encoding)',
      tracking_url: 'https://track.example.com/click?offer_id=7002&src=legacy',
      external_platform: 'everflow',
      external_id: '7002',
      advertiser_id: null,
      payout: 1.05,
      payout_type: 'cpc',
      filter_bots: true,
      status: 'paused',
      metadata: { vertical: 'utilities', geo: 'CA', imported_from: 'legacy-csv' },
      created_at: '2024-02-29T23:59:59Z',
      updated_at: '2026-03-01T00:00:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=7002&aff_id=5547',
        impression_pixel: '',
        offer_url: [
          {
            type: 'Default',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=7002&aff_id=5547',
            preview_url: 'https://www.example.com/legacy',
          },
        ],
      },
    },
  },
];

/**
 * Typed as the contract's so the dataset can hold it; it is not, on purpose. The routes
 * read only `id`, `status` and `updated_at`, which stay as documented.
 */
function offContractOffer(value: JsonObject): Offer {
  return value as unknown as Offer;
}

function offContractLinks(value: JsonObject): TrackingLink {
  return value as unknown as TrackingLink;
}

/** Offers that break the contract field by field (see data/ids.ts); the contract test lists them. */
export const OFF_CONTRACT_OFFERS: readonly { readonly offer: Offer; readonly links: OfferLinks }[] = [
  {
    offer: offContractOffer({
      id: OFF_CONTRACT_OFFER_ID,
      name: 'Loose import: payout as text, no bot filtering field',
      tracking_url: 'https://track.example.com/click?offer_id=7003',
      external_platform: 'tune',
      external_id: '7003',
      advertiser_id: 'adv_7003',
      payout: '3.10',
      payout_type: 'cpa',
      status: 'active',
      metadata: { vertical: 'finance', geo: 'US', imported_from: 'loose-csv' },
      created_at: '2025-05-01T12:00:00Z',
      updated_at: '2025-06-01T12:00:00Z',
    }),
    links: {
      approved: true,
      tracking_link: offContractLinks({
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=7003&aff_id=5547',
        impression_pixel:
          "<img src='https://qoqololo.iuniontrack.com/impr.php?offer_id=7003&aff_id=5547'  border='0'  width='1'  height='1' />",
        offer_url: [
          {
            type: 'Default',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=7003&aff_id=5547',
            preview_url: 'https://www.example.com/finance',
          },
          { type: 'Offer URL', name: 'Broken entry', preview_url: 'https://www.example.com/broken' },
          {
            type: 'Offer URL',
            name: 'Rates',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=7003&aff_id=5547&url_id=3',
          },
        ],
      }),
    },
  },
];
