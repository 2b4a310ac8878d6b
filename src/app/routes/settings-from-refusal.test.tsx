import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router-dom';
import type { Location } from 'react-router-dom';
import { AppProviders } from '@/app/providers';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { paths } from '@/config/paths';
import { useOffer } from '@/features/offers/api/get-offer';
import { useTrackingLinks } from '@/features/tracking-links/api';
import { installLayoutApis } from '@/testing/browser-apis';
import { publishedOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { createTestQueryClient } from '@/testing/render';
import { refusalHandoff } from '@/lib/refusal-handoff';
import { settingsStore } from '@/features/settings/lib/settings-store';
import { SettingsPage } from '@/features/settings/components/settings-page';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

beforeEach(() => {
  settingsStore.reset();
  refusalHandoff.clear();
});

/** The offer and its tracking links as the offer page loads them, each failure in the app's one error state. */
function OfferAndLinks() {
  const { offerId = '' } = useParams();
  const offer = useOffer(offerId);
  const links = useTrackingLinks(offerId);
  return (
    <>
      {offer.isError && <ApiErrorState error={offer.error} subject={`offer ${offerId}`} />}
      {links.isError && <ApiErrorState error={links.error} subject="the tracking links" headingLevel="h3" />}
      {offer.isSuccess && links.isSuccess && <p>All loaded</p>}
    </>
  );
}

/**
 * The real error state, query hooks and Settings page, against MSW. The offer page
 * itself is left out so these tests follow only the hand-over to Settings.
 */
function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  onChange(useLocation());
  return null;
}

function renderFlow(url: string) {
  let current: Location | undefined;
  const user = userEvent.setup();
  const rendered = render(
    <AppProviders
      queryClient={createTestQueryClient()}
      deploy={{ configFile: TEST_API, origin: window.location.origin }}
    >
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={paths.offerPattern} element={<OfferAndLinks />} />
          <Route path={paths.settings} element={<SettingsPage />} />
        </Routes>
        <LocationProbe
          onChange={(location) => {
            current = location;
          }}
        />
      </MemoryRouter>
    </AppProviders>,
  );
  return {
    ...rendered,
    user,
    search: () => current?.search,
  };
}

const OFFER_URL = paths.offer(publishedOffer.id);
const LINKS_ROUTE = `${TEST_API}/aff/v1/offers/:id/tracking_links`;
const OFFER_ROUTE = `${TEST_API}/v2/offers/:id`;

function refuseLinks() {
  server.use(
    http.get(LINKS_ROUTE, () =>
      HttpResponse.json({ code: 401, message: 'Unauthorized: invalid email or API key', data: null }, { status: 401 }),
    ),
  );
}

function suspendTrackly() {
  server.use(
    http.get(OFFER_ROUTE, () =>
      HttpResponse.json({ error: 'Account is suspended', code: 'account_suspended' }, { status: 403 }),
    ),
  );
}

describe('Settings, opened from a refused request', () => {
  it('names the Offerslook email and key when the tracking links were refused (401), and points at them', async () => {
    refuseLinks();
    const { user, search } = renderFlow(OFFER_URL);
    const refused = await screen.findByRole('alert');
    expect(refused).toHaveTextContent('Check the Offerslook email and API key in Settings.');

    await user.click(within(refused).getByRole('link', { name: 'Open Settings' }));

    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(search()).toBe('?reason=unauthorized&vendor=offerslook');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The Offerslook API did not accept the email and API key.');
    expect(alert).toHaveTextContent('The Offerslook API said: Unauthorized: invalid email or API key');
    expect(screen.getByRole('textbox', { name: 'Offerslook email' })).toHaveFocus();
  });

  it('keeps the Trackly link as it was, and says what Trackly answered (403)', async () => {
    suspendTrackly();
    const { user, search } = renderFlow(OFFER_URL);
    const refused = await screen.findByRole('alert');
    expect(refused).toHaveTextContent('The API refused access to offer');

    await user.click(within(refused).getByRole('link', { name: 'Open Settings' }));

    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(search()).toBe('?reason=forbidden');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The Trackly API refused access');
    expect(alert).toHaveTextContent('The Trackly API said: Account is suspended');
  });

  it("keeps the upstream's words out of the address", async () => {
    refuseLinks();
    const { user, search } = renderFlow(OFFER_URL);
    await user.click(within(await screen.findByRole('alert')).getByRole('link', { name: 'Open Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(search()).not.toMatch(/invalid|Unauthorized:/i);
    expect(screen.getByRole('alert')).toHaveTextContent('invalid email or API key');
  });

  it("does not repeat the upstream's words on a later visit to the same address", async () => {
    suspendTrackly();
    const first = renderFlow(OFFER_URL);
    await first.user.click(within(await screen.findByRole('alert')).getByRole('link', { name: 'Open Settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Account is suspended');
    first.unmount();

    renderFlow('/settings?reason=forbidden');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Trackly API refused access');
    expect(alert).not.toHaveTextContent('Account is suspended');
  });
});
