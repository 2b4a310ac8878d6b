import { describe, expect, it } from 'vitest';
import { createServer } from './app.ts';
import { readServerOptions } from './options.ts';
import { createTempDist } from './testing/temp-dist.ts';
import { testServerOptions } from './testing/server-options.ts';

describe('the embedded demo API on the production server', () => {
  it('has no admin routes, whatever DEMO_API_ADMIN says', async () => {
    expect(readServerOptions({ DEMO_API_ADMIN: '1' }, '/srv/dashboard').demoApi).toMatchObject({ admin: false });

    const dist = await createTempDist();
    const app = createServer(testServerOptions(dist.dir, { demoApi: { admin: true } }));
    const patch = await app.request('/demo-api/__admin/offers/664f1a2b3c4d5e6f7a8b9c0d', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: '{"status":"paused"}',
    });
    expect(patch.status).toBe(404);
    expect((await app.request('/demo-api/__admin/reset', { method: 'POST' })).status).toBe(404);
    const offer = await app.request('/demo-api/v2/offers/664f1a2b3c4d5e6f7a8b9c0d');
    expect(await offer.json()).toMatchObject({ status: 'active' });
    await dist.cleanup();
  });
});
