export { extractDocumentLayout, type ExtractDocumentLayoutOptions } from './extract-document-layout.js';
export { type DocumentLayout } from './types.js';
export { docxLayout, docxLayoutLimited } from './docx-layout.js';
export { MARGIN_BAND_SHARE, pdfLayout, type PdfLayoutOptions } from './pdf-layout.js';
export {
  DEFAULT_MAX_COMPRESSION_RATIO,
  DEFAULT_MAX_INFLATED_BYTES,
  DEFAULT_MAX_ZIP_ENTRIES,
  openZip,
  type OpenZipOptions,
  type ZipArchive,
  type ZipEntry,
} from './zip.js';
