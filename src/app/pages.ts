import { matchPath } from 'react-router-dom';
import { paths } from '@/config/paths';
import { lazyPage } from './lazy-page';
import type { LazyPage } from './lazy-page';

/** Each page is its own chunk, so the first screen loads only the code it shows. */
export const offersPage = lazyPage(() => import('@/app/routes/offers-route').then((module) => module.OffersRoute));
export const offerDetailPage = lazyPage(() =>
  import('@/app/routes/offer-detail-route').then((module) => module.OfferDetailRoute),
);
export const settingsPage = lazyPage(() =>
  import('@/features/settings/components/settings-page').then((module) => module.SettingsPage),
);

export const bulkPage = lazyPage(() => import('@/app/routes/bulk-route').then((module) => module.BulkRoute));

export const linksPage = lazyPage(() => import('@/app/routes/links-route').then((module) => module.LinksRoute));

const BY_PATTERN: Array<[string, LazyPage]> = [
  [paths.offers, offersPage],
  [paths.offerPattern, offerDetailPage],
  [paths.settings, settingsPage],
  [paths.bulk, bulkPage],
  [paths.links, linksPage],
];

/** Loads the code of the page at `pathname`, so it can start before React renders. */
export function preloadPageFor(pathname: string): Promise<unknown> {
  const path = pathname === paths.home ? paths.offers : pathname;
  const page = BY_PATTERN.find(([pattern]) => matchPath(pattern, path))?.[1];
  return page ? page.preload() : Promise.resolve();
}

/** Tests render pages as the app does after start-up: with their code loaded. */
export function preloadAllPages(): Promise<unknown> {
  return Promise.all(BY_PATTERN.map(([, page]) => page.preload()));
}
