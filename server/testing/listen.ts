import { serve } from '@hono/node-server';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** e.g. http://127.0.0.1:40123 */
  readonly url: string;
  close(): Promise<void>;
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
    });
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Serves a fetch handler (a Hono app's `fetch`) on a free port. */
export function listenFetch(fetch: (request: Request) => Response | Promise<Response>): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => {
      resolve({ url: urlOf(server), close: closer(server) });
    }) as Server;
  });
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** A plain node:http server on a free port (for upstreams that hang or misbehave). */
export function listenNode(handler: NodeHandler): Promise<Listening> {
  return new Promise((resolve) => {
    const server = createHttpServer(handler);
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: urlOf(server), close: closer(server) });
    });
  });
}

/** A URL on which nothing listens: a port that was free a moment ago. */
export async function unusedUrl(): Promise<string> {
  const probe = await listenNode((_req, res) => res.end());
  await probe.close();
  return probe.url;
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
}

/** An upstream that records each request and answers with `reply`. */
export async function listenRecording(
  reply: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<Listening & { readonly requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = [];
  const listening = await listenNode((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    reply(req, res);
  });
  return { ...listening, requests };
}
