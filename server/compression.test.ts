import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createServer } from './app.ts';
import { createTempDist } from './testing/temp-dist.ts';
import { testServerOptions } from './testing/server-options.ts';

describe('API compression', () => {
  it('gzips the demo API JSON for clients that accept it, and leaves it plain otherwise', async () => {
    const dist = await createTempDist();
    const app = createServer(testServerOptions(dist.dir));
    const plain = await app.request('/demo-api/v2/offers?per_page=100');
    const plainText = await plain.text();
    expect(plain.headers.get('Content-Encoding')).toBeNull();

    const gzipped = await app.request('/demo-api/v2/offers?per_page=100', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('Content-Encoding')).toBe('gzip');
    const bytes = Buffer.from(await gzipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(plainText.length / 3);
    expect(gunzipSync(bytes).toString('utf8')).toBe(plainText);
    await dist.cleanup();
  });
});
