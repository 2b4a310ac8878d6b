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
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(context));
    } catch {
      // Not essential.
    }
  },
  read: (): ListContext | null => {
    try {
      const value: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? 'null');
      if (typeof value !== 'object' || value === null) return null;
      const record = value as Record<string, unknown>;
      if (typeof record.href !== 'string' || !Array.isArray(record.ids)) return null;
      return { href: record.href, ids: record.ids.filter((id): id is string => typeof id === 'string') };
    } catch {
      return null;
    }
  },
};

export function neighbours(context: ListContext | null, id: string): { previous?: string; next?: string } {
  if (!context) return {};
  const index = context.ids.indexOf(id);
  if (index === -1) return {};
  return { previous: context.ids[index - 1], next: context.ids[index + 1] };
}
