import * as v from 'valibot';
import type { FieldNote, Read } from './read-notes.ts';
import { isObject, misfit, previewJson } from './read-notes.ts';
import { offerSchema, paginationSchema } from './trackly.ts';
import type { Offer, Pagination } from './trackly.ts';

/**
 * The tolerant reading of Trackly's offers: field by field, so one odd field leaves the
 * rest usable. The strict `offerSchema` stays the contract the demo API is checked by.
 */

type OfferFields = Omit<Offer, 'id'>;

/** Every field of an offer, `undefined` when it was not usable ("not given"). */
export type OfferFieldValues = { [K in keyof OfferFields]: OfferFields[K] | undefined };

/** An offer as the app shows it: a usable id, the usable fields, and what was off. */
export type ReadOffer = OfferFieldValues & { id: string; notes: readonly FieldNote[] };

/** A list row without a usable id: shown with what it has, but it cannot be opened. */
export type UnlinkedOfferRow = OfferFieldValues & { id: undefined; notes: readonly FieldNote[] };

export interface ReadOfferList {
  offers: ReadOffer[];
  /** Rows without a usable id, in the order sent. */
  unlinked: UnlinkedOfferRow[];
  pagination: Pagination;
}

const FIELDS = Object.keys(offerSchema.entries).filter((key) => key !== 'id') as (keyof OfferFields)[];
const NUMERIC_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

/** Reads each field on its own; `id` is only read, not required, here. */
export function readOfferFields(input: unknown): Read<OfferFieldValues & { id: string | undefined }> {
  const source = isObject(input) ? input : {};
  const notes: FieldNote[] = [];
  const value: Record<string, unknown> = {};
  const id = v.safeParse(offerSchema.entries.id, source.id);
  value.id = id.success ? id.output : undefined;
  if (!id.success) notes.push(misfit('trackly', 'id', source.id));
  for (const field of FIELDS) {
    const raw = source[field];
    const result = v.safeParse(offerSchema.entries[field], raw);
    if (result.success) {
      value[field] = result.output;
    } else if (field === 'payout' && typeof raw === 'string' && NUMERIC_TEXT.test(raw)) {
      value[field] = Number(raw);
      notes.push({ vendor: 'trackly', field, problem: 'as-text', sent: previewJson(raw) });
    } else {
      value[field] = undefined;
      notes.push(misfit('trackly', field, raw));
    }
  }
  return { value: value as OfferFieldValues & { id: string | undefined }, notes };
}

/** One offer, or null when the body cannot be an offer (not an object, no usable id). */
export function readOffer(input: unknown): Read<OfferFieldValues & { id: string }> | null {
  if (!isObject(input)) return null;
  const read = readOfferFields(input);
  const { id } = read.value;
  return id === undefined ? null : { value: { ...read.value, id }, notes: read.notes };
}

/** For the API client: reads an offer tolerantly, and refuses a body that is not one. */
export const readOfferSchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }): ReadOffer => {
    const input = dataset.value;
    const read = readOffer(input);
    if (read) return { ...read.value, notes: read.notes };
    if (isObject(input))
      addIssue({
        message: 'missing or not usable',
        path: [{ type: 'unknown', origin: 'value', input, key: 'id', value: input.id }],
      });
    else addIssue({ message: 'not an offer object' });
    return NEVER;
  }),
);

/** For the API client: the list's envelope is checked, then each row is read on its own. */
export const readOfferListSchema = v.pipe(
  v.object({ offers: v.array(v.unknown()), pagination: paginationSchema }),
  v.transform((body): ReadOfferList => {
    const list: ReadOfferList = { offers: [], unlinked: [], pagination: body.pagination };
    for (const row of body.offers) {
      const read = readOfferFields(row);
      const { id } = read.value;
      if (id === undefined) list.unlinked.push({ ...read.value, id, notes: read.notes });
      else list.offers.push({ ...read.value, id, notes: read.notes });
    }
    return list;
  }),
);
