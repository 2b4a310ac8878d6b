/** JSON values as they travel on the wire (the demo data is plain JSON). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** The statuses the Trackly contract documents. The dataset may hold others on purpose. */
export const OFFER_STATUSES = ['active', 'paused', 'archived'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** A Trackly offer, field order as in the contract's table. `status`, `payout_type` and
 * `external_platform` are plain strings because the dataset deliberately holds one offer
 * with values outside the documented enums. */
export interface Offer {
  readonly id: string;
  readonly name: string;
  readonly tracking_url: string;
  readonly external_platform: string | null;
  readonly external_id: string | null;
  readonly advertiser_id: string | null;
  readonly payout: number;
  readonly payout_type: string;
  readonly filter_bots: boolean;
  readonly status: string;
  readonly metadata: JsonObject;
  readonly created_at: string;
  readonly updated_at: string;
}

/** One Offerslook landing page (`offer_url[]`). */
export interface LandingPage {
  readonly type: string;
  readonly name?: string;
  readonly tracking_link: string;
  readonly preview_url?: string;
}

/** Offerslook `data.tracking_link`. */
export interface TrackingLink {
  readonly url: string;
  readonly impression_pixel: string;
  readonly offer_url: readonly LandingPage[];
}

/** What the Offerslook side knows about an offer for the demo affiliate. */
export type OfferLinks =
  | { readonly approved: true; readonly tracking_link: TrackingLink }
  | { readonly approved: false };

export interface DemoDataset {
  /** ISO timestamp every generated date lies before. */
  readonly referenceNow: string;
  /** All offers, in the list endpoint's order (updated_at desc, then id asc). */
  readonly offers: readonly Offer[];
  readonly offersById: ReadonlyMap<string, Offer>;
  readonly linksById: ReadonlyMap<string, OfferLinks>;
}
