import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { TextField } from '@/components/ui/text-field';

/** Opens an offer straight from its id (any vendor's format: ids are opaque). */
export function GoToOffer({ linkState }: { linkState?: unknown }) {
  const [id, setId] = useState('');
  const navigate = useNavigate();

  function handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const trimmed = id.trim();
    if (trimmed) void navigate(paths.offer(trimmed), { state: linkState });
  }

  return (
    <form role="search" aria-label="Go to offer" onSubmit={handleSubmit} className="flex items-end gap-2">
      <TextField
        className="min-w-0 flex-1"
        inputClassName="font-mono"
        label="Offer ID"
        value={id}
        autoComplete="off"
        placeholder="e.g. 664f1a2b3c4d5e6f7a8b9c0d"
        onChange={setId}
      />
      <button type="submit" className="btn btn-primary" disabled={!id.trim()}>
        Open offer
      </button>
    </form>
  );
}
