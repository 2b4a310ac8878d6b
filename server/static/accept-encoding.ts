export type ContentEncoding = 'br' | 'gzip';

/** Parses `Accept-Encoding` into coding → q-value (lower-cased codings; q defaults to 1). */
function qualities(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (coding === '') continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(.*)$/.exec(param);
      if (match?.[1] !== undefined) q = Number(match[1]);
    }
    result.set(coding, Number.isFinite(q) ? q : 0);
  }
  return result;
}

/**
 * The encodings the client accepts, best first (br before gzip on equal weight);
 * `*` stands for any coding not named. Empty when only identity is acceptable.
 */
export function acceptedEncodings(header: string | undefined): ContentEncoding[] {
  if (header === undefined) return [];
  const q = qualities(header);
  const wildcard = q.get('*') ?? 0;
  const candidates: ContentEncoding[] = ['br', 'gzip'];
  const weight = (coding: ContentEncoding): number => q.get(coding) ?? (coding === 'gzip' ? (q.get('x-gzip') ?? wildcard) : wildcard);
  return candidates.filter((coding) => weight(coding) > 0).sort((a, b) => weight(b) - weight(a));
}
