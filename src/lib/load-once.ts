/**
 * `load` run once and shared by every caller, for code fetched on demand: after a failure
 * (a chunk that did not arrive) the next call tries again instead of repeating the error.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
