import { demoApiHandler } from './handlers';
import type { DemoApiSetup } from './handlers';
import { server } from './msw-server';

export { datasetOf } from './demo-dataset';
export type { DemoApiSetup } from './handlers';

/** Answers this test's requests with a demo API set up so; later tests get the default again. */
export function serveDemoApi(setup: DemoApiSetup = {}): void {
  server.use(demoApiHandler(setup));
}
