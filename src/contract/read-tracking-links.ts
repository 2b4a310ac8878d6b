import * as v from 'valibot';
import type { FieldNote, Read } from './read-notes.ts';
import { describeKind, isObject, misfit } from './read-notes.ts';
import { landingPageSchema, trackingLinksSchema } from './offerslook.ts';
import type { LandingPage } from './offerslook.ts';

/**
 * The tolerant reading of Offerslook's tracking links: each landing page on its own (a
 * bad one is skipped, the good ones shown), and `url`/`impression_pixel` not given when
 * they do not fit.
 */
export interface ReadTrackingLinks {
  url: string | undefined;
  impression_pixel: string | undefined;
  offer_url: LandingPage[];
  notes: readonly FieldNote[];
}

/** Why an entry cannot be read, naming its first bad field. */
function entryProblem(entry: unknown): string {
  if (!isObject(entry)) return `not an object (${describeKind(entry)})`;
  for (const [field, schema] of Object.entries(landingPageSchema.entries)) {
    const raw = entry[field];
    if (v.safeParse(schema, raw).success) continue;
    return raw === undefined ? `${field} missing` : `${field} sent as ${describeKind(raw)}`;
  }
  return 'unreadable';
}

/** `tracking_link` of a successful answer; null when it is not an object at all. */
export function readTrackingLinks(input: unknown): Read<Omit<ReadTrackingLinks, 'notes'>> | null {
  if (!isObject(input)) return null;
  const notes: FieldNote[] = [];
  const text = (field: 'url' | 'impression_pixel') => {
    const result = v.safeParse(trackingLinksSchema.entries[field], input[field]);
    if (result.success) return result.output;
    notes.push(misfit('offerslook', field, input[field]));
    return undefined;
  };
  const url = text('url');
  const impressionPixel = text('impression_pixel');
  const offerUrl: LandingPage[] = [];
  const entries: unknown[] = Array.isArray(input.offer_url) ? input.offer_url : [];
  if (!Array.isArray(input.offer_url)) notes.push(misfit('offerslook', 'offer_url', input.offer_url));
  entries.forEach((entry, index) => {
    const result = v.safeParse(landingPageSchema, entry);
    if (result.success) offerUrl.push(result.output);
    else
      notes.push({
        vendor: 'offerslook',
        field: `offer_url[${index + 1}]`,
        problem: 'skipped-entry',
        reason: entryProblem(entry),
      });
  });
  return { value: { url, impression_pixel: impressionPixel, offer_url: offerUrl }, notes };
}

/** `data` of a successful answer, for the envelope opener: `tracking_link` read tolerantly. */
export const readTrackingLinkDataSchema = v.pipe(
  v.object({ tracking_link: v.unknown() }),
  v.rawTransform(({ dataset, addIssue, NEVER }): ReadTrackingLinks => {
    const data = dataset.value;
    const read = readTrackingLinks(data.tracking_link);
    if (read) return { ...read.value, notes: read.notes };
    addIssue({
      message: 'not an object',
      input: data.tracking_link,
      path: [{ type: 'object', origin: 'value', input: data, key: 'tracking_link', value: data.tracking_link }],
    });
    return NEVER;
  }),
);
