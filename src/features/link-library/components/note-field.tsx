import { useEffect, useId, useRef, useState } from 'react';
import { NOTE_MAX_LENGTH } from '../lib/library-store';

const SAVE_AFTER_MS = 600;

interface NoteFieldProps {
  readonly note: string;
  readonly onSave: (note: string) => Promise<void>;
}

/** "Where I used it": saved a moment after typing stops, on leaving the field, and on leaving the page. */
export function NoteField({ note, onSave }: NoteFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(note);
  const [dirty, setDirty] = useState(false);
  const [seen, setSeen] = useState(note);
  // Another tab's change shows here, unless this field holds a change not yet saved.
  if (note !== seen) {
    setSeen(note);
    if (!dirty) setDraft(note);
  }
  const timer = useRef<number | undefined>(undefined);
  const unsaved = useRef<string | null>(null);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);

  const flush = () => {
    window.clearTimeout(timer.current);
    const value = unsaved.current;
    if (value === null) return;
    unsaved.current = null;
    void save.current(value).finally(() => {
      if (unsaved.current === null) setDirty(false);
    });
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(
    () => () => {
      flushRef.current();
    },
    [],
  );

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="label">
        Where I used it
      </label>
      <textarea
        id={id}
        className="input min-h-10"
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setDirty(true);
          unsaved.current = event.target.value;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}
