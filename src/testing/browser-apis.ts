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

/**
 * jsdom has no HTMLDialogElement.showModal / close. Installs stand-ins that do what the
 * browser does for the parts our dialogs use: `open` set and cleared, a `close` event,
 * and Escape closing a modal dialog. Returns a function that puts jsdom back.
 */
export function installDialogApis(): () => void {
  const proto = HTMLDialogElement.prototype;
  const own = {
    showModal: Object.getOwnPropertyDescriptor(proto, 'showModal'),
    close: Object.getOwnPropertyDescriptor(proto, 'close'),
  };
  const escapeListeners = new WeakMap<HTMLDialogElement, (event: KeyboardEvent) => void>();
  const openers = new WeakMap<HTMLDialogElement, Element | null>();

  function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    const onEscape = escapeListeners.get(this);
    if (onEscape) this.ownerDocument.removeEventListener('keydown', onEscape, true);
    // The browser gives focus back to what had it before the dialog opened.
    const opener = openers.get(this);
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
  }

  function showModal(this: HTMLDialogElement) {
    if (this.open) return;
    this.setAttribute('open', '');
    openers.set(this, this.ownerDocument.activeElement);
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.call(this);
    };
    escapeListeners.set(this, onEscape);
    this.ownerDocument.addEventListener('keydown', onEscape, true);
    // The browser focuses the first focusable element of a modal dialog.
    this.querySelector<HTMLElement>('input, button, [href], select, textarea, [tabindex]')?.focus();
  }

  Object.defineProperty(proto, 'showModal', { configurable: true, writable: true, value: showModal });
  Object.defineProperty(proto, 'close', { configurable: true, writable: true, value: close });
  return () => {
    for (const [name, descriptor] of Object.entries(own)) {
      if (descriptor) Object.defineProperty(proto, name, descriptor);
      else Reflect.deleteProperty(proto, name);
    }
  };
}

/**
 * jsdom has no `URL.createObjectURL` and does not download when a link is clicked.
 * Installs a stand-in that keeps each blob given to it, and stops a click on an
 * `<a download>` from navigating, keeping its file name. Returns the blobs, the file
 * names and a function that puts jsdom back.
 */
export function installDownloadApis(): { blobs: Blob[]; filenames: string[]; restore: () => void } {
  const blobs: Blob[] = [];
  const filenames: string[] = [];
  const own = {
    createObjectURL: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
    revokeObjectURL: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
  };
  const create = (blob: Blob) => {
    blobs.push(blob);
    return `blob:download-${String(blobs.length)}`;
  };
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: create });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: () => undefined });
  const stopNavigation = (event: MouseEvent) => {
    if (!(event.target instanceof HTMLAnchorElement) || !event.target.hasAttribute('download')) return;
    event.preventDefault();
    filenames.push(event.target.download);
  };
  document.addEventListener('click', stopNavigation);
  return {
    blobs,
    filenames,
    restore: () => {
      document.removeEventListener('click', stopNavigation);
      for (const [name, descriptor] of Object.entries(own)) {
        if (descriptor) Object.defineProperty(URL, name, descriptor);
        else Reflect.deleteProperty(URL, name);
      }
    },
  };
}
