import { configure, screen, within } from '@testing-library/react';
import { installDialogApis, installLayoutApis } from '@/testing/browser-apis';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { makeOffer, publishedOffer, publishedTrackingLinks } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

installLayoutApis();
// The whole app renders per test; on a busy 2-core machine a page can take over a second.
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

let restoreDialogs: () => void;
beforeEach(() => {
  restoreDialogs = installDialogApis();
});
afterEach(() => {
  restoreDialogs();
});

describe('Offer page: QR codes', () => {
  it('offers a QR code beside every copyable link, with Add sub-ids still there', async () => {
    renderApp(`/offers/${publishedOffer.id}`);
    await screen.findByRole('heading', { level: 1, name: publishedOffer.name });
    const panel = screen.getByRole('region', { name: 'Tracking links' });
    await within(panel).findByRole('button', { name: 'Show QR code for main tracking link' });

    const trackingUrl = screen.getByRole('region', { name: 'Tracking URL' });
    expect(within(trackingUrl).getByRole('button', { name: 'Show QR code for offer tracking URL' })).toBeVisible();
    expect(within(trackingUrl).getByRole('button', { name: 'Add sub-ids to offer tracking URL' })).toBeVisible();
    for (const label of ['Default', 'Random', 'Offer URL “360”', 'Offer URL “qq”']) {
      const name = `${label} landing page link`;
      expect(within(panel).getByRole('button', { name: `Show QR code for ${name}` })).toBeInTheDocument();
      expect(within(panel).getByRole('button', { name: `Add sub-ids to ${name}` })).toBeInTheDocument();
    }
    expect(
      await within(panel).findByRole('button', { name: 'Show QR code for impression pixel URL' }),
    ).toBeInTheDocument();
  });

  it('shows the main tracking link as a QR code in a dialog', async () => {
    const { user } = renderApp(`/offers/${publishedOffer.id}`);
    const button = await screen.findByRole('button', { name: 'Show QR code for main tracking link' });

    await user.click(button);

    const dialog = await screen.findByRole('dialog', { name: 'QR code for main tracking link' });
    expect(within(dialog).getByRole('img', { name: `QR code for ${publishedTrackingLinks.url}` })).toBeInTheDocument();
    expect(within(dialog).getByText(publishedTrackingLinks.url)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('offers no QR code for a link that is not http(s)', async () => {
    const offer = makeOffer({ tracking_url: 'javascript:window.__xss=1' });
    serveDemoApi({
      dataset: datasetOf([offer], {
        [offer.id]: {
          url: 'data:text/html,<script>window.__xss=1</script>',
          impression_pixel: '<img src="javascript:window.__xss=1">',
          offer_url: [{ type: 'Default', tracking_link: ' JaVa\tScRiPt:window.__xss=1' }],
        },
      }),
    });
    renderApp(`/offers/${offer.id}`);
    await screen.findByRole('heading', { level: 1, name: offer.name });
    const panel = screen.getByRole('region', { name: 'Tracking links' });
    await within(panel).findByText(/not a single safe image tag/);
    expect(screen.queryByRole('button', { name: /QR code/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Add sub-ids/ })).not.toBeInTheDocument();
  });
});
