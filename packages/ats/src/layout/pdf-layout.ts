import { extractContact } from '../contact/index.js';
import { runExtraction, type ExtractionLimits } from '../parse/sandbox.js';
import { MARGIN_BAND_SHARE, type MarginLine, type PdfMargins } from './pdf-margins.js';
import type { DocumentLayout } from './types.js';

export { MARGIN_BAND_SHARE };

/** Options for {@link pdfLayout}: the limits of {@link ExtractionLimits} (the PDF is read in a worker thread) and image counting. */
export interface PdfLayoutOptions extends ExtractionLimits {
  /** Count images from each page's operator list (default true); costs a little time on image-heavy files. */
  countImages?: boolean | undefined;
}

const hasContact = (text: string) => {
  const contact = extractContact(text);
  return contact.email !== undefined || contact.phone !== undefined;
};

/** Header and footer lines of a PDF (repeated in the top or bottom 7% of at least half the pages; on a single page, such lines with an email or phone) and its image count; throws {@link ResumeParseError}. */
export async function pdfLayout(bytes: Uint8Array, options: PdfLayoutOptions = {}): Promise<DocumentLayout> {
  const { countImages = true, ...limits } = options;
  const { margins, imageCount, pages } = await runExtraction<PdfMargins>(
    { kind: 'pdf-margins', countImages },
    bytes,
    limits,
  );
  return {
    headerText: marginText(margins.map((page) => page.header)),
    footerText: marginText(margins.map((page) => page.footer)),
    imageCount,
    pages,
  };
}

// Lines that repeat on at least half the pages (two at least); on a one-page PDF, repetition cannot tell, so lines with contact details count.
function marginText(pages: ReadonlyArray<readonly MarginLine[]>): string {
  if (pages.length === 1)
    return (pages[0] ?? [])
      .filter((line) => hasContact(line.text))
      .map((line) => line.text)
      .join('\n');
  const pagesWith = new Map<string, number>();
  for (const lines of pages)
    for (const key of new Set(lines.map((line) => line.key))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
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
