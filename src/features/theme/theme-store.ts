export type ThemeChoice = 'system' | 'light' | 'dark';

/** Same key as public/theme.js, which applies the theme before the first paint. */
const STORAGE_KEY = 'offers-dashboard.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
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
    try {
      if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Not remembered, but still applied for this page.
    }
    apply(choice);
    for (const listener of listeners) listener();
  },
};
