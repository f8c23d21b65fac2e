import { rejectUnknownKeys, ValidationError, type RecognizerImage, type TextRecognizer } from '@rolefit/core';
import { ResumeParseError } from '../parse/errors.js';
import { runExtraction, type ExtractionLimits } from '../parse/sandbox.js';
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
 * by the recognizer here, page by page, within `timeoutMs`. Throws {@link ResumeParseError}: 'scanned-pdf' when no page
 * holds an image or no text was recognised, 'timeout', and the extraction worker's codes.
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
    throw new ResumeParseError('scanned-pdf', 'The PDF has no text and no page image that OCR could read');
  const timeoutMs = settings.timeoutMs ?? DEFAULT_OCR_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const pages: string[] = [];
  const pageConfidences: number[] = [];
  for (const image of images) {
    try {
      const recognized = await settings.recognizer.recognize(image, { signal });
      pages.push(recognized.text);
      pageConfidences.push(recognized.confidence);
    } catch (error) {
      if (signal.aborted)
        throw new ResumeParseError('timeout', `OCR took longer than ${timeoutMs} ms`, { cause: error });
      throw error;
    }
  }
  const text = pages.join('\n\n').trim();
  if (text === '') throw new ResumeParseError('scanned-pdf', "OCR found no text in the PDF's page images");
  return { text, pageConfidences };
}
