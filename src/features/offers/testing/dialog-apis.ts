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
