import { createBrowserRouter, Navigate } from 'react-router-dom';
import type { RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { OfferDetailPage } from '@/features/offers/components/offer-detail-page';
import { OffersPage } from '@/features/offers/components/offers-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.home, element: <Navigate to={paths.offers} replace /> },
      { path: paths.offers, element: <OffersPage /> },
      { path: paths.offerPattern, element: <OfferDetailPage /> },
      {
        path: paths.settings,
        lazy: async () => {
          const { SettingsPage } = await import('@/features/settings/components/settings-page');
          return { Component: SettingsPage };
        },
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
