import { resolveLimits, runExtraction, type ExtractionLimits } from '../parse/sandbox.js';
import type { DocumentLayout } from './types.js';
import type { OpenZipOptions } from './zip.js';

/** Header and footer text and picture count of a DOCX, read from its ZIP parts (yauzl, htmlparser2); rejects with {@link ResumeParseError}. */
export async function docxLayout(bytes: Uint8Array, options: OpenZipOptions = {}): Promise<DocumentLayout> {
  // The readers are loaded when a DOCX is read, not when @rolefit/ats is imported.
  const { readWordDocument } = await import('../docx/word-document.js');
  const document = await readWordDocument(bytes, options);
  return {
    headerText: document.header.join('\n'),
    footerText: document.footer.join('\n'),
    imageCount: document.imageCount,
  };
}

/** {@link docxLayout} in a worker thread with a time limit ('timeout'), under the ZIP caps ('too-large'); throws {@link ResumeParseError}. */
export async function docxLayoutLimited(bytes: Uint8Array, limits: ExtractionLimits = {}): Promise<DocumentLayout> {
  return runExtraction<DocumentLayout>({ kind: 'docx-layout' }, bytes, limits);
}

/** The extraction worker's DOCX layout task: {@link docxLayout} with the inflated-bytes cap of `limits`. */
export async function readDocxLayout(bytes: Uint8Array, limits: ExtractionLimits = {}): Promise<DocumentLayout> {
  return docxLayout(bytes, { maxInflatedBytes: resolveLimits(limits).maxInflatedBytes });
}
