import { useEffect } from 'react';
import type { LazyPage } from './lazy-page';
import { Navigate, Route, Routes } from 'react-router-dom';
import { paths } from '@/config/paths';
import { whenIdle } from '@/lib/when-idle';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { bulkPage, linksPage, offerDetailPage, offersPage, settingsPage } from './pages';

/**
 * Once a page shows and the browser is idle, the code of the page the user is likely to
 * open next loads: never during the first render it would slow down.
 */
function useWarm(next: LazyPage) {
  useEffect(() => whenIdle(() => void next.preload()), [next]);
}

function OffersEntry() {
  useWarm(offerDetailPage);
  return <offersPage.Page />;
}

function OfferDetailEntry() {
  useWarm(offersPage);
  return <offerDetailPage.Page />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.home} element={<Navigate to={paths.offers} replace />} />
        <Route path={paths.offers} element={<OffersEntry />} />
        <Route path={paths.offerPattern} element={<OfferDetailEntry />} />
        <Route path={paths.settings} element={<settingsPage.Page />} />
        <Route path={paths.bulk} element={<bulkPage.Page />} />
        <Route path={paths.links} element={<linksPage.Page />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
