import { createContext } from 'react';
import type { CopiedLink } from '@/lib/copied-link';

/**
 * The page's copy recorder, handed to the rows' link cells, which pass it on to their copy
 * buttons: the page itself then needs none of the copy buttons' code.
 */
export const RowCopyRecorder = createContext<((copy: CopiedLink) => void) | null>(null);
