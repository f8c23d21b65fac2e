import type { OcrSettings } from '@rolefit/ats';
import { isValidationError } from '@rolefit/core/base';
import { stringOption, type CommandArguments } from './args.js';
import { UsageError } from './io.js';

/** The `--ocr DIR` option, in the parseArgs options of every command that reads a résumé file. */
export const OCR_OPTION = { ocr: { type: 'string' } } as const;

/** What a scanned PDF's error adds when the command was run without `--ocr DIR` (every command reading a résumé takes it). */
export const SCAN_HINT = 'read it with --ocr DIR, DIR holding eng.traineddata (apt-get install tesseract-ocr-eng)';

/** How a command reads résumé files: a scanned PDF with `ocr` (from `--ocr DIR`), else refused with `scanHint` added. */
export type ResumeReading = { ocr: OcrSettings; scanHint?: undefined } | { ocr?: undefined; scanHint: string };

/**
 * Runs `read` with the résumé reading of the command's `--ocr DIR`: tesseract.js with the language data in DIR (a folder
 * without eng.traineddata is a UsageError saying so, before anything is read), closed after `read` settles, whether it
 * resolved or threw. `--ocr` when the command reads no résumé file (`readsResume` false) is a UsageError too.
 */
export async function withResumeReading<T>(
  values: CommandArguments['values'],
  readsResume: boolean,
  read: (reading: ResumeReading) => Promise<T>,
): Promise<T> {
  const langPath = stringOption(values, 'ocr');
  if (langPath === undefined) return read({ scanHint: SCAN_HINT });
  if (!readsResume) throw new UsageError('--ocr DIR reads a scanned resume: it goes with --resume FILE');
  // tesseract's recognizer (and the rest of @rolefit/ats) is loaded only for a command given --ocr.
  const { createTesseractRecognizer } = await import('@rolefit/ats');
  let recognizer: OcrSettings['recognizer'];
  try {
    recognizer = createTesseractRecognizer({ langPath });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    throw new UsageError(`--ocr ${langPath}: ${error.issues[0]?.message ?? error.message}`);
  }
  let result: T;
  try {
    result = await read({ ocr: { recognizer } });
  } catch (error) {
    // The read's own error is the one to report; one from closing after it would hide it.
    await recognizer.close().catch(() => undefined);
    throw error;
  }
  await recognizer.close();
  return result;
}
