import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setSecureContext } from '@/testing/browser-apis';
import { KeyValueTable } from './key-value-table';

function nested(levels: number): Record<string, unknown> {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = { level: value };
  return value as Record<string, unknown>;
}

describe('KeyValueTable with hostile shapes', () => {
  it('draws metadata nested 1,000 levels as eight, and copies the rest as JSON', async () => {
    const restore = setSecureContext(true);
    const user = userEvent.setup();
    const tree = nested(1_000);
    render(<KeyValueTable data={{ tree }} caption="Metadata" />);

    const table = screen.getByRole('table', { name: 'Metadata' });
    expect(within(table).getByText('nested 992 more levels')).toBeInTheDocument();
    expect(within(table).getAllByText('level')).toHaveLength(8);

    await user.click(within(table).getByRole('button', { name: `Copy tree${'.level'.repeat(8)} as JSON` }));
    let expected: unknown = tree;
    for (let i = 0; i < 8; i += 1) expected = (expected as { level: unknown }).level;
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(expected);
    restore();
  });

  it('draws at most its budget of values at once and shows more on request', async () => {
    const user = userEvent.setup();
    const wide = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`key_${i}`, i]));
    render(<KeyValueTable data={wide} caption="Metadata" budget={20} />);

    const table = screen.getByRole('table', { name: 'Metadata' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 20);
    expect(screen.getByText(/Showing the first 20 values \(5 more keys\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more metadata' }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 25);
    expect(screen.queryByRole('button', { name: 'Show more metadata' })).not.toBeInTheDocument();
  });

  it('draws hundreds of keys a chunk at a time, ending with every one of them', async () => {
    const wide = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`key_${i}`, i]));
    render(<KeyValueTable data={wide} caption="Metadata" />);

    const table = screen.getByRole('table', { name: 'Metadata' });
    expect(within(table).getAllByRole('row').length).toBeLessThan(1 + 250);
    // Chunks are drawn a task apart: on a busy machine that takes longer than waitFor's default second.
    await waitFor(
      () => {
        expect(within(table).getAllByRole('row')).toHaveLength(1 + 250);
      },
      { timeout: 5_000 },
    );
    expect(within(table).getByRole('rowheader', { name: 'key_249' })).toBeInTheDocument();
  });
});
