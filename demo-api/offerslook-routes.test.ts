import { describe, expect, it } from 'vitest';
import { createDemoApi } from './app.ts';
import {
  ENCODED_ID_OFFER_ID,
  EMPTY_PIXEL_OFFER_IDS,
  MISSING_OFFER_ID,
  NOT_APPROVED_OFFER_IDS,
  PUBLISHED_OFFER_ID,
} from './data/ids.ts';
import { linksPath, requestJson } from './test-utils.ts';

const app = createDemoApi();

describe('GET /aff/v1/offers/:offer_id/tracking_links', () => {
  it('returns the published example verbatim for the published offer', async () => {
    const { status, body } = await requestJson(app, linksPath(PUBLISHED_OFFER_ID));
    expect(status).toBe(200);
    expect(body).toStrictEqual({
      code: 0,
      message: 'Success',
      data: {
        tracking_link: {
          url: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547',
          impression_pixel:
            "<img src='http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547'  border='0'  width='1'  height='1' />",
          offer_url: [
            {
              type: 'Default',
              tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547',
              preview_url: 'http://www.offerslook.com',
            },
            {
              type: 'Random',
              tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&random_url=1',
            },
            {
              type: 'Offer URL',
              name: '360',
              tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=7',
              preview_url: 'http://www.360.com',
            },
            {
              type: 'Offer URL',
              name: 'qq',
              tracking_link: 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=8',
              preview_url: 'http://www.qq.com',
            },
          ],
        },
      },
    });
  });

  it('answers HTTP 200 with code 1404 for an unknown offer', async () => {
    const { status, body } = await requestJson(app, linksPath(MISSING_OFFER_ID));
    expect(status).toBe(200);
    expect(body).toEqual({ code: 1404, message: 'Offer does not exist', data: null });
  });

  it('answers HTTP 200 with code 1403 for offers not approved for the affiliate', async () => {
    for (const id of NOT_APPROVED_OFFER_IDS) {
      const { status, body } = await requestJson(app, linksPath(id));
      expect(status).toBe(200);
      expect(body).toEqual({
        code: 1403,
        message: "The offer is not approved for you. Apply in the offer's page first.",
        data: null,
      });
    }
  });

  it('serves empty impression pixels as empty strings', async () => {
    const { body } = await requestJson(app, linksPath(EMPTY_PIXEL_OFFER_IDS[0] ?? ''));
    expect(body).toMatchObject({ code: 0, data: { tracking_link: { impression_pixel: '' } } });
  });

  it('decodes a percent-encoded offer id', async () => {
    const { body } = await requestJson(app, linksPath(ENCODED_ID_OFFER_ID));
    expect(body).toMatchObject({
      code: 0,
      data: { tracking_link: { url: expect.stringContaining('offer_id=7002') as unknown } },
    });
  });
});
