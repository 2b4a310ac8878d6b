import { screen } from '@testing-library/react';
import { installLayoutApis } from '@/testing/browser-apis';
import { renderApp } from '@/testing/render';

installLayoutApis();

describe('SettingsPage with a ?reason= that is an Object.prototype key', () => {
  it.each(['__proto__', 'constructor', 'toString'])('shows the form and no banner for ?reason=%s', async (reason) => {
    renderApp(`/settings?reason=${reason}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
