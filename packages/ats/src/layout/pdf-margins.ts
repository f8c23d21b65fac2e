import { ResumeParseError } from '../parse/errors.js';
import { resolveLimits, type ExtractionLimits } from '../parse/sandbox.js';
import { pageLines } from '../pdf/layout.js';
import { loadPdfjs } from '../pdf/load-pdfjs.js';
import { pageTextItems, withPdfDocument, type TextBudget } from '../pdf/pdf-to-text.js';

/** Share of the page height, at the top and at the bottom, where header and footer lines sit. */
export const MARGIN_BAND_SHARE = 0.07;

/** A line in a page's top or bottom band; `key` ignores case, spacing and digits. */
export interface MarginLine {
  text: string;
  key: string;
}

/** The lines in one page's header and footer bands. */
export interface PageMargins {
  header: MarginLine[];
  footer: MarginLine[];
}

/** What the extraction worker reads from a PDF for its layout. */
export interface PdfMargins {
  margins: PageMargins[];
  imageCount: number;
  pages: number;
}

// The image-painting operators of pdf.js, read when a PDF is read (pdf.js is not loaded when @rolefit/ats is imported).
async function imageOperators(): Promise<Set<number>> {
  const { OPS } = await loadPdfjs();
  return new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
  ]);
}

// Case, spacing and digits (page numbers, "2 of 3") do not make two header lines different.
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/\d+/g, '#').trim();

/** The header and footer band lines of every page and the image count, in the calling thread (the extraction worker runs this). */
export async function readPdfMargins(
  bytes: Uint8Array,
  limits: ExtractionLimits,
  countImages: boolean,
): Promise<PdfMargins> {
  const resolved = resolveLimits(limits);
  const imageOperatorCodes = countImages ? await imageOperators() : new Set<number>();
  return withPdfDocument(bytes, resolved, async (document) => {
    const margins: PageMargins[] = [];
    const budget: TextBudget = { characters: 0, items: 0, maxTextChars: resolved.maxTextChars };
    let itemCount = 0;
    let imageCount = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const items = await pageTextItems(page, budget);
      for (const item of items) if (item.str.trim()) itemCount++;
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
        for (const operator of operators.fnArray) if (imageOperatorCodes.has(operator)) imageCount++;
      }
      page.cleanup();
    }
    if (document.numPages > 0 && itemCount === 0) {
      throw new ResumeParseError(
        'scanned-pdf',
        `The PDF has ${document.numPages} page(s) but no text: it is probably a scan (OCR is needed)`,
      );
    }
    return { margins, imageCount, pages: document.numPages };
  });
}
