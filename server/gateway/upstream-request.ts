import type { GatewayOptions } from '../options.ts';
import type { GatewayTarget } from './gateway-path.ts';

export interface UpstreamRequest {
  readonly url: string;
  readonly headers: Headers;
}

function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** Joins base and path and checks that URL parsing kept the path as built (no escape). */
function joinUnder(baseUrl: string, target: GatewayTarget): string {
  const base = new URL(baseUrl);
  const url = new URL(`${baseUrl}${target.path}${target.query}`);
  const expectedPath = `${base.pathname.replace(/\/+$/, '')}${target.path}`;
  if (url.origin !== base.origin || url.pathname !== expectedPath) {
    throw new Error('Gateway path escaped its base URL');
  }
  return url.href;
}

/**
 * The upstream request for a target, with the vendor's credentials added here (Trackly
 * X-Api-Key, Offerslook HTTP Basic). Headers are built from scratch: nothing the
 * browser sent (cookies, Authorization, X-Api-Key) is forwarded. Null when that vendor is
 * not configured.
 */
export function buildUpstreamRequest(target: GatewayTarget, gateway: GatewayOptions): UpstreamRequest | null {
  const headers = new Headers({ Accept: 'application/json' });
  if (target.family === 'trackly') {
    const { trackly } = gateway;
    if (trackly === undefined) return null;
    headers.set('X-Api-Key', trackly.apiKey);
    return { url: joinUnder(trackly.baseUrl, target), headers };
  }
  const { offerslook } = gateway;
  if (offerslook === undefined) return null;
  headers.set('Authorization', basicAuthorization(offerslook.email, offerslook.apiKey));
  return { url: joinUnder(offerslook.baseUrl, target), headers };
}
