interface KeysElsewhereNoteProps {
  /** The API the saved keys were saved for, and the one the form targets. */
  savedFor: string;
  target: string;
  onForget: () => void;
}

/** Said above the key fields when the keys kept in this browser belong to another API. */
export function KeysElsewhereNote({ savedFor, target, onForget }: KeysElsewhereNoteProps) {
  return (
    <div
      role="note"
      aria-label="Saved keys"
      className="space-y-2 rounded-md border border-warning/50 bg-warning-soft p-3 text-sm"
    >
      <p>
        Keys saved for <span className="font-mono break-all">{savedFor}</span> are not sent to{' '}
        <span className="font-mono break-all">{target}</span>. Enter keys for this API, or switch back.
      </p>
      <button type="button" className="btn" onClick={onForget}>
        Forget saved keys
      </button>
    </div>
  );
}
