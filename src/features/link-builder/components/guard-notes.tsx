import type { GuardWarning } from '../lib/attribution-guard';

/** One sentence per warning, naming the field and why. */
function GuardText({ warning }: { warning: GuardWarning }) {
  switch (warning.kind) {
    case 'message-id':
      return (
        <>
          <code>{warning.param}</code> carries Trackly’s message id on TUNE links (your account’s Trackly message-id
          field): a value here replaces it and breaks Trackly’s conversion attribution.
        </>
      );
    case 'click-id':
      return (
        <>
          <code>{warning.param}</code> is added by Trackly to every link it sends: a value here is overwritten or breaks
          click matching.
        </>
      );
    case 'overwrite':
      return (
        <>
          This link already has <code className="break-all">{warning.existing}</code>: your value replaces it.
        </>
      );
  }
}

interface GuardNotesProps {
  /** From guardNotesId: the field it describes names it. */
  id: string;
  warnings: readonly GuardWarning[];
  /** Moves the field's value to a free sub-id slot. */
  onMove: (slot: number) => void;
}

/**
 * What the attribution guard found in one field, next to it. A warning, never a block:
 * the link can still be copied as it is.
 */
export function GuardNotes({ id, warnings, onMove }: GuardNotesProps) {
  if (warnings.length === 0) return null;
  const free = warnings.find((warning) => warning.kind === 'message-id' && warning.nextFreeSlot !== undefined);
  const slot = free?.kind === 'message-id' ? free.nextFreeSlot : undefined;
  return (
    <div className="space-y-1.5 rounded-md border border-warning/50 bg-warning-soft p-2 text-sm">
      <div id={id} className="space-y-1">
        {warnings.map((warning) => (
          <p key={warning.kind}>
            <GuardText warning={warning} />
          </p>
        ))}
      </div>
      {slot && (
        <button
          type="button"
          className="btn px-1.5 py-0.5 text-xs"
          onClick={() => {
            onMove(slot.slot);
          }}
        >
          Use {slot.param} instead
        </button>
      )}
    </div>
  );
}
