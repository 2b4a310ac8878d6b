import { use } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { CopyRecorderContext } from '@/components/ui/copy-recorder';
import { QrCodeButton } from '@/components/ui/qr-code-button';
import { addedParams } from '@/lib/copied-link';
import type { CopiedLinkInfo, CopiedLinkSource } from '@/lib/copied-link';
import { landingLinkId, MAIN_LINK_ID } from '@/lib/link-ids';
import type { ResultRow as Row } from '../lib/result-rows';
import { RowCopyRecorder } from './row-copy-recorder';

/** Which of the row's links a cell shows. */
type RowLink =
  | { readonly kind: 'tracking-link' }
  | { readonly kind: 'landing-page'; readonly label: string }
  | { readonly kind: 'pixel-url' };

function described(link: RowLink): { label: string; source: CopiedLinkSource } {
  if (link.kind === 'tracking-link') return { label: 'main tracking link', source: MAIN_LINK_ID };
  if (link.kind === 'landing-page')
    return { label: `${link.label} landing page link`, source: landingLinkId(link.label) };
  return { label: 'impression pixel URL', source: 'pixel' };
}

/** What a copy of one of the row's links is remembered as: the offer and the link as issued. */
function copiedLink(row: Row, link: RowLink, issued: string, built: string): CopiedLinkInfo {
  const { label, source } = described(link);
  const params = addedParams(issued, built);
  return {
    kind: params.length > 0 ? 'built-link' : link.kind,
    label: params.length > 0 ? `built link on the ${label}` : label,
    source,
    issuedUrl: issued,
    params,
    offer: {
      id: row.id,
      name: row.name ?? undefined,
      status: row.status ?? undefined,
      payout: row.payout ?? undefined,
      payoutType: row.payoutType ?? undefined,
    },
  };
}

export interface LinkCellProps {
  readonly row: Row;
  readonly which: RowLink;
  /** The link as shown, the run's sub-ids on it. */
  readonly link: string;
  /** The link as the API issued it. */
  readonly issued: string;
  readonly what: string;
  readonly fileHint: string;
}

/** A link of a row with its copy and QR code buttons. */
export function LinkCell({ row, which, link, issued, what, fileHint }: LinkCellProps) {
  const recorder = use(RowCopyRecorder);
  return (
    <div className="flex items-start gap-2">
      <span className="font-mono text-xs break-all">{link}</span>
      <CopyRecorderContext value={recorder}>
        <CopyButton text={link} what={what} compact link={copiedLink(row, which, issued, link)} />
      </CopyRecorderContext>
      <QrCodeButton url={link} what={what} filenameHint={fileHint} />
    </div>
  );
}
