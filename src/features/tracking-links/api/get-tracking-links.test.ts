import { http, HttpResponse } from 'msw';
import type { JsonBodyType } from 'msw';
import { ApiError } from '@/lib/api/api-error';
import { createApiClient } from '@/lib/api/client';
import { envelope, publishedOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { getTrackingLinks } from './get-tracking-links';

const LINKS_ROUTE = `${TEST_API}/aff/v1/offers/:id/tracking_links`;
const PATH = `/aff/v1/offers/${publishedOffer.id}/tracking_links`;

function answer(body: JsonBodyType) {
  server.use(http.get(LINKS_ROUTE, () => HttpResponse.json(body)));
}

async function fetchFailure(): Promise<ApiError> {
  const error = await getTrackingLinks(createApiClient({ baseUrl: TEST_API }), publishedOffer.id).catch(
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** The published Offerslook example, as the JSON text of the page. */
const publishedBody = JSON.parse(`{
  "code": 0,
  "message": "Success",
  "data": {
    "tracking_link": {
      "url": "http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547",
      "impression_pixel": "<img src='http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547'  border='0'  width='1'  height='1' />",
      "offer_url": [
        { "type": "Default", "tracking_link": "http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547", "preview_url": "http://www.offerslook.com" },
        { "type": "Random", "tracking_link": "http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&random_url=1" },
        { "type": "Offer URL", "name": "360", "tracking_link": "http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=7", "preview_url": "http://www.360.com" },
        { "type": "Offer URL", "name": "qq", "tracking_link": "http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=8", "preview_url": "http://www.qq.com" }
      ]
    }
  }
}`) as JsonBodyType;

describe('getTrackingLinks', () => {
  it('returns the tracking link of the published example', async () => {
    answer(publishedBody);
    const links = await getTrackingLinks(createApiClient({ baseUrl: TEST_API }), publishedOffer.id);
    expect(links).toEqual({ ...publishedTrackingLinks, notes: [] });
    expect(links.offer_url.map((page) => page.type)).toEqual(['Default', 'Random', 'Offer URL', 'Offer URL']);
  });

  it('keeps a landing page type the docs do not list and accepts null name/preview', async () => {
    answer(
      envelope({
        ...publishedTrackingLinks,
        offer_url: [{ type: 'Smart link', name: null, tracking_link: 'http://t.example/x', preview_url: null }],
      }),
    );
    const links = await getTrackingLinks(createApiClient({ baseUrl: TEST_API }), publishedOffer.id);
    expect(links.offer_url[0]).toMatchObject({ type: 'Smart link', name: null, preview_url: null });
  });

  it('turns a code other than 0 into a "refused" error with the network message and code', async () => {
    answer({ code: 1, message: 'Offer is not approved for this affiliate', data: null });
    const error = await fetchFailure();
    expect(error.kind).toBe('refused');
    expect(error.upstreamMessage).toBe('Offer is not approved for this affiliate');
    expect(error.upstreamCode).toBe(1);
    expect(error.path).toBe(PATH);
  });

  it('refuses even when a refusal envelope carries no data at all', async () => {
    answer({ code: 1003, message: 'Private offer' });
    const error = await fetchFailure();
    expect(error).toMatchObject({ kind: 'refused', upstreamCode: 1003, upstreamMessage: 'Private offer' });
  });

  it('turns an envelope without "code" into a shape error naming code', async () => {
    answer({ message: 'Success', data: { tracking_link: publishedTrackingLinks } });
    const error = await fetchFailure();
    expect(error.kind).toBe('shape');
    expect(error.issues.join('\n')).toMatch(/^code:/m);
  });

  it('turns a code sent as a string ("0") into a shape error, not a success', async () => {
    answer({ code: '0', message: 'Success', data: { tracking_link: publishedTrackingLinks } });
    const error = await fetchFailure();
    expect(error.kind).toBe('shape');
    expect(error.issues.join('\n')).toMatch(/^code:/m);
  });

  it('turns a success without data.tracking_link into a shape error', async () => {
    answer({ code: 0, message: 'Success', data: {} });
    const error = await fetchFailure();
    expect(error.kind).toBe('shape');
    expect(error.issues.join('\n')).toMatch(/^tracking_link:/m);
  });

  it('reads offer_url that is not an array as no landing pages, and notes it', async () => {
    answer({
      code: 0,
      message: 'Success',
      data: { tracking_link: { ...publishedTrackingLinks, offer_url: 'http://x' } },
    });
    const links = await getTrackingLinks(createApiClient({ baseUrl: TEST_API }), publishedOffer.id);
    expect(links.offer_url).toEqual([]);
    expect(links.notes).toEqual([
      { vendor: 'offerslook', field: 'offer_url', problem: 'wrong-type', sent: '"http://x"', received: 'a string' },
    ]);
  });

  it('skips the landing page whose tracking_link is missing, naming it, and keeps the others', async () => {
    answer(
      envelope({
        ...publishedTrackingLinks,
        offer_url: [publishedTrackingLinks.offer_url[0], { type: 'Random' }] as typeof publishedTrackingLinks.offer_url,
      }),
    );
    const links = await getTrackingLinks(createApiClient({ baseUrl: TEST_API }), publishedOffer.id);
    expect(links.offer_url).toEqual([publishedTrackingLinks.offer_url[0]]);
    expect(links.notes).toEqual([
      { vendor: 'offerslook', field: 'offer_url[2]', problem: 'skipped-entry', reason: 'tracking_link missing' },
    ]);
  });

  it('reads a missing impression_pixel as not given', async () => {
    const withoutPixel: Record<string, unknown> = { ...publishedTrackingLinks };
    Reflect.deleteProperty(withoutPixel, 'impression_pixel');
    answer({ code: 0, message: 'Success', data: { tracking_link: withoutPixel } });
    const links = await getTrackingLinks(createApiClient({ baseUrl: TEST_API }), publishedOffer.id);
    expect(links.impression_pixel).toBeUndefined();
    expect(links.notes).toEqual([{ vendor: 'offerslook', field: 'impression_pixel', problem: 'missing' }]);
  });
});
