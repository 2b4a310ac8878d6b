/**
 * The stale check's code (the rules, the request pool), in its own chunk: the list of
 * links draws without it, and the check loads it once the page is idle.
 */
export const loadCheckLinks = () => import('./check-links');
