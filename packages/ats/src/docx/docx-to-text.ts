import { rejectUnknownKeys } from '@rolefit/core';
import { openZip } from '../layout/zip.js';
import { ResumeParseError } from '../parse/errors.js';
import { EXTRACTION_LIMIT_NAMES, resolveLimits, runExtraction, type ExtractionLimits } from '../parse/sandbox.js';

/**
 * Options for {@link docxToText}: the DOCX is read in a worker thread that is terminated after `timeoutMs` ('timeout');
 * its ZIP is checked with the capped reader first (inflated bytes, entry count, compression ratio: 'too-large').
 */
export type DocxToTextOptions = ExtractionLimits;

/** Largest DOCX part (inflated) that is handed to mammoth; a larger one is refused as 'too-large'. */
export const MAX_DOCX_PART_BYTES = 5 * 1024 * 1024;

/** The text of a DOCX file, one paragraph a line (table cells and list items are paragraphs too); throws {@link ResumeParseError}. */
export async function docxToText(bytes: Uint8Array, options: DocxToTextOptions = {}): Promise<string> {
  rejectUnknownKeys('DocxToTextOptions', options, EXTRACTION_LIMIT_NAMES);
  return runExtraction<string>({ kind: 'docx-text' }, bytes, options);
}

/** {@link docxToText} in the calling thread, without its time limit (the extraction worker runs this). */
export async function readDocxText(bytes: Uint8Array, limits: ExtractionLimits = {}): Promise<string> {
  const resolved = resolveLimits(limits);
  // Every part mammoth may read is inflated once through the capped reader, so a bomb (even one whose declared sizes lie)
  // is refused before mammoth inflates anything; pictures are not read for text, so their bytes are not inflated.
  // One part over 5 MB (a resume's document.xml is well under 1 MB) would cost mammoth hundreds of MB of DOM.
  const archive = openZip(bytes, { maxInflatedBytes: resolved.maxInflatedBytes, maxEntryBytes: MAX_DOCX_PART_BYTES });
  if (!archive.entries.some((entry) => entry.name === 'word/document.xml')) throw new ResumeParseError('corrupt', 'The DOCX has no word/document.xml part');
  for (const entry of archive.entries) {
    if (!entry.name.endsWith('/') && !entry.name.startsWith('word/media/')) archive.read(entry);
  }
  let value: string;
  try {
    // mammoth is loaded when a DOCX is read, not when @rolefit/ats is imported.
    const { default: mammoth } = await import('mammoth');
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    throw new ResumeParseError('corrupt', `The DOCX could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (value.length > resolved.maxTextChars) throw new ResumeParseError('too-large', `The DOCX holds more than ${resolved.maxTextChars} characters of text`);
  // mammoth ends every paragraph with a blank line; one line break per paragraph keeps headings on lines of their own.
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\n\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
