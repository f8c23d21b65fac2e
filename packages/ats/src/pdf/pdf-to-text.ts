import { ResumeParseError } from '../parse/errors.js';
import { rejectUnknownKeys } from '@rolefit/core';
import { checkBytesArgument } from '@rolefit/core/internal';
import {
  DEFAULT_EXTRACTION_TIMEOUT_MS,
  EXTRACTION_LIMIT_NAMES,
  resolveLimits,
  runExtraction,
  type ExtractionLimits,
  type ResolvedLimits,
} from '../parse/sandbox.js';
import { joinHyphenatedLines, layoutPage, producerHyphenates, type PdfTextItem } from './layout.js';
import { isMissingCanvas, loadPdfjs, missingCanvasError } from './load-pdfjs.js';
import { checkDecodedSize, checkPageCount } from './stream-budget.js';

/**
 * Options for {@link pdfToText}: the PDF is read in a worker thread that is terminated after `timeoutMs` ('timeout'),
 * with caps on pages ('too-many-pages'), inflated stream bytes, extracted text and memory ('too-large').
 */
export type PdfToTextOptions = ExtractionLimits;

/** Default per-file limit on PDF reading, in milliseconds. */
export const DEFAULT_PDF_TIMEOUT_MS = DEFAULT_EXTRACTION_TIMEOUT_MS;

/** Document a pdf.js loading task resolves to. */
export type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;

/** Most text items (runs of text pdf.js reports) read from one PDF: a dense resume page has a few thousand. */
export const MAX_TEXT_ITEMS = 30_000;

// Images larger than this many pixels are not decoded (text extraction never needs their pixels).
const MAX_IMAGE_PIXELS = 4 * 1024 * 1024;

/**
 * Opens a PDF with pdf.js in the calling thread and runs `read` on it; refuses stream bombs and PDFs over the page cap
 * first. pdf.js failures become {@link ResumeParseError}s (pdf.js unable to load in Node without its optional dependency
 * `@napi-rs/canvas`, core's `OptionalDependencyError`) and the document is always destroyed. pdf.js blocks the thread
 * it runs on, so this is meant for the extraction worker (see {@link pdfToText}), which enforces the time limit.
 * Images over `maxImagePixels` (default 4 MP) are not decoded.
 */
export async function withPdfDocument<T>(
  bytes: Uint8Array,
  limits: ResolvedLimits,
  read: (document: PdfDocument) => Promise<T>,
  options: { maxImagePixels?: number } = {},
): Promise<T> {
  await checkDecodedSize(bytes, limits.maxDecodedBytes);
  checkPageCount(bytes, limits.maxPages);
  // pdf.js is loaded when a PDF is read, not when @rolefit/ats is imported.
  const { getDocument } = await loadPdfjs();
  // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
  const loadingTask = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
    fontExtraProperties: false,
    maxImageSize: options.maxImagePixels ?? MAX_IMAGE_PIXELS,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
  });
  try {
    const document = await loadingTask.promise;
    if (document.numPages > limits.maxPages) {
      throw new ResumeParseError(
        'too-many-pages',
        `The PDF has ${document.numPages} pages, over the ${limits.maxPages}-page limit`,
      );
    }
    return await read(document);
  } catch (error) {
    throw isMissingCanvas(error) ? await missingCanvasError(error) : toParseError(error);
  } finally {
    // Not awaited: destroying can wait on work that never finishes after a refusal; the worker is terminated anyway.
    void loadingTask.destroy().catch(() => undefined);
  }
}

/**
 * The text of a PDF in reading order (columns read one after the other); throws {@link ResumeParseError} on scanned,
 * encrypted, corrupt or hostile files, and core's `OptionalDependencyError` when pdf.js cannot load in Node because its
 * optional dependency `@napi-rs/canvas` is not installed (`npm install --omit=optional`).
 */
export async function pdfToText(bytes: Uint8Array, options: PdfToTextOptions = {}): Promise<string> {
  checkBytesArgument('pdfToText', 'bytes', bytes);
  rejectUnknownKeys('PdfToTextOptions', options, EXTRACTION_LIMIT_NAMES);
  return runExtraction<string>({ kind: 'pdf-text' }, bytes, options);
}

/** {@link pdfToText} in the calling thread, without the time and memory limits only a worker can enforce (the extraction worker runs this). */
export async function readPdfText(bytes: Uint8Array, limits: ExtractionLimits = {}): Promise<string> {
  const resolved = resolveLimits(limits);
  return withPdfDocument(bytes, resolved, (document) => readPages(document, resolved.maxTextChars));
}

/** Running totals over a document's pages, checked against `maxTextChars` while each page's text streams in. */
export interface TextBudget {
  characters: number;
  items: number;
  readonly maxTextChars: number;
}

/**
 * The text items of a page (marked-content markers left out), read as pdf.js streams them: past the budget's
 * `maxTextChars` characters (or as many items) in the document, reading stops with 'too-large'.
 */
export async function pageTextItems(
  page: Awaited<ReturnType<PdfDocument['getPage']>>,
  budget: TextBudget,
): Promise<PdfTextItem[]> {
  const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{
    items: Array<PdfTextItem | { type: string }>;
  }>;
  const items: PdfTextItem[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const item of value.items) {
        if (!('str' in item)) continue;
        items.push(item);
        budget.items++;
        budget.characters += item.str.length;
      }
      if (budget.characters > budget.maxTextChars)
        throw new ResumeParseError('too-large', `The PDF holds more than ${budget.maxTextChars} characters of text`);
      if (budget.items > MAX_TEXT_ITEMS)
        throw new ResumeParseError('too-large', `The PDF holds more than ${MAX_TEXT_ITEMS} pieces of text`);
    }
  } finally {
    // Not awaited: cancelling waits for pdf.js to stop the page's parsing, which may never be scheduled again.
    void reader.cancel().catch(() => undefined);
  }
  return items;
}

async function readPages(document: PdfDocument, maxTextChars: number): Promise<string> {
  const pages: string[] = [];
  const budget: TextBudget = { characters: 0, items: 0, maxTextChars };
  let itemCount = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const items = await pageTextItems(page, budget);
    for (const item of items) if (item.str.trim()) itemCount++;
    pages.push(layoutPage(items));
    page.cleanup();
  }
  if (document.numPages > 0 && itemCount === 0) {
    throw new ResumeParseError(
      'scanned-pdf',
      `The PDF has ${document.numPages} page(s) but no text: it is probably a scan (OCR is needed)`,
    );
  }
  return joinHyphenatedLines(pages.join('\n\n'), { hyphenates: await documentHyphenates(document) }).trim();
}

/**
 * Whether the program that made a PDF hyphenates words at line ends by default, from the document information's
 * Producer and Creator (see {@link producerHyphenates}); undefined when they say nothing or cannot be read.
 */
export async function documentHyphenates(document: PdfDocument): Promise<boolean | undefined> {
  try {
    const info: Partial<Record<string, unknown>> = Object((await document.getMetadata()).info);
    const entry = (name: string) => {
      const value = info[name];
      return typeof value === 'string' ? value : '';
    };
    return producerHyphenates(entry('Producer'), entry('Creator'));
  } catch {
    // A damaged information dictionary: the text decides.
    return undefined;
  }
}

/** A pdf.js failure as a {@link ResumeParseError}: 'encrypted' for a password, 'corrupt' otherwise. */
export function toParseError(error: unknown): ResumeParseError {
  if (error instanceof ResumeParseError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException')
    return new ResumeParseError('encrypted', 'The PDF is password-protected', { cause: error });
  // Too deep or too many objects for the stack or an array: a hostile file.
  if (error instanceof RangeError)
    return new ResumeParseError('too-large', `The PDF is too complex to read: ${message}`, { cause: error });
  // InvalidPDFException, a broken cross-reference table, a missing root: the file is damaged.
  return new ResumeParseError('corrupt', `The PDF could not be read: ${message}`, { cause: error });
}
