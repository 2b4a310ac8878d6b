import 'fake-indexeddb/auto';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { clear } from 'idb-keyval';
import { libraryDb } from '@/features/link-library/lib/library-db';
import { bulkRunInput } from '@/lib/bulk-run-input';
import { toBulkOffers } from '../../../demo-api/data/bulk-offers.ts';
import { installLayoutApis, setSecureContext } from '@/testing/browser-apis';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { makeOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

installLayoutApis();
configure({ asyncUtilTimeout: 8_000 });

const solar = makeOffer({ id: 'ok-1', name: 'Solar panels', external_platform: 'tune', payout: 4 });

beforeEach(async () => {
  await clear(libraryDb);
});

describe('links copied from a bulk run', () => {
  it('are remembered with their offer, and the sub-ids the run added', async () => {
    const restore = setSecureContext(true);
    try {
      serveDemoApi({ dataset: datasetOf([solar]) });
      bulkRunInput.set({ api: TEST_API, createdAt: '2026-11-27T10:00:00.000Z', offers: toBulkOffers([solar]) });
      const { user } = renderApp('/bulk');
      await screen.findByText('Finished.');
      await user.type(screen.getByRole('textbox', { name: 'Sub-id 1' }), 'sms');
      await user.click(screen.getByRole('button', { name: 'Copy tracking link of Solar panels' }));

      await user.click(screen.getByRole('link', { name: 'Links' }));
      const list = await screen.findByRole('list', { name: 'Remembered links' });
      const [entry] = within(list).getAllByRole('listitem');
      expect(within(entry as HTMLElement).getByRole('link', { name: 'Solar panels' })).toBeInTheDocument();
      expect(entry).toHaveTextContent(`${publishedTrackingLinks.url}&aff_sub=sms`);
      expect(entry).toHaveTextContent('Built link on the main tracking link');
      expect(entry).toHaveTextContent('Parameters addedaff_sub=sms');
      expect(entry).toHaveTextContent('At copyactive, $4.00');
    } finally {
      restore();
    }
  });

  it('from a row with nothing added are remembered as the link the API issued', async () => {
    const restore = setSecureContext(true);
    try {
      serveDemoApi({ dataset: datasetOf([solar]) });
      bulkRunInput.set({ api: TEST_API, createdAt: '2026-11-27T11:00:00.000Z', offers: toBulkOffers([solar]) });
      const { user } = renderApp('/bulk');
      await screen.findByText('Finished.');
      await user.click(screen.getByRole('button', { name: 'Copy tracking link of Solar panels' }));
      await user.click(screen.getByRole('link', { name: 'Links' }));
      await waitFor(() => {
        expect(screen.getByRole('list', { name: 'Remembered links' })).toHaveTextContent('Main tracking link');
      });
    } finally {
      restore();
    }
  });
});
