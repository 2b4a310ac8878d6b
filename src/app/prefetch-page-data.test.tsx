import { configure, screen } from '@testing-library/react';
import { offerKeys } from '@/features/offers/api/offer-keys';
import { installLayoutApis } from '@/testing/browser-apis';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { createAppQueryClient } from '@/testing/query-client';
import { renderApp } from '@/testing/render';
import { prefetchPageData } from './prefetch-page-data';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

const offer = makeOffer({ id: 'o-7', name: 'Garden tools' });
const deploy = { configFile: TEST_API, origin: window.location.origin };

function requestedPaths(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    paths.push(new URL(request.url).pathname);
  });
  return paths;
}

describe('prefetchPageData', () => {
  it('starts an offer page’s two requests before it renders, and the page asks for neither again', async () => {
    serveDemoApi({ dataset: datasetOf([offer]) });
    const asked = requestedPaths();
    const queryClient = createAppQueryClient();
    prefetchPageData('/offers/o-7', queryClient, deploy);
    await vi.waitFor(() => {
      expect(queryClient.getQueryData(offerKeys.detail(TEST_API, 'o-7'))).toBeDefined();
    });
    const before = [...asked];
    expect(before).toHaveLength(2);
    renderApp('/offers/o-7', { queryClient });
    expect(await screen.findByRole('heading', { level: 1, name: 'Garden tools' })).toBeVisible();
    expect(asked.filter((path) => before.includes(path))).toEqual(before);
  });

  it('starts nothing for a page other than an offer’s', async () => {
    serveDemoApi({ dataset: datasetOf([offer]) });
    const asked = requestedPaths();
    const queryClient = createAppQueryClient();
    prefetchPageData('/settings', queryClient, deploy);
    prefetchPageData('/offers', queryClient, deploy);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toEqual([]);
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
  });
});
