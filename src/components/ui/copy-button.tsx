import { useEffect, useRef, useState } from 'react';
import { copyText } from '@/lib/clipboard';
import type { CopiedLinkInfo } from '@/lib/copied-link';
import { cn } from '@/lib/cn';
import { useAnnounce } from './announcer-context';
import { useCopyRecorder } from './copy-recorder';
import { CheckIcon, CopyIcon } from './icons';

const FEEDBACK_MS = 2_000;

interface CopyButtonProps {
  /** The exact text put on the clipboard. */
  text: string;
  /** What is copied, in words: the button is named "Copy {what}". */
  what: string;
  className?: string;
  /** Show only the icon (the accessible name stays "Copy {what}"). */
  compact?: boolean;
  /** The text is one of an offer's links: a successful copy is reported to the page's recorder. */
  link?: CopiedLinkInfo | undefined;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, what, className, compact = false, link }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const announce = useAnnounce();
  const record = useCopyRecorder();
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  async function handleClick() {
    window.clearTimeout(timer.current);
    try {
      await copyText(text);
      setState('copied');
      announce(`Copied ${what} to the clipboard`);
      if (link) record?.({ ...link, url: text });
    } catch {
      setState('failed');
      announce(`Could not copy ${what}. Select the text and copy it by hand.`);
    }
    timer.current = window.setTimeout(() => {
      setState('idle');
    }, FEEDBACK_MS);
  }

  const label = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy';
  return (
    <button
      type="button"
      aria-label={`Copy ${what}`}
      data-state={state}
      onClick={() => void handleClick()}
      className={cn('btn shrink-0', state === 'copied' && 'btn-success', state === 'failed' && 'btn-danger', className)}
    >
      {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
      <span className={compact && state === 'idle' ? 'sr-only' : undefined} aria-hidden="true">
        {label}
      </span>
    </button>
  );
}
