import { render, screen } from '@testing-library/react';
import { FlaggedCountBadge } from './flagged-count-badge';
import { StaleFlags } from './stale-flags';
import { flaggedCount } from '../lib/flagged-count';
import type { LibraryEntry, LinkCheck } from '../lib/library-entry';

describe('StaleFlags', () => {
  it('says each flag in words', () => {
    const check: LinkCheck = {
      at: 1,
      flags: [
        { kind: 'status', before: 'active', now: 'paused' },
        { kind: 'not-approved' },
        { kind: 'payout', before: 3, now: 2.5 },
        { kind: 'link-changed', now: 'https://track.example.com/new?a=1' },
      ],
    };
    const { container } = render(<StaleFlags check={check} />);
    expect(screen.getByText('Offer paused')).toBeInTheDocument();
    expect(screen.getByText('No longer approved')).toBeInTheDocument();
    expect(screen.getByText('Payout changed: $3.00 → $2.50')).toBeInTheDocument();
    expect(screen.getByText('Link changed: now https://track.example.com/new?a=1')).toBeInTheDocument();
    // The new link is text to read, never a link to follow.
    expect(container.querySelector('a')).toBeNull();
  });

  it.each([
    [{ kind: 'status', now: 'archived' }, 'Offer archived'],
    [{ kind: 'status', now: 'Paused' }, 'Offer paused'],
    [{ kind: 'status', now: 'pending_review' }, 'Offer not active: pending_review'],
    [{ kind: 'status', now: 'constructor' }, 'Offer not active: constructor'],
    [{ kind: 'gone' }, 'Offer gone'],
    [{ kind: 'link-changed', now: null }, 'Link changed: the API gives none now'],
  ] as const)('words %j as “%s”', (flag, words) => {
    const { container } = render(<StaleFlags check={{ at: 1, flags: [flag] }} />);
    expect(container).toHaveTextContent(words);
  });

  it('says when the last check could not tell, next to the flags from before', () => {
    render(<StaleFlags check={{ at: 1, flags: [{ kind: 'gone' }], failed: 'Could not reach the API' }} />);
    expect(screen.getByText('Offer gone')).toBeInTheDocument();
    expect(screen.getByText('Could not check: Could not reach the API')).toBeInTheDocument();
  });

  it('shows nothing for an entry never checked or found fine', () => {
    const { container } = render(
      <>
        <StaleFlags check={undefined} />
        <StaleFlags check={{ at: 1, flags: [] }} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('FlaggedCountBadge', () => {
  const entry = (check: LinkCheck | undefined) => ({ check }) as LibraryEntry;

  it('counts the entries with a flag, failed checks keeping theirs', () => {
    const entries = [
      entry(undefined),
      entry({ at: 1, flags: [] }),
      entry({ at: 1, flags: [{ kind: 'gone' }] }),
      entry({ at: 1, flags: [{ kind: 'gone' }, { kind: 'not-approved' }], failed: 'x' }),
      entry({ at: 1, flags: [], failed: 'x' }),
    ];
    expect(flaggedCount(entries)).toBe(2);
  });

  it('describes the Links link by its id, and is not there when none is flagged', () => {
    const { rerender } = render(
      <>
        <a href="/links" aria-describedby="links-flagged">
          Links
        </a>
        <FlaggedCountBadge id="links-flagged" count={2} />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Links' })).toHaveAccessibleDescription('2 flagged');
    rerender(<FlaggedCountBadge id="links-flagged" count={0} />);
    expect(screen.queryByText(/flagged/)).toBeNull();
  });
});
