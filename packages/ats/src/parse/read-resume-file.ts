// A résumé file read on the calling thread and handed to the extraction worker, which parses it (readResumeFile,
// parseResumeFile), and the checks made before (its bytes, its type). Nothing here loads the résumé parser, pdf.js, the
// DOCX reader or zod: `@rolefit/ats/read` and the `rolefit` command load this much before the worker does the work
// (parse-resume-file.ts holds what runs in the worker). OCR's reader is loaded only when `ocr` is given.
import type { Resume } from '@rolefit/core';
import {
  checkBytesArgument,
  checkNumberSetting,
  decodeTextBytes,
  describeValue,
  detectTextEncoding,
  fileSystemReason,
  invalidArgument,
  rejectUnknownKeys,
} from '@rolefit/core/base';
import type { OcrSettings } from '../ocr/ocr-pdf.js';
import { isHtml } from '../html/is-html.js';
import { isOdtZip } from '../odt/is-odt.js';
import { isRtf } from '../rtf/is-rtf.js';
import { isResumeParseError, ResumeParseError } from './errors.js';
import type { ParseResumeTextOptions } from './parse-resume-text.js';
import { checkByteCap, readFileLimited } from './read-limited.js';
import {
  DEFAULT_MAX_TEXT_CHARS,
  EXTRACTION_LIMIT_NAMES,
  resolveLimits,
  runExtraction,
  type ExtractionLimits,
} from './sandbox.js';

/** The kinds of resume file that can be read. */
export type ResumeFileType = 'pdf' | 'docx' | 'rtf' | 'odt' | 'html' | 'text';

/**
 * Options for {@link parseResumeFile}. The file is read and parsed (PDF, DOCX, RTF, ODT, HTML and plain text alike) in a worker thread
 * under the limits of {@link ExtractionLimits} (time 'timeout', pages 'too-many-pages', inflated bytes, text and memory
 * 'too-large'); `timeoutMs` bounds the whole call, reading the path included, except the start of a new worker (loading
 * its code and warming the parser up, the same for every file; limited apart to 30 s).
 */
export interface ParseResumeFileOptions extends ParseResumeTextOptions, ExtractionLimits {
  /** The file's type; sniffed from its first bytes when absent. */
  type?: ResumeFileType | undefined;
  /** Largest accepted file in bytes (default 10 MB); reading stops one chunk past it, whatever the file system says of its size. */
  maxBytes?: number | undefined;
  /**
   * Read a scanned (image-only) PDF with this OCR setting instead of refusing it as 'scanned-pdf': its page images are
   * decoded in the worker and given to `ocr.recognizer` (e.g. `createTesseractRecognizer`); `ocr.timeoutMs` bounds the
   * recognition, on top of `timeoutMs` (the whole call then takes at most `timeoutMs` + `ocr.timeoutMs`, a new worker's
   * start apart).
   */
  ocr?: OcrSettings | undefined;
}

// Every option, so that an unknown key (a typo) is refused with the nearest known one.
const PARSE_RESUME_FILE_OPTION_NAMES = {
  ...EXTRACTION_LIMIT_NAMES,
  id: true,
  now: true,
  type: true,
  maxBytes: true,
  ocr: true,
} satisfies Record<keyof ParseResumeFileOptions, true>;

/**
 * A resume file's `input` (a path or its bytes) checked first thing, so that null, a number or an object is a
 * ValidationError naming the argument (`Invalid parseResumeFile: input: must be …, got null`), not a TypeError from
 * inside or a worker that never answers.
 */
export function checkResumeInput(fn: string, input: unknown): asserts input is string | Uint8Array {
  if (typeof input === 'string') return;
  if (typeof input !== 'object' || input === null || !ArrayBuffer.isView(input))
    throw invalidArgument(
      fn,
      'input',
      `must be a file's path or a Uint8Array of its bytes, got ${describeValue(input)}`,
    );
  checkBytesArgument(fn, 'input', input);
}

/** Default size cap on resume files: 10 MB. */
export const DEFAULT_MAX_RESUME_BYTES = 10 * 1024 * 1024;

/**
 * Reads a resume file (a path or its bytes; PDF, DOCX, RTF, ODT, HTML or plain text) into core's `Resume`; throws {@link ResumeParseError}.
 * Extraction and parsing run in a worker thread that is terminated after `timeoutMs` (default 4 s, for the whole call but a new worker's start).
 */
export async function parseResumeFile(
  input: string | Uint8Array,
  options: ParseResumeFileOptions = {},
): Promise<Resume> {
  checkResumeInput('parseResumeFile', input);
  rejectUnknownKeys('ParseResumeFileOptions', options, PARSE_RESUME_FILE_OPTION_NAMES);
  return (await readResumeFile(input, options)).resume;
}

/** What {@link readResumeFile} found: a parsed résumé, or (with `acceptJson`) the text of a JSON file, or a file with no text. */
export type ResumeReadout = { resume: Resume } | { json: string } | { blank: true };

/** What the worker is asked to do with a résumé file (the 'resume' extraction task). */
export interface ResumeTask {
  kind: 'resume';
  type: ResumeFileType;
  parse: ParseResumeTextOptions;
  /** Hand back JSON text (`{…}`) unparsed and say when the text is blank, instead of parsing either (the CLI's reading). */
  acceptJson?: boolean;
}

/**
 * Reads and parses a resume file in the extraction worker under one wall-clock limit for the whole call but a new worker's start (reading the
 * path, extracting, parsing); with `acceptJson`, text that is a JSON object is handed back unparsed for the caller to
 * validate, and blank text is reported. Throws {@link ResumeParseError}.
 */
export async function readResumeFile(
  input: string | Uint8Array,
  options?: ParseResumeFileOptions & { acceptJson?: false | undefined },
): Promise<{ resume: Resume }>;
/** With `acceptJson` (or a flag that may be on): a parsed résumé, the text of a JSON file, or a file with no text. */
export async function readResumeFile(
  input: string | Uint8Array,
  options?: ParseResumeFileOptions & { acceptJson?: boolean | undefined },
): Promise<ResumeReadout>;
export async function readResumeFile(
  input: string | Uint8Array,
  options: ParseResumeFileOptions & { acceptJson?: boolean | undefined } = {},
): Promise<ResumeReadout> {
  const started = performance.now();
  checkResumeInput('readResumeFile', input);
  rejectUnknownKeys('ParseResumeFileOptions', options, { ...PARSE_RESUME_FILE_OPTION_NAMES, acceptJson: true });
  const { type: givenType, maxBytes, id, now, acceptJson, ocr, ...limits } = options;
  // OCR's reader (and the page images' pdf.js code) is loaded only for a call that gives `ocr`.
  const ocrReader = ocr === undefined ? undefined : await import('../ocr/ocr-pdf.js');
  if (ocr !== undefined) ocrReader?.checkOcrSettings(ocr);
  // Checked before the read: NaN or a fraction reached Node's timer or buffer as its RangeError, NaN switched a cap off.
  const { timeoutMs } = resolveLimits(limits, 'ParseResumeFileOptions');
  if (maxBytes !== Number.POSITIVE_INFINITY)
    checkNumberSetting('ParseResumeFileOptions', 'maxBytes', maxBytes, { min: 0 });
  const bytes = await readResumeBytes(input, maxBytes, { timeoutMs });
  const type = checkedType(input, bytes, givenType);
  const left = Math.floor(timeoutMs - (performance.now() - started));
  if (left <= 0) throw new ResumeParseError('timeout', `Reading the file took longer than ${timeoutMs} ms`);
  const parse: ParseResumeTextOptions = { ...(id === undefined ? {} : { id }), ...(now === undefined ? {} : { now }) };
  const task: ResumeTask = { kind: 'resume', type, parse, ...(acceptJson ? { acceptJson } : {}) };
  try {
    return await runExtraction<ResumeReadout>(task, bytes, { ...limits, timeoutMs: left });
  } catch (error) {
    if (ocr === undefined || ocrReader === undefined || type !== 'pdf' || !isResumeParseError(error, 'scanned-pdf'))
      throw error;
  }
  // A scanned PDF, and the caller opted in to OCR: its page images are recognised, and the text parsed in the worker.
  // The page images are decoded in what is left of `timeoutMs`, and the text parsed in what is left of `timeoutMs` +
  // `ocr.timeoutMs` (each step had the whole `timeoutMs`, so the call could last 3 × timeoutMs + ocr.timeoutMs).
  const timeLeft = (budget: number, what: string) => {
    const left = Math.floor(budget - (performance.now() - started));
    if (left <= 0) throw new ResumeParseError('timeout', `Reading the file took longer than ${budget} ms (${what})`);
    return left;
  };
  const imagesLeft = timeLeft(timeoutMs, 'before its page images were read for OCR');
  const { text, pageConfidences } = await ocrReader.ocrPdf(bytes, ocr, { ...limits, timeoutMs: imagesLeft });
  const budget = timeoutMs + (ocr.timeoutMs ?? ocrReader.DEFAULT_OCR_TIMEOUT_MS);
  const textTask: ResumeTask = { kind: 'resume', type: 'text', parse, ...(acceptJson ? { acceptJson } : {}) };
  const readout = await runExtraction<ResumeReadout>(textTask, new TextEncoder().encode(text), {
    ...limits,
    timeoutMs: timeLeft(budget, 'timeoutMs + ocr.timeoutMs, before its recognised text was parsed'),
  });
  if (!('resume' in readout)) return readout;
  // Every field of a résumé read by OCR may hold the recognizer's misreadings: the warnings say so, with its confidence.
  const confidences = pageConfidences.map((confidence) => confidence.toFixed(2)).join(', ');
  const warning = {
    path: 'text',
    reason: `read by OCR (${ocrReader.recognizerName(ocr.recognizer)}; page confidence ${confidences}): check every field`,
  };
  return { resume: { ...readout.resume, warnings: [warning, ...(readout.resume.warnings ?? [])] } };
}

/** The file's type: given, or sniffed; an empty file, or one whose name promises another type, is refused. */
export function checkedType(
  input: string | Uint8Array,
  bytes: Uint8Array,
  givenType: ResumeFileType | undefined,
): ResumeFileType {
  if (bytes.byteLength === 0) throw new ResumeParseError('empty', 'The file is empty (0 bytes)');
  const type = givenType ?? sniffResumeType(bytes);
  const named = typeof input === 'string' && givenType === undefined ? typeFromName(input) : undefined;
  if (named !== undefined && named !== type)
    throw new ResumeParseError('corrupt', `The file is named .${named} but is not ${NAMED_TYPES[named]}`);
  return type;
}

// What a file named by its extension must be.
const NAMED_TYPES = { pdf: 'a PDF file', docx: 'a DOCX file', rtf: 'an RTF file', odt: 'an ODT file' } as const;

/** Options for {@link readResumeBytes} beyond the byte cap. */
export interface ReadResumeBytesOptions {
  /** Wall-clock limit on reading a FIFO, pipe or device path (default 4 000 ms): past it, 'timeout'. */
  timeoutMs?: number | undefined;
}

/**
 * The bytes of a resume given as a path or bytes, refusing more than `maxBytes` ('too-large'). A path is read with a
 * cap that stops reading past it, so pipes, FIFOs and devices such as /dev/zero are refused too, and opened without
 * blocking, so a FIFO nobody writes to is refused as 'timeout' after `timeoutMs`.
 */
export async function readResumeBytes(
  input: string | Uint8Array,
  maxBytes = DEFAULT_MAX_RESUME_BYTES,
  options: ReadResumeBytesOptions = {},
): Promise<Uint8Array> {
  checkResumeInput('readResumeBytes', input);
  checkByteCap('readResumeBytes', maxBytes);
  checkNumberSetting('ReadResumeBytesOptions', 'timeoutMs', options.timeoutMs, { min: 0 });
  const bytes = typeof input === 'string' ? await readPath(input, maxBytes, options) : input;
  if (bytes.byteLength > maxBytes)
    throw new ResumeParseError('too-large', `The file is ${bytes.byteLength} bytes, over the ${maxBytes}-byte limit`);
  return bytes;
}

// A path read with the cap; a path the system will not open or read is an 'unreadable' ResumeParseError.
async function readPath(path: string, maxBytes: number, options: ReadResumeBytesOptions): Promise<Uint8Array> {
  try {
    return await readFileLimited(path, maxBytes, options);
  } catch (error) {
    const what = fileSystemReason(error);
    if (what === undefined) throw error;
    throw new ResumeParseError('unreadable', `${path}: ${what}`, { cause: error });
  }
}

// The type a file's name promises, so that a .pdf that is not a PDF is refused instead of being read as text.
function typeFromName(path: string): keyof typeof NAMED_TYPES | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(NAMED_TYPES, extension)
    ? (extension as keyof typeof NAMED_TYPES)
    : undefined;
}

/**
 * The UTF-16 code units of `sample`, or undefined when it holds a surrogate without its pair (random bytes after a
 * byte-order mark have one every ~32 units; a text saved as UTF-16 has none). The sample's last unit may be the first
 * half of a pair cut off by the sample (`cut`), and a text may end with one stray byte.
 */
function utf16Units(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be', cut: boolean): string | undefined {
  let end = sample.byteLength - (sample.byteLength % 2);
  if (cut && end >= 2) {
    const last =
      encoding === 'utf-16le' ? sample[end - 2]! | (sample[end - 1]! << 8) : (sample[end - 2]! << 8) | sample[end - 1]!;
    if (last >= 0xd800 && last <= 0xdbff) end -= 2;
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, end));
  } catch {
    return undefined;
  }
}

/**
 * Plain resume text from its bytes (UTF-8; UTF-16 with a byte-order mark; Windows-1252 or Latin-1 when the bytes are
 * not UTF-8; a BOM dropped), refusing more than `maxTextChars` characters ('too-large').
 */
export function decodeResumeText(bytes: Uint8Array, maxTextChars = DEFAULT_MAX_TEXT_CHARS): string {
  checkBytesArgument('decodeResumeText', 'bytes', bytes);
  // Every encoding read takes at least one byte a character and UTF-8 at most 4: bytes beyond 4 per character cannot
  // fit, so no huge string is built first.
  if (bytes.byteLength > 4 * maxTextChars)
    throw new ResumeParseError('too-large', `The text is over the ${maxTextChars}-character limit`);
  const text = decodeTextBytes(bytes, detectTextEncoding(bytes)).replace(/^\uFEFF/, '');
  if (text.length > maxTextChars)
    throw new ResumeParseError(
      'too-large',
      `The text is ${text.length} characters, over the ${maxTextChars}-character limit`,
    );
  return text;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/**
 * The type of a resume file from its bytes: `%PDF`, a ZIP holding `word/document.xml` (DOCX) or whose first entry names
 * the OpenDocument text mimetype (ODT, LibreOffice's own format), `{\rtf` (after an optional
 * byte-order mark and white space: RTF, which is ASCII and was read as text full of control words before),
 * `<!DOCTYPE html` or `<html` (HTML, UTF-16 too, with or without a byte-order mark; read as text with its tags before), or text
 * (UTF-8, UTF-16 with a byte-order mark, Windows-1252); throws 'unsupported-type' otherwise.
 */
export function sniffResumeType(bytes: Uint8Array): ResumeFileType {
  checkBytesArgument('sniffResumeType', 'bytes', bytes);
  // "%PDF" may follow a little junk; pdf.js accepts a header within the first kilobyte.
  // Before the PDF header search: an RTF's or a page's text may quote "%PDF-" in its first kilobyte.
  if (isRtf(bytes)) return 'rtf';
  if (isHtml(bytes)) return 'html';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // File names are stored uncompressed in ZIP headers, so the part name can be found in the raw bytes.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1'))
      return 'docx';
    if (isOdtZip(bytes)) return 'odt';
    throw new ResumeParseError(
      'unsupported-type',
      'The file is a ZIP archive but neither a Word document nor an OpenDocument text (.odt)',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new ResumeParseError('unsupported-type', 'Legacy Word (.doc) files are not supported; save as .docx or PDF');
  if (isText(bytes)) return 'text';
  throw new ResumeParseError(
    'unsupported-type',
    'The file is neither PDF, DOCX nor text (UTF-8, UTF-16 with a byte-order mark, or Windows-1252)',
  );
}

// Text: the first 64 KB decode with few control characters, as UTF-8, as UTF-16 with a byte-order mark (every
// surrogate paired: binary after a mark is not text), or as Windows-1252 (see core's detectTextEncoding) with few bytes past ASCII
// and none of the five it leaves undefined, so that binary data is not taken for it.
function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  const encoding = detectTextEncoding(sample);
  let decoded: string;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const units = utf16Units(sample, encoding, bytes.byteLength > sample.byteLength);
    if (units === undefined) return false;
    decoded = units;
  } else if (encoding === 'windows-1252') {
    let high = 0;
    for (const byte of sample) if (byte >= 0x80) high += 1;
    if (high > sample.byteLength * 0.3) return false;
    decoded = decodeTextBytes(sample, encoding);
    if (/[\u0081\u008d\u008f\u0090\u009d]/.test(decoded)) return false;
  } else
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(sample);
    } catch {
      // A cut in the middle of a multi-byte character at the sample's end is fine; a damaged UTF-8 text is not text.
      if (bytes.byteLength <= sample.byteLength) return false;
      decoded = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024 - 4));
      if (decoded.includes('\uFFFD')) return false;
    }
  const control = decoded.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return control <= decoded.length * 0.01;
}
