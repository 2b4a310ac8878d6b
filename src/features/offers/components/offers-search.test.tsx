import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { AppProviders } from '@/app/providers';
import type { Offer } from '@/contract';
import { installLayoutApis } from '@/testing/browser-apis';
import { LIST_ROUTE, serveCatalogue } from '@/testing/catalogue-api';
import { deferred } from '@/testing/deferred';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { createTestQueryClient, renderApp } from '@/testing/render';
import { OffersPage } from './offers-page';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 20_000 });

/** 300 offers, "Offer 001" … "Offer 300", every third paused; number 230 is "Café Crème". */
const offers: Offer[] = Array.from({ length: 300 }, (_, index) => {
  const n = String(index + 1).padStart(3, '0');
  return makeOffer({
    id: `${n}aa`.padEnd(24, '0'),
    name: index === 229 ? 'Café Crème' : `Offer ${n}`,
    advertiser_id: `adv_${n}`,
    external_id: `ext-${n}`,
    status: index % 3 === 2 ? 'paused' : 'active',
  });
});

function rowNames(): string[] {
  return within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((header) => within(header).getByRole('link').textContent);
}

async function search(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = await screen.findByRole('searchbox', { name: 'Search offers' });
  await user.click(box);
  await user.paste(text);
}

describe('OffersPage: search across every page', () => {
  it('finds an offer many pages away, ignoring case and accents', async () => {
    serveCatalogue(offers);
    const { user, location } = renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });

    await search(user, 'CAFE');

    await screen.findByText('Searched 300 of 300 offers', { selector: 'span' });
    await waitFor(() => {
      expect(rowNames()).toEqual(['Café Crème']);
    });
    expect(location().search).toBe('?q=CAFE');
    expect(screen.getByText('Searched 300 of 300 offers')).toBeInTheDocument();
    expect(screen.getByText('1 offer matches “CAFE”')).toBeInTheDocument();
  });

  it('restores the search from the URL, with the status filter', async () => {
    const requests = serveCatalogue(offers);
    renderApp('/offers?status=paused&q=offer+00');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Offer 003', 'Offer 006', 'Offer 009']);
    });
    expect(screen.getByRole('searchbox', { name: 'Search offers' })).toHaveValue('offer 00');
    expect(screen.getByText('Searched 100 of 100 offers')).toBeInTheDocument();
    expect(requests).toEqual([{ status: 'paused', page: '1', perPage: '100' }]);
  });

  it('pages the results with the list pager and page size', async () => {
    serveCatalogue(offers);
    const { user } = renderApp('/offers?q=offer+1');
    // "Offer 1…": 100–199, 25 a page.
    await screen.findByText('100 offers match “offer 1”');
    expect(rowNames()[0]).toBe('Offer 100');
    expect(screen.getByText('Page 1 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    await waitFor(() => {
      expect(rowNames()).toEqual(Array.from({ length: 25 }, (_, index) => `Offer ${175 + index}`));
    });
  });

  it('shows its progress as the pages arrive, and keeps what it found when a page fails', async () => {
    serveCatalogue(offers);
    const release = deferred();
    let failPage3 = true;
    server.use(
      http.get(LIST_ROUTE, async ({ request }) => {
        const page = new URL(request.url).searchParams.get('page');
        if (page === '2') await release.promise;
        if (page === '3' && failPage3)
          return HttpResponse.json({ error: 'Internal error', code: 'server_error' }, { status: 500 });
        return undefined;
      }),
    );
    const { user } = renderApp('/offers?q=offer+0');
    expect(await screen.findByText('Searched 100 of 300 offers', { selector: 'span' })).toBeInTheDocument();
    expect(rowNames()[0]).toBe('Offer 001');

    release.resolve();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the rest of the offers to search');
    expect(screen.getByText('Searched 200 of 300 offers', { selector: 'span' })).toBeInTheDocument();
    expect(rowNames()[0]).toBe('Offer 001');

    failPage3 = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Searched 300 of 300 offers', { selector: 'span' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says where the limit stopped it', async () => {
    serveCatalogue(offers);
    const user = userEvent.setup();
    render(
      <AppProviders
        queryClient={createTestQueryClient()}
        deploy={{ configFile: TEST_API, origin: window.location.origin }}
      >
        <MemoryRouter initialEntries={['/offers?q=cafe']}>
          <Routes>
            <Route
              path="/offers"
              element={<OffersPage onRowIntent={() => undefined} onBulkRun={() => undefined} searchLimit={200} />}
            />
          </Routes>
        </MemoryRouter>
      </AppProviders>,
    );
    expect(await screen.findByText('Searched the first 200 of 300 offers')).toBeInTheDocument();
    // Café Crème is number 230: past the limit.
    expect(screen.getByText('No non-archived offer matches “cafe”.')).toBeInTheDocument();
    await search(user, ' crème');
    expect(await screen.findByText('No non-archived offer matches “cafe crème”.')).toBeInTheDocument();
  });
});
