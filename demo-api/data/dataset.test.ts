import { describe, expect, it } from 'vitest';
import { buildDemoDataset, getDemoDataset } from './dataset.ts';
import {
  DEMO_IDS,
  EMPTY_PIXEL_OFFER_IDS,
  ENCODED_ID_OFFER_ID,
  HOSTILE_OFFER_ID_LIST,
  MISSING_OFFER_ID,
  NOT_APPROVED_OFFER_IDS,
  OFF_CONTRACT_OFFER_ID,
  PUBLISHED_OFFER_ID,
  SECOND_EXAMPLE_OFFER_ID,
  UNKNOWN_ENUM_OFFER_ID,
} from './ids.ts';
import type { Offer, TrackingLink } from './types.ts';

const dataset = getDemoDataset();
const approvedLinks: TrackingLink[] = [];
for (const links of dataset.linksById.values()) if (links.approved) approvedLinks.push(links.tracking_link);

function offer(id: string): Offer {
  const found = dataset.offersById.get(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

describe('demo dataset', () => {
  it('is deterministic: building twice gives deep-equal data', () => {
    const a = buildDemoDataset();
    const b = buildDemoDataset();
    expect(a).toEqual(b);
    expect(JSON.stringify(a.offers)).toBe(JSON.stringify(dataset.offers));
    expect(buildDemoDataset({ seed: 42 }).offers).not.toEqual(a.offers);
  });

  it('has at least 1,000 offers with unique ids and tracking links for each', () => {
    expect(dataset.offers.length).toBeGreaterThanOrEqual(1000);
    expect(dataset.offersById.size).toBe(dataset.offers.length);
    expect(dataset.linksById.size).toBe(dataset.offers.length);
    for (const o of dataset.offers) expect(dataset.linksById.has(o.id)).toBe(true);
  });

  it('is sorted by updated_at desc then id', () => {
    for (let i = 1; i < dataset.offers.length; i += 1) {
      const prev = dataset.offers[i - 1] as Offer;
      const cur = dataset.offers[i] as Offer;
      const ordered = prev.updated_at > cur.updated_at || (prev.updated_at === cur.updated_at && prev.id < cur.id);
      expect(ordered, `${prev.id} before ${cur.id}`).toBe(true);
    }
  });

  it('covers every status (mostly active), both payout types, every platform and both filter_bots', () => {
    const count = (pred: (o: Offer) => boolean): number => dataset.offers.filter(pred).length;
    const active = count((o) => o.status === 'active');
    expect(active).toBeGreaterThan(dataset.offers.length / 2);
    expect(count((o) => o.status === 'paused')).toBeGreaterThan(50);
    expect(count((o) => o.status === 'archived')).toBeGreaterThan(50);
    expect(count((o) => o.payout_type === 'cpa')).toBeGreaterThan(100);
    expect(count((o) => o.payout_type === 'cpc')).toBeGreaterThan(100);
    for (const platform of ['tune', 'everflow', null]) {
      expect(count((o) => o.external_platform === platform)).toBeGreaterThan(100);
    }
    expect(count((o) => o.external_id === null && o.external_platform !== null)).toBeGreaterThan(0);
    expect(count((o) => o.advertiser_id === null)).toBeGreaterThan(0);
    expect(count((o) => o.filter_bots)).toBeGreaterThan(0);
    expect(count((o) => !o.filter_bots)).toBeGreaterThan(0);
  });

  it('has payouts with cents between 0.05 and 250 and ISO dates before the reference now', () => {
    let withCents = 0;
    // The off-contract offer sends its payout as text, on purpose.
    for (const o of dataset.offers.filter((offer) => offer.id !== OFF_CONTRACT_OFFER_ID)) {
      expect(o.payout).toBeGreaterThanOrEqual(0.05);
      expect(o.payout).toBeLessThanOrEqual(250);
      expect(Math.round(o.payout * 100) / 100).toBe(o.payout);
      if (!Number.isInteger(o.payout)) withCents += 1;
      expect(o.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(o.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(o.created_at <= o.updated_at).toBe(true);
      expect(o.updated_at < dataset.referenceNow).toBe(true);
    }
    expect(withCents).toBeGreaterThan(500);
  });

  it('uses mostly 24-hex ids', () => {
    const hex = dataset.offers.filter((o) => /^[0-9a-f]{24}$/.test(o.id)).length;
    expect(hex).toBeGreaterThan(dataset.offers.length - 5);
    expect(dataset.offersById.has(MISSING_OFFER_ID)).toBe(false);
  });

  it('has non-Latin, emoji and long names', () => {
    const names = dataset.offers.map((o) => o.name);
    for (const script of [
      /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u,
      /\p{Script=Arabic}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Greek}/u,
      /\p{Extended_Pictographic}/u,
    ]) {
      expect(names.filter((n) => script.test(n)).length, String(script)).toBeGreaterThan(2);
    }
    expect(names.filter((n) => n.length > 120).length).toBeGreaterThan(5);
  });

  it('has metadata of varied size and value types', () => {
    const sizes = dataset.offers.map((o) => Object.keys(o.metadata).length);
    expect(sizes.filter((s) => s === 0).length).toBeGreaterThan(50);
    expect(sizes.filter((s) => s > 0 && s <= 3).length).toBeGreaterThan(50);
    expect(sizes.filter((s) => s >= 30).length).toBeGreaterThan(20);
    const types = new Set<string>();
    const visit = (value: unknown): void => {
      if (value === null) types.add('null');
      else if (Array.isArray(value)) {
        types.add('array');
        value.forEach(visit);
      } else if (typeof value === 'object') {
        types.add('object');
        Object.values(value).forEach(visit);
      } else if (typeof value === 'string' && value.length > 200) types.add('long string');
      else types.add(typeof value);
    };
    for (const o of dataset.offers) Object.values(o.metadata).forEach(visit);
    expect([...types].sort()).toEqual(['array', 'boolean', 'long string', 'null', 'number', 'object', 'string']);
  });

  it('has 1-6 landing pages per approved offer with the three vendor types and optional preview_url', () => {
    const counts = new Set<number>();
    const types = new Set<string>();
    let noPreview = 0;
    // The offer seeded with 300 landing pages on purpose (the bench's weight) aside.
    const huge = dataset.linksById.get(DEMO_IDS.hostile.hugeOffer);
    for (const link of approvedLinks) {
      if (huge?.approved && link === huge.tracking_link) continue;
      counts.add(link.offer_url.length);
      for (const page of link.offer_url) {
        types.add(page.type);
        if (page.type === 'Offer URL') expect(typeof page.name).toBe('string');
        if (page.preview_url === undefined) noPreview += 1;
      }
    }
    expect([...counts].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const type of ['Default', 'Random', 'Offer URL']) expect(types.has(type)).toBe(true);
    expect(noPreview).toBeGreaterThan(100);
  });

  it('has ~5% not approved and ~5% empty pixels, otherwise pixels in the vendor style', () => {
    const total = dataset.linksById.size;
    const notApproved = [...dataset.linksById.values()].filter((l) => !l.approved).length;
    const emptyPixel = approvedLinks.filter((l) => l.impression_pixel === '').length;
    expect(notApproved / total).toBeGreaterThan(0.02);
    expect(notApproved / total).toBeLessThan(0.1);
    expect(emptyPixel / total).toBeGreaterThan(0.02);
    expect(emptyPixel / total).toBeLessThan(0.1);
    const hostile = new Set(HOSTILE_OFFER_ID_LIST);
    const generatedPixels = [...dataset.linksById.entries()]
      .filter(([id, l]) => l.approved && !hostile.has(id) && l.tracking_link.impression_pixel !== '')
      .map(([, l]) => (l.approved ? l.tracking_link.impression_pixel : ''));
    for (const pixel of generatedPixels)
      expect(pixel).toMatch(/^<img src=(['"])https?:\/\/[^'"]+\/impr\.php\?offer_id=\d+&aff_id=\d+\1 .*\/>$/);
    expect(generatedPixels.some((p) => p.includes('src="https://'))).toBe(true);
    expect(generatedPixels.some((p) => p.includes("src='http://"))).toBe(true);
  });

  it('exports ids that match the data', () => {
    expect(offer(PUBLISHED_OFFER_ID).name).toBe('Summer Promo');
    const second = offer(SECOND_EXAMPLE_OFFER_ID);
    expect([second.external_platform, second.external_id, second.advertiser_id, second.metadata]).toEqual([
      null,
      null,
      null,
      {},
    ]);
    expect(NOT_APPROVED_OFFER_IDS.length).toBeGreaterThan(0);
    for (const id of NOT_APPROVED_OFFER_IDS) expect(dataset.linksById.get(id)).toEqual({ approved: false });
    expect(EMPTY_PIXEL_OFFER_IDS.length).toBeGreaterThan(0);
    for (const id of EMPTY_PIXEL_OFFER_IDS) {
      const links = dataset.linksById.get(id);
      expect(links?.approved && links.tracking_link.impression_pixel).toBe('');
    }
    const odd = offer(UNKNOWN_ENUM_OFFER_ID);
    expect([odd.status, odd.payout_type]).toEqual(['pending_review', 'cpl']);
    expect(offer(ENCODED_ID_OFFER_ID).id).toMatch(/[ ?&%#]/);
    expect(DEMO_IDS.hostileList).toEqual(HOSTILE_OFFER_ID_LIST);
  });

  it('has hostile offers carrying every required payload', () => {
    expect(HOSTILE_OFFER_ID_LIST.length).toBeGreaterThanOrEqual(3);
    const offers = HOSTILE_OFFER_ID_LIST.map(offer);
    // Every hostile name says so, except the formulas: a formula has to come first.
    for (const o of offers) {
      if (o.id !== DEMO_IDS.hostile.formulaCells) expect(o.name.startsWith('Hostile: ')).toBe(true);
    }
    const json = JSON.stringify(HOSTILE_OFFER_ID_LIST.map((id) => [offer(id), dataset.linksById.get(id)]));
    expect(offer(DEMO_IDS.hostile.scriptInName).name).toContain('<img src=x onerror="window.__xss=1">');
    expect(offer(DEMO_IDS.hostile.scriptInName).name).toContain('<script>window.__xss=1</script>');
    expect(offers.map((o) => o.tracking_url)).toContain('javascript:window.__xss=1');
    const meta = JSON.stringify(offer(DEMO_IDS.hostile.htmlInMetadata).metadata);
    expect(meta).toContain('<img src=x onerror');
    expect(meta).toContain('"data:text/html');
    expect(meta).toContain('"__proto__":');
    const pixels = HOSTILE_OFFER_ID_LIST.map((id) => {
      const l = dataset.linksById.get(id);
      return l?.approved ? l.tracking_link.impression_pixel : '';
    });
    expect(pixels.some((p) => p.startsWith('<script>'))).toBe(true);
    expect(pixels.some((p) => p.includes('onerror='))).toBe(true);
    expect(pixels.some((p) => p.includes("src='javascript:"))).toBe(true);
    expect(pixels.some((p) => (p.match(/<img /g) ?? []).length === 2)).toBe(true);
    expect(pixels.some((p) => p.startsWith('<iframe'))).toBe(true);
    expect(json).toContain('"tracking_link":"javascript:');
    expect(json).toContain('"preview_url":"data:');
    expect(offer(DEMO_IDS.hostile.unbrokenText).name).toMatch(/W{500}/);
    let depth = 0;
    let node: unknown = offer(DEMO_IDS.hostile.deepMetadata).metadata.tree;
    while (typeof node === 'object' && node !== null && 'level' in node) {
      depth += 1;
      node = node.level;
    }
    expect(depth).toBe(1_000);
    const huge = dataset.linksById.get(DEMO_IDS.hostile.hugeOffer);
    expect(Object.keys(offer(DEMO_IDS.hostile.hugeOffer).metadata)).toHaveLength(2_000);
    expect(huge?.approved && huge.tracking_link.offer_url).toHaveLength(300);
  });

  it('has an approved offer whose name, advertiser and external id are spreadsheet formulas', () => {
    const formulas = offer(DEMO_IDS.hostile.formulaCells);
    expect(formulas.name).toBe('=HYPERLINK("http://evil.example","Click")');
    expect(formulas.advertiser_id).toBe('+1-2');
    expect(formulas.external_id).toBe('@SUM(A1)');
    expect(HOSTILE_OFFER_ID_LIST).toContain(formulas.id);
    const links = dataset.linksById.get(formulas.id);
    expect(links?.approved).toBe(true);
    if (!links?.approved) return;
    expect(links.tracking_link.offer_url.map((page) => page.name ?? page.type)).toEqual(['Default', '-2+3']);
    expect(Object.values(formulas.metadata).filter((value) => /^[=+\-@\t]/.test(String(value)))).toHaveLength(2);
  });
});
