import { createStore, get } from 'idb-keyval';
import { decodeRecord } from './library-record';
import type { DecodedRecord } from './library-record';

/**
 * The IndexedDB store of remembered links: one record per API base URL. idb-keyval opens
 * the database on first use, so a browser without IndexedDB fails only the calls made.
 */
export const libraryDb = createStore('offers-dashboard', 'link-library');

/** One API's remembered links, newest first, with how many stored ones could not be read. */
export async function readLibrary(api: string): Promise<DecodedRecord> {
  return decodeRecord(await get(api, libraryDb));
}
