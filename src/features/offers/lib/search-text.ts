import type { ReadOffer } from '@/contract';

/** Case- and accent-insensitive form: "Café" and "CAFE" both read "cafe". */
function normalizeSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The searched fields of an offer, normalised and joined by a character no query holds. */
export function offerSearchText(offer: Pick<ReadOffer, 'id' | 'name' | 'advertiser_id' | 'external_id'>): string {
  return [offer.name, offer.id, offer.advertiser_id, offer.external_id]
    .map((field) => (typeof field === 'string' ? normalizeSearchText(field) : ''))
    .join('\u0000');
}

/** The query as it is matched: normalised and trimmed; empty matches everything. */
export function searchNeedle(query: string): string {
  return normalizeSearchText(query.trim());
}
