import type { LinkChoiceId } from './link-ids';

/** Which of an offer's links was copied, as the Links page names its kinds. */
export type CopiedLinkKind = 'tracking-link' | 'landing-page' | 'built-link' | 'offer-tracking-url' | 'pixel-url';

/** Where a copied link came from, so a later check can find what the API gives there now. */
export type CopiedLinkSource = LinkChoiceId | 'pixel';

/** What a copy button knows about the link it copies (the offer is known around it). */
export interface CopiedLinkInfo {
  readonly kind: CopiedLinkKind;
  /** The link in words, as its copy button names it: "main tracking link". */
  readonly label: string;
  readonly source: CopiedLinkSource;
  /** The link as the API issued it: the same as the copied URL unless parameters were added. */
  readonly issuedUrl: string;
  /** Parameters the marketer added (a built link), in order. */
  readonly params: ReadonlyArray<readonly [string, string]>;
}

/** One copy, as it reaches whoever remembers copies: the URL exactly as copied. */
export interface CopiedLink extends CopiedLinkInfo {
  readonly url: string;
}

/** A link copied as the API issued it, with nothing added. */
export function issuedLink(kind: CopiedLinkKind, label: string, source: CopiedLinkSource, url: string): CopiedLinkInfo {
  return { kind, label, source, issuedUrl: url, params: [] };
}
