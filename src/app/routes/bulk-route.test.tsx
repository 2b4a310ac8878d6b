import { configure, screen, waitFor, within } from '@testing-library/react';
import type { Offer } from '@/contract';
import { writeRunResults } from '@/features/bulk-links/lib/run-results-storage';
import { trackingLinkKeys } from '@/features/tracking-links/api';
import { bulkRunInput } from '@/lib/bulk-run-input';
import { toBulkOffers } from '../../../demo-api/data/bulk-offers.ts';
import { installLayoutApis } from '@/testing/browser-apis';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { makeOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { createTestQueryClient, renderApp } from '@/testing/render';

installLayoutApis();
configure({ asyncUtilTimeout: 8_000 });
vi.setConfig({ testTimeout: 20_000 });

const ok = makeOffer({ id: 'ok-1', name: 'Solar panels', external_platform: 'tune' });
const refused = makeOffer({ id: 'refused-1', name: 'Private casino' });
const broken = makeOffer({ id: 'broken-1', name: 'Flaky insurance' });

const RUN_CREATED_AT = '2026-11-27T10:00:00.000Z';

function startRun(offers: readonly Offer[]) {
  bulkRunInput.set({ api: TEST_API, createdAt: RUN_CREATED_AT, offers: toBulkOffers(offers) });
}

function requestedLinks(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const { pathname } = new URL(request.url);
    if (pathname.endsWith('/tracking_links')) paths.push(pathname);
  });
  return paths;
}

async function finished() {
  await screen.findByText('Finished.');
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('cell', { name }).closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

/** The row's main tracking link cell. */
function linkCell(name: string): HTMLElement {
  const cell = within(rowOf(name)).getAllByRole('cell')[4];
  if (!cell) throw new Error(`No link cell for ${name}`);
  return cell;
}

/** The file's text as written, BOM included (FileReader's text decoding would drop it). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    };
    reader.onerror = () => {
      reject(new Error('unreadable blob'));
    };
    reader.readAsArrayBuffer(blob);
  });
}

describe('the bulk run at /bulk', () => {
  it('says there is nothing to fetch without a selection, with a way back to the list', async () => {
    renderApp('/bulk');
    expect(await screen.findByRole('heading', { name: 'No tracking links to fetch' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the offers list' })).toHaveAttribute('href', '/offers');
  });

  it('fetches every offer, shows each outcome with its reason, and offers to retry the failures', async () => {
    serveDemoApi({
      dataset: datasetOf([ok, refused, broken], { [refused.id]: 'not-approved' }),
      force: [`${broken.id}/links=500`],
    });
    startRun([ok, refused, broken]);
    renderApp('/bulk');
    expect(await screen.findByRole('heading', { name: 'Tracking links for 3 offers' })).toBeVisible();
    await finished();

    const bar = screen.getByRole('progressbar', { name: 'Offers settled' });
    expect(bar).toHaveAttribute('value', '3');
    expect(bar).toHaveAttribute('aria-valuetext', '3 of 3 offers');
    expect(within(rowOf('Solar panels')).getByText('Done')).toBeVisible();
    expect(linkCell('Solar panels')).toHaveTextContent(publishedTrackingLinks.url);
    expect(within(rowOf('Private casino')).getByText('Not approved for your account')).toBeVisible();
    expect(
      within(rowOf('Flaky insurance')).getByText('The API had a problem: Internal server error (HTTP 500)'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy tracking link of Solar panels' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry failed (1)' })).toBeVisible();
  });

  it('retries only the failures', async () => {
    serveDemoApi({ dataset: datasetOf([ok, broken]), force: [`${broken.id}/links=500`] });
    startRun([ok, broken]);
    const { user } = renderApp('/bulk');
    await finished();
    serveDemoApi({ dataset: datasetOf([ok, broken]) });
    const asked = requestedLinks();
    await user.click(screen.getByRole('button', { name: 'Retry failed (1)' }));
    await finished();
    expect(asked).toEqual([`/aff/v1/offers/${broken.id}/tracking_links`]);
    expect(within(rowOf('Flaky insurance')).getByText('Done')).toBeVisible();
  });

  it('Cancel stops the run and keeps what is done; the rest can be fetched later', async () => {
    const offers = Array.from({ length: 12 }, (_, at) =>
      makeOffer({ id: `c-${String(at)}`, name: `Slow ${String(at)}` }),
    );
    serveDemoApi({ dataset: datasetOf(offers), latencyMs: 500 });
    startRun(offers);
    const { user } = renderApp('/bulk');
    await waitFor(() => {
      expect(screen.getAllByText('Done', { selector: 'span' }).length).toBeGreaterThan(0);
    });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled: the offers done so far are kept.')).toBeVisible();
    const asked = requestedLinks();
    const kept = screen.getAllByText('Done', { selector: 'span' }).length;
    expect(kept).toBeLessThan(12);
    // Longer than one answer takes: nothing new starts, and nothing aborted arrives.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(asked).toEqual([]);
    expect(screen.getAllByText('Done', { selector: 'span' })).toHaveLength(kept);
    await user.click(screen.getByRole('button', { name: `Fetch the rest (${String(12 - kept)})` }));
    await finished();
    expect(screen.getAllByText('Done', { selector: 'span' })).toHaveLength(12);
  });

  it('does not ask again for links already in the cache', async () => {
    serveDemoApi({ dataset: datasetOf([ok, broken]) });
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(trackingLinkKeys.detail(TEST_API, ok.id), { ...publishedTrackingLinks, notes: [] });
    const asked = requestedLinks();
    startRun([ok, broken]);
    renderApp('/bulk', { queryClient });
    await finished();
    expect(asked).toEqual([`/aff/v1/offers/${broken.id}/tracking_links`]);
    expect(within(rowOf('Solar panels')).getByText('Done (from cache)')).toBeVisible();
    expect(queryClient.getQueryData(trackingLinkKeys.detail(TEST_API, broken.id))).toEqual({
      ...publishedTrackingLinks,
      notes: [],
    });
  });

  it('puts sub-ids on every link under the names of its platform, without fetching again', async () => {
    const everflow = makeOffer({ id: 'ef-1', name: 'Everflow deal', external_platform: 'everflow' });
    serveDemoApi({ dataset: datasetOf([ok, everflow]) });
    startRun([ok, everflow]);
    const { user } = renderApp('/bulk');
    await finished();
    const asked = requestedLinks();
    await user.type(screen.getByRole('textbox', { name: 'Sub-id 1' }), 'sms');
    expect(linkCell('Solar panels')).toHaveTextContent(`${publishedTrackingLinks.url}&aff_sub=sms`);
    expect(linkCell('Everflow deal')).toHaveTextContent(`${publishedTrackingLinks.url}&sub1=sms`);
    expect(asked).toEqual([]);
  });

  it('downloads a CSV with a BOM, one row per offer, formulas neutralised', async () => {
    const formula = makeOffer({ id: 'f-1', name: '=HYPERLINK("http://evil.example","x")' });
    serveDemoApi({ dataset: datasetOf([ok, formula]) });
    startRun([ok, formula]);
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const { user } = renderApp('/bulk');
    await finished();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    // The CSV code may still be loading when the button is clicked.
    await waitFor(() => {
      expect(blobs).toHaveLength(1);
    });
    createObjectURL.mockRestore();
    const text = await readBlob(blobs[0] as Blob);
    expect(text.startsWith('\uFEFFOffer id,Name,Status,Payout,Payout type,Outcome,Reason,Tracking link')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`ok-1,Solar panels,`);
    expect(lines[1]).toContain(publishedTrackingLinks.url);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });

  it('after a reload shows what was done without asking again, and past 200 offers keeps only the rows near the viewport in the DOM', async () => {
    const many = Array.from({ length: 300 }, (_, at) =>
      makeOffer({ id: `m-${String(at)}`, name: `Offer ${String(at)}` }),
    );
    startRun(many);
    writeRunResults(
      RUN_CREATED_AT,
      many.map(() => ({ kind: 'done', links: publishedTrackingLinks })),
    );
    const asked = requestedLinks();
    renderApp('/bulk');
    await finished();
    expect(asked).toEqual([]);
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '301');
    expect(await within(table).findByText('Offer 0')).toBeVisible();
    await waitFor(() => {
      expect(table.querySelectorAll('tbody tr').length).toBeLessThan(50);
    });
    expect(within(table).queryByText('Offer 299')).toBeNull();
  });
});
