// The page headers, footers and pictures of an ODT or RTF résumé, for extractDocumentLayout (run in the extraction worker).
import { resolveLimits, type ExtractionLimits } from '../parse/sandbox.js';
import type { DocumentLayout } from './types.js';

/** The types whose layout {@link readDocumentLayout} reads. */
export type MarginDocumentType = 'odt' | 'rtf';

/**
 * Header and footer text and picture count of an ODT (its master pages' headers and footers in styles.xml; frames
 * holding an image) or an RTF (its \header and \footer groups and their variants; \pict groups), under `limits`'
 * inflated-bytes and text caps; throws {@link ResumeParseError}. Read in the calling thread: the extraction worker runs this.
 */
export async function readDocumentLayout(
  type: MarginDocumentType,
  bytes: Uint8Array,
  limits: ExtractionLimits = {},
): Promise<DocumentLayout> {
  // The readers are loaded when such a file is read, not when @rolefit/ats is imported.
  const read =
    type === 'odt'
      ? await (await import('../odt/odt-to-text.js')).readOdtLines(bytes, limits)
      : (await import('../rtf/rtf-to-text.js')).rtfToLines(bytes, { maxTextChars: resolveLimits(limits).maxTextChars });
  return { headerText: read.header.join('\n'), footerText: read.footer.join('\n'), imageCount: read.imageCount };
}
