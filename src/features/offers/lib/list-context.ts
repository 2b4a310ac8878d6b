import { isRecord } from '@/lib/is-record';
import { readJson, writeJson } from '@/lib/storage';

const STORAGE_KEY = 'offers-dashboard.list-context';

export interface ListContext {
  /** The list URL (path + search) the ids came from. */
  href: string;
  ids: string[];
}

/**
 * Remembers the rows of the list the user last saw, so the detail page can step to the
 * previous or next offer of that list. Kept per tab.
 */
export const listContext = {
  save: (context: ListContext) => {
    writeJson(STORAGE_KEY, context, 'session');
  },
  read: (): ListContext | null => {
    const value = readJson(STORAGE_KEY, 'session');
    if (!isRecord(value) || typeof value.href !== 'string' || !Array.isArray(value.ids)) return null;
    return { href: value.href, ids: value.ids.filter((id): id is string => typeof id === 'string') };
  },
};

export function neighbours(context: ListContext | null, id: string): { previous?: string; next?: string } {
  if (!context) return {};
  const index = context.ids.indexOf(id);
  if (index === -1) return {};
  return { previous: context.ids[index - 1], next: context.ids[index + 1] };
}
