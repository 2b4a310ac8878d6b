import 'fake-indexeddb/auto';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { clear } from 'idb-keyval';
import { libraryDb } from '@/features/link-library/lib/library-db';
import { addCopy, listEntries } from '@/features/link-library/lib/library-store';
import type { CopiedLink } from '@/lib/copied-link';
import { installDownloadApis, installLayoutApis, setSecureContext } from '@/testing/browser-apis';
import { publishedOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });

beforeEach(async () => {
  await clear(libraryDb);
});

function copyOf(url: string, label = 'main tracking link'): CopiedLink {
  return { kind: 'tracking-link', label, source: 'main', issuedUrl: url, params: [], url };
}

async function remember(url: string, offer: { id: string; name?: string }, at: number) {
  return (await addCopy(TEST_API, copyOf(url), { ...offer, status: 'active', payout: 3, payoutType: 'cpa' }, at)).entry;
}

function entries(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Remembered links' })).getAllByRole('listitem');
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.readAsText(blob);
  });
}

describe('the Links page', () => {
  it('lists the main tracking link copied on the offer page, with the offer’s name', async () => {
    const restore = setSecureContext(true);
    try {
      const { user } = renderApp(`/offers/${publishedOffer.id}`);
      await user.click(await screen.findByRole('button', { name: 'Copy tracking link' }));
      await waitFor(async () => {
        expect(await listEntries(TEST_API)).toHaveLength(1);
      });
      await user.click(screen.getByRole('link', { name: 'Links' }));
      await screen.findByRole('heading', { level: 1, name: 'Links' });
      const [entry] = await waitFor(entries);
      expect(within(entry as HTMLElement).getByRole('link', { name: publishedOffer.name })).toHaveAttribute(
        'href',
        `/offers/${publishedOffer.id}`,
      );
      expect(entry).toHaveTextContent(publishedTrackingLinks.url);
      expect(entry).toHaveTextContent('Main tracking link');
    } finally {
      restore();
    }
  });

  it('says when no link is remembered yet, and how many it keeps', async () => {
    renderApp('/links');
    expect(await screen.findByRole('heading', { name: 'No links yet' })).toBeInTheDocument();
    expect(screen.getByText(/Keeps the newest 500 links for this API; older ones are removed\./)).toBeInTheDocument();
  });

  it('shows a link remembered while the page is open (another tab’s copy reads the same way)', async () => {
    renderApp('/links');
    await screen.findByRole('heading', { name: 'No links yet' });
    await remember('https://t.test/later', { id: 'o1', name: 'Summer Promo' }, 1_000);
    await waitFor(() => {
      expect(entries()).toHaveLength(1);
    });
  });

  it('filters by text and by offer, newest first', async () => {
    await remember('https://t.test/summer', { id: 'o1', name: 'Summer Promo' }, 1_000);
    await remember('https://t.test/winter', { id: 'o2', name: 'Winter Deal' }, 2_000);
    await remember('https://t.test/winter-2', { id: 'o2', name: 'Winter Deal' }, 3_000);
    const { user } = renderApp('/links');
    await waitFor(() => {
      expect(entries()).toHaveLength(3);
    });
    expect(entries().map((item) => item.querySelector('code')?.textContent)).toEqual([
      'https://t.test/winter-2',
      'https://t.test/winter',
      'https://t.test/summer',
    ]);

    await user.type(screen.getByRole('searchbox', { name: 'Filter links' }), 'SUMMER');
    expect(entries()).toHaveLength(1);
    await user.clear(screen.getByRole('searchbox', { name: 'Filter links' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Offer' }), 'Winter Deal (o2)');
    expect(entries()).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Offer' }), 'All offers');
    expect(entries()).toHaveLength(3);
  });

  it('keeps a note across a remount', async () => {
    await remember('https://t.test/a', { id: 'o1', name: 'Summer Promo' }, 1_000);
    const first = renderApp('/links');
    const note = await screen.findByRole('textbox', { name: 'Where I used it' });
    await first.user.type(note, 'SMS blast, Monday');
    await first.user.tab();
    await waitFor(async () => {
      expect((await listEntries(TEST_API))[0]?.note).toBe('SMS blast, Monday');
    });
    first.unmount();

    renderApp('/links');
    expect(await screen.findByRole('textbox', { name: 'Where I used it' })).toHaveValue('SMS blast, Monday');
  });

  it('deletes a link at once, moving the focus to the next one', async () => {
    await remember('https://t.test/a', { id: 'o1', name: 'Summer Promo' }, 1_000);
    await remember('https://t.test/b', { id: 'o1', name: 'Summer Promo' }, 2_000);
    const { user } = renderApp('/links');
    await waitFor(() => {
      expect(entries()).toHaveLength(2);
    });
    const [newest, older] = entries() as [HTMLElement, HTMLElement];
    await user.click(within(newest).getByRole('button', { name: 'Delete link' }));
    await waitFor(() => {
      expect(entries()).toHaveLength(1);
    });
    expect(within(older).getByRole('button', { name: 'Delete link' })).toHaveFocus();
    expect(await listEntries(TEST_API)).toHaveLength(1);
  });

  it('downloads the links shown as CSV, formulas neutralised', async () => {
    const downloads = installDownloadApis();
    try {
      await remember('https://t.test/a?s=1', { id: 'o1', name: '=HYPERLINK("x")' }, Date.UTC(2026, 10, 27, 12));
      const { user } = renderApp('/links');
      await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
      // The CSV code may still be loading when the button is clicked.
      await waitFor(() => {
        expect(downloads.filenames).toEqual([expect.stringMatching(/^links-\d{4}-\d{2}-\d{2}-1-links\.csv$/)]);
      });
      const text = await readBlob(downloads.blobs[0] as Blob);
      const [header, row] = text.replace('\uFEFF', '').split('\r\n');
      expect(header).toBe('Copied at,Offer id,Offer name,Link,URL,Parameters,Status at copy,Payout at copy,Note,Flags');
      expect(row).toBe(
        `2026-11-27T12:00:00.000Z,o1,"'=HYPERLINK(""x"")",main tracking link,https://t.test/a?s=1,,active,3,,`,
      );
      // The check the page runs on opening ends with an announcement: let it land before teardown.
      expect(await screen.findByText(/^Links checked/)).toBeInTheDocument();
    } finally {
      downloads.restore();
    }
  });
});
