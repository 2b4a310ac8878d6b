import { lazyCode } from '@/lib/lazy-code';

/** The run's code (the run, the link cells, the exports): loaded as a run starts, or on idle. */
const runCode = lazyCode(() => import('./run-code'));

export const {
  load: loadRunCode,
  preload: preloadRunCode,
  withCode: withRunCode,
  usePreload: usePreloadRunCode,
} = runCode;
