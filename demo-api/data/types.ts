/** JSON values as they travel on the wire (the demo data is plain JSON). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

import type {
  LandingPage as ContractLandingPage,
  Offer as ContractOffer,
  TrackingLinks,
} from '../../src/contract/index.ts';

/** The statuses the Trackly contract documents. The dataset may hold others on purpose. */

/** A Trackly offer as the client's schema reads it. `status`, `payout_type` and
 * `external_platform` are plain strings there, so the dataset can hold one offer with
 * values outside the documented enums. */
export type Offer = Readonly<ContractOffer>;

/** One Offerslook landing page (`offer_url[]`). */
export type LandingPage = Readonly<ContractLandingPage>;

/** Offerslook `data.tracking_link`. */
export type TrackingLink = Readonly<TrackingLinks>;

/** What the Offerslook side knows about an offer for the demo affiliate. */
export type OfferLinks =
  { readonly approved: true; readonly tracking_link: TrackingLink } | { readonly approved: false };

export interface DemoDataset {
  /** ISO timestamp every generated date lies before. */
  readonly referenceNow: string;
  /** All offers, in the list endpoint's order (updated_at desc, then id asc). */
  readonly offers: readonly Offer[];
  readonly offersById: ReadonlyMap<string, Offer>;
  readonly linksById: ReadonlyMap<string, OfferLinks>;
}
