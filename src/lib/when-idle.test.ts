import { whenIdle } from './when-idle';

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(window, 'requestIdleCallback');
  Reflect.deleteProperty(window, 'cancelIdleCallback');
});

describe('whenIdle', () => {
  it('waits for the browser to be idle, with a deadline', () => {
    const idle: Array<{ task: () => void; timeout: number | undefined }> = [];
    Object.defineProperty(window, 'requestIdleCallback', {
      configurable: true,
      value: (task: () => void, options?: { timeout?: number }) => idle.push({ task, timeout: options?.timeout }),
    });
    Object.defineProperty(window, 'cancelIdleCallback', { configurable: true, value: () => undefined });
    const task = vi.fn();
    whenIdle(task, { timeoutMs: 1_500 });
    expect(task).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    expect(idle[0]?.timeout).toBe(1_500);
    idle[0]?.task();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('falls back to a short timer where there is no requestIdleCallback, and can be cancelled', () => {
    Object.defineProperty(window, 'requestIdleCallback', { configurable: true, writable: true, value: undefined });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const task = vi.fn();
    whenIdle(task, { fallbackMs: 300 });
    vi.advanceTimersByTime(299);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    whenIdle(cancelled)();
    vi.advanceTimersByTime(5_000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
