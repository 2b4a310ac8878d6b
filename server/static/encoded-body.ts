import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentEncoding } from './accept-encoding.ts';
import { isCompressible } from './content-types.ts';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Above this size brotli drops from quality 11 (slow) to 9. */
const MAX_BEST_BROTLI_BYTES = 1024 * 1024;

export type Bytes = Uint8Array<ArrayBuffer>;

/** One file's bytes, with its compressed forms made on first use and then kept in memory. */
export interface EncodedBody {
  readonly identity: Bytes;
  readonly contentType: string;
  /** Strong ETag of the identity bytes, e.g. `"k3J…"`. */
  readonly etag: string;
  /** True for text types: responses carry `Vary: Accept-Encoding`. */
  readonly compressible: boolean;
  /** The bytes in that encoding, or null when the type is not compressible or it would not shrink. */
  encoded(coding: ContentEncoding): Promise<Bytes | null>;
}

async function compress(bytes: Bytes, coding: ContentEncoding): Promise<Bytes> {
  if (coding === 'gzip') return new Uint8Array(await gzipAsync(bytes, { level: 9 }));
  const quality = bytes.byteLength <= MAX_BEST_BROTLI_BYTES ? 11 : 9;
  const out = await brotliAsync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  });
  return new Uint8Array(out);
}

export function createEncodedBody(bytes: Bytes, contentType: string): EncodedBody {
  const compressible = isCompressible(contentType);
  const cache = new Map<ContentEncoding, Promise<Bytes | null>>();
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
  return {
    identity: bytes,
    contentType,
    etag,
    compressible,
    encoded(coding) {
      if (!compressible) return Promise.resolve(null);
      let pending = cache.get(coding);
      if (pending === undefined) {
        pending = compress(bytes, coding).then(
          (out) => (out.byteLength < bytes.byteLength ? out : null),
          () => null,
        );
        cache.set(coding, pending);
      }
      return pending;
    },
  };
}

/** A body built from text (e.g. the generated /config.json). */
export function createTextBody(text: string, contentType: string): EncodedBody {
  return createEncodedBody(new Uint8Array(Buffer.from(text, 'utf8')), contentType);
}
