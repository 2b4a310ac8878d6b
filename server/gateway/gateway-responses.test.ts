import { describe, expect, it } from 'vitest';
import { gatewayResponse, safeContentType } from './gateway-responses.ts';

describe('gatewayResponse', () => {
  it('turns a vendor status outside 200–599 into 502', async () => {
    for (const status of [101, 199, 600, 999]) {
      const res = gatewayResponse({
        kind: 'response',
        status,
        contentType: 'application/json',
        retryAfter: null,
        body: new Uint8Array(2),
      });
      expect(res.status, String(status)).toBe(502);
      expect(await res.json()).toEqual({ error: 'Upstream answered with an invalid status', code: 'bad_gateway' });
    }
  });

  it('labels bodies with one of its own two types', () => {
    expect(safeContentType('application/json; charset=utf-8; a=b')).toBe('application/json; charset=utf-8');
    expect(safeContentType('application/json;a=b,text/html')).toBe('text/plain; charset=utf-8');
    expect(safeContentType('text/html, application/json')).toBe('text/plain; charset=utf-8');
    expect(safeContentType(null)).toBe('text/plain; charset=utf-8');
  });
});
