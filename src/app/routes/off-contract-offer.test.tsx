import { configure, screen, within } from '@testing-library/react';
import type { Offer, TrackingLinks } from '@/contract';
import { installLayoutApis } from '@/testing/browser-apis';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { publishedOffer } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';
import { OFF_CONTRACT_OFFERS } from '../../../demo-api/data/odd-offers.ts';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

const [entry] = OFF_CONTRACT_OFFERS;
if (!entry?.links.approved) throw new Error('The demo API seeds an approved off-contract offer');
const offer: Offer = entry.offer;
const links: TrackingLinks = entry.links.tracking_link;

function fieldValue(region: HTMLElement, label: string): HTMLElement {
  const value = within(region).getByText(label, { selector: 'dt' }).nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`No value next to "${label}"`);
  return value;
}

describe('an offer off the contract', () => {
  beforeEach(() => {
    serveDemoApi({ dataset: datasetOf([offer, publishedOffer], { [offer.id]: links }) });
  });

  it('shows what is usable, a text payout as the number, and says in one disclosure what was off', async () => {
    const { user } = renderApp(`/offers/${encodeURIComponent(offer.id)}`);
    await screen.findByRole('heading', { level: 1, name: offer.name });
    const summary = screen.getByRole('region', { name: 'Offer' });
    expect(fieldValue(summary, 'Payout')).toHaveTextContent('$3.10 CPA');
    expect(fieldValue(summary, 'Bot filtering')).toHaveTextContent('Not given');
    expect(fieldValue(summary, 'Advertiser ID')).toHaveTextContent('adv_7003');

    const disclosure = screen.getByText('2 fields were not as documented');
    await user.click(disclosure);
    const details = disclosure.closest('details');
    if (!details) throw new Error('No disclosure');
    expect(within(details).getByText('Trackly sent payout as text: "3.10" (shown as a number)')).toBeVisible();
    expect(within(details).getByText('Trackly did not send filter_bots')).toBeVisible();
  });

  it('still shows its tracking links, skipping the landing page that cannot be read, with a note', async () => {
    renderApp(`/offers/${encodeURIComponent(offer.id)}`);
    const panel = await screen.findByRole('region', { name: 'Tracking links' });
    const note = await within(panel).findByText(/landing page that could not be read/);
    expect(note).toHaveTextContent(
      'Offerslook sent 1 landing page that could not be read: entry 2, tracking_link missing.',
    );
    expect(within(panel).getByRole('heading', { name: 'Landing pages (2)' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Copy tracking link' })).toBeInTheDocument();
  });

  it('renders the list with an odd row, says how many rows were off, and shows a row without an id unlinked', async () => {
    const withoutId: Record<string, unknown> = { ...publishedOffer, name: 'Row without id' };
    Reflect.deleteProperty(withoutId, 'id');
    const noId = withoutId as unknown as Offer;
    serveDemoApi({ dataset: datasetOf([offer, publishedOffer, noId]) });
    renderApp('/');
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: offer.name })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: publishedOffer.name })).toBeInTheDocument();
    expect(within(table).getByText('$3.10')).toBeInTheDocument();
    const unlinked = within(table).getByText('Row without id').closest('tr');
    if (!unlinked) throw new Error('No row');
    expect(within(unlinked).queryByRole('link')).not.toBeInTheDocument();
    expect(unlinked).toHaveTextContent('No usable ID, so this offer cannot be opened');
    expect(screen.getByText('2 rows were not as documented')).toBeInTheDocument();
  });
});
