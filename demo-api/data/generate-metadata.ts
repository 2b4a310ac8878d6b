import type { Random } from './random.ts';
import type { JsonObject, JsonValue } from './types.ts';
import { GEOS, LONG_TEXTS, MANAGERS, TAGS, TRAFFIC_TYPES, VERTICALS } from './vocab.ts';

type FieldMaker = (rng: Random) => JsonValue;

/** Optional metadata fields, each with a maker producing a varied JSON value. */
const FIELDS: readonly (readonly [string, FieldMaker])[] = [
  ['cap_daily', (r) => (r.chance(0.2) ? null : r.int(10, 2000))],
  ['cap_monthly', (r) => r.int(500, 60000)],
  ['geos', (r) => r.sample(GEOS, r.int(1, 6))],
  ['allowed_traffic', (r) => r.sample(TRAFFIC_TYPES, r.int(1, 4))],
  ['restricted_traffic', (r) => r.sample(TRAFFIC_TYPES, r.int(0, 3))],
  ['kpi', (r) => r.pick(['CR > 2%', 'Step 2 reach ≥ 20%', 'No chargebacks within 30 days', ''])],
  ['notes', (r) => r.pick(LONG_TEXTS)],
  ['preview', (r) => `https://www.example.com/lp/${r.hex(8)}?utm_source=sms&utm_medium=affiliate`],
  [
    'postback_url',
    (r) =>
      `https://postback.example.net/cb?click_id={click_id}&payout={payout}&offer={offer_id}&sub1={aff_sub1}&sub2={aff_sub2}&sub3={aff_sub3}&sub4={aff_sub4}&sub5={aff_sub5}&token=${r.hex(32)}`,
  ],
  ['carriers', (r) => r.sample(['Verizon', 'AT&T', 'T-Mobile', 'Vodafone', 'O2', 'Docomo'], r.int(1, 3))],
  ['shortcode', (r) => String(r.int(20000, 99999))],
  ['keyword', (r) => r.pick(['JOIN', 'DEAL', 'WIN', 'SAVE', 'START'])],
  ['opt_in', (r) => r.pick(['single', 'double'])],
  ['min_age', (r) => r.pick([18, 21, 25])],
  ['devices', (r) => r.sample(['ios', 'android', 'desktop'], r.int(1, 3))],
  ['conversion_window_days', (r) => r.pick([1, 7, 30, 90])],
  ['epc', (r) => Math.round(r.float() * 300000) / 100000],
  ['cr', (r) => Math.round(r.float() * 100000) / 1000000],
  ['is_exclusive', (r) => r.chance(0.3)],
  ['requires_approval', (r) => r.chance(0.5)],
  ['manager', (r) => ({ ...r.pick(MANAGERS) })],
  [
    'tracking',
    (r) => ({
      method: r.pick(['postback', 'pixel', 'api']),
      dedupe: r.chance(0.7),
      attribution_window: { click_days: r.pick([7, 30]), view_days: r.pick([0, 1]) },
    }),
  ],
  ['tags', (r) => r.sample(TAGS, r.int(0, 4))],
  [
    'payout_tiers',
    (r) => [
      { threshold: 0, payout: Math.round(r.float() * 500) / 100 },
      { threshold: 100, payout: Math.round(r.float() * 700) / 100 },
      { threshold: 1000, payout: null },
    ],
  ],
  ['sub_ids', (r) => ({ sub1: 'sms', sub2: r.chance(0.5) ? null : r.hex(6), sub3: '' })],
  ['legacy_id', () => null],
  ['last_sync', (r) => `2026-10-${String(r.int(1, 31)).padStart(2, '0')}T0${r.int(0, 9)}:00:00Z`],
  ['creative_count', (r) => r.int(0, 40)],
  ['score', (r) => Math.round((r.float() * 10 - 5) * 10) / 10],
  ['rank', () => 0],
  ['max_safe', () => Number.MAX_SAFE_INTEGER],
  ['empty_list', () => []],
  ['empty_object', () => ({})],
  ['deep', (r) => ({ level1: { level2: { level3: { level4: { value: r.pick(VERTICALS), ok: true } } } } })],
  ['mixed_list', (r) => ['text', r.int(0, 9), false, null, { k: 'v' }, [1, 2]]],
];

function custom(rng: Random, index: number): JsonValue {
  switch (index % 5) {
    case 0:
      return `value ${rng.hex(6)}`;
    case 1:
      return rng.int(-1000, 100000);
    case 2:
      return rng.chance(0.5);
    case 3:
      return null;
    default:
      return Math.round(rng.float() * 1e6) / 100;
  }
}

/** Metadata in four sizes: empty (~20%), small (~45%), medium (~25%), large 30+ keys (~10%). */
export function generateMetadata(rng: Random): JsonObject {
  const size = rng.float();
  if (size < 0.2) return {};
  const metadata: Record<string, JsonValue> = { vertical: rng.pick(VERTICALS), geo: rng.pick(GEOS) };
  if (size < 0.65) {
    if (rng.chance(0.3)) metadata.cap_daily = rng.int(10, 500);
    return metadata;
  }
  const large = size >= 0.9;
  const fields = large ? FIELDS : rng.sample(FIELDS, rng.int(3, 13));
  for (const [key, make] of fields) metadata[key] = make(rng);
  if (large) {
    const extra = rng.int(0, 10);
    for (let i = 0; i < extra; i += 1) metadata[`custom_field_${i + 1}`] = custom(rng, i);
  }
  return metadata;
}
