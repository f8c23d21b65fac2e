import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  OptionalDependencyError,
  rejectUnknownKeys,
  ValidationError,
  type RecognizedText,
  type RecognizeOptions,
  type RecognizerImage,
  type TextRecognizer,
} from '@rolefit/core';
import { checkRecognizerImage, checkSignalOption } from '@rolefit/core/internal';

/** Settings for {@link createTesseractRecognizer}. */
export interface TesseractRecognizerSettings {
  /** Folder holding `<language>.traineddata` (uncompressed), e.g. Debian's `/usr/share/tesseract-ocr/5/tessdata`; nothing is downloaded. */
  langPath: string;
  /** Tesseract language codes (default `['eng']`). */
  languages?: readonly string[] | undefined;
}

const SETTING_NAMES = { langPath: true, languages: true } satisfies Record<keyof TesseractRecognizerSettings, true>;

interface TesseractWorker {
  recognize(image: Uint8Array): Promise<{ data: { text: string; confidence: number } }>;
  terminate(): Promise<unknown>;
}

/** An image as binary PNM (P5 grey, P6 colour; alpha dropped): a format Tesseract's Leptonica reads without any codec. */
export function toPnm(image: RecognizerImage): Uint8Array {
  const { width, height, channels, data } = checkRecognizerImage<RecognizerImage>('toPnm', 'image', image);
  const header = new TextEncoder().encode(`${channels === 1 ? 'P5' : 'P6'}\n${width} ${height}\n255\n`);
  const samples = channels === 4 ? new Uint8Array(width * height * 3) : data;
  if (channels === 4)
    for (let pixel = 0; pixel < width * height; pixel++)
      samples.set(data.subarray(pixel * 4, pixel * 4 + 3), pixel * 3);
  const out = new Uint8Array(header.length + samples.length);
  out.set(header);
  out.set(samples, header.length);
  return out;
}

/**
 * A `TextRecognizer` (from `@rolefit/core`) backed by tesseract.js (an optional peer: `npm install tesseract.js`), with language data read
 * from `langPath` only (never downloaded, never cached elsewhere). The engine starts on the first image and runs in its
 * own worker thread; `close()` stops it. Throws core's OptionalDependencyError when tesseract.js is not installed.
 */
export function createTesseractRecognizer(settings: TesseractRecognizerSettings): TextRecognizer {
  rejectUnknownKeys('TesseractRecognizerSettings', settings, SETTING_NAMES, { required: true });
  const languages = settings.languages ?? ['eng'];
  if (typeof settings.langPath !== 'string' || settings.langPath === '') {
    throw new ValidationError('TesseractRecognizerSettings', [
      { path: 'langPath', message: 'must be the folder holding <language>.traineddata', code: 'custom' },
    ]);
  }
  if (
    !Array.isArray(languages) ||
    languages.length === 0 ||
    languages.some((language) => typeof language !== 'string' || !/^[A-Za-z_]+$/.test(language))
  ) {
    throw new ValidationError('TesseractRecognizerSettings', [
      { path: 'languages', message: 'must be Tesseract language codes such as "eng"', code: 'custom' },
    ]);
  }
  const missing = languages.filter((language) => !existsSync(path.join(settings.langPath, `${language}.traineddata`)));
  if (missing.length > 0) {
    const message = `has no ${missing.map((language) => `${language}.traineddata`).join(', ')} (on Debian: apt-get install tesseract-ocr-${missing[0]})`;
    throw new ValidationError('TesseractRecognizerSettings', [{ path: 'langPath', message, code: 'custom' }]);
  }
  let worker: Promise<TesseractWorker> | undefined;
  const start = async (): Promise<TesseractWorker> => {
    let tesseract: {
      createWorker(languages: string, oem: number, options: Record<string, unknown>): Promise<TesseractWorker>;
    };
    try {
      const name = 'tesseract.js';
      tesseract = (await import(name)) as typeof tesseract;
    } catch (cause) {
      throw new OptionalDependencyError('tesseract.js', 'OCR of scanned resumes', {
        cause,
        guide: "@rolefit/ats's README (OCR of scanned PDFs)",
      });
    }
    // OEM 1: the LSTM engine only (Debian's and tessdata_fast's models); gzip false reads the plain .traineddata;
    // cacheMethod 'none' neither reads nor writes a cache copy in the working directory.
    return (tesseract.createWorker ?? (tesseract as unknown as { default: typeof tesseract }).default.createWorker)(
      languages.join('+'),
      1,
      {
        langPath: settings.langPath,
        gzip: false,
        cacheMethod: 'none',
      },
    );
  };
  return {
    name: `tesseract.js:${languages.join('+')}`,
    async recognize(image: RecognizerImage, options: RecognizeOptions = {}): Promise<RecognizedText> {
      checkSignalOption('RecognizeOptions', options.signal);
      // Before the engine starts: an image whose sizes don't fit its data was read as garbage or crashed the engine.
      checkRecognizerImage('TextRecognizer.recognize', 'image', image);
      options.signal?.throwIfAborted();
      worker ??= start();
      const engine = await worker;
      const pending = engine.recognize(toPnm(image));
      const { signal } = options;
      const result = signal
        ? await new Promise<Awaited<typeof pending>>((resolve, reject) => {
            const onAbort = () => {
              // The engine cannot stop mid-page: it is terminated, and the next image starts a fresh one.
              worker = undefined;
              void engine.terminate().catch(() => undefined);
              reject(signal.reason);
            };
            signal.addEventListener('abort', onAbort, { once: true });
            pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
          })
        : await pending;
      return {
        text: result.data.text.replace(/\r\n?/g, '\n').trim(),
        confidence: Math.max(0, Math.min(1, result.data.confidence / 100)),
      };
    },
    async close(): Promise<void> {
      const running = worker;
      worker = undefined;
      if (running) await (await running).terminate();
    },
  };
}
