export { DEFAULT_PDF_TIMEOUT_MS, pdfToText, type PdfToTextOptions } from './pdf-to-text.js';
export { findGutter, joinHyphenatedLines, layoutPage, pageLines, type PdfTextItem } from './layout.js';
