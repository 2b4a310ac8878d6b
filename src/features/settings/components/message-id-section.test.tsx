import { screen, within } from '@testing-library/react';
import { installLayoutApis } from '@/testing/browser-apis';
import { renderApp } from '@/testing/render';

installLayoutApis();
vi.setConfig({ testTimeout: 15_000 });

const KEY = 'offers-dashboard.trackly-message-id-field';

async function renderSettings() {
  const rendered = renderApp('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 5_000 });
  return rendered;
}

describe('SettingsPage: Trackly message-id field', () => {
  it('is aff_sub until chosen, and keeps a choice on this device at once', async () => {
    const { user, unmount } = await renderSettings();
    const select = screen.getByRole('combobox', { name: 'Trackly message-id field' });
    expect(select).toHaveValue('aff_sub');
    expect(select).toHaveAccessibleDescription(/The “Message ID Field” of your Trackly account’s TUNE integration/);
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'aff_sub',
      'aff_sub2',
      'aff_sub3',
      'aff_sub4',
      'aff_sub5',
      'affiliate_unique1',
      'affiliate_unique2',
      'affiliate_unique3',
      'affiliate_unique4',
      'affiliate_unique5',
      'source',
    ]);

    await user.selectOptions(select, 'affiliate_unique2');
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({ v: 1, data: 'affiliate_unique2' });
    unmount();

    await renderSettings();
    expect(screen.getByRole('combobox', { name: 'Trackly message-id field' })).toHaveValue('affiliate_unique2');
  });

  it('reads a value it does not know as the default', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, data: 'aff_sub9' }));
    await renderSettings();
    expect(screen.getByRole('combobox', { name: 'Trackly message-id field' })).toHaveValue('aff_sub');
  });
});
