export { DEFAULT_PDF_TIMEOUT_MS, pdfToText, type PdfToTextOptions } from './pdf-to-text.js';
export {
  findGutter,
  type JoinHyphenatedLinesOptions,
  joinHyphenatedLines,
  layoutPage,
  pageLines,
  type PdfTextItem,
  producerHyphenates,
} from './layout.js';
