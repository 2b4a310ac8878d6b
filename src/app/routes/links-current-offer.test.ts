import { http, HttpResponse } from 'msw';
import { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINKS } from '@/contract';
import { offerQueryOptions } from '@/features/offers/api/get-offer';
import { ApiError } from '@/lib/api/api-error';
import { createApiClient } from '@/lib/api/client';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { createTestQueryClient } from '@/testing/render';
import { fetchCurrentOffer } from './links-current-offer';

const ID = PUBLISHED_OFFER.id;

function fetchCurrent(id = ID) {
  const queryClient = createTestQueryClient();
  const client = createApiClient({ baseUrl: TEST_API });
  return { queryClient, client, current: fetchCurrentOffer(queryClient, client, id, undefined) };
}

describe('fetchCurrentOffer', () => {
  it('says what both vendors give now: status, payout, links, landing pages and the pixel’s src', async () => {
    const current = await fetchCurrent().current;
    expect(current).toEqual({
      offer: { status: 'active', payout: PUBLISHED_OFFER.payout, trackingUrl: PUBLISHED_OFFER.tracking_url },
      links: {
        url: PUBLISHED_TRACKING_LINKS.url,
        landingPages: PUBLISHED_TRACKING_LINKS.offer_url,
        pixelSrc: 'http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547',
      },
    });
  });

  it('asks again even when the cache is fresh, and leaves the answer in the cache for the offer page', async () => {
    serveDemoApi({ dataset: datasetOf([makeOffer({ status: 'paused' })]) });
    const queryClient = createTestQueryClient();
    const client = createApiClient({ baseUrl: TEST_API });
    const options = offerQueryOptions(client, ID);
    queryClient.setQueryData(options.queryKey, { ...PUBLISHED_OFFER, notes: [] });
    const current = await fetchCurrentOffer(queryClient, client, ID, undefined);
    expect(current.offer).toMatchObject({ status: 'paused' });
    expect(queryClient.getQueryData(options.queryKey)).toMatchObject({ status: 'paused' });
  });

  it('says the offer is gone when Trackly answers 404', async () => {
    expect((await fetchCurrent('no-such-offer').current).offer).toBe('gone');
  });

  it('says the links are gone when Offerslook answers 1404', async () => {
    server.use(
      http.get(`${TEST_API}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json({ code: 1404, message: 'Offer does not exist' }),
      ),
    );
    expect((await fetchCurrent().current).links).toBe('gone');
  });

  it('says the offer is no longer approved when Offerslook answers 1403', async () => {
    serveDemoApi({ dataset: datasetOf([PUBLISHED_OFFER], { [ID]: 'not-approved' }) });
    expect((await fetchCurrent().current).links).toBe('not-approved');
  });

  it('gives no pixel src for an unsafe or empty pixel', async () => {
    serveDemoApi({
      dataset: datasetOf([PUBLISHED_OFFER], {
        [ID]: { ...PUBLISHED_TRACKING_LINKS, impression_pixel: '<img src=x onerror=alert(1)>' },
      }),
    });
    expect((await fetchCurrent().current).links).toMatchObject({ pixelSrc: null });
  });

  it('words a failure that will not get better, so the check can say it could not tell', async () => {
    serveDemoApi({ force: [`${ID}/links=403`] });
    expect((await fetchCurrent().current).links).toMatchObject({ error: 'Access denied: Forbidden' });
    serveDemoApi({ force: [`${ID}/offer=shape`] });
    expect((await fetchCurrent().current).offer).toEqual({ error: 'The API sent something unexpected' });
  });

  it('throws a transient failure of either vendor, for the pool to retry', async () => {
    serveDemoApi({ force: [`${ID}/links=500`] });
    await expect(fetchCurrent().current).rejects.toMatchObject({ kind: 'server' });
    serveDemoApi({ force: [`${ID}/offer=429`] });
    await expect(fetchCurrent().current).rejects.toBeInstanceOf(ApiError);
  });
});
