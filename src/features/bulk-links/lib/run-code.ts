/**
 * What the page needs once a run goes, none of it to draw: the run itself, the rows' link
 * cells and labels, and the exports. One chunk, so the modules it shares with other pages are not cut
 * into a chunk per lazy part.
 */
export { copyText } from '@/lib/clipboard';
export { downloadFile } from '@/lib/export/download-file';
export { exportFilename } from '@/lib/export/export-filename';
export { landingPageLabels } from '@/lib/landing-page-labels';
export { toCsv, toTsv } from '@/lib/export/table-export';
export { LinkCell } from '../components/link-cell';
export { perLinkTable, perOfferTable, toJson } from './bulk-export';
export { runBulk } from './run-bulk';
