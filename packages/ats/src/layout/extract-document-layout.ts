import { readResumeBytes, sniffResumeType, type ResumeFileType } from '../parse/parse-resume-file.js';
import { docxLayout } from './docx-layout.js';
import { pdfLayout } from './pdf-layout.js';
import type { DocumentLayout } from './types.js';

/** Options for {@link extractDocumentLayout}. */
export interface ExtractDocumentLayoutOptions {
  /** The file's type; sniffed from its first bytes when absent. */
  type?: ResumeFileType;
  /** Largest accepted file in bytes (default 10 MB), checked before any parsing. */
  maxBytes?: number;
  /** Most bytes inflated from a DOCX's ZIP in all (default 20 MB). */
  maxInflatedBytes?: number;
  /** Per-file limit on PDF reading in milliseconds (default 20 000). */
  timeoutMs?: number;
  /** Count PDF images from the pages' operator lists (default true). */
  countImages?: boolean;
}

/** Page header and footer text and image count of a resume file (a path or its bytes; PDF or DOCX; plain text has none); throws {@link ResumeParseError}. */
export async function extractDocumentLayout(input: string | Uint8Array, options: ExtractDocumentLayoutOptions = {}): Promise<DocumentLayout> {
  const bytes = await readResumeBytes(input, options.maxBytes);
  const type = options.type ?? sniffResumeType(bytes);
  if (type === 'docx') return docxLayout(bytes, { maxInflatedBytes: options.maxInflatedBytes });
  if (type === 'pdf') return pdfLayout(bytes, { timeoutMs: options.timeoutMs, countImages: options.countImages });
  return { headerText: '', footerText: '', imageCount: 0 };
}
