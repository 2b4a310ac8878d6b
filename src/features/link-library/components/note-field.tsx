import { useEffect, useId, useRef, useState } from 'react';
import { NOTE_MAX_LENGTH } from '../lib/library-store';

const SAVE_AFTER_MS = 600;

type NoteState = 'idle' | 'editing' | 'saving' | 'saved' | 'failed';

const STATE_WORDS: Record<NoteState, string> = {
  idle: '',
  editing: '',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Could not save the note',
};

interface NoteFieldProps {
  readonly note: string;
  readonly onSave: (note: string) => Promise<void>;
}

/** "Where I used it": saved a moment after typing stops, on leaving the field, and on leaving the page. */
export function NoteField({ note, onSave }: NoteFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(note);
  const [state, setState] = useState<NoteState>('idle');
  const dirty = state === 'editing' || state === 'saving';
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
    setState('saving');
    save.current(value).then(
      () => {
        // Typing went on meanwhile: that change is still to save.
        if (unsaved.current === null) setState('saved');
      },
      () => {
        setState('failed');
      },
    );
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
          setState('editing');
          unsaved.current = event.target.value;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
        }}
        onBlur={flush}
      />
      <p className="min-h-4 text-xs text-muted" aria-live="polite">
        {STATE_WORDS[state]}
      </p>
    </div>
  );
}
