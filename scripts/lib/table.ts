/**
 * A plain-text table for terminal output: one header row, a rule, then rows. Columns
 * whose `align` is 'right' (numbers) are right-aligned.
 */
export interface Column {
  readonly title: string;
  readonly align?: 'left' | 'right';
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as a terminal shows them (✓, µ and emoji count as one). */
function displayWidth(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}

export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...rows.map((row) => displayWidth(row[index] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? 0;
        const padding = ' '.repeat(Math.max(0, width - displayWidth(cell)));
        return column.align === 'right' ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)].join('\n');
}
