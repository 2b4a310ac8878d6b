import { ApiError } from '@/lib/api/api-error';
import { checkLinks } from './check-links';
import type { CheckProgress } from './check-links';
import type { LibraryEntry } from './library-entry';
import type { CurrentOffer } from './stale-rules';

function entry(id: string, offerId: string, overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  const url = `https://track.example.com/c?o=${offerId}`;
  return {
    id,
    api: 'http://api.test',
    url,
    kind: 'tracking-link',
    label: 'main tracking link',
    source: 'main',
    issuedUrl: url,
    params: [],
    offer: { id: offerId, status: 'active', payout: 3 },
    copiedAt: 1,
    firstCopiedAt: 1,
    copies: 1,
    note: '',
    ...overrides,
  };
}

function currentOf(offerId: string, status = 'active'): CurrentOffer {
  return {
    offer: { status, payout: 3, trackingUrl: undefined },
    links: { url: `https://track.example.com/c?o=${offerId}`, landingPages: [], pixelSrc: null },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('checkLinks', () => {
  it('asks once per offer, however many links were copied from it, and checks every entry', async () => {
    const asked: string[] = [];
    const entries = [
      entry('a', '1'),
      entry('b', '1', { kind: 'built-link', url: 'https://track.example.com/c?o=1&s=x' }),
      entry('c', '2'),
    ];
    const checks = await checkLinks(entries, (offerId) => {
      asked.push(offerId);
      return Promise.resolve(currentOf(offerId, offerId === '2' ? 'paused' : 'active'));
    });
    expect(asked.sort()).toEqual(['1', '2']);
    expect(checks.get('a')).toMatchObject({ flags: [] });
    expect(checks.get('b')).toMatchObject({ flags: [] });
    expect(checks.get('c')).toMatchObject({ flags: [{ kind: 'status', before: 'active', now: 'paused' }] });
    expect(checks.get('c')?.at).toEqual(expect.any(Number));
  });

  it('reports progress in offers: none done first, then each one', async () => {
    const progress: CheckProgress[] = [];
    await checkLinks([entry('a', '1'), entry('b', '1'), entry('c', '2')], (id) => Promise.resolve(currentOf(id)), {
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([
      { done: 0, total: 2 },
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  it('never has more than 4 offers in flight', async () => {
    let running = 0;
    let peak = 0;
    const entries = Array.from({ length: 12 }, (_, i) => entry(`e${i}`, String(i)));
    await checkLinks(entries, async (id) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return currentOf(id);
    });
    expect(peak).toBe(4);
  });

  it('marks the entries of an offer that kept failing as failed, keeping their flags, after retries', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const before = entry('a', '1', { check: { at: 1, flags: [{ kind: 'payout', before: 3, now: 2 }] } });
    const done = checkLinks([before, entry('b', '2')], (id) => {
      if (id === '2') return Promise.resolve(currentOf(id));
      calls += 1;
      return Promise.reject(new ApiError('network', { vendor: 'trackly' }));
    });
    await vi.runAllTimersAsync();
    const checks = await done;
    expect(calls).toBe(3);
    expect(checks.get('a')).toMatchObject({
      flags: [{ kind: 'payout', before: 3, now: 2 }],
      failed: 'Could not reach the API',
    });
    expect(checks.get('b')).toMatchObject({ flags: [] });
    expect(checks.get('b')).not.toHaveProperty('failed');
  });

  it('stops when aborted and returns what it had checked', async () => {
    const controller = new AbortController();
    const entries = Array.from({ length: 8 }, (_, i) => entry(`e${i}`, String(i)));
    const checks = await checkLinks(
      entries,
      (id, signal) =>
        new Promise((resolve, reject) => {
          if (id === '0') {
            resolve(currentOf(id));
            return;
          }
          signal?.addEventListener('abort', () => {
            reject(new DOMException('Aborted', 'AbortError'));
          });
          if (id === '1') controller.abort();
        }),
      { signal: controller.signal },
    );
    expect([...checks.keys()]).toEqual(['e0']);
  });

  it('checks nothing and asks nothing without entries', async () => {
    const progress: CheckProgress[] = [];
    const checks = await checkLinks([], () => Promise.reject(new Error('not asked')), {
      onProgress: (p) => progress.push(p),
    });
    expect(checks.size).toBe(0);
    expect(progress).toEqual([{ done: 0, total: 0 }]);
  });
});
