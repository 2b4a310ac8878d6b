/**
 * The builder's code, in its own chunk: loaded when the builder is first shown, or
 * ahead of that when a control that shows it is hovered or focused.
 */
export const loadLinkBuilder = () => import('./link-builder');

/**
 * Starts loading the builder's code early. A failure here is not reported: showing the
 * builder loads it again and says so if it still fails.
 */
export function preloadLinkBuilder(): void {
  loadLinkBuilder().catch(() => undefined);
}
