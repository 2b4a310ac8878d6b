export * from './vendors.ts';
export * from './trackly.ts';
export * from './offerslook.ts';
export * from './published.ts';
export * from './mount-paths.ts';
export * from './read-notes.ts';
export * from './read-offer.ts';
export * from './read-tracking-links.ts';
