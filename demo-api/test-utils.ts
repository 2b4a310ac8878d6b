import type { Hono } from 'hono';
import { offerslookPaths, tracklyPaths } from '../src/contract/index.ts';

export interface JsonReply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** Requests `path` from a Hono app and parses the JSON body. */
export async function requestJson(app: Hono, path: string, init?: RequestInit): Promise<JsonReply> {
  const res = await app.request(path, init);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new Error(`Not JSON (${res.status}): ${text.slice(0, 200)}`);
  }
  return { status: res.status, headers: res.headers, body };
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

export function offerPath(id: string): string {
  return tracklyPaths.offer(id);
}

export function linksPath(id: string): string {
  return offerslookPaths.trackingLinks(id);
}
