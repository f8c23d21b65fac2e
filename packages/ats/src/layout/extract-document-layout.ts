import { checkResumeInput, readResumeBytes, sniffResumeType, type ResumeFileType } from '../parse/parse-resume-file.js';
import { rejectUnknownKeys } from '@rolefit/core';
import { EXTRACTION_LIMIT_NAMES, type ExtractionLimits, resolveLimits, runExtraction } from '../parse/sandbox.js';
import { docxLayoutLimited } from './docx-layout.js';
import { pdfLayout } from './pdf-layout.js';
import type { DocumentLayout } from './types.js';

/** Options for {@link extractDocumentLayout}. */
export interface ExtractDocumentLayoutOptions extends ExtractionLimits {
  /** The file's type; sniffed from its first bytes when absent. */
  type?: ResumeFileType | undefined;
  /** Largest accepted file in bytes (default 10 MB), checked while reading. */
  maxBytes?: number | undefined;
  /** Count PDF images from the pages' operator lists (default true). */
  countImages?: boolean | undefined;
}

// Every option, so that an unknown key (a typo) is refused with the nearest known one.
const EXTRACT_DOCUMENT_LAYOUT_OPTION_NAMES = {
  ...EXTRACTION_LIMIT_NAMES,
  type: true,
  maxBytes: true,
  countImages: true,
} satisfies Record<keyof ExtractDocumentLayoutOptions, true>;

/**
 * Page header and footer text and image count of a resume file (a path or its bytes): a PDF's lines repeated at the top
 * and bottom of its pages; a DOCX's header and footer parts; an ODT's master pages' headers and footers; an RTF's
 * \header and \footer groups. Plain text and HTML have no page headers or footers (a web page has no pages; its
 * `<header>` and `<footer>` elements are read as text) and report none, nor images. Throws {@link ResumeParseError}.
 */
export async function extractDocumentLayout(
  input: string | Uint8Array,
  options: ExtractDocumentLayoutOptions = {},
): Promise<DocumentLayout> {
  checkResumeInput('extractDocumentLayout', input);
  rejectUnknownKeys('ExtractDocumentLayoutOptions', options, EXTRACT_DOCUMENT_LAYOUT_OPTION_NAMES);
  const { type: givenType, maxBytes, ...limits } = options;
  resolveLimits(limits, 'ExtractDocumentLayoutOptions');
  const bytes = await readResumeBytes(input, maxBytes, { timeoutMs: limits.timeoutMs });
  const type = givenType ?? sniffResumeType(bytes);
  if (type === 'docx') return docxLayoutLimited(bytes, limits);
  if (type === 'pdf') return pdfLayout(bytes, limits);
  // Read in the worker, under its time and memory limits, as a DOCX is.
  if (type === 'odt' || type === 'rtf')
    return runExtraction<DocumentLayout>({ kind: 'document-layout', type }, bytes, limits);
  return { headerText: '', footerText: '', imageCount: 0 };
}
