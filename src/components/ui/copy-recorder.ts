import { createContext, useContext } from 'react';
import type { CopiedLink } from '@/lib/copied-link';

/**
 * Hears every link copied below it. A page that knows the offer around its copy buttons
 * provides it (to remember the copy); elsewhere nothing listens and copies are not kept.
 */
export const CopyRecorderContext = createContext<((copy: CopiedLink) => void) | null>(null);

export function useCopyRecorder(): ((copy: CopiedLink) => void) | null {
  return useContext(CopyRecorderContext);
}
