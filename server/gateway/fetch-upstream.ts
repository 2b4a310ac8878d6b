/** Upstream bodies above this size are refused (the largest real answer is far smaller). */
const MAX_UPSTREAM_BODY_BYTES = 10 * 1024 * 1024;

export type UpstreamResult =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly contentType: string | null;
      /** The upstream's Retry-After header as sent (checked before it goes further). */
      readonly retryAfter: string | null;
      readonly body: Uint8Array<ArrayBuffer>;
    }
  | { readonly kind: 'timeout' | 'unreachable' | 'redirect' | 'too-large' | 'client-closed' };

export interface FetchUpstreamOptions {
  readonly timeoutMs: number;
  /** Aborts when the browser goes away. */
  readonly clientSignal?: AbortSignal | undefined;
  readonly maxBodyBytes?: number;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * One GET to the vendor, headers and body within timeoutMs. Redirects are not followed
 * (they would carry the credentials elsewhere); errors become a kind, never a message
 * (an error text could name the upstream URL).
 */
export async function fetchUpstream(
  url: string,
  headers: Headers,
  options: FetchUpstreamOptions,
): Promise<UpstreamResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.clientSignal === undefined ? timeout : AbortSignal.any([timeout, options.clientSignal]);
  try {
    const response = await fetch(url, { method: 'GET', headers, redirect: 'manual', signal });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      return { kind: 'redirect' };
    }
    const body = await readCapped(response, options.maxBodyBytes ?? MAX_UPSTREAM_BODY_BYTES);
    if (body === null) return { kind: 'too-large' };
    return {
      kind: 'response',
      status: response.status,
      contentType: response.headers.get('Content-Type'),
      retryAfter: response.headers.get('Retry-After'),
      body,
    };
  } catch {
    if (timeout.aborted) return { kind: 'timeout' };
    if (options.clientSignal?.aborted === true) return { kind: 'client-closed' };
    return { kind: 'unreachable' };
  }
}
