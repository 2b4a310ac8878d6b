import type { LinkDecorator, PixelReader } from './bulk-params';
import type { LinksSource } from './links-source';

/**
 * What the run and its links need of other features, given by the page that composes
 * them. None of it is needed to draw the page, so it comes in its own chunk.
 */
export interface BulkTools {
  readonly source: LinksSource;
  readonly decorate: LinkDecorator;
  readonly readPixel: PixelReader;
}

/** Loads the tools: the same promise on every call once it has started, a new one after a failure. */
export type LoadBulkTools = () => Promise<BulkTools>;
