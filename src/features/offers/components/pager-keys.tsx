import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';

const KEYLESS_INPUTS = ['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file'];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A dialog (ours or any other) has the user's attention: keys are for it. */
function isDialogOpen(): boolean {
  return document.querySelector('dialog[open], [aria-modal="true"]') !== null;
}

interface PagerKeysProps {
  previous: string | undefined;
  next: string | undefined;
  /** The history state a step to the previous or next offer carries. Keep it stable. */
  stepState: unknown;
  /** Keep these stable: the listener is attached again when they change. */
  backToList: () => void;
  openHelp: () => void;
}

/** The pager's single-key shortcuts: j and k step, u goes back to the list, ? opens help. */
export function PagerKeys({ previous, next, stepState, backToList, openHelp }: PagerKeysProps) {
  const navigate = useNavigate();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || isDialogOpen()) return;
      if (event.key === '?') {
        event.preventDefault();
        openHelp();
      } else if (event.key === 'j' && next) {
        void navigate(paths.offer(next), { state: stepState });
      } else if (event.key === 'k' && previous) {
        void navigate(paths.offer(previous), { state: stepState });
      } else if (event.key === 'u') {
        backToList();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [navigate, next, previous, stepState, backToList, openHelp]);
  return null;
}
