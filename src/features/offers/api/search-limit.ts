/**
 * The most offers a search pages through: 50 requests of 100. The list API has no
 * search parameter, so a search reads the list itself; past this it says how far it got.
 */
export const SEARCH_LIMIT = 5_000;
