import { PENDING } from './outcome';
import { outcomeFromError } from './outcome-from-error';
import { createRunStore, timeLeftMs } from './run-store';
import { ApiError } from '@/lib/api/api-error';
import { OFFERSLOOK_CODES, PUBLISHED_TRACKING_LINKS } from '@/contract';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the run store', () => {
  it('tells listeners of many outcomes once per throttle tick, not once per offer', () => {
    const store = createRunStore(
      Array.from({ length: 100 }, () => PENDING),
      250,
    );
    const heard = vi.fn();
    store.subscribe(heard);
    store.setStatus('running');
    heard.mockClear();
    for (let index = 0; index < 100; index += 1) store.settle(index, { kind: 'done', links: PUBLISHED_TRACKING_LINKS });
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().counts).toMatchObject({ done: 100, pending: 0 });
  });

  it('estimates the time left from the pace of this pass', () => {
    const store = createRunStore(
      Array.from({ length: 10 }, () => PENDING),
      0,
    );
    store.beginPass();
    store.setStatus('running');
    vi.advanceTimersByTime(1_000);
    store.settle(0, { kind: 'done', links: PUBLISHED_TRACKING_LINKS });
    store.settle(1, { kind: 'failed', reason: 'x' });
    vi.advanceTimersByTime(0);
    expect(timeLeftMs(store.getSnapshot(), Date.now())).toBe(4_000);
  });
});

describe('outcomes of failed requests', () => {
  it('names a refusal for approval, an unknown offer, and a failure in the app words', () => {
    const refusal = (code: number) =>
      new ApiError('refused', { vendor: 'offerslook', upstreamCode: code, upstreamMessage: 'nope' });
    expect(outcomeFromError(refusal(OFFERSLOOK_CODES.notApproved))).toEqual({
      kind: 'refused',
      reason: 'Not approved for your account',
    });
    expect(outcomeFromError(refusal(OFFERSLOOK_CODES.offerNotFound)).kind).toBe('not-found');
    expect(outcomeFromError(new ApiError('timeout', { vendor: 'offerslook' }))).toEqual({
      kind: 'failed',
      reason: 'The API took too long to answer',
    });
  });
});
