import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  envelopeSchema,
  offerListSchema,
  offerSchema,
  PUBLISHED_OFFER as CONTRACT_OFFER,
  PUBLISHED_TRACKING_LINKS,
  readOffer,
  readTrackingLinks,
  trackingLinkDataSchema,
} from '../../src/contract/index.ts';
import { WRONG_SHAPES } from '../wrong-shapes.ts';
import { buildDemoDataset, getDemoDataset } from './dataset.ts';
import { HOSTILE_OFFERS } from './hostile.ts';
import { ODD_OFFERS, OFF_CONTRACT_OFFERS } from './odd-offers.ts';
import { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINK } from './published.ts';

/** What the wire carries: the client parses JSON text, never our objects. */
function wire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** Parses an Offerslook success body the way the client does: envelope, then data. */
function parseLinks(trackingLink: unknown): boolean {
  const envelope = v.safeParse(
    envelopeSchema,
    wire({ code: 0, message: 'Success', data: { tracking_link: trackingLink } }),
  );
  return (
    envelope.success && envelope.output.code === 0 && v.safeParse(trackingLinkDataSchema, envelope.output.data).success
  );
}

/** Seeded off the contract on purpose; every other offer must fit it. */
const OFF_CONTRACT_IDS = new Set(OFF_CONTRACT_OFFERS.map((entry) => entry.offer.id));

describe('the demo data fits the client schemas', () => {
  const full = getDemoDataset();
  const dataset = {
    offers: full.offers.filter((offer) => !OFF_CONTRACT_IDS.has(offer.id)),
    linksById: new Map([...full.linksById].filter(([id]) => !OFF_CONTRACT_IDS.has(id))),
  };

  it('serves the published examples verbatim, as the contract states them', () => {
    expect(PUBLISHED_OFFER).toEqual(CONTRACT_OFFER);
    expect(PUBLISHED_TRACKING_LINK).toEqual(PUBLISHED_TRACKING_LINKS);
    expect(v.parse(offerSchema, wire(PUBLISHED_OFFER))).toEqual(CONTRACT_OFFER);
    expect(parseLinks(PUBLISHED_TRACKING_LINK)).toBe(true);
  });

  it('parses every seeded offer with the offer schema, one by one and as a list', () => {
    const failing = dataset.offers
      .filter((offer) => !v.safeParse(offerSchema, wire(offer)).success)
      .map((offer) => offer.id);
    expect(failing).toEqual([]);
    const page = {
      offers: dataset.offers,
      pagination: { page: 1, per_page: 100, total: dataset.offers.length, total_pages: 1 },
    };
    expect(v.safeParse(offerListSchema, wire(page)).success).toBe(true);
  });

  it('parses the tracking links of every approved offer', () => {
    const failing: string[] = [];
    let approved = 0;
    for (const [id, links] of dataset.linksById) {
      if (!links.approved) continue;
      approved += 1;
      if (!parseLinks(links.tracking_link)) failing.push(id);
    }
    expect(approved).toBeGreaterThan(1000);
    expect(failing).toEqual([]);
  });

  it('generates offers that fit with any seed', () => {
    const small = buildDemoDataset({ seed: 7, count: 50 });
    const fitting = small.offers.filter((offer) => !OFF_CONTRACT_IDS.has(offer.id));
    expect(fitting.every((offer) => v.safeParse(offerSchema, wire(offer)).success)).toBe(true);
  });
});

describe('deliberately odd data is handled explicitly', () => {
  // Odd offers stretch the contract (undocumented enum values, an id that needs
  // encoding, an empty pixel) but keep its shape: the client must accept them all.
  it.each(ODD_OFFERS.map((entry) => [entry.offer.id, entry] as const))(
    'accepts the odd offer %s and its links',
    (_id, entry) => {
      expect(v.safeParse(offerSchema, wire(entry.offer)).success).toBe(true);
      if (entry.links.approved) expect(parseLinks(entry.links.tracking_link)).toBe(true);
    },
  );

  // Hostile offers carry hostile strings in well-formed fields: the schema accepts them,
  // and rendering them inert is the UI's job (tested in the component and browser tests).
  it.each(HOSTILE_OFFERS.map((entry) => [entry.offer.id, entry] as const))(
    'accepts the hostile offer %s as data',
    (_id, entry) => {
      expect(v.safeParse(offerSchema, wire(entry.offer)).success).toBe(true);
      if (entry.links.approved) expect(parseLinks(entry.links.tracking_link)).toBe(true);
    },
  );

  // The `shape` fault's bodies exist to be rejected: every one of them must fail.
  it('rejects every wrong-shape body the `shape` fault serves', () => {
    expect(v.safeParse(offerListSchema, wire(WRONG_SHAPES.list)).success).toBe(false);
    expect(v.safeParse(offerSchema, wire(WRONG_SHAPES.offer)).success).toBe(false);
    const envelope = v.safeParse(envelopeSchema, wire(WRONG_SHAPES.links));
    expect(envelope.success).toBe(false);
    const data = (WRONG_SHAPES.links as { data: unknown }).data;
    expect(v.safeParse(trackingLinkDataSchema, wire(data)).success).toBe(false);
  });

  // Off-contract offers exist to be read tolerantly: the strict schema refuses them, the
  // readers keep what is usable and note the rest.
  it.each(OFF_CONTRACT_OFFERS.map((entry) => [entry.offer.id, entry] as const))(
    'refuses the off-contract offer %s strictly, and reads it field by field',
    (_id, entry) => {
      expect(v.safeParse(offerSchema, wire(entry.offer)).success).toBe(false);
      const read = readOffer(wire(entry.offer));
      expect(read?.value.id).toBe(entry.offer.id);
      expect(read?.notes.length).toBeGreaterThan(0);
      if (!entry.links.approved) return;
      expect(parseLinks(entry.links.tracking_link)).toBe(false);
      const links = readTrackingLinks(wire(entry.links.tracking_link));
      expect(links?.value.offer_url.length).toBeGreaterThan(0);
      expect(links?.notes.length).toBeGreaterThan(0);
    },
  );
});
