import { rejectUnknownKeys } from '@rolefit/core';
import { checkBytesArgument } from '@rolefit/core/internal';
import { ResumeParseError } from '../parse/errors.js';
import { EXTRACTION_LIMIT_NAMES, resolveLimits, runExtraction, type ExtractionLimits } from '../parse/sandbox.js';

/**
 * Options for {@link docxToText}: the DOCX is read in a worker thread that is terminated after `timeoutMs` ('timeout');
 * its ZIP is checked with the capped reader first (inflated bytes, entry count, compression ratio: 'too-large').
 */
export type DocxToTextOptions = ExtractionLimits;

/** Largest DOCX part (inflated) that is read; a larger one is refused as 'too-large' (a resume's document.xml is well under 1 MB). */
export const MAX_DOCX_PART_BYTES = 5 * 1024 * 1024;

/**
 * The text of a DOCX file, one paragraph a line: page headers and footers first (contact details often sit there), then
 * the body, then the footnotes and endnotes it refers to; tables row by row, text boxes once, list items with their marker. Throws {@link ResumeParseError}.
 */
export async function docxToText(bytes: Uint8Array, options: DocxToTextOptions = {}): Promise<string> {
  checkBytesArgument('docxToText', 'bytes', bytes);
  rejectUnknownKeys('DocxToTextOptions', options, EXTRACTION_LIMIT_NAMES);
  return runExtraction<string>({ kind: 'docx-text' }, bytes, options);
}

/** {@link docxToText} in the calling thread, without its time limit (the extraction worker runs this). */
export async function readDocxText(bytes: Uint8Array, limits: ExtractionLimits = {}): Promise<string> {
  const resolved = resolveLimits(limits);
  // yauzl and htmlparser2 are loaded when a DOCX is read, not when @rolefit/ats is imported.
  const { readWordDocument } = await import('./word-document.js');
  const document = await readWordDocument(bytes, {
    maxInflatedBytes: resolved.maxInflatedBytes,
    maxEntryBytes: MAX_DOCX_PART_BYTES,
  });
  // Margins first: contact details often sit there, and a footer read last would run into the last section (skills).
  // Footnotes and endnotes after the body, in the order the body refers to them.
  const text = [...document.header, ...document.footer, ...document.body, ...document.notes].join('\n');
  if (text.length > resolved.maxTextChars)
    throw new ResumeParseError('too-large', `The DOCX holds more than ${resolved.maxTextChars} characters of text`);
  return text;
}
