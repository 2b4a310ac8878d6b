/** The offer page's later code (see offer-page-later.ts), loaded once however many ask. */
export const loadOfferPageLater = () => import('./offer-page-later');
