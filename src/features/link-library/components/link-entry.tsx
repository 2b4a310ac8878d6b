import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { CopyButton } from '@/components/ui/copy-button';
import { DateTime } from '@/components/ui/date-time';
import { paths } from '@/config/paths';
import { describePayoutType, formatMoney } from '@/lib/format';
import type { LibraryEntry } from '../lib/library-entry';
import { NoteField } from './note-field';

/** "main tracking link" → "Main tracking link": the label as a line of its own. */
function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface LinkEntryProps {
  readonly entry: LibraryEntry;
  readonly flags?: ReactNode;
  readonly onNote: (note: string) => Promise<void>;
  /** `focusNext` is where the focus goes once the entry is gone: the next entry's Delete. */
  readonly onDelete: (focusNext: HTMLElement | null) => void;
}

function atCopy({ offer }: LibraryEntry): string {
  const parts = [offer.status ?? 'status not given'];
  if (offer.payout !== undefined) {
    const type = offer.payoutType === undefined ? '' : ` ${describePayoutType(offer.payoutType).short}`;
    parts.push(`${formatMoney(offer.payout)}${type}`);
  }
  return parts.join(', ');
}

/** One remembered link: where it came from, the URL as text (never a live link), its note. */
export function LinkEntry({ entry, flags, onNote, onDelete }: LinkEntryProps) {
  const name = entry.offer.name === undefined || entry.offer.name === '' ? entry.offer.id : entry.offer.name;
  return (
    <li className="card space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-semibold break-words">
            <Link to={paths.offer(entry.offer.id)}>{name}</Link>{' '}
            <span className="font-mono text-sm font-normal text-muted">{entry.offer.id}</span>
          </p>
          <p className="text-sm text-muted">{upperFirst(entry.label)}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <CopyButton text={entry.url} what="link" />
          <button
            type="button"
            className="btn"
            data-delete-link=""
            onClick={(event) => {
              const item = event.currentTarget.closest('li');
              const next = item?.nextElementSibling ?? item?.previousElementSibling;
              onDelete(next?.querySelector<HTMLElement>('[data-delete-link]') ?? null);
            }}
          >
            Delete link
          </button>
        </div>
      </div>
      <code className="block rounded-md border border-border bg-surface-2 px-2 py-1.5 text-sm break-all whitespace-pre-wrap">
        {entry.url}
      </code>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        {entry.params.length > 0 && (
          <>
            <dt className="text-muted">Parameters added</dt>
            <dd className="font-mono break-all">{entry.params.map(([key, value]) => `${key}=${value}`).join(' ')}</dd>
          </>
        )}
        <dt className="text-muted">Copied</dt>
        <dd>
          <DateTime value={new Date(entry.copiedAt).toISOString()} />
          {entry.copies > 1 && <span className="text-muted"> · {entry.copies} times</span>}
        </dd>
        <dt className="text-muted">At copy</dt>
        <dd>{atCopy(entry)}</dd>
      </dl>
      {flags}
      <NoteField note={entry.note} onSave={onNote} />
    </li>
  );
}
