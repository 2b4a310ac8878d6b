import { stripLikeUrlParser } from './build-link';

export interface QueryParam {
  /** The key as a server reads it ("+" is a space, then percent-decoding). */
  readonly key: string;
  /** The value as a server reads it. */
  readonly value: string;
  /** The `key=value` text exactly as it is in the link. */
  readonly raw: string;
}

function decodeQueryPart(raw: string): string {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * The query parameters a link already has, in order, split the way buildLink splits
 * them: after the same clean-up (tabs and newlines dropped, as the URL parser does),
 * first "#" starts the fragment, first "?" before it the query. So a key shown here is
 * the key buildLink replaces, never one it would add a second time.
 */
export function queryParams(link: string): QueryParam[] {
  const trimmed = stripLikeUrlParser(link);
  const hashAt = trimmed.indexOf('#');
  const beforeHash = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return [];
  return beforeHash
    .slice(queryAt + 1)
    .split('&')
    .filter((piece) => piece !== '')
    .map((raw) => {
      const equalsAt = raw.indexOf('=');
      const rawKey = equalsAt === -1 ? raw : raw.slice(0, equalsAt);
      const rawValue = equalsAt === -1 ? '' : raw.slice(equalsAt + 1);
      return { key: decodeQueryPart(rawKey), value: decodeQueryPart(rawValue), raw };
    });
}
