import { useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { ResultRow as Row } from '../lib/result-rows';
import { ResultRow } from './result-row';

const ESTIMATED_ROW_PX = 96;

function Spacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={columns} className="p-0" />
    </tr>
  );
}

/** The rows near the viewport only, between spacer rows that keep the table's height and scroll. */
export function VirtualRows({ rows, columns }: { rows: readonly Row[]; columns: number }) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [margin, setMargin] = useState(0);
  // After every render: what is above the table (progress, the form) changes its offset.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const top = (body.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin: margin,
    // jsdom and the first paint have no layout yet: show a screenful rather than nothing.
    initialRect: { width: 1024, height: 900 },
    // A row is never 0 px high; a layout that says so (jsdom, a hidden tab) gets the estimate.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_PX,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - margin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;
  return (
    <tbody ref={body}>
      <Spacer height={before} columns={columns} />
      {items.map((item) => {
        const row = rows[item.index];
        return row ? (
          <ResultRow
            key={row.id + String(row.index)}
            row={row}
            ariaRowIndex={item.index + 2}
            ref={virtualizer.measureElement}
          />
        ) : null;
      })}
      <Spacer height={after} columns={columns} />
    </tbody>
  );
}
