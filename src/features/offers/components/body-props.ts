import type { ReactNode } from 'react';
import type { ReadOffer as Offer } from '@/contract';
import type { ListView } from '../lib/list-search-params';
import type { TableBindings } from './offers-table';
import type { SelectAllMatching } from './selection-bar';

/** What the offers page gives either body: the paged list or the search results. */
export interface BodyProps {
  view: ListView;
  onView: (patch: Partial<ListView>) => void;
  table: TableBindings;
  statusWord: string;
  /** The selection bar, told how to select every offer of the list. */
  renderBar: (selectAll: SelectAllMatching | undefined) => ReactNode;
  searchLimit: number;
  /** This list's URL, where "Back to offers" returns. */
  href: string;
  onSelectAll: (offers: readonly Offer[]) => void;
}
