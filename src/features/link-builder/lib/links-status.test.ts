import { ApiError } from '@/lib/api/api-error';
import { linksStatusOf } from './links-status';

describe('linksStatusOf', () => {
  it('is loaded when there are links, even if a later refetch failed', () => {
    expect(linksStatusOf(true, false, new ApiError('network', { vendor: 'offerslook' }))).toEqual({ kind: 'loaded' });
  });

  it('is loading while the first request runs', () => {
    expect(linksStatusOf(false, true, null)).toEqual({ kind: 'loading' });
  });

  it('tells a refusal (not approved) from a failure', () => {
    expect(linksStatusOf(false, false, new ApiError('refused', { vendor: 'offerslook', upstreamCode: 1403 }))).toEqual({
      kind: 'refused',
    });
    const error = new ApiError('server', { vendor: 'offerslook', status: 503 });
    expect(linksStatusOf(false, false, error)).toEqual({ kind: 'failed', error });
  });

  it('tells a refusal for another reason (no such offer) from not approved', () => {
    const error = new ApiError('refused', {
      vendor: 'offerslook',
      upstreamCode: 1404,
      upstreamMessage: 'Offer does not exist',
    });
    expect(linksStatusOf(false, false, error)).toEqual({ kind: 'declined', error });
    const worded = new ApiError('refused', {
      vendor: 'offerslook',
      upstreamCode: 7,
      upstreamMessage: 'Offer not yet approved',
    });
    expect(linksStatusOf(false, false, worded)).toEqual({ kind: 'refused' });
  });

  it('calls it a failure when the reason is unknown', () => {
    expect(linksStatusOf(false, false, null)).toEqual({ kind: 'failed', error: null });
  });
});
