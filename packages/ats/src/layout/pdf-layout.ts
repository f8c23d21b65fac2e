import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractContact } from '../contact/index.js';
import { ResumeParseError } from '../parse/errors.js';
import { pageLines, type PdfTextItem } from '../pdf/layout.js';
import { DEFAULT_PDF_TIMEOUT_MS, withPdfDocument, type PdfDocument } from '../pdf/pdf-to-text.js';
import type { DocumentLayout } from './types.js';

/** Options for {@link pdfLayout}. */
export interface PdfLayoutOptions {
  /** Give up after this many milliseconds (default 20 000); the pdf.js task is destroyed then. */
  timeoutMs?: number;
  /** Count images from each page's operator list (default true); costs a little time on image-heavy files. */
  countImages?: boolean;
}

/** Share of the page height, at the top and at the bottom, where header and footer lines sit. */
export const MARGIN_BAND_SHARE = 0.07;

interface MarginLine {
  text: string;
  key: string;
}

interface PageMargins {
  header: MarginLine[];
  footer: MarginLine[];
}

const IMAGE_OPERATORS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);

// Case, spacing and digits (page numbers, "2 of 3") do not make two header lines different.
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/\d+/g, '#').trim();

const hasContact = (text: string) => {
  const contact = extractContact(text);
  return contact.email !== undefined || contact.phone !== undefined;
};

/** Header and footer lines of a PDF (repeated in the top or bottom 7% of at least half the pages; on a single page, such lines with an email or phone) and its image count; throws {@link ResumeParseError}. */
export async function pdfLayout(bytes: Uint8Array, options: PdfLayoutOptions = {}): Promise<DocumentLayout> {
  return withPdfDocument(bytes, options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS, (document) => readLayout(document, options.countImages ?? true));
}

async function readLayout(document: PdfDocument, countImages: boolean): Promise<DocumentLayout> {
  const margins: PageMargins[] = [];
  let itemCount = 0;
  let imageCount = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is PdfTextItem & (typeof content.items)[number] => 'str' in item);
    itemCount += items.filter((item) => item.str.trim()).length;
    // page.view is the media box [left, bottom, right, top] in the same space as the text items' baselines.
    const [, bottom = 0, , top = 0] = page.view;
    const band = MARGIN_BAND_SHARE * (top - bottom);
    const pageMargins: PageMargins = { header: [], footer: [] };
    for (const line of pageLines(items)) {
      const text = line.text.trim();
      if (!text) continue;
      if (line.y >= top - band) pageMargins.header.push({ text, key: normalise(text) });
      else if (line.y <= bottom + band) pageMargins.footer.push({ text, key: normalise(text) });
    }
    margins.push(pageMargins);
    if (countImages) {
      const operators = await page.getOperatorList();
      imageCount += operators.fnArray.filter((operator) => IMAGE_OPERATORS.has(operator)).length;
    }
    page.cleanup();
  }
  if (document.numPages > 0 && itemCount === 0) {
    throw new ResumeParseError('scanned-pdf', `The PDF has ${document.numPages} page(s) but no text: it is probably a scan (OCR is needed)`);
  }
  return {
    headerText: marginText(margins.map((page) => page.header)),
    footerText: marginText(margins.map((page) => page.footer)),
    imageCount,
    pages: document.numPages,
  };
}

// Lines that repeat on at least half the pages (two at least); on a one-page PDF, repetition cannot tell, so lines with contact details count.
function marginText(pages: ReadonlyArray<readonly MarginLine[]>): string {
  if (pages.length === 1) return (pages[0] ?? []).filter((line) => hasContact(line.text)).map((line) => line.text).join('\n');
  const pagesWith = new Map<string, number>();
  for (const lines of pages) for (const key of new Set(lines.map((line) => line.key))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const lines of pages) {
    for (const line of lines) {
      if ((pagesWith.get(line.key) ?? 0) >= needed && !seen.has(line.key)) {
        seen.add(line.key);
        out.push(line.text);
      }
    }
  }
  return out.join('\n');
}
