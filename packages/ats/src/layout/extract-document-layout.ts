import { readFile, stat } from 'node:fs/promises';
import { ResumeParseError } from '../parse/errors.js';
import { DEFAULT_MAX_RESUME_BYTES, sniffResumeType, type ResumeFileType } from '../parse/parse-resume-file.js';
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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_RESUME_BYTES;
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    const size = (await stat(input)).size;
    if (size > maxBytes) throw new ResumeParseError('too-large', `The file is ${size} bytes, over the ${maxBytes}-byte limit`);
    bytes = new Uint8Array(await readFile(input));
  } else bytes = input;
  if (bytes.byteLength > maxBytes) throw new ResumeParseError('too-large', `The file is ${bytes.byteLength} bytes, over the ${maxBytes}-byte limit`);
  const type = options.type ?? sniffResumeType(bytes);
  if (type === 'docx') return docxLayout(bytes, { maxInflatedBytes: options.maxInflatedBytes });
  if (type === 'pdf') return pdfLayout(bytes, { timeoutMs: options.timeoutMs, countImages: options.countImages });
  return { headerText: '', footerText: '', imageCount: 0 };
}
