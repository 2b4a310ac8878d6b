import type { ExportTable } from '@/lib/export/table-export';
import type { ResultRow } from './result-rows';

const OFFER_COLUMNS = [
  'Offer id',
  'Name',
  'Status',
  'Payout',
  'Payout type',
  'Outcome',
  'Reason',
  'Tracking link',
  'Pixel URL',
] as const;

function offerCells(row: ResultRow) {
  return [
    row.id,
    row.name,
    row.status,
    row.payout,
    row.payoutType,
    row.outcomeLabel,
    row.reason,
    row.trackingLink,
    row.pixelUrl,
  ];
}

/** One row per offer; its landing pages in numbered columns (type, name, link), as many as the widest offer has. */
export function perOfferTable(rows: readonly ResultRow[]): ExportTable {
  const widest = rows.reduce((most, row) => Math.max(most, row.landingPages.length), 0);
  const pageColumns = Array.from({ length: widest }, (_, at) => {
    const n = String(at + 1);
    return [`Landing page ${n} type`, `Landing page ${n} name`, `Landing page ${n} link`];
  }).flat();
  return {
    columns: [...OFFER_COLUMNS, ...pageColumns],
    rows: rows.map((row) => [
      ...offerCells(row),
      ...Array.from({ length: widest }, (_, at) => {
        const page = row.landingPages[at];
        return page ? [page.type, page.name, page.link] : ['', '', ''];
      }).flat(),
    ]),
  };
}

/** One row per link: the main tracking link, then each landing page; an offer without links gets one row with its outcome. */
export function perLinkTable(rows: readonly ResultRow[]): ExportTable {
  return {
    columns: ['Offer id', 'Name', 'Outcome', 'Reason', 'Link', 'Landing page type', 'Landing page name', 'URL'],
    rows: rows.flatMap((row) => {
      const head = [row.id, row.name, row.outcomeLabel, row.reason];
      if (row.trackingLink === null) return [[...head, '', '', '', '']];
      return [
        [...head, 'Tracking link', '', '', row.trackingLink],
        ...row.landingPages.map((page) => [...head, 'Landing page', page.type, page.name, page.link]),
      ];
    }),
  };
}

/** The run as JSON: the values as they are (a spreadsheet never evaluates this file). */
export function toJson(rows: readonly ResultRow[]): string {
  const data = rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    payout: row.payout,
    payoutType: row.payoutType,
    outcome: row.outcome,
    reason: row.reason || null,
    trackingLink: row.trackingLink,
    pixelUrl: row.pixelUrl,
    landingPages: row.landingPages.map(({ type, name, link }) => ({ type, name: name || null, trackingLink: link })),
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}
