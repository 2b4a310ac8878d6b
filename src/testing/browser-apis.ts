/**
 * Browser APIs jsdom does not have (or has differently), defined per test and put back
 * afterwards. These stand in for the browser, never for our own modules.
 */

/** jsdom leaves `window.isSecureContext` undefined; real pages over https have `true`. */
export function setSecureContext(value: boolean): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
  Object.defineProperty(window, 'isSecureContext', { value, configurable: true });
  return () => {
    if (own) Object.defineProperty(window, 'isSecureContext', own);
    else Reflect.deleteProperty(window, 'isSecureContext');
  };
}

/**
 * jsdom has no `document.execCommand`. Installs one that runs `implementation` and
 * returns a function that removes it again.
 */
export function setExecCommand(implementation: (command: string) => boolean): () => void {
  const own = Object.getOwnPropertyDescriptor(document, 'execCommand');
  Object.defineProperty(document, 'execCommand', { value: implementation, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(document, 'execCommand', own);
    else Reflect.deleteProperty(document, 'execCommand');
  };
}

/**
 * jsdom has no `window.matchMedia` (the theme follows `prefers-color-scheme`) and only a
 * noisy stub of `window.scrollTo` (ScrollRestoration). Installs quiet stand-ins when
 * missing: light colour scheme, no scrolling. Call once per test file that renders the app.
 */
export function installLayoutApis(): void {
  if (typeof window.matchMedia !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      writable: true,
      value: (query: string): MediaQueryList => {
        const list = new EventTarget() as MediaQueryList;
        return Object.assign(list, {
          matches: false,
          media: query,
          onchange: null,
          addListener: () => undefined,
          removeListener: () => undefined,
        });
      },
    });
  }
  Object.defineProperty(window, 'scrollTo', { configurable: true, writable: true, value: () => undefined });
}
