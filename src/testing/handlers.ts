import { http } from 'msw';
import type { DemoDataset } from '../../demo-api/data/types.ts';
import { createDemoApi } from '../../demo-api/app.ts';
import { parseForceRule } from '../../demo-api/force-rules.ts';
import { datasetOf } from './demo-dataset';
import { TEST_API } from './fixtures';

export interface DemoApiSetup {
  /** What the API serves; by default only the published offer and its links. */
  dataset?: DemoDataset;
  /** Forced outcomes, written as for `--force`: `list=500`, `<id>/links=not-approved`… */
  force?: readonly string[];
  /** Delay before every answer, in ms. */
  latencyMs?: number;
  /** Require the demo credentials (Trackly key, Offerslook email and key). */
  requireAuth?: boolean;
}

/**
 * One MSW handler for everything under TEST_API: the request goes, path and query
 * unchanged, to the demo API, which answers as the vendors document.
 */
export function demoApiHandler(setup: DemoApiSetup = {}) {
  const api = createDemoApi({
    dataset: setup.dataset ?? datasetOf(),
    forces: (setup.force ?? []).map(parseForceRule),
    latencyMs: setup.latencyMs ?? 0,
    requireAuth: setup.requireAuth ?? false,
    // A `hang` ends when the client gives up; a slow answer need not take seconds.
    slowMs: 200,
  });
  const base = new URL(TEST_API);
  return http.all(`${TEST_API}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(base.pathname.replace(/\/$/, '').length);
    return api.fetch(new Request(new URL(`${path}${url.search}`, 'http://demo-api.test'), request));
  });
}

/**
 * Both upstreams, as the demo API serves them: by default the published offer and its
 * tracking links. Tests change the data or force a failure with serveDemoApi(...).
 */
export const handlers = [demoApiHandler()];
