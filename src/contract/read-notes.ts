import type { Vendor } from './vendors.ts';

/**
 * What a tolerant reader found off the contract in one field: sent as text (and read
 * as a number), missing, of the wrong type, or a list entry skipped.
 */
type FieldProblem = 'as-text' | 'missing' | 'wrong-type' | 'skipped-entry';

export interface FieldNote {
  vendor: Vendor;
  /** The field as the vendor names it; a list entry as `offer_url[3]` (1-based). */
  field: string;
  problem: FieldProblem;
  /** A short JSON preview of what was sent, when something was. */
  sent?: string;
  /** What kind of value was sent ("a string", "null"…), for a wrong type. */
  received?: string;
  /** For a skipped entry: why, e.g. "tracking_link missing". */
  reason?: string;
}

/** A reader's answer: the usable value and what was off on the way. */
export interface Read<T> {
  value: T;
  notes: FieldNote[];
}

const PREVIEW_LENGTH = 60;

/** A JSON object (not null, not an array): the only body a reader can take fields from. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short JSON preview of an upstream value: never the whole of a long one. */
export function previewJson(value: unknown): string {
  let text: string;
  try {
    // undefined for values JSON has no text for; the lib's type does not say so.
    const json = JSON.stringify(value) as string | undefined;
    text = json ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/** The kind of a JSON value, as a sentence names it. */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

/** A note for a field that did not fit: missing when absent, else the wrong type. */
export function misfit(vendor: Vendor, field: string, raw: unknown): FieldNote {
  if (raw === undefined) return { vendor, field, problem: 'missing' };
  return { vendor, field, problem: 'wrong-type', sent: previewJson(raw), received: describeKind(raw) };
}

/** The note about `field`, if a reader left one. */
export function noteFor(notes: readonly FieldNote[], field: string): FieldNote | undefined {
  return notes.find((note) => note.field === field);
}
