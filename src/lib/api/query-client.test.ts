import type { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { offerQueryOptions } from '@/features/offers/api/get-offer';
import { trackingLinksQueryOptions } from '@/features/tracking-links/api';
import { publishedOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { createAppQueryClient } from '@/testing/query-client';
import { createApiClient } from './client';
import { createQueryClient, MAX_RETRIES, MAX_TIMEOUT_RETRIES, retryDelay } from './query-client';

const OFFER_ROUTE = `${TEST_API}/v2/offers/:id`;
const LINKS_ROUTE = `${TEST_API}/aff/v1/offers/:id/tracking_links`;

/** Answers the offer route with `respond` and counts the requests that arrive. */
function countRequests(route: string, respond: () => Response | Promise<Response>) {
  const counter = { requests: 0 };
  server.use(
    http.get(route, () => {
      counter.requests += 1;
      return respond();
    }),
  );
  return counter;
}

async function fetchOffer(queryClient: QueryClient, timeoutMs?: number) {
  const client = createApiClient({ baseUrl: TEST_API, timeoutMs });
  return queryClient.query(offerQueryOptions(client, publishedOffer.id));
}

describe('createQueryClient retry policy', () => {
  it.each<[string, () => Response]>([
    ['401', () => HttpResponse.json({ error: 'Invalid API key', code: 'unauthorized' }, { status: 401 })],
    ['403', () => HttpResponse.json({ error: 'Account is suspended' }, { status: 403 })],
    ['404', () => HttpResponse.json({ error: 'Offer not found', code: 'not_found' }, { status: 404 })],
    ['400', () => HttpResponse.json({ error: 'Bad request' }, { status: 400 })],
    ['429', () => HttpResponse.json({ error: 'Slow down' }, { status: 429 })],
    ['malformed JSON', () => new HttpResponse('{"id":', { status: 200 })],
    ['wrong shape', () => HttpResponse.json({ ...publishedOffer, id: 12345 })],
  ])('asks only once when the failure will not get better (%s)', async (_case, respond) => {
    const counter = countRequests(OFFER_ROUTE, respond);
    await expect(fetchOffer(createAppQueryClient())).rejects.toMatchObject({ name: 'ApiError' });
    // Give a wrongly scheduled retry the time to arrive.
    await delay(30);
    expect(counter.requests).toBe(1);
  });

  it('asks only once when Offerslook refuses (code ≠ 0)', async () => {
    const counter = countRequests(LINKS_ROUTE, () => HttpResponse.json({ code: 1, message: 'Not approved' }));
    const client = createApiClient({ baseUrl: TEST_API });
    await expect(
      createAppQueryClient().query(trackingLinksQueryOptions(client, publishedOffer.id)),
    ).rejects.toMatchObject({
      kind: 'refused',
    });
    await delay(30);
    expect(counter.requests).toBe(1);
  });

  it('retries transient failures a bounded number of times', () => {
    expect(MAX_RETRIES).toBeGreaterThanOrEqual(1);
    expect(MAX_RETRIES).toBeLessThanOrEqual(3);
  });

  it.each<[string, () => Response]>([
    ['500', () => HttpResponse.json({ error: 'boom', code: 'server_error' }, { status: 500 })],
    ['503', () => HttpResponse.json({ error: 'unavailable' }, { status: 503 })],
    ['network failure', () => HttpResponse.error()],
  ])('retries a transient failure (%s), then gives up with the error', async (_case, respond) => {
    const counter = countRequests(OFFER_ROUTE, respond);
    const error: unknown = await fetchOffer(createAppQueryClient()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ApiError' });
    await delay(30);
    expect(counter.requests).toBe(1 + MAX_RETRIES);
  });

  it('retries a timeout once only, then gives up with the timeout error', async () => {
    const counter = countRequests(OFFER_ROUTE, async () => {
      await delay(500);
      return HttpResponse.json(publishedOffer);
    });
    await expect(fetchOffer(createAppQueryClient(), 20)).rejects.toMatchObject({ kind: 'timeout' });
    expect(MAX_TIMEOUT_RETRIES).toBe(1);
    expect(counter.requests).toBe(2);
  });

  it('shows the offer when a retry succeeds after a server error', async () => {
    let attempt = 0;
    const counter = countRequests(OFFER_ROUTE, () => {
      attempt += 1;
      return attempt === 1 ? HttpResponse.json({ error: 'boom' }, { status: 500 }) : HttpResponse.json(publishedOffer);
    });
    await expect(fetchOffer(createAppQueryClient())).resolves.toEqual({ ...publishedOffer, notes: [] });
    expect(counter.requests).toBe(2);
  });
});

describe('retryDelay', () => {
  it('waits longer after each failure', () => {
    expect(retryDelay(1)).toBeGreaterThan(retryDelay(0));
    expect(retryDelay(2)).toBeGreaterThan(retryDelay(1));
  });

  it('never waits more than a few seconds', () => {
    for (const attempt of [0, 1, 2, 5, 10, 50]) {
      expect(retryDelay(attempt)).toBeGreaterThan(0);
      expect(retryDelay(attempt)).toBeLessThanOrEqual(4_000);
    }
  });
});

describe('createQueryClient defaults', () => {
  it('does not refetch when the window regains focus', () => {
    expect(createQueryClient().getDefaultOptions().queries?.refetchOnWindowFocus).toBe(false);
  });

  it('gives each call a fresh client, so tests and tabs share no cache', async () => {
    const first = createQueryClient();
    await fetchOffer(first);
    const second = createQueryClient();
    const client = createApiClient({ baseUrl: TEST_API });
    expect(second.getQueryData(offerQueryOptions(client, publishedOffer.id).queryKey)).toBeUndefined();
    expect(first.getQueryData(offerQueryOptions(client, publishedOffer.id).queryKey)).toEqual({
      ...publishedOffer,
      notes: [],
    });
  });
});
