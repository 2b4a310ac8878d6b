import { memo } from 'react';
import type { Ref } from 'react';
import { describePayoutType, formatMoney } from '@/lib/format';
import { cn } from '@/lib/cn';
import { offerLabel } from '../lib/result-rows';
import type { ResultRow as Row } from '../lib/result-rows';
import { LinkCell } from './lazy-link-cell';

const OUTCOME_CLASS = {
  pending: 'text-muted',
  done: 'text-success',
  cached: 'text-success',
  refused: 'text-warning',
  'not-found': 'text-warning',
  failed: 'text-danger',
} as const;

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
            row={row}
            which={{ kind: 'tracking-link' }}
            link={row.trackingLink}
            issued={row.issuedTrackingLink ?? row.trackingLink}
            what={`tracking link of ${label}`}
            fileHint={`${row.id}-main`}
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
                  row={row}
                  which={{ kind: 'landing-page', label: page.label }}
                  link={page.link}
                  issued={page.issued}
                  what={`landing page ${page.label} of ${label}`}
                  fileHint={`${row.id}-landing-${String(at + 1)}`}
                />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="p-2">
        {row.pixelUrl !== null && (
          <LinkCell
            row={row}
            which={{ kind: 'pixel-url' }}
            link={row.pixelUrl}
            issued={row.pixelUrl}
            what={`pixel URL of ${label}`}
            fileHint={`${row.id}-pixel`}
          />
        )}
      </td>
      <td className="p-2">
        <span className={cn('font-medium', OUTCOME_CLASS[row.outcome])}>{row.outcomeLabel}</span>
        {row.reason !== '' && <span className="block text-xs text-muted">{row.reason}</span>}
      </td>
    </tr>
  );
});
