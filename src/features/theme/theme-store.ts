import { checkWith, storedText } from '@/lib/stored-value';

const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
const themeCheck = checkWith((input) => THEME_CHOICES.find((choice) => choice === input));

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Plain text under the key public/theme.js reads to apply the theme before the first
 * paint; nothing stored means "follow the system".
 */
const stored = storedText({ key: 'offers-dashboard.theme', kind: 'local', schema: themeCheck, fallback: 'system' });

function apply(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.classList.toggle('dark', dark);
}

export const themeStore = {
  getSnapshot: stored.get,
  /** Follows the system's scheme, and a choice made in another tab. */
  subscribe: (listener: () => void): (() => void) => {
    const media = window.matchMedia(DARK_QUERY);
    const onSystemChange = () => {
      apply(stored.get());
    };
    media.addEventListener('change', onSystemChange);
    const unsubscribe = stored.subscribe(() => {
      apply(stored.get());
      listener();
    });
    return () => {
      unsubscribe();
      media.removeEventListener('change', onSystemChange);
    };
  },
  set: (choice: ThemeChoice) => {
    // If storage is blocked it is not remembered, but still applied for this page.
    if (choice === 'system') stored.remove();
    else stored.set(choice);
    apply(choice);
  },
};
