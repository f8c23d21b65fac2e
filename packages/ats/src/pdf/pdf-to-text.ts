import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ResumeParseError } from '../parse/errors.js';
import { joinHyphenatedLines, layoutPage, type PdfTextItem } from './layout.js';

/** Options for {@link pdfToText}. */
export interface PdfToTextOptions {
  /** Give up after this many milliseconds (default 20 000); the pdf.js task is destroyed then. */
  timeoutMs?: number;
}

/** Default per-file limit on PDF reading, in milliseconds. */
export const DEFAULT_PDF_TIMEOUT_MS = 20_000;

/** Document a pdf.js loading task resolves to. */
export type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

/**
 * Opens a PDF with pdf.js and runs `read` on it within `timeoutMs`; pdf.js failures become
 * {@link ResumeParseError}s and the document is always destroyed, also after a timeout.
 */
export async function withPdfDocument<T>(bytes: Uint8Array, timeoutMs: number, read: (document: PdfDocument) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
  const loadingTask = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ResumeParseError('timeout', `PDF reading took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([loadingTask.promise.then(read), timeout]);
  } catch (error) {
    throw toParseError(error);
  } finally {
    clearTimeout(timer);
    // Frees the document and stops any work still running after a timeout.
    await loadingTask.destroy().catch(() => undefined);
  }
}

/** The text of a PDF in reading order (columns read one after the other); throws {@link ResumeParseError} on scanned, encrypted or corrupt files. */
export async function pdfToText(bytes: Uint8Array, options: PdfToTextOptions = {}): Promise<string> {
  return withPdfDocument(bytes, options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS, readPages);
}

async function readPages(document: PdfDocument): Promise<string> {
  const pages: string[] = [];
  let itemCount = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is PdfTextItem & (typeof content.items)[number] => 'str' in item);
    itemCount += items.filter((item) => item.str.trim()).length;
    pages.push(layoutPage(items));
    page.cleanup();
  }
  if (document.numPages > 0 && itemCount === 0) {
    throw new ResumeParseError('scanned-pdf', `The PDF has ${document.numPages} page(s) but no text: it is probably a scan (OCR is needed)`);
  }
  return joinHyphenatedLines(pages.join('\n\n')).trim();
}

/** A pdf.js failure as a {@link ResumeParseError}: 'encrypted' for a password, 'corrupt' otherwise. */
export function toParseError(error: unknown): ResumeParseError {
  if (error instanceof ResumeParseError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ResumeParseError('encrypted', 'The PDF is password-protected', { cause: error });
  // InvalidPDFException, a broken cross-reference table, a missing root: the file is damaged.
  return new ResumeParseError('corrupt', `The PDF could not be read: ${message}`, { cause: error });
}
