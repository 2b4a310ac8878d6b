import { describe, expect, it } from 'vitest';
import { adminPaths } from './admin.ts';
import { createDemoApi } from './app.ts';
import { getDemoDataset } from './data/dataset.ts';
import { PUBLISHED_OFFER_ID, SECOND_EXAMPLE_OFFER_ID } from './data/ids.ts';
import type { Offer } from './data/types.ts';
import { parseDemoApiOptions } from './options.ts';
import { linksPath, offerPath, requestJson } from './test-utils.ts';

const seeded = getDemoDataset();
const seededOffer = seeded.offersById.get(PUBLISHED_OFFER_ID) as Offer;

function patch(app: ReturnType<typeof createDemoApi>, id: string, body: unknown) {
  return requestJson(app, adminPaths.offer(id), {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const reset = (app: ReturnType<typeof createDemoApi>) => requestJson(app, adminPaths.reset, { method: 'POST' });

describe('admin routes', () => {
  it('are off by default: 404, and the data cannot change', async () => {
    const app = createDemoApi();
    expect((await patch(app, PUBLISHED_OFFER_ID, { status: 'paused' })).status).toBe(404);
    expect((await reset(app)).status).toBe(404);
    expect((await requestJson(app, offerPath(PUBLISHED_OFFER_ID))).body).toMatchObject({ status: 'active' });
  });

  it('change an offer’s status, payout and tracking URL in what Trackly answers, list included', async () => {
    const app = createDemoApi({ admin: true });
    const reply = await patch(app, PUBLISHED_OFFER_ID, {
      status: 'paused',
      payout: 2.5,
      tracking_url: 'https://track.example.com/new',
    });
    expect(reply.status).toBe(200);
    const changed = { status: 'paused', payout: 2.5, tracking_url: 'https://track.example.com/new' };
    expect((await requestJson(app, offerPath(PUBLISHED_OFFER_ID))).body).toEqual({ ...seededOffer, ...changed });
    const paused = seeded.offers.filter((o) => o.status === 'paused').length;
    expect((await requestJson(app, '/v2/offers?status=paused&per_page=1')).body).toMatchObject({
      pagination: { total: paused + 1 },
    });
  });

  it('change Offerslook’s main link, and take back or give approval', async () => {
    const app = createDemoApi({ admin: true });
    await patch(app, PUBLISHED_OFFER_ID, { tracking_link: 'https://track.example.com/main2' });
    expect((await requestJson(app, linksPath(PUBLISHED_OFFER_ID))).body).toMatchObject({
      code: 0,
      data: { tracking_link: { url: 'https://track.example.com/main2' } },
    });
    await patch(app, PUBLISHED_OFFER_ID, { approved: false });
    expect((await requestJson(app, linksPath(PUBLISHED_OFFER_ID))).body).toMatchObject({ code: 1403 });
    await patch(app, PUBLISHED_OFFER_ID, { approved: true });
    expect((await requestJson(app, linksPath(PUBLISHED_OFFER_ID))).body).toMatchObject({ code: 0 });
  });

  it('make an offer gone for both vendors: 404 and 1404', async () => {
    const app = createDemoApi({ admin: true });
    expect((await patch(app, SECOND_EXAMPLE_OFFER_ID, { gone: true })).status).toBe(200);
    expect((await requestJson(app, offerPath(SECOND_EXAMPLE_OFFER_ID))).status).toBe(404);
    expect((await requestJson(app, linksPath(SECOND_EXAMPLE_OFFER_ID))).body).toMatchObject({ code: 1404 });
    expect((await patch(app, SECOND_EXAMPLE_OFFER_ID, { status: 'active' })).status).toBe(404);
  });

  it('reset restores the seeded data', async () => {
    const app = createDemoApi({ admin: true });
    await patch(app, PUBLISHED_OFFER_ID, { status: 'archived', approved: false });
    await patch(app, SECOND_EXAMPLE_OFFER_ID, { gone: true });
    expect((await reset(app)).status).toBe(200);
    expect((await requestJson(app, offerPath(PUBLISHED_OFFER_ID))).body).toEqual(seededOffer);
    expect((await requestJson(app, linksPath(PUBLISHED_OFFER_ID))).body).toMatchObject({ code: 0 });
    expect((await requestJson(app, offerPath(SECOND_EXAMPLE_OFFER_ID))).status).toBe(200);
  });

  it('change only this app’s view: another demo API and the shared seed stay as they were', async () => {
    const app = createDemoApi({ admin: true });
    await patch(app, PUBLISHED_OFFER_ID, { status: 'paused' });
    expect((await requestJson(createDemoApi({ admin: true }), offerPath(PUBLISHED_OFFER_ID))).body).toMatchObject({
      status: 'active',
    });
    expect(getDemoDataset().offersById.get(PUBLISHED_OFFER_ID)).toEqual(seededOffer);
  });

  it.each([
    [{}, 'Nothing to change'],
    [[], 'The body must be a JSON object'],
    [{ name: 'x' }, 'Unknown field "name"'],
    [{ payout: '3' }, 'Invalid value for "payout"'],
    [{ payout: -1 }, 'Invalid value for "payout"'],
    [{ status: '' }, 'Invalid value for "status"'],
    [{ gone: false }, 'Invalid value for "gone"'],
  ])('refuse a body that is not a change: %j', async (body, error) => {
    const app = createDemoApi({ admin: true });
    expect(await patch(app, PUBLISHED_OFFER_ID, body)).toMatchObject({ status: 400, body: { error } });
  });

  it('answer 404 for an offer that does not exist', async () => {
    const app = createDemoApi({ admin: true });
    expect((await patch(app, 'no-such-offer', { status: 'paused' })).status).toBe(404);
  });

  it('are turned on by --admin or DEMO_API_ADMIN=1 only', () => {
    expect(parseDemoApiOptions([], {}).admin).toBe(false);
    expect(parseDemoApiOptions(['--admin'], {}).admin).toBe(true);
    expect(parseDemoApiOptions([], { DEMO_API_ADMIN: '1' }).admin).toBe(true);
    expect(parseDemoApiOptions([], { DEMO_API_ADMIN: '0' }).admin).toBe(false);
  });
});
