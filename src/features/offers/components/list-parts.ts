/** The list's parts its first paint does not need, as one chunk: see lazy-list-parts. */
export { SearchBody } from './search-body';
export { SelectAllMatchingList } from './select-all-list';
export { SelectionBar } from './selection-bar';
export { dismissTipsOnEscape } from './tip-dismissal';
