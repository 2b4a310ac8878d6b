import { isRecord } from '@/lib/is-record';
import type { LibraryEntry, LinkCheck, LinkKind, OfferSnapshot, StaleFlag } from './library-entry';

/*
 * Stored entries are checked by hand rather than through a schema: the Links page reads
 * them for its first paint, and the entry's schema would sit in the file every page
 * shares for its first render (about 0.4 kB gzip on each, measured). Each reader returns
 * a fresh object of the known fields only, or undefined.
 */

const KINDS: ReadonlySet<unknown> = new Set<LinkKind>([
  'tracking-link',
  'landing-page',
  'built-link',
  'offer-tracking-url',
  'pixel-url',
]);
const SOURCE = /^(offer|main|pixel|landing:.+)$/s;

const isKind = (value: unknown): value is LinkKind => KINDS.has(value);
const isString = (value: unknown): value is string => typeof value === 'string';
// NaN is no payout, count or time.
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);
const isOptionalString = (value: unknown): value is string | undefined => value === undefined || isString(value);
const isOptionalNumber = (value: unknown): value is number | undefined => value === undefined || isNumber(value);
const isStringPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && isString(value[0]) && isString(value[1]);

/** `value` without its undefined fields: an optional field not given stays absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function readOffer(input: unknown): OfferSnapshot | undefined {
  if (!isRecord(input)) return undefined;
  const { id, name, status, payout, payoutType } = input;
  const readable =
    isString(id) &&
    isOptionalString(name) &&
    isOptionalString(status) &&
    isOptionalNumber(payout) &&
    isOptionalString(payoutType);
  return readable ? compact({ id, name, status, payout, payoutType }) : undefined;
}

function readFlag(input: unknown): StaleFlag | undefined {
  if (!isRecord(input)) return undefined;
  const { kind, before, now } = input;
  switch (kind) {
    case 'status':
      return isString(now) && isOptionalString(before) ? compact({ kind, before, now }) : undefined;
    case 'gone':
    case 'not-approved':
      return { kind };
    case 'payout':
      return isNumber(before) && isNumber(now) ? { kind, before, now } : undefined;
    case 'link-changed':
      return now === null || isString(now) ? { kind, now } : undefined;
    default:
      return undefined;
  }
}

function readCheck(input: unknown): LinkCheck | undefined {
  if (!isRecord(input)) return undefined;
  const { at, flags, failed } = input;
  if (!isNumber(at) || !Array.isArray(flags) || !isOptionalString(failed)) return undefined;
  const read = flags.map(readFlag);
  return read.every((flag) => flag !== undefined) ? compact({ at, flags: read, failed }) : undefined;
}

/** A stored entry as the app may use it, or undefined when it does not read as one. */
export function readLibraryEntry(input: unknown): LibraryEntry | undefined {
  if (!isRecord(input)) return undefined;
  const { id, api, url, kind, label, source, issuedUrl, params, copiedAt, firstCopiedAt, copies, note } = input;
  const offer = readOffer(input.offer);
  const check = input.check === undefined ? undefined : readCheck(input.check);
  const readable =
    isString(id) &&
    isString(api) &&
    isString(url) &&
    isKind(kind) &&
    isString(label) &&
    isString(source) &&
    SOURCE.test(source) &&
    isString(issuedUrl) &&
    Array.isArray(params) &&
    params.every(isStringPair) &&
    offer !== undefined &&
    isNumber(copiedAt) &&
    isNumber(firstCopiedAt) &&
    isNumber(copies) &&
    isString(note) &&
    (input.check === undefined || check !== undefined);
  if (!readable) return undefined;
  const pairs = params.map(([key, value]): [string, string] => [key, value]);
  return compact({
    id,
    api,
    url,
    kind,
    label,
    source,
    issuedUrl,
    params: pairs,
    offer,
    copiedAt,
    firstCopiedAt,
    copies,
    note,
    check,
  });
}
