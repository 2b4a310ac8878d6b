import { act, configure, fireEvent, screen, within } from '@testing-library/react';
import { installDialogApis, installLayoutApis } from '@/testing/browser-apis';
import { renderApp } from '@/testing/render';
import { offerNamed, serveCatalogue } from '@/testing/catalogue-api';

installLayoutApis();
// The whole app renders per test; on a busy 2-core machine a page can take over a second.
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

let restoreDialogs: () => void = () => undefined;
const ownScrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
beforeEach(() => {
  restoreDialogs = installDialogApis();
});
afterEach(() => {
  restoreDialogs();
  if (ownScrollY) Object.defineProperty(window, 'scrollY', ownScrollY);
});

/** The user scrolls the page to `y` (jsdom has no layout: set the position, fire the event). */
function scrollPageTo(y: number) {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  fireEvent.scroll(window);
}

async function findRowLink(name: string): Promise<HTMLElement> {
  return within(await screen.findByRole('table')).findByRole('link', { name });
}

async function findOfferHeading(name: string): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name });
}

function pagerLink(name: 'Previous offer' | 'Next offer' | 'Back to offers') {
  const nav = screen.getByRole('navigation', { name: 'Offer navigation' });
  return within(nav).queryByRole('link', { name: new RegExp(name) });
}

async function findPagerLink(name: 'Previous offer' | 'Next offer' | 'Back to offers'): Promise<HTMLElement> {
  const nav = await screen.findByRole('navigation', { name: 'Offer navigation' });
  return within(nav).findByRole('link', { name: new RegExp(name) });
}

/** Lets pending requests and renders run, for asserting that something did not happen. */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

describe('OfferPager: back to the list', () => {
  it('"Back to offers" returns to the list entry the user came from, at its scroll position', async () => {
    serveCatalogue();
    const scrollTo = vi.spyOn(window, 'scrollTo');
    const { user, location } = renderApp('/offers?per_page=50&q=Offer');
    const link = await findRowLink('Offer 030');
    const listEntry = location().key;
    scrollPageTo(1200);

    await user.click(link);
    await findOfferHeading('Offer 030');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    await user.click(await findPagerLink('Back to offers'));
    expect(await findRowLink('Offer 030')).toBeInTheDocument();
    // The same history entry as before (a Back), not a new one: its scroll position comes back.
    expect(location().key).toBe(listEntry);
    expect(location().search).toBe('?per_page=50&q=Offer');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 1200);
  });

  it('"u" goes back to that list entry after stepping through offers with j and k', async () => {
    serveCatalogue();
    const scrollTo = vi.spyOn(window, 'scrollTo');
    const { user, location } = renderApp('/offers');
    const link = await findRowLink('Offer 010');
    const listEntry = location().key;
    scrollPageTo(900);

    await user.click(link);
    await findOfferHeading('Offer 010');
    await user.keyboard('j');
    await findOfferHeading('Offer 011');
    await user.keyboard('j');
    await findOfferHeading('Offer 012');
    await user.keyboard('k');
    await findOfferHeading('Offer 011');

    await user.keyboard('u');
    await findRowLink('Offer 010');
    expect(location().key).toBe(listEntry);
    expect(scrollTo).toHaveBeenLastCalledWith(0, 900);
  });

  it('opens the list afresh when the offer was not opened from it', async () => {
    serveCatalogue();
    const { user, location } = renderApp(`/offers/${offerNamed('Offer 005').id}`);
    await findOfferHeading('Offer 005');
    const back = await findPagerLink('Back to offers');
    expect(back).toHaveAttribute('href', '/offers');
    await user.click(back);
    await findRowLink('Offer 001');
    expect(location().pathname).toBe('/offers');
  });
});

describe('OfferPager: previous and next offer across pages', () => {
  it('goes on to the next page after the last offer of a page, and back', async () => {
    const requests = serveCatalogue();
    const { user } = renderApp('/offers');
    await user.click(await findRowLink('Offer 025'));
    await findOfferHeading('Offer 025');

    await user.click(await findPagerLink('Next offer'));
    await findOfferHeading('Offer 026');
    expect(await findPagerLink('Back to offers')).toHaveAttribute('href', '/offers?page=2');
    await user.click(await findPagerLink('Next offer'));
    await findOfferHeading('Offer 027');

    await user.click(await findPagerLink('Previous offer'));
    await findOfferHeading('Offer 026');
    await user.click(await findPagerLink('Previous offer'));
    await findOfferHeading('Offer 025');
    expect(await findPagerLink('Back to offers')).toHaveAttribute('href', '/offers');
    // Each page was asked for once: the pager uses the list's own cache.
    expect(requests.map((request) => request.page)).toEqual(['1', '2']);
  });

  it('goes on to the previous page before the first offer of a page', async () => {
    const requests = serveCatalogue();
    const { user } = renderApp('/offers?page=3&per_page=25');
    await user.click(await findRowLink('Offer 051'));
    await findOfferHeading('Offer 051');

    await user.keyboard('k');
    await findOfferHeading('Offer 050');
    expect(requests).toEqual([
      { status: null, page: '3', perPage: '25' },
      { status: null, page: '2', perPage: '25' },
    ]);
  });

  it('stops only at the true ends of the list', async () => {
    const requests = serveCatalogue();
    const { user, unmount } = renderApp('/offers?page=5');
    await user.click(await findRowLink('Offer 120'));
    await findOfferHeading('Offer 120');
    expect(await findPagerLink('Previous offer')).toBeInTheDocument();
    await settle();
    expect(pagerLink('Next offer')).not.toBeInTheDocument();
    expect(requests.map((request) => request.page)).toEqual(['5']);
    unmount();

    const first = renderApp('/offers');
    await first.user.click(await findRowLink('Offer 001'));
    await findOfferHeading('Offer 001');
    expect(await findPagerLink('Next offer')).toBeInTheDocument();
    await settle();
    expect(pagerLink('Previous offer')).not.toBeInTheDocument();
  });

  it('walks the search results, whichever page of the list they are on', async () => {
    const requests = serveCatalogue();
    const { user } = renderApp('/offers?q=07');
    await user.click(await findRowLink('Offer 007'));
    await findOfferHeading('Offer 007');

    // Page 2 of the list (026–050) has no offer matching "07"; the next result is Offer 070.
    await user.click(await findPagerLink('Next offer'));
    await findOfferHeading('Offer 070');
    // The search read the list once, 100 offers at a time; stepping asks for no page.
    expect(requests.map((request) => [request.page, request.perPage])).toEqual([
      ['1', '100'],
      ['2', '100'],
    ]);
    expect(await findPagerLink('Back to offers')).toHaveAttribute('href', '/offers?q=07');

    await user.click(await findPagerLink('Previous offer'));
    await findOfferHeading('Offer 007');
  });
});

describe('OfferPager: keyboard shortcuts', () => {
  async function openOfferFromList(name: string) {
    serveCatalogue();
    const app = renderApp('/offers');
    await app.user.click(await findRowLink(name));
    await findOfferHeading(name);
    return app;
  }

  it('does not take over the arrow keys', async () => {
    const { user, location } = await openOfferFromList('Offer 002');
    await findPagerLink('Next offer');
    const before = location().pathname;
    // They scroll the page and move the caret; they stay the browser's.
    await user.keyboard('{ArrowRight}');
    await settle();
    expect(location().pathname).toBe(before);
    await user.keyboard('{ArrowLeft}');
    await settle();
    expect(location().pathname).toBe(before);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Offer 002');
  });

  it('ignores the shortcut keys while the help dialog is open', async () => {
    const { user, location } = await openOfferFromList('Offer 002');
    await findPagerLink('Next offer');
    const before = location().pathname;

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('j');
    await settle();
    expect(location().pathname).toBe(before);
    expect(dialog).toBeVisible();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('j');
    await findOfferHeading('Offer 003');
  });

  it('can be turned off in the help dialog, and stays off on this device', async () => {
    const { user, location, unmount } = await openOfferFromList('Offer 002');
    await findPagerLink('Next offer');
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const toggle = within(dialog).getByRole('switch', { name: 'Single-key shortcuts' });
    expect(toggle).toBeChecked();

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    await user.keyboard('{Escape}');
    const here = location().pathname;
    for (const key of ['j', 'k', 'u', '?']) await user.keyboard(key);
    await settle();
    expect(location().pathname).toBe(here);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The buttons still work, and no longer announce the keys.
    expect(pagerLink('Next offer')).not.toHaveAttribute('aria-keyshortcuts');
    unmount();

    // Later, on this device: still off, until turned on again.
    const again = renderApp(here);
    await findOfferHeading('Offer 002');
    await again.user.keyboard('j');
    await settle();
    expect(again.location().pathname).toBe(here);
    await again.user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const switchAgain = within(await screen.findByRole('dialog')).getByRole('switch', { name: 'Single-key shortcuts' });
    expect(switchAgain).not.toBeChecked();
    await again.user.click(switchAgain);
    await again.user.keyboard('{Escape}');
    await again.user.keyboard('j');
    await findOfferHeading('Offer 003');
  });
});
