/** What the export buttons run, in one chunk of its own: none of it is needed to draw the page. */
export { copyText } from '@/lib/clipboard';
export { downloadFile } from '@/lib/export/download-file';
export { exportFilename } from '@/lib/export/export-filename';
export { toCsv, toTsv } from '@/lib/export/table-export';
export { perLinkTable, perOfferTable, toJson } from './bulk-export';
