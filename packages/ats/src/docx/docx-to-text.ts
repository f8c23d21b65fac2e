import mammoth from 'mammoth';
import { ResumeParseError } from '../parse/errors.js';

/** The text of a DOCX file, one paragraph a line (table cells and list items are paragraphs too). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    throw new ResumeParseError('corrupt', `The DOCX could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  // mammoth ends every paragraph with a blank line; one line break per paragraph keeps headings on lines of their own.
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\n\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
