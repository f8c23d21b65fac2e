import {
  isRolefitError,
  rejectUnknownKeys,
  ValidationError,
  type RecognizerImage,
  type TextRecognizer,
} from '@rolefit/core';
import { describeValue } from '@rolefit/core/internal';
import { normalizeUntrustedText } from '@rolefit/core/text';
import { ResumeParseError } from '../parse/errors.js';
import { DEFAULT_MAX_TEXT_CHARS, runExtraction, type ExtractionLimits } from '../parse/sandbox.js';
import { DEFAULT_PAGE_IMAGE_LIMITS } from './page-images.js';

/** The `ocr` setting of parseResumeFile: read a scanned (image-only) PDF with a `TextRecognizer` (from `@rolefit/core`) instead of refusing it. */
export interface OcrSettings {
  /** Reads the page images, e.g. `createTesseractRecognizer({ langPath })`; the caller closes it. */
  recognizer: TextRecognizer;
  /** Most pages recognised (default 5); later pages are left out. */
  maxPages?: number | undefined;
  /** Most pixels of one page image (default 40 000 000); a larger image is not decoded. */
  maxPixels?: number | undefined;
  /** Wall-clock limit on recognising all pages, in milliseconds (default 120 000); past it, 'timeout'. */
  timeoutMs?: number | undefined;
}

const OCR_SETTING_NAMES = { recognizer: true, maxPages: true, maxPixels: true, timeoutMs: true } satisfies Record<
  keyof OcrSettings,
  true
>;

/** Default wall-clock limit on OCR of one file. */
export const DEFAULT_OCR_TIMEOUT_MS = 120_000;

/** What OCR read from a scanned PDF. */
export interface OcrReadout {
  /** The text of the pages, a blank line between pages. */
  text: string;
  /** The recognizer's confidence per page, 0–1. */
  pageConfidences: number[];
}

/** Checks an `ocr` setting (unknown keys, a recognizer, positive caps); throws core's ValidationError. */
export function checkOcrSettings(settings: OcrSettings): void {
  rejectUnknownKeys('OcrSettings', settings, OCR_SETTING_NAMES);
  if (typeof settings.recognizer?.recognize !== 'function') {
    throw new ValidationError('OcrSettings', [
      { path: 'recognizer', message: 'must be a TextRecognizer (an object with recognize(image))', code: 'custom' },
    ]);
  }
  for (const key of ['maxPages', 'maxPixels', 'timeoutMs'] as const) {
    const value = settings[key];
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      throw new ValidationError('OcrSettings', [
        { path: key, message: `must be a positive number, got ${String(value)}`, code: 'custom' },
      ]);
    }
  }
}

/**
 * The text of a scanned PDF: its page images are decoded by pdf.js in the extraction worker (under `limits`), then read
 * by the recognizer here, page by page, within `timeoutMs` (a recognizer that does not stop when its signal aborts is
 * left behind, not waited for). Throws {@link ResumeParseError}: 'scanned-pdf' when no page holds an image or no text was
 * recognised, 'timeout', 'ocr-failed' when the recognizer throws (a Rolefit error, such as core's OptionalDependencyError
 * when tesseract.js is missing, passes as it is) or answers no `{ text, confidence }`, 'too-large' past
 * `limits.maxTextChars` of text, and the extraction worker's codes.
 */
export async function ocrPdf(
  bytes: Uint8Array,
  settings: OcrSettings,
  limits: ExtractionLimits = {},
): Promise<OcrReadout> {
  checkOcrSettings(settings);
  const caps = {
    ...DEFAULT_PAGE_IMAGE_LIMITS,
    ...(settings.maxPages ? { maxPages: settings.maxPages } : {}),
    ...(settings.maxPixels ? { maxPixels: settings.maxPixels } : {}),
  };
  const images = await runExtraction<RecognizerImage[]>({ kind: 'pdf-page-images', caps }, bytes, limits);
  if (images.length === 0)
    throw new ResumeParseError(
      'scanned-pdf',
      `The PDF has no text and no page image that OCR could read (an image over ${caps.maxPixels} pixels, the maxPixels limit, is not decoded)`,
    );
  const timeoutMs = settings.timeoutMs ?? DEFAULT_OCR_TIMEOUT_MS;
  const maxTextChars = limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  // A timer of its own, not AbortSignal.timeout(): that one's timer does not keep Node running, so a recognizer that never
  // answers (and holds nothing open) let a script's process end with the parse unsettled instead of 'timeout'.
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`OCR took longer than ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  try {
    return await recognizePages(images, settings.recognizer, controller.signal, timeoutMs, maxTextChars);
  } finally {
    clearTimeout(timer);
  }
}

// Each page image read by the recognizer in turn, until `signal` aborts (the time limit).
async function recognizePages(
  images: readonly RecognizerImage[],
  recognizer: TextRecognizer,
  signal: AbortSignal,
  timeoutMs: number,
  maxTextChars: number,
): Promise<OcrReadout> {
  const pages: string[] = [];
  const pageConfidences: number[] = [];
  let length = 0;
  const name = recognizerName(recognizer);
  for (const [index, image] of images.entries()) {
    const page = index + 1;
    let answer: unknown;
    try {
      answer = await untilAborted(async () => recognizer.recognize(image, { signal }), signal);
    } catch (error) {
      if (signal.aborted)
        throw new ResumeParseError('timeout', `OCR took longer than ${timeoutMs} ms`, { cause: error });
      // Rolefit's own typed errors pass as they are: tesseract.js not installed stays core's OptionalDependencyError.
      if (isRolefitError(error)) throw error;
      throw new ResumeParseError('ocr-failed', `The recognizer ${name} failed on page ${page}: ${thrownText(error)}`, {
        cause: error,
      });
    }
    const { text, confidence } = checkedAnswer(answer, name, page);
    length += text.length + 2;
    if (length > maxTextChars)
      throw new ResumeParseError(
        'too-large',
        `OCR read over ${maxTextChars} characters from the first ${page} page(s), over the text limit`,
      );
    pages.push(text);
    pageConfidences.push(confidence);
  }
  const text = pages.join('\n\n').trim();
  if (text === '') throw new ResumeParseError('scanned-pdf', "OCR found no text in the PDF's page images");
  return { text, pageConfidences };
}

// The recognizer's promise, or the signal's abort, whichever comes first: a recognizer that ignores its signal (or never
// answers) cannot hold the call past its time limit.
function untilAborted<T>(work: () => Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The recognizer's name as errors and warnings quote it: at most 200 characters of a string on one line, its control
 * characters gone (a name holding '\r\nBcc:' wrote lines into the message), else what it is (a name of another type was
 * written with String(), which throws for an object whose toString throws).
 */
export function recognizerName(recognizer: TextRecognizer): string {
  const name: unknown = recognizer.name;
  return typeof name === 'string'
    ? normalizeUntrustedText(name.slice(0, 200)).replace(/\s+/g, ' ')
    : describeValue(name);
}

// What a recognizer threw, for a message: an Error's message or a string (at most 500 characters), else what it is.
// String() of a thrown object with no prototype, or one whose toString throws, threw a TypeError (or that object's own
// error) out of parseResumeFile (fuzz round 12).
function thrownText(error: unknown): string {
  let text: unknown = error;
  try {
    if (error instanceof Error) text = error.message;
  } catch {
    return 'an Error whose message cannot be read';
  }
  return typeof text === 'string' ? text.slice(0, 500) : describeValue(text);
}

// A recognizer's answer as the TextRecognizer contract says: a string of text and a confidence, a finite number (held to
// 0–1). Anything else is 'ocr-failed' naming the recognizer and the page, not text such as "[object Object]" parsed.
function checkedAnswer(answer: unknown, name: string, page: number): { text: string; confidence: number } {
  const record = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : undefined;
  let text: unknown;
  let confidence: unknown;
  try {
    ({ text, confidence } = record ?? {});
  } catch (error) {
    // An answer whose properties throw when read (a Proxy, a getter).
    throw new ResumeParseError(
      'ocr-failed',
      `The recognizer ${name} answered page ${page} with an object whose text or confidence cannot be read: ${thrownText(error)}`,
      { cause: error },
    );
  }
  if (typeof text !== 'string' || typeof confidence !== 'number' || !Number.isFinite(confidence)) {
    const got =
      record === undefined
        ? describeValue(answer)
        : `text ${typeof text === 'string' ? 'a string' : typeof text}, confidence ${typeof confidence === 'number' ? String(confidence) : typeof confidence}`;
    throw new ResumeParseError(
      'ocr-failed',
      `The recognizer ${name} answered page ${page} with no { text: string, confidence: number from 0 to 1 } (got ${got})`,
    );
  }
  return { text, confidence: Math.max(0, Math.min(1, confidence)) };
}
