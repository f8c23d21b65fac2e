import { readFile, stat } from 'node:fs/promises';
import type { Resume } from '@rolefit/core';
import { docxToText } from '../docx/docx-to-text.js';
import { pdfToText } from '../pdf/pdf-to-text.js';
import { ResumeParseError } from './errors.js';
import { parseResumeText, type ParseResumeTextOptions } from './parse-resume-text.js';

/** The kinds of resume file that can be read. */
export type ResumeFileType = 'pdf' | 'docx' | 'text';

/** Options for {@link parseResumeFile}. */
export interface ParseResumeFileOptions extends ParseResumeTextOptions {
  /** The file's type; sniffed from its first bytes when absent. */
  type?: ResumeFileType;
  /** Largest accepted file in bytes (default 10 MB), checked before any parsing. */
  maxBytes?: number;
  /** Per-file limit on PDF reading in milliseconds (default 20 000). */
  timeoutMs?: number;
}

/** Default size cap on resume files: 10 MB. */
export const DEFAULT_MAX_RESUME_BYTES = 10 * 1024 * 1024;

/** Reads a resume file (a path or its bytes; PDF, DOCX or plain text) into core's `Resume`; throws {@link ResumeParseError}. */
export async function parseResumeFile(input: string | Uint8Array, options: ParseResumeFileOptions = {}): Promise<Resume> {
  const text = await resumeFileToText(input, options);
  return parseResumeText(text, options);
}

/** The bytes of a resume given as a path or bytes, refusing more than `maxBytes` (checked on the file system before reading). */
export async function readResumeBytes(input: string | Uint8Array, maxBytes = DEFAULT_MAX_RESUME_BYTES): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    const size = (await stat(input)).size;
    if (size > maxBytes) throw new ResumeParseError('too-large', `The file is ${size} bytes, over the ${maxBytes}-byte limit`);
    bytes = new Uint8Array(await readFile(input));
  } else bytes = input;
  if (bytes.byteLength > maxBytes) throw new ResumeParseError('too-large', `The file is ${bytes.byteLength} bytes, over the ${maxBytes}-byte limit`);
  return bytes;
}

/** The text of a resume file (PDF, DOCX or plain text), without parsing it further; throws {@link ResumeParseError}. */
export async function resumeFileToText(input: string | Uint8Array, options: Omit<ParseResumeFileOptions, 'id' | 'now'> = {}): Promise<string> {
  const bytes = await readResumeBytes(input, options.maxBytes);
  const type = options.type ?? sniffResumeType(bytes);
  if (type === 'pdf') return pdfToText(bytes, { timeoutMs: options.timeoutMs });
  if (type === 'docx') return docxToText(bytes);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** The type of a resume file from its bytes: `%PDF`, a ZIP holding `word/document.xml`, or UTF-8 text; throws 'unsupported-type' otherwise. */
export function sniffResumeType(bytes: Uint8Array): ResumeFileType {
  // "%PDF" may follow a little junk; pdf.js accepts a header within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // File names are stored uncompressed in ZIP headers, so the part name can be found in the raw bytes.
    if (new TextDecoder('latin1').decode(bytes).includes('word/document.xml')) return 'docx';
    throw new ResumeParseError('unsupported-type', 'The file is a ZIP archive but not a Word document');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new ResumeParseError('unsupported-type', 'Legacy Word (.doc) files are not supported; save as .docx or PDF');
  if (isText(bytes)) return 'text';
  throw new ResumeParseError('unsupported-type', 'The file is neither PDF, DOCX nor UTF-8 text');
}

function isText(bytes: Uint8Array): boolean {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
  } catch {
    // A cut in the middle of a multi-byte character at the sample's end is fine; anything else is binary.
    if (bytes.byteLength <= 64 * 1024) return false;
    decoded = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024 - 4));
    if (decoded.includes('\uFFFD')) return false;
  }
  const control = decoded.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return control <= decoded.length * 0.01;
}
