import { z } from 'zod/mini';
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
  for (const [field, schema] of Object.entries(landingPageSchema.shape)) {
    const raw = entry[field];
    if (schema.safeParse(raw).success) continue;
    return raw === undefined ? `${field} missing` : `${field} sent as ${describeKind(raw)}`;
  }
  return 'unreadable';
}

/** `tracking_link` of a successful answer; null when it is not an object at all. */
export function readTrackingLinks(input: unknown): Read<Omit<ReadTrackingLinks, 'notes'>> | null {
  if (!isObject(input)) return null;
  const notes: FieldNote[] = [];
  const text = (field: 'url' | 'impression_pixel') => {
    const result = trackingLinksSchema.shape[field].safeParse(input[field]);
    if (result.success) return result.data;
    notes.push(misfit('offerslook', field, input[field]));
    return undefined;
  };
  const url = text('url');
  const impressionPixel = text('impression_pixel');
  const offerUrl: LandingPage[] = [];
  const entries: unknown[] = Array.isArray(input.offer_url) ? input.offer_url : [];
  if (!Array.isArray(input.offer_url)) notes.push(misfit('offerslook', 'offer_url', input.offer_url));
  entries.forEach((entry, index) => {
    const result = landingPageSchema.safeParse(entry);
    if (result.success) offerUrl.push(result.data);
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
export const readTrackingLinkDataSchema = z.pipe(
  z.object({ tracking_link: z.unknown() }),
  z.transform((data, ctx): ReadTrackingLinks => {
    const read = readTrackingLinks(data.tracking_link);
    if (read) return { ...read.value, notes: read.notes };
    ctx.issues.push({ code: 'custom', message: 'not an object', input: data.tracking_link, path: ['tracking_link'] });
    return z.NEVER;
  }),
);
