import type { Endpoint } from './force-rules.ts';

/** An offer with missing fields and wrong types (numbers as strings, strings as numbers…). */
const WRONG_OFFER = {
  id: 12345,
  name: null,
  payout: '2.50',
  payout_type: 7,
  filter_bots: 'yes',
  status: ['active'],
  metadata: 'n/a',
  created_at: 1730000000,
  updated_at: 'yesterday',
};

/** 200-status JSON bodies of the wrong shape, for the `shape` force mode. */
export const WRONG_SHAPES: Readonly<Record<Endpoint, unknown>> = {
  list: {
    offers: [WRONG_OFFER, 'not an offer', null],
    pagination: { page: '1', per_page: null, total: '3' },
  },
  offer: WRONG_OFFER,
  links: {
    code: '0',
    message: null,
    data: {
      tracking_link: { url: 12345, impression_pixel: null, offer_url: { type: 'Default', tracking_link: false } },
    },
  },
};
