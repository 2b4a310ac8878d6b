import { act, configure, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { installLayoutApis } from '@/testing/browser-apis';
import { deferred } from '@/testing/deferred';
import { publishedOffer } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import { OFFER_ROUTE } from '@/testing/catalogue-api';

installLayoutApis();
// The whole app renders per test; on a busy 2-core machine a page can take over a second.
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

describe('OfferHeader: Refresh', () => {
  it('keeps keyboard focus while it refreshes, and refreshes once however often it is pressed', async () => {
    const release = deferred();
    let requests = 0;
    server.use(
      http.get(OFFER_ROUTE, async () => {
        requests += 1;
        if (requests > 1) await release.promise;
        return HttpResponse.json(publishedOffer);
      }),
    );
    const { user } = renderApp(`/offers/${publishedOffer.id}`);
    const refresh = await screen.findByRole('button', { name: 'Refresh' });
    act(() => {
      refresh.focus();
    });

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Refreshing…' })).toBe(refresh);
    expect(refresh).toHaveAttribute('aria-disabled', 'true');
    expect(refresh).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(requests).toBe(2);

    release.resolve();
    expect(await screen.findByRole('button', { name: 'Refresh' })).toHaveFocus();
    expect(refresh).not.toHaveAttribute('aria-disabled');
  });
});
