import { screen } from '@testing-library/react';
import { installLayoutApis } from '@/testing/browser-apis';
import { renderApp } from '@/testing/render';

installLayoutApis();

// jsdom has no IndexedDB: the page stands for a browser that blocks it (some private windows).
describe('the Links page without IndexedDB', () => {
  it('says plainly that links cannot be remembered in this browser', async () => {
    renderApp('/links');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Links cannot be remembered in this browser.*Copying links still works\./,
    );
    expect(screen.queryByRole('heading', { name: 'No links yet' })).not.toBeInTheDocument();
  });
});
