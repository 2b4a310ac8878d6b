import { noteFor } from '@/contract';
import type { ReactNode } from 'react';
import { CopyableValue } from '@/components/ui/copyable-value';
import { NotGiven } from '@/components/ui/not-given';
import type { ApiError } from '@/lib/api/api-error';
import type { ReadTrackingLinks as TrackingLinks } from '@/contract';
import { issuedLink } from '@/lib/copied-link';
import { MAIN_LINK_ID } from '@/lib/link-ids';
import type { LinkRef } from '@/lib/link-ids';
import { isNotApprovedRefusal } from '@/lib/refusal';
import { ImpressionPixel } from './impression-pixel';
import { LandingPageList } from './landing-page-list';
import { SkippedPagesNote } from './skipped-pages-note';

export interface TrackingLinksActions {
  /** An action next to each link (the page's "Add sub-ids"), as the page composing the panel wants one. */
  renderLinkAction?: (link: LinkRef) => ReactNode;
  /** An action next to the impression pixel's URL (an http(s) URL), as the page wants one. */
  renderPixelUrlAction?: (url: string) => ReactNode;
}

function RefusalQuote({ error }: { error: ApiError }) {
  const code =
    error.upstreamCode === undefined ? null : <span className="text-muted"> (code {String(error.upstreamCode)})</span>;
  if (!error.upstreamMessage) {
    return <p className="mt-1 text-sm">The network gave no reason{code}.</p>;
  }
  return (
    <p className="mt-1 text-sm">
      The network said: <q className="break-words">{error.upstreamMessage}</q>
      {code}
    </p>
  );
}

/** Offerslook answered with a non-zero envelope code: no tracking link, for a reason it names. */
function Refusal({ error }: { error: ApiError }) {
  const notApproved = isNotApprovedRefusal(error);
  return (
    <div role="note" className="rounded-lg border border-warning/50 bg-warning-soft p-4">
      <h3 className="font-semibold">
        {notApproved ? 'No tracking link for this offer yet' : 'Offerslook gave no tracking link'}
      </h3>
      <p className="mt-1">
        {notApproved ? (
          <>
            Offerslook gives a tracking link only for offers approved for you (in your personal list) or public offers.
            Apply for this offer in your network&rsquo;s portal, then refresh.
          </>
        ) : (
          'Offerslook answered, but without a tracking link for this offer. Its reason is below.'
        )}
      </p>
      <RefusalQuote error={error} />
    </div>
  );
}

/** What came back: the links (a failed refresh is said by the panel, above), or Offerslook's refusal. */
export function TrackingLinksBody({
  links,
  refusal,
  renderLinkAction,
  renderPixelUrlAction,
}: TrackingLinksActions & { links: TrackingLinks | undefined; refusal: ApiError | null }) {
  if (links === undefined) return refusal ? <Refusal error={refusal} /> : null;
  return (
    <>
      <div className="space-y-1.5">
        <h3 className="text-sm font-semibold text-muted">Main tracking link</h3>
        {links.url === undefined ? (
          <p className="text-sm">
            <NotGiven note={noteFor(links.notes, 'url')} />: there is no main tracking link to copy.
          </p>
        ) : (
          <>
            <CopyableValue
              value={links.url}
              what="tracking link"
              url
              link={issuedLink('tracking-link', 'main tracking link', MAIN_LINK_ID, links.url)}
            />
            {renderLinkAction?.({ id: MAIN_LINK_ID, name: 'main tracking link', url: links.url })}
          </>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-muted">Landing pages ({links.offer_url.length})</h3>
        <SkippedPagesNote notes={links.notes} />
        <LandingPageList pages={links.offer_url} renderLinkAction={renderLinkAction} />
      </div>
      <ImpressionPixel snippet={links.impression_pixel} notes={links.notes} renderUrlAction={renderPixelUrlAction} />
    </>
  );
}
