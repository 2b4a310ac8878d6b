import { act, renderHook } from '@testing-library/react';
import { publishedOffer, publishedTrackingLinks } from '@/testing/fixtures';
import { readLastState } from './builder-storage';
import { useLinkBuilder } from './use-link-builder';

function noop() {
  // Nothing to do when a request is done.
}

describe('useLinkBuilder', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('applies each change to the latest state, so two changes in one event both count', () => {
    const { result } = renderHook(() =>
      useLinkBuilder({ offer: publishedOffer, links: publishedTrackingLinks, request: null, onRequestDone: noop }),
    );
    act(() => {
      result.current.change((s) => ({ ...s, source: 'sms' }));
      result.current.change((s) => ({ ...s, template: 'Hi {link}' }));
    });
    expect(result.current.state.source).toBe('sms');
    expect(result.current.state.template).toBe('Hi {link}');
    // Both are remembered for the offer.
    expect(readLastState(publishedOffer.id)).toMatchObject({ values: { source: 'sms' }, template: 'Hi {link}' });
  });
});
