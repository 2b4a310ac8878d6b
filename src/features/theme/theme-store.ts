import { readText, removeKey, writeText } from '@/lib/storage';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Same key as public/theme.js, which applies the theme before the first paint. */
const STORAGE_KEY = 'offers-dashboard.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): ThemeChoice {
  const value = readText(STORAGE_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

function apply(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.classList.toggle('dark', dark);
}

let current: ThemeChoice | null = null;

export const themeStore = {
  getSnapshot: (): ThemeChoice => {
    current ??= read();
    return current;
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    const media = window.matchMedia(DARK_QUERY);
    const onSystemChange = () => {
      apply(themeStore.getSnapshot());
    };
    media.addEventListener('change', onSystemChange);
    return () => {
      listeners.delete(listener);
      media.removeEventListener('change', onSystemChange);
    };
  },
  set: (choice: ThemeChoice) => {
    current = choice;
    // If storage is blocked it is not remembered, but still applied for this page.
    if (choice === 'system') removeKey(STORAGE_KEY);
    else writeText(STORAGE_KEY, choice);
    apply(choice);
    for (const listener of listeners) listener();
  },
};
