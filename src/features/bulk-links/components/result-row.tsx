import { memo } from 'react';
import type { Ref } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { QrCodeButton } from '@/components/ui/qr-code-button';
import { describePayoutType, formatMoney } from '@/lib/format';
import { cn } from '@/lib/cn';
import { addedParams } from '@/lib/copied-link';
import type { CopiedLinkInfo, CopiedLinkSource } from '@/lib/copied-link';
import { landingLinkId, MAIN_LINK_ID } from '@/lib/link-ids';
import { OUTCOME_LABELS } from '../lib/outcome';
import { offerLabel } from '../lib/result-rows';
import type { ResultRow as Row } from '../lib/result-rows';

const OUTCOME_CLASS = {
  pending: 'text-muted',
  done: 'text-success',
  cached: 'text-success',
  refused: 'text-warning',
  'not-found': 'text-warning',
  failed: 'text-danger',
} as const;

/** What a copy of one of the row's links is remembered as: the offer and the link as issued. */
function copiedLink(
  row: Row,
  link: { kind: 'tracking-link' | 'landing-page' | 'pixel-url'; label: string; source: CopiedLinkSource },
  issued: string,
  built: string,
): CopiedLinkInfo {
  const params = addedParams(issued, built);
  return {
    kind: params.length > 0 ? 'built-link' : link.kind,
    label: params.length > 0 ? `built link on the ${link.label}` : link.label,
    source: link.source,
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

interface LinkCellProps {
  link: string;
  what: string;
  fileHint: string;
  copied: CopiedLinkInfo;
}

function LinkCell({ link, what, fileHint, copied }: LinkCellProps) {
  return (
    <div className="flex items-start gap-2">
      <span className="font-mono text-xs break-all">{link}</span>
      <CopyButton text={link} what={what} compact link={copied} />
      <QrCodeButton url={link} what={what} filenameHint={fileHint} />
    </div>
  );
}

interface ResultRowProps {
  readonly row: Row;
  /** 1-based, counting the header row, for a table whose rows are not all in the DOM. */
  readonly ariaRowIndex?: number | undefined;
  readonly ref?: Ref<HTMLTableRowElement> | undefined;
}

/** One offer: its fields, its links with copy buttons, and what became of its request. */
export const ResultRow = memo(function ResultRow({ row, ariaRowIndex, ref }: ResultRowProps) {
  const label = offerLabel(row);
  return (
    <tr ref={ref} data-index={row.index} aria-rowindex={ariaRowIndex} className="border-t border-border align-top">
      <td className="p-2 font-mono text-xs break-all">{row.id}</td>
      <td className="p-2">{row.name ?? <span className="text-muted">(no name)</span>}</td>
      <td className="p-2">{row.status ?? '–'}</td>
      <td className="p-2 whitespace-nowrap">
        {row.payout === null ? '–' : formatMoney(row.payout)}
        {row.payoutType !== null && ` ${describePayoutType(row.payoutType).short}`}
      </td>
      <td className="p-2">
        {row.trackingLink !== null && (
          <LinkCell
            link={row.trackingLink}
            what={`tracking link of ${label}`}
            fileHint={`${row.id}-main`}
            copied={copiedLink(
              row,
              { kind: 'tracking-link', label: 'main tracking link', source: MAIN_LINK_ID },
              row.issuedTrackingLink ?? row.trackingLink,
              row.trackingLink,
            )}
          />
        )}
      </td>
      <td className="p-2">
        {row.landingPages.length > 0 && (
          <ul className="space-y-1">
            {row.landingPages.map((page, at) => (
              <li key={at}>
                <span className="text-xs font-medium">{page.label}</span>
                <LinkCell
                  link={page.link}
                  what={`landing page ${page.label} of ${label}`}
                  fileHint={`${row.id}-landing-${String(at + 1)}`}
                  copied={copiedLink(
                    row,
                    {
                      kind: 'landing-page',
                      label: `${page.label} landing page link`,
                      source: landingLinkId(page.label),
                    },
                    page.issued,
                    page.link,
                  )}
                />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="p-2">
        {row.pixelUrl !== null && (
          <LinkCell
            link={row.pixelUrl}
            what={`pixel URL of ${label}`}
            fileHint={`${row.id}-pixel`}
            copied={copiedLink(
              row,
              { kind: 'pixel-url', label: 'impression pixel URL', source: 'pixel' },
              row.pixelUrl,
              row.pixelUrl,
            )}
          />
        )}
      </td>
      <td className="p-2">
        <span className={cn('font-medium', OUTCOME_CLASS[row.outcome])}>{OUTCOME_LABELS[row.outcome]}</span>
        {row.reason !== '' && <span className="block text-xs text-muted">{row.reason}</span>}
      </td>
    </tr>
  );
});
