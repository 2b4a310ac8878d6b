import { PUBLISHED_OFFER } from '../../src/contract/index.ts';

/**
 * Offer ids seeded in the demo dataset that tests and docs refer to by name.
 * Every list below is verified against the generated dataset by data/dataset.test.ts.
 */

/** Trackly's published "Get offer" example ("Summer Promo"); its tracking links are
 * Offerslook's published example, verbatim. */
export const PUBLISHED_OFFER_ID = PUBLISHED_OFFER.id;

/** The published list example's second offer: external_platform, external_id and
 * advertiser_id all null, metadata {}. */
export const SECOND_EXAMPLE_OFFER_ID = '664f1a2b3c4d5e6f7a8b9c0e';

/** Offers whose strings carry XSS payloads or spreadsheet formulas (see data/hostile.ts). */
export const HOSTILE_OFFER_IDS = {
  /** name holds `<img src=x onerror=…>` and `<script>…</script>`; pixel is a `<script>`. */
  scriptInName: 'badc0de00000000000000001',
  /** tracking_url, link url and landing pages are javascript:/data:/vbscript: URLs;
   * pixel is `<img src=x onerror=…>`. */
  javascriptUrls: 'badc0de00000000000000002',
  /** metadata with HTML, data: URLs, an HTML key and own `__proto__`/`constructor` keys;
   * pixel is `<img src='javascript:…'>`. */
  htmlInMetadata: 'badc0de00000000000000003',
  /** impression pixel made of two img tags (the second with an onload handler). */
  twoPixels: 'badc0de00000000000000004',
  /** impression pixel is an `<iframe>`; name holds a right-to-left override. */
  iframePixel: 'badc0de00000000000000005',
  /** a 500-character unbroken name, and unbroken values in every field that shows text:
   * nothing may make the page scroll sideways. */
  unbrokenText: 'badc0de00000000000000006',
  /** metadata nested 1,000 levels deep (about 6 kB): a renderer that recurses without a
   * bound crashes the tab. */
  deepMetadata: 'badc0de00000000000000007',
  /** name, advertiser_id, external_id, a landing page name and metadata values are
   * spreadsheet formulas (`=HYPERLINK(…)`, `+1-2`, `@SUM(A1)`, `-2+3`): exports must
   * neutralise them. Its name does not start with "Hostile: ", since a formula must lead. */
  formulaCells: 'badc0de00000000000000008',
  /** 2,000 metadata keys and 300 landing pages: an offer page must render it without a
   * main-thread task over 50 ms (npm run bench times it). */
  hugeOffer: 'badc0de00000000000000009',
} as const;

export const HOSTILE_OFFER_ID_LIST: readonly string[] = Object.values(HOSTILE_OFFER_IDS);

/** Valid JSON types, undocumented values: status `pending_review`, payout_type `cpl`,
 * external_platform `cake`, and a landing page of type `Smartlink`. */
export const UNKNOWN_ENUM_OFFER_ID = 'c0ffee000000000000000001';

/** Off the contract on purpose (see data/odd-offers.ts): payout sent as text (`"3.10"`),
 * no `filter_bots`, and among its landing pages one without a tracking_link (entry 2).
 * The strict schema refuses it; the app reads what is usable and says what is not. */
export const OFF_CONTRACT_OFFER_ID = 'c0ffee000000000000000002';

/** An opaque id with a space, `?`, `&`, `%` and `#`: it only round-trips when the client
 * encodes it as one path segment (encodeURIComponent). No slash: the gateway refuses an
 * id that could name another path upstream. */
export const ENCODED_ID_OFFER_ID = 'legacy offer 7?x=1&y=50%#top';

/** A well-formed id that is guaranteed not to exist (Trackly 404, Offerslook code 1404). */
export const MISSING_OFFER_ID = '000000000000000000000000';

/** A few offers the demo affiliate is not approved for (Offerslook code 1403). */
export const NOT_APPROVED_OFFER_IDS: readonly string[] = [
  '6aaeb17779558383f0a1b74d',
  '69953f1a1a6f90225da1b5d1',
  '6adc7a0b276ec7f8f7a1b5ab',
];

/** A few approved offers whose impression_pixel is the empty string. */
export const EMPTY_PIXEL_OFFER_IDS: readonly string[] = [
  '6ac1f035e168f0ade8a1b351',
  '654612aa3054abaf86a1b629',
  '6ad4088699be482049a1b50a',
];

export const DEMO_IDS = {
  published: PUBLISHED_OFFER_ID,
  secondExample: SECOND_EXAMPLE_OFFER_ID,
  hostile: HOSTILE_OFFER_IDS,
  hostileList: HOSTILE_OFFER_ID_LIST,
  unknownEnum: UNKNOWN_ENUM_OFFER_ID,
  offContract: OFF_CONTRACT_OFFER_ID,
  encodedId: ENCODED_ID_OFFER_ID,
  missing: MISSING_OFFER_ID,
  notApproved: NOT_APPROVED_OFFER_IDS,
  emptyPixel: EMPTY_PIXEL_OFFER_IDS,
} as const;
