import type { ExportTable } from '@/lib/export/table-export';
import { flagText } from './flag-text';
import type { LibraryEntry } from './library-entry';

const COLUMNS = [
  'Copied at',
  'Offer id',
  'Offer name',
  'Link',
  'URL',
  'Parameters',
  'Status at copy',
  'Payout at copy',
  'Note',
  'Flags',
] as const;

/** One row per remembered link; the CSV writer neutralises cells a spreadsheet would run. */
export function linksTable(entries: readonly LibraryEntry[]): ExportTable {
  return {
    columns: COLUMNS,
    rows: entries.map((entry) => [
      new Date(entry.copiedAt).toISOString(),
      entry.offer.id,
      entry.offer.name,
      entry.label,
      entry.url,
      entry.params.map(([key, value]) => `${key}=${value}`).join('&'),
      entry.offer.status,
      entry.offer.payout,
      entry.note,
      (entry.check?.flags ?? []).map(flagText).join('; '),
    ]),
  };
}
