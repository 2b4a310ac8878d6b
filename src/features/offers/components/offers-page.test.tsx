import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { installLayoutApis } from '@/testing/browser-apis';
import { deferred } from '@/testing/deferred';
import { serveDemoApi } from '@/testing/demo-api';
import { makeOffer, publishedOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import { catalogue, LINKS_ROUTE, LIST_ROUTE, serveCatalogue } from '@/testing/catalogue-api';

installLayoutApis();
// The whole app renders per test; on a busy 2-core machine a page can take over a second.
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

/** The catalogue's API, recording the query of every list request. */
const serveList = serveCatalogue;

/** Lets pending timers, requests and renders run, for asserting that something did not happen. */
async function settle(ms = 100) {
  await act(() => new Promise((resolve) => setTimeout(resolve, ms)));
}

function rowNames(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((header) => within(header).getByRole('link').textContent);
}

/** A name link inside the offers table (the "Recently viewed" list may hold the same name). */
async function findRowLink(name: string): Promise<HTMLElement> {
  return within(await screen.findByRole('table')).findByRole('link', { name });
}

function pageButton(name: 'First page' | 'Previous page' | 'Next page' | 'Last page') {
  return screen.getByRole('button', { name });
}

describe('OffersPage: rows', () => {
  it('lists the offers of the page, each name linking to its offer', async () => {
    serveList();
    renderApp('/offers');
    const link = await screen.findByRole('link', { name: 'Offer 001' });
    expect(link).toHaveAttribute('href', `/offers/${catalogue[0]?.id ?? ''}`);
    // A first page draws a few rows per task.
    await waitFor(() => {
      expect(rowNames()).toHaveLength(25);
    });
    expect(screen.getByRole('table', { name: 'Offers, page 1' })).toBeInTheDocument();

    const row = link.closest('tr');
    if (!row) throw new Error('The link is not in a table row');
    expect(row).toHaveTextContent('$2.50');
    expect(row).toHaveTextContent('CPA');
    expect(row).toHaveTextContent('TUNE');
    expect(row).toHaveTextContent('adv_001');
    expect(row).toHaveTextContent('Active');
  });

  it('shows when each offer was updated, with the absolute time for keyboard and screen reader users too', async () => {
    serveList();
    renderApp('/offers');
    const row = (await screen.findByRole('link', { name: 'Offer 001' })).closest('tr');
    if (!row) throw new Error('The link is not in a table row');
    const time = row.querySelector('time');
    // Read out with the row, for screen readers…
    expect(time).toHaveTextContent(/ago \(Dec 15, 2025, 9:12\sAM UTC\)$/);
    // …and shown in a tip while the row has focus (CSS), not in a title only a mouse can reach.
    expect(time).not.toHaveAttribute('title');
    expect(
      within(row).getByText(/^Dec 15, 2025, 9:12\sAM UTC$/, { selector: '[aria-hidden="true"]' }),
    ).toBeInTheDocument();
  });

  it('encodes an id with reserved characters in the link to the offer', async () => {
    server.use(
      http.get(LIST_ROUTE, () =>
        HttpResponse.json({
          offers: [makeOffer({ id: 'a/b c?d#e', name: 'Odd id' })],
          pagination: { page: 1, per_page: 25, total: 1, total_pages: 1 },
        }),
      ),
    );
    renderApp('/offers');
    expect(await screen.findByRole('link', { name: 'Odd id' })).toHaveAttribute('href', '/offers/a%2Fb%20c%3Fd%23e');
  });

  it('shows the total in words and the page position', async () => {
    serveList();
    renderApp('/offers');
    expect(await screen.findByText('120 non-archived offers')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 5')).toBeInTheDocument();
  });

  it('asks the API for page 1 of 25 offers, not archived, by default', async () => {
    const requests = serveList();
    renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });
    expect(requests).toEqual([{ status: null, page: '1', perPage: '25' }]);
  });

  it('reads status, page and page size from the URL', async () => {
    const requests = serveList(catalogue.map((offer, index) => (index % 2 ? { ...offer, status: 'paused' } : offer)));
    renderApp('/offers?status=paused&page=2&per_page=50');
    await screen.findByRole('table', { name: 'Offers, page 2' });
    expect(requests).toEqual([{ status: 'paused', page: '2', perPage: '50' }]);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('paused');
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('50');
    expect(screen.getByText('60 paused offers')).toBeInTheDocument();
    expect(rowNames()[0]).toBe('Offer 102');
  });
});

describe('OffersPage: filters and paging', () => {
  it('filters by status through the URL and the request, back on page 1', async () => {
    const requests = serveList(catalogue.map((offer, index) => (index < 3 ? { ...offer, status: 'paused' } : offer)));
    const { user, location } = renderApp('/offers?page=2');
    await screen.findByRole('table', { name: 'Offers, page 2' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Paused');

    expect(location().search).toBe('?status=paused');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Offer 001', 'Offer 002', 'Offer 003']);
    });
    expect(requests.at(-1)).toEqual({ status: 'paused', page: '1', perPage: '25' });
    expect(screen.getByText('3 paused offers')).toBeInTheDocument();
  });

  it('changes the page size through the URL and the request', async () => {
    const requests = serveList();
    const { user, location } = renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '100');

    expect(location().search).toBe('?per_page=100');
    // A few rows per task, and jsdom draws (and queries 100 rows by role) slowly: on a
    // loaded 2-core machine this took over 5 s, so the wait allows most of the test's time.
    await waitFor(
      () => {
        expect(rowNames()).toHaveLength(100);
      },
      { timeout: 10_000 },
    );
    expect(requests.at(-1)).toEqual({ status: null, page: '1', perPage: '100' });
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
  });

  it('moves between pages with First, Previous, Next and Last, unavailable at the ends', async () => {
    const requests = serveList();
    const { user, location } = renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });

    expect(pageButton('First page')).toHaveAttribute('aria-disabled', 'true');
    expect(pageButton('Previous page')).toHaveAttribute('aria-disabled', 'true');
    expect(pageButton('Next page')).not.toHaveAttribute('aria-disabled');
    expect(pageButton('Last page')).not.toHaveAttribute('aria-disabled');

    await user.click(pageButton('Next page'));
    expect(location().search).toBe('?page=2');
    expect(await screen.findByRole('link', { name: 'Offer 026' })).toBeInTheDocument();
    expect(requests.at(-1)).toEqual({ status: null, page: '2', perPage: '25' });
    expect(pageButton('First page')).not.toHaveAttribute('aria-disabled');
    expect(pageButton('Previous page')).not.toHaveAttribute('aria-disabled');

    await user.click(pageButton('Last page'));
    expect(location().search).toBe('?page=5');
    expect(await screen.findByRole('link', { name: 'Offer 101' })).toBeInTheDocument();
    expect(screen.getByText('Page 5 of 5')).toBeInTheDocument();
    expect(pageButton('Next page')).toHaveAttribute('aria-disabled', 'true');
    expect(pageButton('Last page')).toHaveAttribute('aria-disabled', 'true');

    await user.click(pageButton('Previous page'));
    expect(await screen.findByRole('link', { name: 'Offer 076' })).toBeInTheDocument();
    expect(location().search).toBe('?page=4');

    await user.click(pageButton('First page'));
    expect(await screen.findByRole('link', { name: 'Offer 001' })).toBeInTheDocument();
    expect(location().search).toBe('');
  });

  it('keeps keyboard focus on Next when it reaches the last page, where it does nothing more', async () => {
    const requests = serveList();
    const { user, location } = renderApp('/offers?page=4');
    await screen.findByRole('link', { name: 'Offer 076' });
    const next = pageButton('Next page');
    act(() => {
      next.focus();
    });

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Offer 101' })).toBeInTheDocument();
    expect(location().search).toBe('?page=5');
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('aria-disabled', 'true');

    await user.keyboard('{Enter}');
    await settle();
    expect(location().search).toBe('?page=5');
    expect(requests.map((request) => request.page)).toEqual(['4', '5']);
  });

  it('says it is loading the new status, never the old total next to the new status', async () => {
    const release = deferred();
    serveList(catalogue.map((offer, index) => (index < 3 ? { ...offer, status: 'paused' } : offer)));
    server.use(
      http.get(LIST_ROUTE, async ({ request }) => {
        if (new URL(request.url).searchParams.get('status') !== 'paused') return undefined;
        await release.promise;
        return undefined;
      }),
    );
    const { user } = renderApp('/offers');
    expect(await screen.findByText('120 non-archived offers')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 5')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Paused');

    expect(screen.getByText('Loading paused offers…')).toBeInTheDocument();
    expect(screen.queryByText(/120 paused/)).not.toBeInTheDocument();
    // Nor the old list's page count.
    expect(screen.getByText('Page 1')).toBeInTheDocument();
    expect(pageButton('Last page')).toHaveAttribute('aria-disabled', 'true');

    release.resolve();
    expect(await screen.findByText('3 paused offers')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
  });

  it('keeps the pager with the error when a page fails, so the user can go back', async () => {
    serveList();
    server.use(
      http.get(LIST_ROUTE, ({ request }) =>
        new URL(request.url).searchParams.get('page') === '3'
          ? HttpResponse.json({ error: 'Internal error', code: 'server_error' }, { status: 500 })
          : undefined,
      ),
    );
    const { user, location } = renderApp('/offers?page=2');
    await screen.findByRole('link', { name: 'Offer 026' });

    await user.click(pageButton('Next page'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API had a problem');
    expect(alert).toHaveTextContent('this page of offers');
    expect(screen.getByText('Page 3 of 5')).toBeInTheDocument();

    await user.click(pageButton('Previous page'));
    expect(await screen.findByRole('link', { name: 'Offer 026' })).toBeInTheDocument();
    expect(location().search).toBe('?page=2');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the previous rows, marked busy, while the next page loads', async () => {
    const release = deferred();
    const requests = serveList();
    server.use(
      http.get(LIST_ROUTE, async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') !== '2') return undefined;
        await release.promise;
        return undefined;
      }),
    );
    const { user } = renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });
    const table = () => screen.getByRole('table');
    // Busy, too, until a first page has drawn all its rows (a few per task).
    await waitFor(() => {
      expect(table().closest('[aria-busy]')).toBeNull();
    });
    expect(rowNames()).toHaveLength(25);

    await user.click(pageButton('Next page'));

    expect(screen.getByRole('link', { name: 'Offer 001' })).toBeInTheDocument();
    expect(table().closest('[aria-busy="true"]')).not.toBeNull();
    expect(screen.queryByText('Loading offers…')).not.toBeInTheDocument();

    release.resolve();
    expect(await screen.findByRole('link', { name: 'Offer 026' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Offer 001' })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(table().closest('[aria-busy]')).toBeNull();
    });
    expect(requests.map((request) => request.page)).toEqual(['1', '2']);
  });

  it.each([
    ['name', 'offer 007', ['Offer 007']],
    ['id', catalogue[11]?.id.slice(0, 6) ?? '', ['Offer 012']],
    ['advertiser', 'ADV_020', ['Offer 020']],
    ['external id', 'ext-02', Array.from({ length: 10 }, (_, index) => `Offer 02${index}`)],
  ])('searches every page by %s, reading the list 100 offers at a time', async (_field, query, expected) => {
    const requests = serveList();
    const { user, location } = renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });

    const search = screen.getByRole('searchbox', { name: 'Search offers' });
    await user.click(search);
    await user.paste(query);

    await waitFor(() => {
      expect(rowNames()).toEqual(expected);
    });
    expect(location().search).toBe(`?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    expect(
      await screen.findByText(
        `${expected.length} ${expected.length === 1 ? 'offer matches' : 'offers match'} “${query}”`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Searched 120 of 120 offers')).toBeInTheDocument();
    expect(requests).toEqual([
      { status: null, page: '1', perPage: '25' },
      { status: null, page: '1', perPage: '100' },
      { status: null, page: '2', perPage: '100' },
    ]);
  });

  it('says so when the search matches nothing', async () => {
    serveList();
    const { user } = renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });
    await user.click(screen.getByRole('searchbox', { name: 'Search offers' }));
    await user.paste('zzz');
    expect(await screen.findByText('No non-archived offer matches “zzz”.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('OffersPage: empty and error states', () => {
  it('says there are no offers when the API has none', async () => {
    serveList([]);
    renderApp('/offers');
    expect(await screen.findByText('No non-archived offers.')).toBeInTheDocument();
    expect(screen.getByText('0 non-archived offers')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('names the status when a status filter finds nothing', async () => {
    serveList();
    renderApp('/offers?status=archived');
    expect(await screen.findByText('No archived offers.')).toBeInTheDocument();
  });

  it('says a page past the last one is past the last page', async () => {
    serveList();
    renderApp('/offers?page=9');
    expect(await screen.findByText('Page 9 is past the last page.')).toBeInTheDocument();
  });

  it('shows Retry after a server error and recovers when the API does', async () => {
    serveDemoApi({ force: ['list=500'] });
    const { user } = renderApp('/offers');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API had a problem');
    expect(alert).toHaveTextContent('The API failed while loading your offers');

    serveDemoApi();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await findRowLink('Summer Promo')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('1 non-archived offer')).toBeInTheDocument();
  });

  it('shows a failed refresh of the rows shown as retrying, and refetches once however often Retry is clicked', async () => {
    serveList();
    const { user, queryClient } = renderApp('/offers');
    await findRowLink('Offer 001');

    let failing = true;
    let retries = 0;
    const release = deferred();
    server.use(
      http.get(LIST_ROUTE, async () => {
        if (failing) return HttpResponse.json({ error: 'Internal error', code: 'server_error' }, { status: 500 });
        retries += 1;
        await release.promise;
        return undefined;
      }),
    );
    await act(() => queryClient.refetchQueries());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('this page of offers');
    // The rows already shown stay.
    expect(screen.getByRole('link', { name: 'Offer 001' })).toBeInTheDocument();

    failing = false;
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await user.click(retry);
    await user.click(retry);
    await user.click(retry);
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    expect(retry).toHaveTextContent('Retrying…');
    expect(retry).toHaveFocus();
    await settle();
    expect(retries).toBe(1);

    release.resolve();
    await waitFor(() => {
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
    expect(retries).toBe(1);
  });

  it('sends the user to Settings when the API key is refused', async () => {
    serveDemoApi({ force: ['list=401'] });
    renderApp('/offers');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Open Settings' })).toHaveAttribute(
      'href',
      '/settings?reason=unauthorized',
    );
  });
});

/** Ids whose tracking links the app asked for (a prefetch), answered as usual. */
function recordLinkRequests(): string[] {
  const ids: string[] = [];
  server.use(
    http.get(LINKS_ROUTE, ({ params }) => {
      ids.push(String(params.offer_id));
      return undefined;
    }),
  );
  return ids;
}

describe('OffersPage: opening offers', () => {
  it('opens an offer from the list at once, without the loading skeleton', async () => {
    serveList([publishedOffer, ...catalogue.slice(0, 3)]);
    // The detail request never answers during the test: only the list's data can show the offer.
    const never = deferred();
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, async () => {
        await never.promise;
        return HttpResponse.json(publishedOffer);
      }),
    );
    try {
      const { user, location } = renderApp('/offers');
      await user.click(await findRowLink('Summer Promo'));

      expect(location().pathname).toBe(`/offers/${publishedOffer.id}`);
      expect(screen.getByRole('heading', { level: 1, name: 'Summer Promo' })).toBeInTheDocument();
      expect(screen.queryByText('Loading offer…')).not.toBeInTheDocument();
      expect(screen.getByText('$2.50')).toBeInTheDocument();
    } finally {
      never.resolve();
    }
  });

  it('prefetches the offer the pointer rests on, not every row it crosses', async () => {
    serveList();
    const prefetched = recordLinkRequests();
    renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const heading = screen.getByRole('heading', { level: 1, name: 'Offers' });
    // A quick sweep over all 25 rows, off the table again.
    const pointer = userEvent.setup({ delay: null });
    await pointer.pointer([...rows.map((row) => ({ target: row })), { target: heading }]);
    await settle(300);
    expect(prefetched).toEqual([]);

    const resting = rows[4];
    if (!resting) throw new Error('Too few rows');
    await pointer.hover(resting);
    await waitFor(() => {
      expect(prefetched).toEqual([catalogue[4]?.id]);
    });
  });

  it('prefetches an offer as soon as its link gets keyboard focus', async () => {
    serveList();
    const prefetched = recordLinkRequests();
    renderApp('/offers');
    const link = await screen.findByRole('link', { name: 'Offer 003' });
    act(() => {
      link.focus();
    });
    await waitFor(() => {
      expect(prefetched).toEqual([catalogue[2]?.id]);
    });
  });

  it('lists the offers recently viewed on the API in use, not on another one', async () => {
    const OTHER_API = 'http://other-api.test';
    const first = renderApp(`/offers/${publishedOffer.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Summer Promo' });
    first.unmount();

    server.use(
      http.get(`${OTHER_API}/v2/offers`, () =>
        HttpResponse.json({ offers: [], pagination: { page: 1, per_page: 25, total: 0, total_pages: 0 } }),
      ),
    );
    const other = renderApp('/offers', { apiBaseUrl: OTHER_API });
    expect(await screen.findByText('No non-archived offers.')).toBeInTheDocument();
    // An id from the first API would be a 404 on this one.
    expect(screen.queryByRole('navigation', { name: 'Recently viewed offers' })).not.toBeInTheDocument();
    other.unmount();

    renderApp('/offers');
    const recent = await screen.findByRole('navigation', { name: 'Recently viewed offers' });
    expect(within(recent).getByRole('link', { name: 'Summer Promo' })).toHaveAttribute(
      'href',
      `/offers/${publishedOffer.id}`,
    );
  });

  it('opens the offer typed in "Go to offer", with its id encoded', async () => {
    const { user, location } = renderApp('/offers');
    const box = screen.getByRole('search', { name: 'Go to offer' });
    const open = within(box).getByRole('button', { name: 'Open offer' });
    expect(open).toBeDisabled();

    await user.click(within(box).getByRole('textbox', { name: 'Offer ID' }));
    await user.paste('  a/b c?d  ');
    await user.click(open);

    expect(location().pathname).toBe('/offers/a%2Fb%20c%3Fd');
    expect(await screen.findByRole('heading', { level: 1, name: 'Offer a/b c?d' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Not found');
  });

  it('opens an offer from "Go to offer" with Enter', async () => {
    const { user, location } = renderApp('/offers');
    await user.click(screen.getByRole('textbox', { name: 'Offer ID' }));
    await user.paste(publishedOffer.id);
    await user.keyboard('{Enter}');
    expect(location().pathname).toBe(`/offers/${publishedOffer.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Summer Promo' })).toBeInTheDocument();
  });

  it('lists an offer under "Recently viewed" after it was opened', async () => {
    const recentOffer = makeOffer({ id: 'feedfacefeedfacefeedface', name: 'Recently opened offer' });
    server.use(http.get(`${TEST_API}/v2/offers/${recentOffer.id}`, () => HttpResponse.json(recentOffer)));
    const { user } = renderApp('/offers');
    await findRowLink('Summer Promo');
    expect(screen.queryByRole('link', { name: 'Recently opened offer' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: 'Offer ID' }));
    await user.paste(recentOffer.id);
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Recently opened offer' });

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Offers' }));
    const recent = await screen.findByRole('navigation', { name: 'Recently viewed offers' });
    expect(within(recent).getByRole('link', { name: 'Recently opened offer' })).toHaveAttribute(
      'href',
      `/offers/${recentOffer.id}`,
    );
  });

  it('names the page in the tab title', async () => {
    renderApp('/offers');
    await findRowLink('Summer Promo');
    expect(document.title).toBe('Offers · Offers dashboard');
  });
});

describe('OffersPage: untrusted data', () => {
  it('lists offers whose platform or payout type is an Object.prototype key, as sent', async () => {
    server.use(
      http.get(LIST_ROUTE, () =>
        HttpResponse.json({
          offers: [makeOffer({ external_platform: '__proto__', payout_type: 'toString' })],
          pagination: { page: 1, per_page: 25, total: 1, total_pages: 1 },
        }),
      ),
    );
    renderApp('/offers');
    const row = (await findRowLink('Summer Promo')).closest('tr');
    expect(row).toHaveTextContent('__proto__');
    expect(row).toHaveTextContent('toString');
  });
});
