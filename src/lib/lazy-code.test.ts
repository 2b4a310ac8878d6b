import { describe, expect, it, vi } from 'vitest';
import { lazyCode } from './lazy-code';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('shares one load between callers', async () => {
    const load = vi.fn(() => Promise.resolve('code'));
    const once = loadOnce(load);
    await expect(Promise.all([once(), once()])).resolves.toEqual(['code', 'code']);
    await once();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load instead of repeating its error', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk did not arrive')).mockResolvedValueOnce('code');
    const once = loadOnce(load as () => Promise<string>);
    await expect(once()).rejects.toThrow('chunk did not arrive');
    await expect(once()).resolves.toBe('code');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lazyCode', () => {
  it('runs an action at once when the code is there, so it stays inside the click', async () => {
    const code = lazyCode(() => Promise.resolve({ answer: 42 }));
    await code.load();
    const seen: number[] = [];
    code.withCode(
      ({ answer }) => seen.push(answer),
      () => seen.push(-1),
    );
    expect(seen).toEqual([42]);
  });

  it('waits for code still loading, and says when it cannot load', async () => {
    const code = lazyCode<{ answer: number }>(() => Promise.reject(new Error('offline')));
    const failed = new Promise<void>((resolve) => {
      code.withCode(
        () => {
          throw new Error('ran without the code');
        },
        () => {
          resolve();
        },
      );
    });
    await expect(failed).resolves.toBeUndefined();
  });
});
