import type { BulkOffer } from '@/lib/bulk-run-input';
import type { landingPageLabels } from '@/lib/landing-page-labels';
import type { BulkParams, LinkDecorator, PixelReader } from './bulk-params';
import type { Outcome, OutcomeKind } from './outcome';
import { hasLinks, OUTCOME_LABELS, outcomeReason } from './outcome';

interface ResultLandingPage {
  readonly type: string;
  readonly name: string;
  /** "Default", "Offer URL “360”"…, unique within the offer. */
  readonly label: string;
  readonly link: string;
  /** The link as the API issued it, before the run's sub-ids. */
  readonly issued: string;
}

/** One offer of the run as the table and the exports show it, links already built. */
export interface ResultRow {
  readonly index: number;
  readonly id: string;
  readonly name: string | null;
  readonly status: string | null;
  readonly payout: number | null;
  readonly payoutType: string | null;
  readonly outcome: OutcomeKind;
  /** The outcome in words, as the row and the exports say it. */
  readonly outcomeLabel: string;
  readonly reason: string;
  readonly trackingLink: string | null;
  /** The main tracking link as the API issued it, before the run's sub-ids. */
  readonly issuedTrackingLink: string | null;
  readonly pixelUrl: string | null;
  readonly landingPages: readonly ResultLandingPage[];
}

export interface RowBuilder {
  readonly decorate: LinkDecorator;
  readonly readPixel: PixelReader;
  /** Names the landing pages as the offer page does (it comes with the run's code). */
  readonly labelPages: typeof landingPageLabels;
  readonly params: BulkParams;
}

function buildRow(offer: BulkOffer, index: number, outcome: Outcome, builder: RowBuilder | null): ResultRow {
  const base = {
    index,
    id: offer.id,
    name: offer.name,
    status: offer.status,
    payout: offer.payout,
    payoutType: offer.payoutType,
    outcome: outcome.kind,
    outcomeLabel: OUTCOME_LABELS[outcome.kind],
    reason: outcomeReason(outcome),
  };
  if (!hasLinks(outcome) || builder === null) {
    return { ...base, trackingLink: null, issuedTrackingLink: null, pixelUrl: null, landingPages: [] };
  }
  const { links } = outcome;
  const build = (link: string) => builder.decorate(link, offer.platform, builder.params);
  const labels = builder.labelPages(links.offer_url);
  return {
    ...base,
    // A link or pixel the API did not give stays empty in the row and the exports.
    trackingLink: links.url === undefined ? null : build(links.url),
    issuedTrackingLink: links.url ?? null,
    pixelUrl:
      links.impression_pixel === undefined || links.impression_pixel.trim() === ''
        ? null
        : builder.readPixel(links.impression_pixel),
    landingPages: links.offer_url.map((page, at) => ({
      type: page.type,
      name: page.name ?? '',
      label: labels[at] ?? page.type,
      link: build(page.tracking_link),
      issued: page.tracking_link,
    })),
  };
}

/**
 * The rows of a run; a row is built again only when its outcome or the builder changed.
 * Without a builder (its code not loaded yet) no row may have links.
 */
export function createRowCache(builder: RowBuilder | null) {
  const cache = new WeakMap<Outcome, ResultRow>();
  return (offers: readonly BulkOffer[], outcomes: readonly Outcome[]): ResultRow[] =>
    offers.map((offer, index) => {
      const outcome = outcomes[index] ?? { kind: 'pending' };
      const known = cache.get(outcome);
      if (known?.index === index) return known;
      const row = buildRow(offer, index, outcome, builder);
      cache.set(outcome, row);
      return row;
    });
}

/** How a row names its offer: by name, else by id. */
export function offerLabel(row: Pick<ResultRow, 'id' | 'name'>): string {
  return row.name ?? `offer ${row.id}`;
}
