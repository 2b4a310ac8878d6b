import { useEffect } from 'react';
import { loadOnce } from './load-once';
import { whenIdle } from './when-idle';

export interface LazyCode<T> {
  /** The code, loaded once (tried again after a failure). */
  load: () => Promise<T>;
  /** Starts loading; a failure shows when the code is used. */
  preload: () => void;
  /**
   * Runs `run` with the code: at once when it has loaded, so a copy to the clipboard stays
   * inside the click that asked for it; else once it arrives. `onError` when it fails.
   */
  withCode: (run: (code: T) => void, onError: () => void) => void;
  /** Loads the code once the browser is idle after the calling component shows. */
  usePreload: () => void;
}

/** Plain code (not a component) in a chunk of its own, for actions a page's first paint does not need. */
export function lazyCode<T>(importCode: () => Promise<T>): LazyCode<T> {
  let loaded: T | undefined;
  const load = loadOnce(() => importCode().then((code) => (loaded = code)));
  const preload = () => {
    load().catch(() => undefined);
  };
  return {
    load,
    preload,
    withCode(run, onError) {
      if (loaded !== undefined) run(loaded);
      else load().then(run, onError);
    },
    usePreload() {
      useEffect(() => whenIdle(preload), []);
    },
  };
}
