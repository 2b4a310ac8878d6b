import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCallback, useState } from 'react';
import { AppProviders } from '@/app/providers';
import { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINKS } from '@/contract';
import { CheckNowBar } from '@/features/link-library/components/check-now-bar';
import { FlaggedCountBadge } from '@/features/link-library/components/flagged-count-badge';
import { StaleFlags } from '@/features/link-library/components/stale-flags';
import { useStaleWatch } from '@/features/link-library/components/use-stale-watch';
import { flaggedCount } from '@/features/link-library/lib/flagged-count';
import type { LibraryEntry, LinkCheck } from '@/features/link-library/lib/library-entry';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { createTestQueryClient } from '@/testing/render';
import { useFetchCurrentOffer } from './links-current-offer';

const ID = PUBLISHED_OFFER.id;

function copiedMainLink(overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id: 'main-1',
    api: TEST_API,
    url: PUBLISHED_TRACKING_LINKS.url,
    kind: 'tracking-link',
    label: 'main tracking link',
    source: 'main',
    issuedUrl: PUBLISHED_TRACKING_LINKS.url,
    params: [],
    offer: { id: ID, name: PUBLISHED_OFFER.name, status: 'active', payout: 2.5, payoutType: 'cpa' },
    copiedAt: 1,
    firstCopiedAt: 1,
    copies: 1,
    note: '',
    ...overrides,
  };
}

/** The parts as the Links page will compose them, with the entries kept in state for the store. */
function LinksHarness({ initial, saved }: { initial: LibraryEntry[]; saved: LinkCheck[][] }) {
  const [entries, setEntries] = useState(initial);
  const fetchCurrent = useFetchCurrentOffer();
  const save = useCallback(
    (_api: string, checks: ReadonlyMap<string, LinkCheck>) => {
      saved.push([...checks.values()]);
      setEntries((list) => list.map((entry) => ({ ...entry, check: checks.get(entry.id) ?? entry.check })));
      return Promise.resolve();
    },
    [saved],
  );
  const watch = useStaleWatch({ api: TEST_API, entries, fetchCurrent, save });
  const count = flaggedCount(entries);
  return (
    <>
      <nav>
        <a href="/links" aria-describedby={count > 0 ? 'links-flagged' : undefined}>
          Links
        </a>
        <FlaggedCountBadge id="links-flagged" count={count} />
      </nav>
      <CheckNowBar watch={watch} />
      <ul aria-label="Remembered links">
        {entries.map((entry) => (
          <li key={entry.id}>
            {entry.label}
            <StaleFlags check={entry.check} />
          </li>
        ))}
      </ul>
    </>
  );
}

function renderLinks(initial: LibraryEntry[] = [copiedMainLink()]) {
  const saved: LinkCheck[][] = [];
  const view = render(
    <AppProviders
      queryClient={createTestQueryClient()}
      deploy={{ configFile: TEST_API, origin: window.location.origin }}
    >
      <LinksHarness initial={initial} saved={saved} />
    </AppProviders>,
  );
  return { ...view, saved, user: userEvent.setup() };
}

const entryItem = () => within(screen.getByRole('list', { name: 'Remembered links' })).getByRole('listitem');

describe('the stale-link watch', () => {
  it('checks when the page opens and flags a paused offer whose payout changed', async () => {
    serveDemoApi({ dataset: datasetOf([makeOffer({ status: 'paused', payout: 1.75 })]) });
    const { saved } = renderLinks();
    expect(screen.getByText('Not checked yet')).toBeInTheDocument();
    expect(await within(entryItem()).findByText('Offer paused')).toBeInTheDocument();
    expect(within(entryItem()).getByText('Payout changed: $2.50 → $1.75')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Links' })).toHaveAccessibleDescription('1 flagged');
    expect(screen.getByText(/^Last checked/)).toHaveTextContent('just now');
    expect(saved).toHaveLength(1);
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Links checked: 1 link flagged');
    });
  });

  it('says how far a running check got, and Check now is disabled meanwhile', async () => {
    serveDemoApi({ latencyMs: 400 });
    renderLinks();
    expect(await screen.findByText('Checking… 0 of 1 offer')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check now' })).toBeDisabled();
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Checking the links of 1 offer');
    });
    expect(await screen.findByText(/^Last checked/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check now' })).toBeEnabled();
    expect(screen.queryByText(/Checking…/)).toBeNull();
  });

  it('clears the flag on Check now once the offer is active again', async () => {
    serveDemoApi({ dataset: datasetOf([makeOffer({ status: 'paused' })]) });
    const { user } = renderLinks();
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
    expect(screen.getByRole('link', { name: 'Links' })).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/^\d+ flagged$/)).toBeNull();
  });

  it('flags a gone offer, and a link the API no longer issues', async () => {
    serveDemoApi({
      dataset: datasetOf([PUBLISHED_OFFER], {
        [ID]: { ...PUBLISHED_TRACKING_LINKS, url: 'https://track.example.com/new' },
      }),
    });
    const gone = copiedMainLink({ id: 'gone-1', offer: { id: 'no-such-offer' }, label: 'gone link' });
    renderLinks([copiedMainLink(), gone]);
    expect(await screen.findByText('Offer gone')).toBeInTheDocument();
    expect(await screen.findByText('(now https://track.example.com/new)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Links' })).toHaveAccessibleDescription('2 flagged');
  });

  it('says it could not check, keeping the flags from before', async () => {
    serveDemoApi({ force: [`${ID}/offer=403`] });
    renderLinks([copiedMainLink({ check: { at: 1, flags: [{ kind: 'not-approved' }] } })]);
    expect(await screen.findByText(/^Could not check: Access denied/)).toBeInTheDocument();
    expect(screen.getByText('No longer approved')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('1 link could not be checked');
    });
  });

  it('checks nothing while nothing is remembered', async () => {
    const { saved } = renderLinks([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('Not checked yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check now' })).toBeEnabled();
    expect(saved).toEqual([]);
  });

  it('stops checking when the page closes', async () => {
    serveDemoApi({ latencyMs: 400 });
    const { unmount, saved } = renderLinks();
    expect(await screen.findByText('Checking… 0 of 1 offer')).toBeInTheDocument();
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(saved).toEqual([]);
  });
});
