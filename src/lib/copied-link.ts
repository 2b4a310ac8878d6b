import type { LinkChoiceId } from './link-ids';

/** Which of an offer's links was copied, as the Links page names its kinds. */
export type CopiedLinkKind = 'tracking-link' | 'landing-page' | 'built-link' | 'offer-tracking-url' | 'pixel-url';

/** Where a copied link came from, so a later check can find what the API gives there now. */
export type CopiedLinkSource = LinkChoiceId | 'pixel';

/** The offer a link belongs to, as the copy found it: given by a button among many offers' links. */
interface CopiedOffer {
  readonly id: string;
  readonly name?: string | undefined;
  readonly status?: string | undefined;
  readonly payout?: number | undefined;
  readonly payoutType?: string | undefined;
}

/** What a copy button knows about the link it copies; on an offer's page the offer is known around it. */
export interface CopiedLinkInfo {
  readonly kind: CopiedLinkKind;
  /** The link in words, as its copy button names it: "main tracking link". */
  readonly label: string;
  readonly source: CopiedLinkSource;
  /** The link as the API issued it: the same as the copied URL unless parameters were added. */
  readonly issuedUrl: string;
  /** Parameters the marketer added (a built link), in order. */
  readonly params: ReadonlyArray<readonly [string, string]>;
  /** Its offer, when the page around the button is not one offer's (a bulk run's table). */
  readonly offer?: CopiedOffer | undefined;
}

/** One copy, as it reaches whoever remembers copies: the URL exactly as copied. */
export interface CopiedLink extends CopiedLinkInfo {
  readonly url: string;
}

/** A link copied as the API issued it, with nothing added. */
export function issuedLink(kind: CopiedLinkKind, label: string, source: CopiedLinkSource, url: string): CopiedLinkInfo {
  return { kind, label, source, issuedUrl: url, params: [] };
}

/** The query parameters `built` sets that `issued` did not have (or had with another value). */
export function addedParams(issued: string, built: string): Array<[string, string]> {
  if (issued === built || !URL.canParse(issued) || !URL.canParse(built)) return [];
  const before = new URL(issued).searchParams;
  return [...new URL(built).searchParams].filter(([key, value]) => before.get(key) !== value);
}
