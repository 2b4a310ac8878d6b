/**
 * Escape hides the time tips (WCAG 1.4.13: dismissible without moving focus or the
 * pointer) until focus moves or the pointer goes to another row. Returns the cleanup.
 */
export function dismissTipsOnEscape(container: HTMLElement): () => void {
  let dismissedRow: Element | null = null;
  const show = () => {
    dismissedRow = null;
    delete container.dataset.tips;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || container.dataset.tips === 'hidden') return;
    const hovered = container.querySelector('tr:hover');
    const focused = document.activeElement?.closest('tr') ?? null;
    if (!hovered && !(focused && container.contains(focused))) return;
    dismissedRow = hovered ?? focused;
    container.dataset.tips = 'hidden';
  };
  const onPointerOver = (event: PointerEvent) => {
    if (container.dataset.tips !== 'hidden') return;
    const row = event.target instanceof Element ? event.target.closest('tr') : null;
    if (row !== dismissedRow) show();
  };
  window.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusin', show);
  container.addEventListener('pointerover', onPointerOver);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    container.removeEventListener('focusin', show);
    container.removeEventListener('pointerover', onPointerOver);
  };
}
