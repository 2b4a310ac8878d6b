import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installLayoutApis } from '@/testing/browser-apis';
import { ThemeToggle } from './theme-toggle';

installLayoutApis();

const KEY = 'offers-dashboard.theme';

function otherTab(key: string | null, value?: string) {
  act(() => {
    if (value === undefined) localStorage.clear();
    else localStorage.setItem(KEY, value);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value ?? null, storageArea: localStorage }));
  });
}

afterEach(() => {
  document.documentElement.classList.remove('dark');
});

describe('ThemeToggle', () => {
  it('reads the theme saved as plain text, as the pre-paint script does, and saves it so', async () => {
    localStorage.setItem(KEY, 'dark');
    const user = userEvent.setup();
    render(<ThemeToggle />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('Dark');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Light');
    expect(localStorage.getItem(KEY)).toBe('light');
    expect(document.documentElement).not.toHaveClass('dark');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'System');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('follows a theme chosen in another tab, and that tab clearing its storage', () => {
    render(<ThemeToggle />);
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveDisplayValue('System');

    otherTab(KEY, 'dark');
    expect(select).toHaveDisplayValue('Dark');
    expect(document.documentElement).toHaveClass('dark');

    otherTab(null);
    expect(select).toHaveDisplayValue('System');
    expect(document.documentElement).not.toHaveClass('dark');
  });
});
