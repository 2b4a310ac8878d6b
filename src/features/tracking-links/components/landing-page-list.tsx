import { CopyableValue } from '@/components/ui/copyable-value';
import { SafeLink } from '@/components/ui/safe-link';
import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { LandingPage } from '@/contract';
import { landingPageLabels } from '@/lib/landing-page-labels';
import { landingLinkId } from '@/lib/link-ids';
import type { LinkRef } from '@/lib/link-ids';
import { issuedLink } from '@/lib/copied-link';
import { useProgressiveCount } from '@/lib/use-progressive-count';

/** Landing pages drawn per task: hundreds drawn in one task would block input. */
const PAGES_PER_TASK = 20;

interface LandingPageListProps {
  pages: readonly LandingPage[];
  /** An action next to each page's link, as the page composing the panel wants one. */
  renderLinkAction?: ((link: LinkRef) => ReactNode) | undefined;
}

/** One landing page. Memoised: each chunk drawn must not draw the pages before it again. */
const LandingPageItem = memo(function LandingPageItem({
  page,
  label,
  renderLinkAction,
}: {
  page: LandingPage;
  label: string;
  renderLinkAction: LandingPageListProps['renderLinkAction'];
}) {
  return (
    <li className="space-y-2 py-3 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="min-w-0 font-medium wrap-anywhere">
          {page.type || 'Unnamed'}
          {page.name && <span className="ml-2 font-normal text-muted">{page.name}</span>}
        </h4>
        {page.preview_url ? (
          <span className="text-sm">
            <SafeLink href={page.preview_url} external>
              Preview {label} landing page
            </SafeLink>
          </span>
        ) : (
          <span className="text-sm text-muted">No preview URL</span>
        )}
      </div>
      <CopyableValue
        value={page.tracking_link}
        what={`${label} landing page link`}
        url
        link={issuedLink('landing-page', `${label} landing page link`, landingLinkId(label), page.tracking_link)}
      />
      {renderLinkAction?.({
        id: landingLinkId(label),
        name: `${label} landing page link`,
        url: page.tracking_link,
      })}
    </li>
  );
});

export function LandingPageList({ pages, renderLinkAction }: LandingPageListProps) {
  const drawn = useProgressiveCount(pages.length, PAGES_PER_TASK);
  const labels = useMemo(() => landingPageLabels(pages), [pages]);
  if (pages.length === 0) {
    return <p className="text-sm text-muted">No landing pages are listed for this offer.</p>;
  }
  return (
    <ul className="divide-y divide-border" aria-label="Landing pages">
      {pages.slice(0, drawn).map((page, index) => {
        const label = labels[index] ?? page.type;
        return <LandingPageItem key={label} page={page} label={label} renderLinkAction={renderLinkAction} />;
      })}
    </ul>
  );
}
