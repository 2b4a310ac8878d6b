import { acceptedEncodings, type ContentEncoding } from './accept-encoding.ts';
import type { Bytes, EncodedBody } from './encoded-body.ts';

function taggedEtag(etag: string, coding: ContentEncoding | undefined): string {
  return coding === undefined ? etag : `${etag.slice(0, -1)}-${coding}"`;
}

function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

async function pickRepresentation(
  body: EncodedBody,
  acceptEncoding: string | undefined,
): Promise<{ bytes: Bytes; coding: ContentEncoding | undefined }> {
  for (const coding of acceptedEncodings(acceptEncoding)) {
    const bytes = await body.encoded(coding);
    if (bytes !== null) return { bytes, coding };
  }
  return { bytes: body.identity, coding: undefined };
}

/**
 * A 200 (or `status`) response for `body`, in the best encoding the request accepts, with
 * Content-Type, Content-Length, Cache-Control, ETag and `Vary: Accept-Encoding` for text
 * types; a 304 when If-None-Match names the chosen representation.
 */
export async function sendBody(
  requestHeaders: Headers,
  body: EncodedBody,
  cacheControl: string,
): Promise<Response> {
  const { bytes, coding } = await pickRepresentation(body, requestHeaders.get('Accept-Encoding') ?? undefined);
  const etag = taggedEtag(body.etag, coding);
  const headers = new Headers({ 'Cache-Control': cacheControl, ETag: etag });
  if (body.compressible) headers.set('Vary', 'Accept-Encoding');
  if (matchesIfNoneMatch(requestHeaders.get('If-None-Match') ?? undefined, etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('Content-Type', body.contentType);
  headers.set('Content-Length', String(bytes.byteLength));
  if (coding !== undefined) headers.set('Content-Encoding', coding);
  return new Response(bytes, { status: 200, headers });
}
