/** The one registry of the app's routes and the links to them. */
export const paths = {
  home: '/',
  offers: '/offers',
  offer: (id: string) => `/offers/${encodeURIComponent(id)}`,
  offerPattern: '/offers/:offerId',
  settings: '/settings',
  settingsFor: (reason: string) => `/settings?reason=${encodeURIComponent(reason)}`,
} as const;
