// The résumé reading that runs inside the extraction worker (readResumeInWorker) and resumeFileToText; the reading of a file
// on the calling thread (readResumeFile, parseResumeFile, sniffResumeType, …) is read-resume-file.ts, which loads no parser.
import { rejectUnknownKeys } from '@rolefit/core';
import { readDocxText } from '../docx/docx-to-text.js';
import { decodeHtmlBytes } from '../html/html-encoding.js';
import { checkOcrSettings, ocrPdf } from '../ocr/ocr-pdf.js';
import { pdfToText, readPdfText } from '../pdf/pdf-to-text.js';
import { rtfToText } from '../rtf/rtf-to-text.js';
import { isResumeParseError, ResumeParseError } from './errors.js';
import { parseResumeText } from './parse-resume-text.js';
import {
  checkedType,
  checkResumeInput,
  decodeResumeText,
  readResumeBytes,
  type ParseResumeFileOptions,
  type ResumeReadout,
  type ResumeTask,
} from './read-resume-file.js';
import {
  EXTRACTION_LIMIT_NAMES,
  resolveLimits,
  runExtraction,
  type DocumentFileType,
  type ResolvedLimits,
} from './sandbox.js';

export {
  checkResumeInput,
  decodeResumeText,
  DEFAULT_MAX_RESUME_BYTES,
  parseResumeFile,
  readResumeBytes,
  readResumeFile,
  sniffResumeType,
  type ParseResumeFileOptions,
  type ReadResumeBytesOptions,
  type ResumeFileType,
  type ResumeReadout,
  type ResumeTask,
} from './read-resume-file.js';

/** Runs a 'resume' task inside the extraction worker: the file's text (under `limits`) and the parsed résumé. */
export async function readResumeInWorker(
  task: ResumeTask,
  bytes: Uint8Array,
  limits: ResolvedLimits,
): Promise<ResumeReadout> {
  const text =
    task.type === 'pdf'
      ? await readPdfText(bytes, limits)
      : task.type === 'text'
        ? decodeResumeText(bytes, limits.maxTextChars)
        : await readDocumentText(task.type, bytes, limits);
  if (task.acceptJson) {
    if (/^\s*\{/.test(text)) return { json: text };
    if (text.trim() === '') return { blank: true };
  }
  return { resume: parseResumeText(text, task.parse) };
}

/** The text of a DOCX, RTF, ODT or HTML file under `limits`, in the calling thread (the extraction worker runs this). */
export async function readDocumentText(
  type: DocumentFileType,
  bytes: Uint8Array,
  limits: ResolvedLimits,
): Promise<string> {
  if (type === 'docx') return readDocxText(bytes, limits);
  if (type === 'odt') {
    // yauzl and htmlparser2 are loaded when an ODT is read, as for a DOCX.
    const { readOdtText } = await import('../odt/odt-to-text.js');
    return readOdtText(bytes, limits);
  }
  if (type === 'html') {
    // The page's bytes as text in the encoding a browser would find (a byte-order mark, a <meta charset>, else UTF-8 or
    // Windows-1252), then its text without the markup.
    const { htmlToResumeText } = await import('../html/html-to-text.js');
    return htmlToResumeText(decodeHtmlBytes(bytes), { maxTextChars: limits.maxTextChars });
  }
  return rtfToText(bytes, { maxTextChars: limits.maxTextChars });
}

/** The text of a resume file (PDF, DOCX, RTF, ODT, HTML or plain text; a scanned PDF through `ocr` when given), without parsing it further; throws {@link ResumeParseError}. */
export async function resumeFileToText(
  input: string | Uint8Array,
  options: Omit<ParseResumeFileOptions, 'id' | 'now'> = {},
): Promise<string> {
  const started = performance.now();
  checkResumeInput('resumeFileToText', input);
  rejectUnknownKeys('ResumeFileToTextOptions', options, {
    ...EXTRACTION_LIMIT_NAMES,
    type: true,
    maxBytes: true,
    ocr: true,
  });
  const { type: givenType, maxBytes, ocr, ...limits } = options;
  if (ocr !== undefined) checkOcrSettings(ocr);
  // One `timeoutMs` for reading the path, the text and (with OCR) the page images, as parseResumeFile has.
  const { timeoutMs } = resolveLimits(limits, 'ResumeFileToTextOptions');
  const bytes = await readResumeBytes(input, maxBytes, { timeoutMs: limits.timeoutMs });
  const type = checkedType(input, bytes, givenType);
  const left = () => {
    const rest = Math.floor(timeoutMs - (performance.now() - started));
    if (rest <= 0) throw new ResumeParseError('timeout', `Reading the file took longer than ${timeoutMs} ms`);
    return rest;
  };
  if (type === 'pdf') {
    try {
      return await pdfToText(bytes, { ...limits, timeoutMs: left() });
    } catch (error) {
      if (ocr === undefined || !isResumeParseError(error, 'scanned-pdf')) throw error;
      return (await ocrPdf(bytes, ocr, { ...limits, timeoutMs: left() })).text;
    }
  }
  if (type === 'text') return decodeResumeText(bytes, limits.maxTextChars);
  return runExtraction<string>({ kind: 'document-text', type }, bytes, { ...limits, timeoutMs: left() });
}
