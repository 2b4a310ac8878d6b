import type { Random } from './random.ts';
import type { Offer } from './types.ts';
import { generateMetadata } from './generate-metadata.ts';
import {
  BRANDS,
  EVERFLOW_HOSTS,
  EXTRAS,
  GEO_SUFFIXES,
  INTERNATIONAL_NAMES,
  LONG_NAME_TAILS,
  PRODUCTS,
  TUNE_HOSTS,
} from './vocab.ts';

/** Every generated date lies before this instant. */
export const REFERENCE_NOW = '2026-11-01T00:00:00Z';
const NOW_SECONDS = Date.parse(REFERENCE_NOW) / 1000;
const DAY = 86400;

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function generateName(rng: Random): string {
  const kind = rng.float();
  if (kind < 0.14) return rng.pick(INTERNATIONAL_NAMES);
  const name = `${rng.pick(BRANDS)} ${rng.pick(PRODUCTS)}${rng.pick(GEO_SUFFIXES)}${rng.pick(EXTRAS)}`;
  return kind > 0.96 ? name + rng.pick(LONG_NAME_TAILS) : name;
}

function generatePayout(rng: Random, type: 'cpa' | 'cpc'): number {
  if (type === 'cpc') return rng.int(5, 300) / 100;
  if (rng.chance(0.2)) return rng.pick([5, 10, 25, 50, 100, 150]);
  return Math.round((0.5 + 249.5 * rng.float() ** 3) * 100) / 100;
}

function generateStatus(rng: Random): string {
  const roll = rng.float();
  if (roll < 0.72) return 'active';
  return roll < 0.88 ? 'paused' : 'archived';
}

interface Platform {
  readonly external_platform: string | null;
  readonly external_id: string | null;
  readonly advertiser_id: string | null;
  readonly tracking_url: string;
}

function generatePlatform(rng: Random, seq: number): Platform {
  const roll = rng.float();
  const advertiser = `adv_${rng.int(10, 9999)}`;
  if (roll < 0.4) {
    const externalId = String(rng.int(100, 99999));
    return {
      external_platform: 'tune',
      external_id: rng.chance(0.05) ? null : externalId,
      advertiser_id: rng.chance(0.15) ? null : advertiser,
      tracking_url: rng.chance(0.5)
        ? `https://${rng.pick(TUNE_HOSTS)}/aff_c?offer_id=${externalId}&aff_id=${rng.int(1000, 9999)}`
        : `https://${rng.pick(TUNE_HOSTS)}/click?offer_id=${externalId}`,
    };
  }
  if (roll < 0.75) {
    const externalId = String(rng.int(1, 9999));
    const code = rng.hex(6).toUpperCase();
    return {
      external_platform: 'everflow',
      external_id: rng.chance(0.05) ? null : externalId,
      advertiser_id: rng.chance(0.15) ? null : advertiser,
      tracking_url: `https://${rng.pick(EVERFLOW_HOSTS)}/${code.slice(0, 4)}/${code.slice(2)}/?sub1=sms`,
    };
  }
  return {
    external_platform: null,
    external_id: null,
    advertiser_id: rng.chance(0.2) ? advertiser : null,
    tracking_url: `https://track.example.com/click?offer_id=${seq}`,
  };
}

/** One generated offer. `seq` is its position in generation order (unique). Ids look like
 * MongoDB ObjectIds: creation time in seconds, 10 random hex digits, a 6-digit counter. */
export function generateOffer(rng: Random, seq: number): Offer {
  const createdSeconds = NOW_SECONDS - rng.int(DAY, 3 * 365 * DAY);
  const updatedSeconds = rng.chance(0.1)
    ? createdSeconds
    : createdSeconds + rng.int(0, NOW_SECONDS - createdSeconds - 60);
  const id =
    createdSeconds.toString(16).padStart(8, '0') +
    rng.hex(10) +
    ((0xa1b2c3 + seq) & 0xffffff).toString(16).padStart(6, '0');
  const name = generateName(rng);
  const platform = generatePlatform(rng, seq);
  const payoutType = rng.chance(0.7) ? 'cpa' : 'cpc';
  return {
    id,
    name,
    tracking_url: platform.tracking_url,
    external_platform: platform.external_platform,
    external_id: platform.external_id,
    advertiser_id: platform.advertiser_id,
    payout: generatePayout(rng, payoutType),
    payout_type: payoutType,
    filter_bots: rng.chance(0.65),
    status: generateStatus(rng),
    metadata: generateMetadata(rng),
    created_at: isoSeconds(createdSeconds),
    updated_at: isoSeconds(updatedSeconds),
  };
}
