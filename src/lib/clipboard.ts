/**
 * Puts text on the clipboard. The async Clipboard API needs a secure context; a
 * dashboard opened over plain http on a LAN falls back to a hidden textarea.
 */
export async function copyText(text: string): Promise<void> {
  // navigator.clipboard is undefined outside secure contexts, whatever the DOM types say.
  if (window.isSecureContext && 'clipboard' in navigator) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused or document not focused: try the legacy path below.
    }
  }
  copyWithTextarea(text);
}

function copyWithTextarea(text: string): void {
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.top = '0';
  textarea.style.opacity = '0';
  const previousFocus = document.activeElement;
  document.body.append(textarea);
  textarea.select();
  try {
    // The only clipboard API outside secure contexts; deprecated but still supported.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const ok = document.execCommand('copy');
    if (!ok) throw new Error('The browser refused to copy.');
  } finally {
    textarea.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus();
  }
}
