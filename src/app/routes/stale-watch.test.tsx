import 'fake-indexeddb/auto';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { clear } from 'idb-keyval';
import { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINKS } from '@/contract';
import { libraryDb } from '@/features/link-library/lib/library-db';
import type { LinkCheck, OfferSnapshot } from '@/features/link-library/lib/library-entry';
import { addCopy, listEntries, saveChecks } from '@/features/link-library/lib/library-store';
import { issuedLink } from '@/lib/copied-link';
import { installLayoutApis } from '@/testing/browser-apis';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });

const ID = PUBLISHED_OFFER.id;
const SNAPSHOT: OfferSnapshot = {
  id: ID,
  name: PUBLISHED_OFFER.name,
  status: 'active',
  payout: 2.5,
  payoutType: 'cpa',
};

beforeEach(async () => {
  localStorage.clear();
  await clear(libraryDb);
});

/** The main tracking link, remembered as copied from an active $2.50 offer. */
async function rememberMainLink(offer: OfferSnapshot = SNAPSHOT, check?: LinkCheck) {
  const main = issuedLink('tracking-link', 'main tracking link', 'main', PUBLISHED_TRACKING_LINKS.url);
  const { entry } = await addCopy(TEST_API, { ...main, url: main.issuedUrl }, offer);
  if (check) await saveChecks(TEST_API, new Map([[entry.id, check]]));
  return entry;
}

async function storedChecks() {
  return (await listEntries(TEST_API)).map((entry) => entry.check);
}

const entryItems = () => within(screen.getByRole('list', { name: 'Remembered links' })).getAllByRole('listitem');

describe('the stale-link watch on the Links page', () => {
  it('checks when the page opens and flags a paused offer whose payout changed', async () => {
    await rememberMainLink();
    serveDemoApi({ dataset: datasetOf([makeOffer({ status: 'paused', payout: 1.75 })]) });
    renderApp('/links');
    expect(await screen.findByText('Not checked yet')).toBeInTheDocument();
    const [entry] = await waitFor(entryItems);
    expect(await within(entry as HTMLElement).findByText('Offer paused')).toBeInTheDocument();
    expect(within(entry as HTMLElement).getByText('Payout changed: $2.50 → $1.75')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'Links' })).toHaveAccessibleDescription('1 flagged');
    });
    expect(screen.getByText(/^Last checked/)).toHaveTextContent('just now');
    await waitFor(async () => {
      expect((await storedChecks())[0]?.flags).toHaveLength(2);
    });
    await waitFor(() => {
      expect(screen.getByText('Links checked: 1 link flagged')).toBeInTheDocument();
    });
  });

  it('says how far a running check got, and Check now is disabled meanwhile', async () => {
    await rememberMainLink();
    serveDemoApi({ latencyMs: 400 });
    renderApp('/links');
    expect(await screen.findByText('Checking… 0 of 1 offer')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check now' })).toBeDisabled();
    expect(await screen.findByText(/^Last checked/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check now' })).toBeEnabled();
    expect(screen.queryByText(/Checking…/)).toBeNull();
  });

  it('clears the flag on Check now once the offer is active again', async () => {
    await rememberMainLink();
    serveDemoApi({ dataset: datasetOf([makeOffer({ status: 'paused' })]) });
    const { user } = renderApp('/links');
    expect(await screen.findByText('Offer paused')).toBeInTheDocument();

    serveDemoApi();
    const checkNow = screen.getByRole('button', { name: 'Check now' });
    await waitFor(() => {
      expect(checkNow).toBeEnabled();
    });
    await user.click(checkNow);
    await waitFor(() => {
      expect(screen.queryByText('Offer paused')).toBeNull();
    });
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'Links' })).not.toHaveAccessibleDescription();
    });
    expect(screen.queryByText(/^\d+ flagged$/)).toBeNull();
  });

  it('flags a gone offer, and a link the API no longer issues', async () => {
    await rememberMainLink();
    await rememberMainLink({ id: 'no-such-offer' });
    serveDemoApi({
      dataset: datasetOf([PUBLISHED_OFFER], {
        [ID]: { ...PUBLISHED_TRACKING_LINKS, url: 'https://track.example.com/new' },
      }),
    });
    renderApp('/links');
    expect(await screen.findByText('Offer gone')).toBeInTheDocument();
    expect(await screen.findByText('Link changed: now https://track.example.com/new')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'Links' })).toHaveAccessibleDescription('2 flagged');
    });
  });

  it('says it could not check, keeping the flags from before', async () => {
    await rememberMainLink(SNAPSHOT, { at: 1, flags: [{ kind: 'not-approved' }] });
    serveDemoApi({ force: [`${ID}/offer=403`] });
    renderApp('/links');
    expect(await screen.findByText(/^Could not check: Access denied/)).toBeInTheDocument();
    expect(screen.getByText('No longer approved')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByText(/1 link could not be checked/)).toBeInTheDocument();
    });
  });

  it('shows the flagged count on every page, from the last check', async () => {
    await rememberMainLink(SNAPSHOT, { at: 1, flags: [{ kind: 'gone' }] });
    renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.getByRole('link', { name: 'Links' })).toHaveAccessibleDescription('1 flagged');
  });

  it('stops checking when the page closes', async () => {
    await rememberMainLink();
    serveDemoApi({ latencyMs: 400 });
    const { unmount } = renderApp('/links');
    expect(await screen.findByText('Checking… 0 of 1 offer')).toBeInTheDocument();
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await storedChecks()).toEqual([undefined]);
  });
});
