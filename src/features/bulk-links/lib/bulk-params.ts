/**
 * Sub-ids and source for every link of the run, independent of the platforms' parameter
 * names: the same shape as the link builder's values, so its presets apply as they are.
 */
export interface BulkParams {
  readonly subs: readonly [string, string, string, string, string];
  readonly source: string;
  readonly extra: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly keepMacros: boolean;
}

export interface BulkPreset {
  readonly name: string;
  readonly values: BulkParams;
}

export const NO_PARAMS: BulkParams = { subs: ['', '', '', '', ''], source: '', extra: [], keepMacros: false };

/**
 * Puts `params` on a link under the names the offer's platform (its `external_platform`)
 * expects, as the link builder does; the link unchanged when it cannot.
 */
export type LinkDecorator = (link: string, platform: string | null, params: BulkParams) => string;

/** Reads an impression-pixel snippet: the URL a browser would load, or null. */
export type PixelReader = (snippet: string) => string | null;
