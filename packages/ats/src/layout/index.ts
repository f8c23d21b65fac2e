export { extractDocumentLayout, type ExtractDocumentLayoutOptions } from './extract-document-layout.js';
export { type DocumentLayout } from './types.js';
export { decodeXmlEntities, docxLayout, wordXmlToText } from './docx-layout.js';
export { MARGIN_BAND_SHARE, pdfLayout, type PdfLayoutOptions } from './pdf-layout.js';
export { DEFAULT_MAX_INFLATED_BYTES, openZip, type OpenZipOptions, type ZipArchive, type ZipEntry } from './zip.js';
