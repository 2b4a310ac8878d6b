import type { LibraryEntry } from './library-entry';

export interface LinksFilter {
  /** Matched, ignoring case, against the offer's name and id, the link's label, the URL and the note. */
  readonly text: string;
  /** An offer id; empty for every offer. */
  readonly offerId: string;
  readonly flaggedOnly: boolean;
}

export const NO_FILTER: LinksFilter = { text: '', offerId: '', flaggedOnly: false };

/** The last check found a reason the link may no longer earn. */
function isFlagged(entry: LibraryEntry): boolean {
  return (entry.check?.flags.length ?? 0) > 0;
}

export function filterEntries(entries: readonly LibraryEntry[], filter: LinksFilter): LibraryEntry[] {
  const needle = filter.text.trim().toLowerCase();
  return entries.filter((entry) => {
    if (filter.offerId !== '' && entry.offer.id !== filter.offerId) return false;
    if (filter.flaggedOnly && !isFlagged(entry)) return false;
    if (needle === '') return true;
    const haystack = [entry.offer.name ?? '', entry.offer.id, entry.label, entry.url, entry.note];
    return haystack.some((text) => text.toLowerCase().includes(needle));
  });
}

/** The offers present, each once, by name (then id), for the Offer choice. */
export function offersOf(entries: readonly LibraryEntry[]): Array<{ value: string; label: string }> {
  const names = new Map<string, string>();
  for (const entry of entries) {
    if (!names.has(entry.offer.id)) names.set(entry.offer.id, entry.offer.name ?? '');
  }
  return [...names]
    .map(([id, name]) => ({ value: id, label: name === '' ? id : `${name} (${id})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
