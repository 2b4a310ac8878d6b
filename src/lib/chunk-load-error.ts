/** A chunk of the app's code could not be fetched (offline, or a newer version deployed). */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to load module script|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}
