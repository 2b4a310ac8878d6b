import type { DemoDataset, Offer, OfferLinks } from './types.ts';
import { mixSeed } from '../prng.ts';
import { Random } from './random.ts';
import { REFERENCE_NOW, generateOffer } from './generate-offer.ts';
import { generateLinks } from './generate-links.ts';
import { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINK, SECOND_EXAMPLE_OFFER } from './published.ts';
import { HOSTILE_OFFERS } from './hostile.ts';
import { ODD_OFFERS, OFF_CONTRACT_OFFERS } from './odd-offers.ts';

const DEFAULT_DATASET_SEED = 0x5eed2026;
const GENERATED_OFFER_COUNT = 1200;

export interface BuildDatasetOptions {
  readonly seed?: number;
  readonly count?: number;
}

/** The list endpoint's order: updated_at desc, then id asc. ISO strings of one format
 * compare correctly as strings. */
function compareOffers(a: Offer, b: Offer): number {
  if (a.updated_at !== b.updated_at) return a.updated_at < b.updated_at ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** Builds the demo dataset. Pure and deterministic: same options, deep-equal result. */
export function buildDemoDataset(options: BuildDatasetOptions = {}): DemoDataset {
  const seed = options.seed ?? DEFAULT_DATASET_SEED;
  const count = options.count ?? GENERATED_OFFER_COUNT;
  const entries: { offer: Offer; links: OfferLinks }[] = [
    { offer: PUBLISHED_OFFER, links: { approved: true, tracking_link: PUBLISHED_TRACKING_LINK } },
    ...HOSTILE_OFFERS,
    ...ODD_OFFERS,
    ...OFF_CONTRACT_OFFERS,
  ];
  const secondRng = new Random(mixSeed(seed, -1));
  entries.push({ offer: SECOND_EXAMPLE_OFFER, links: generateLinks(secondRng, 17) });
  for (let seq = 0; seq < count; seq += 1) {
    // One PRNG stream per offer, so each offer depends only on (seed, seq).
    const rng = new Random(mixSeed(seed, seq));
    const offer = generateOffer(rng, seq);
    entries.push({ offer, links: generateLinks(rng, 1000 + seq) });
  }
  const offersById = new Map<string, Offer>();
  const linksById = new Map<string, OfferLinks>();
  for (const { offer, links } of entries) {
    if (offersById.has(offer.id)) throw new Error(`Duplicate demo offer id ${offer.id}`);
    offersById.set(offer.id, offer);
    linksById.set(offer.id, links);
  }
  return {
    referenceNow: REFERENCE_NOW,
    offers: entries.map((e) => e.offer).sort(compareOffers),
    offersById,
    linksById,
  };
}

let cached: DemoDataset | undefined;

/** The default dataset, built once per process and shared (never mutated). */
export function getDemoDataset(): DemoDataset {
  cached ??= buildDemoDataset();
  return cached;
}
