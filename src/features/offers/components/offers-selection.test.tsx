import { configure, screen, waitFor, within } from '@testing-library/react';
import type { Offer } from '@/contract';
import { bulkRunInput } from '@/lib/bulk-run-input';
import { installLayoutApis } from '@/testing/browser-apis';
import { serveCatalogue } from '@/testing/catalogue-api';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 20_000 });

/** 300 offers, "Offer 001" … "Offer 300"; number 5 has no name. */
const offers: Offer[] = Array.from({ length: 300 }, (_, index) => {
  const n = String(index + 1).padStart(3, '0');
  return makeOffer({ id: `${n}bb`.padEnd(24, '0'), name: index === 4 ? '' : `Offer ${n}` });
});

const box = (name: string) => screen.getByRole('checkbox', { name });
const bar = () => screen.queryByRole('region', { name: 'Selection' });

describe('OffersPage: selection', () => {
  it('selects rows by name, keeps them across pages and searches, and clears them', async () => {
    serveCatalogue(offers);
    const { user } = renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });
    expect(bar()).not.toBeInTheDocument();

    await user.click(box('Select Offer 002'));
    await user.click(box(`Select offer ${offers[4]?.id ?? ''}`));
    // The bar's code comes with the list's idle chunk: it may still be on its way.
    const selectionBar = await screen.findByRole('region', { name: 'Selection' });
    expect(within(selectionBar).getByText('2 offers selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByRole('link', { name: 'Offer 026' });
    await user.click(box('Select Offer 030'));
    expect(screen.getByText('3 offers selected')).toBeInTheDocument();

    await user.click(screen.getByRole('searchbox', { name: 'Search offers' }));
    await user.paste('offer 00');
    await screen.findByText('Searched 300 of 300 offers', { selector: 'span' });
    expect(box('Select Offer 002')).toBeChecked();
    expect(box('Select Offer 001')).not.toBeChecked();
    expect(screen.getByText('3 offers selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(bar()).not.toBeInTheDocument();
    expect(box('Select Offer 002')).not.toBeChecked();
  });

  it('selects all on the page, with the header box checked, then mixed', async () => {
    serveCatalogue(offers);
    const { user } = renderApp('/offers');
    await screen.findByRole('link', { name: 'Offer 001' });
    // Keyboard: Tab reaches the boxes, Space toggles.
    box('Select all on this page').focus();
    await user.keyboard(' ');
    expect(await screen.findByText('25 offers selected')).toBeInTheDocument();
    expect(box('Select all on this page')).toBeChecked();

    await user.tab();
    expect(box('Select Offer 001')).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByText('24 offers selected')).toBeInTheDocument();
    expect(box('Select all on this page')).toBePartiallyChecked();

    await user.click(box('Select all on this page'));
    await user.click(box('Select all on this page'));
    expect(bar()).not.toBeInTheDocument();
  });

  it('selects all the offers of the list, reading every page', async () => {
    serveCatalogue(offers);
    const { user } = renderApp('/offers?per_page=50');
    await user.click(await screen.findByRole('checkbox', { name: 'Select Offer 001' }));
    await user.click(await screen.findByRole('button', { name: 'Select all 300 matching offers' }));
    expect(await screen.findByText('300 offers selected')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /matching offers/ })).not.toBeInTheDocument();
  });

  it('selects all the offers a search matches', async () => {
    serveCatalogue(offers);
    const { user } = renderApp('/offers?q=offer+1');
    await screen.findByText('100 offers match “offer 1”');
    await user.click(box('Select all on this page'));
    expect(await screen.findByText('25 offers selected')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Select all 100 matching offers' }));
    expect(screen.getByText('100 offers selected')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /matching offers/ })).not.toBeInTheDocument();
  });

  it('hands the selection to the bulk run, on its own route', async () => {
    serveCatalogue(offers);
    const { user, location } = renderApp('/offers');
    await user.click(await screen.findByRole('checkbox', { name: 'Select Offer 003' }));
    await user.click(box('Select Offer 001'));

    await user.click(await screen.findByRole('button', { name: 'Get tracking links for 2 offers' }));

    await waitFor(() => {
      expect(location().pathname).toBe('/bulk');
    });
    const input = bulkRunInput.get();
    expect(input).toMatchObject({ api: TEST_API });
    expect(Number.isNaN(Date.parse(input?.createdAt ?? ''))).toBe(false);
    expect(input?.offers).toEqual(
      [offers[2], offers[0]].map((offer) => ({
        id: offer?.id,
        name: offer?.name,
        status: 'active',
        payout: offer?.payout,
        payoutType: offer?.payout_type,
        platform: offer?.external_platform,
      })),
    );
  });
});
