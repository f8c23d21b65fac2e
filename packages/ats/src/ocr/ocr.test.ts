// OCR of scanned resumes with the real engine: tesseract.js (a dev dependency here, an optional peer for users) reading
// Debian's eng.traineddata (tesseract-ocr-eng, installed by scripts/install-test-tools.sh; never downloaded). The scanned
// PDFs are made at test time: pdftoppm (poppler-utils) rasterises a page of a real resume PDF to a PNG, and pdf-lib wraps
// the PNG into a PDF with no text at all. Without the language data or pdftoppm these tests are skipped with a printed reason.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isValidationError, OptionalDependencyError, type RecognizerImage, type TextRecognizer } from '@rolefit/core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isResumeParseError, parseResumeFile, resumeFileToText } from '../parse/index.js';
import { buildPdf } from '../testing/hostile-files.js';
import { findOcrTools, KAGGLE_DESIGNER_PDF } from '../testing/system-tools.js';
import { toGrey } from './page-images.js';
import { createTesseractRecognizer, ocrPdf, toPnm } from './index.js';

const run = promisify(execFile);
const kagglePdf = KAGGLE_DESIGNER_PDF;
const labelledPdf = fileURLToPath(new URL('../parse/fixtures/labelled/01-maya-okafor.pdf', import.meta.url));
const { tessdata, pdftoppm, skipReason } = findOcrTools();
if (skipReason) console.log(`ocr.test.ts: OCR tests skipped: ${skipReason}`);

describe('toPnm and toGrey', () => {
  it('writes grey and colour images as binary PNM, dropping alpha, and refuses data of the wrong size', () => {
    const grey = toPnm({ width: 2, height: 1, channels: 1, data: new Uint8Array([0, 255]) });
    expect(new TextDecoder().decode(grey.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...grey.subarray(11)]).toEqual([0, 255]);
    const colour = toPnm({ width: 1, height: 1, channels: 4, data: new Uint8Array([1, 2, 3, 4]) });
    expect(new TextDecoder().decode(colour.subarray(0, 11))).toBe('P6\n1 1\n255\n');
    expect([...colour.subarray(11)]).toEqual([1, 2, 3]);
    expect(() => toPnm({ width: 3, height: 3, channels: 1, data: new Uint8Array(4) })).toThrow(/not 3×3×1/);
    // Sizes that multiply out to the data's length but are no image (a P5 header "-1 -1" went to the engine), and two
    // channels (written as P6 over two-thirds of the samples it needs): typed errors naming the part.
    for (const [image, part] of [
      [{ width: -1, height: -1, channels: 1, data: new Uint8Array(1) }, 'image.width'],
      [{ width: 1, height: 1, channels: 2 as never, data: new Uint8Array(2) }, 'image.channels'],
    ] as const) {
      expect(() => toPnm(image)).toThrow(`Invalid toPnm: ${part}:`);
      expect(() => toPnm(image)).toThrow(expect.toSatisfy(isValidationError));
    }
  });

  it('turns pdf.js 1-bit, RGB and RGBA images into grey, scaled down by a whole factor', () => {
    // 1 bit a pixel, rows padded to a byte, 1 = white: 8 pixels "10000001" and 8 pixels "11111111".
    expect([...toGrey({ width: 8, height: 2, kind: 1, data: new Uint8Array([0b10000001, 0xff]) }).data]).toEqual([
      255, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    ]);
    expect([...toGrey({ width: 1, height: 1, kind: 2, data: new Uint8Array([255, 0, 0]) }).data]).toEqual([76]);
    const halved = toGrey(
      {
        width: 2,
        height: 2,
        kind: 3,
        data: new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255]),
      },
      2,
    );
    expect(halved).toMatchObject({ width: 1, height: 1, channels: 1 });
    expect([...halved.data]).toEqual([128]);
  });
});

describe('createTesseractRecognizer settings', () => {
  it('refuses unknown keys, a folder without the language data and bad language codes with typed errors', () => {
    const error = (make: () => unknown) => {
      try {
        make();
      } catch (caught) {
        return caught;
      }
      return undefined;
    };
    const unknown = error(() => createTesseractRecognizer({ langPath: '/tmp', langs: ['eng'] } as never));
    expect(isValidationError(unknown) && /langs/.test(unknown.message), String(unknown)).toBe(true);
    const missing = error(() => createTesseractRecognizer({ langPath: tmpdir(), languages: ['xyz'] }));
    expect(isValidationError(missing) && /xyz\.traineddata/.test(missing.message)).toBe(true);
    expect(
      isValidationError(error(() => createTesseractRecognizer({ langPath: tmpdir(), languages: ['../eng'] }))),
    ).toBe(true);
    // A string or a list holding a number, not a list of codes (was a TypeError: languages.some is not a function).
    for (const languages of ['eng', 42, { eng: true }, [42]]) {
      const wrong = error(() => createTesseractRecognizer({ langPath: tmpdir(), languages: languages as never }));
      expect(isValidationError(wrong) && /languages/.test(wrong.message), String(wrong)).toBe(true);
    }
  });
});

describe('ocr settings of parseResumeFile', () => {
  it('refuses a recognizer without recognize() and caps that are not positive', async () => {
    const bytes = new Uint8Array(readFileSync(labelledPdf));
    const recognizer = {
      name: 'none',
      recognize: async () => ({ text: '', confidence: 0 }),
      close: async () => undefined,
    } satisfies TextRecognizer;
    await expect(parseResumeFile(bytes, { ocr: { recognizer: {} as TextRecognizer } })).rejects.toSatisfy(
      (error) => isValidationError(error) && /recognizer/.test(String(error)),
    );
    await expect(parseResumeFile(bytes, { ocr: { recognizer, maxPages: 0 } })).rejects.toSatisfy(
      (error) => isValidationError(error) && /maxPages/.test(String(error)),
    );
    await expect(parseResumeFile(bytes, { ocr: { recognizer, pages: 2 } as never })).rejects.toSatisfy(
      (error) => isValidationError(error) && /pages/.test(String(error)),
    );
  });
});

// A scanned page built by hand: one page whose only content is a 4×4 grey inline image (no text), so the PDF is refused
// as 'scanned-pdf' and its image goes to the recognizer. The recognizers below are stand-ins written for these tests:
// they play a caller's recognizer that misbehaves, which no real engine does on demand.
const scannedPage = () =>
  buildPdf(
    [
      {
        data: new Uint8Array([
          ...Buffer.from('q 612 0 0 792 0 0 cm BI /W 4 /H 4 /BPC 8 /CS /G ID '),
          ...new Uint8Array(16).fill(128),
          ...Buffer.from(' EI Q'),
        ]),
      },
    ],
    [0],
  );
const standIn = (recognize: TextRecognizer['recognize']): TextRecognizer => ({
  name: 'stand-in',
  recognize,
  close: async () => undefined,
});
const RESUME_TEXT = 'Jane Doe\njane@example.com\n\nExperience\nData Analyst, Acme Corp\nJan 2019 – Dec 2020';

describe('OCR with a recognizer that misbehaves', () => {
  it('stops a recognizer that never answers and ignores its signal at timeoutMs, as a typed timeout', async () => {
    // The time limit's timer must keep Node running while the recognizer is silent: with an unref'd one (as
    // AbortSignal.timeout's) a script whose only pending work is the parse ends with it unsettled (exit code 13).
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    let timersWhileRecognizing = 0;
    const silent = standIn(() => {
      timersWhileRecognizing = timers();
      return new Promise(() => undefined);
    });
    // Tests the ocr.timeoutMs setting, with a generous bound (over 60 times the limit): a silent recognizer held the
    // parse for ever without it. The whole call's timeoutMs (default 4 s) is set far above, so that reading and
    // rendering the page on a busy machine cannot use it up before the recognizer is called (it did under a load of 10
    // on 2 cores), and so that the bound shows which limit stopped it.
    const started = performance.now();
    await expect(
      parseResumeFile(scannedPage(), { timeoutMs: 60_000, ocr: { recognizer: silent, timeoutMs: 300 } }),
    ).rejects.toSatisfy((error) => isResumeParseError(error, 'timeout'));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(timersWhileRecognizing).toBeGreaterThan(timers());
  }, 90_000);

  it("refuses a recognizer's error, and an answer that is no { text, confidence }, as 'ocr-failed' naming it", async () => {
    const engineError = new Error('engine exploded');
    const throwing = standIn(async () => {
      throw engineError;
    });
    await expect(parseResumeFile(scannedPage(), { ocr: { recognizer: throwing } })).rejects.toSatisfy(
      (error) =>
        isResumeParseError(error, 'ocr-failed') &&
        error.cause === engineError &&
        /stand-in failed on page 1: engine exploded/.test(error.message),
    );
    // A typed error of Rolefit's own passes as it is: tesseract.js not installed stays an OptionalDependencyError.
    const missing = new OptionalDependencyError('tesseract.js', 'OCR of scanned resumes');
    const uninstalled = standIn(async () => {
      throw missing;
    });
    await expect(parseResumeFile(scannedPage(), { ocr: { recognizer: uninstalled } })).rejects.toBe(missing);
    for (const answer of [
      null,
      undefined,
      { text: 42, confidence: 1 },
      { text: {}, confidence: 1 },
      { text: 'Jane', confidence: Number.NaN },
    ])
      await expect(
        resumeFileToText(scannedPage(), { ocr: { recognizer: standIn(async () => answer as never) } }),
        JSON.stringify(answer),
      ).rejects.toSatisfy(
        (error) => isResumeParseError(error, 'ocr-failed') && /stand-in answered page 1/.test(error.message),
      );
  });

  it("refuses a recognizer's throw of a non-Error, and an answer whose properties throw, as 'ocr-failed'", async () => {
    // Fuzz round 12 (ocr seed 1 #14, #16 and 8 more): a throw of an object with no prototype was a TypeError ('Cannot
    // convert object to primitive value'), and one whose toString throws was that object's own error, out of
    // parseResumeFile: the message was written with String(thrown). A 2,000,000-character message was quoted whole.
    const noPrototype = Object.create(null) as object;
    const badString = {
      toString() {
        throw new Error('toString');
      },
    };
    // A Proxy that throws on reading text or confidence (not on `then`, which awaiting it reads first).
    const trap = new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'then') return undefined;
          throw new Error('trap');
        },
      },
    );
    const cases: Array<[thrown: unknown, answer: unknown, message: RegExp]> = [
      [noPrototype, undefined, /stand-in failed on page 1: an object$/],
      [badString, undefined, /stand-in failed on page 1: an object$/],
      [Symbol('ocr'), undefined, /stand-in failed on page 1: a symbol$/],
      [new Error('x'.repeat(2_000_000)), undefined, /stand-in failed on page 1: x{500}$/],
      [undefined, trap, /stand-in answered page 1 with an object whose text or confidence cannot be read: trap/],
      [undefined, noPrototype, /stand-in answered page 1 with no \{ text/],
    ];
    for (const [thrown, answer, message] of cases) {
      const recognizer = standIn(async () => {
        if (thrown !== undefined) throw thrown;
        return answer as never;
      });
      const error = await parseResumeFile(scannedPage(), { ocr: { recognizer } }).catch((caught: unknown) => caught);
      expect(isResumeParseError(error, 'ocr-failed'), String(message)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
    // A recognizer named with line breaks and 100,000 letters: quoted on one line, 200 characters of it.
    const named = {
      ...standIn(async () => Promise.reject(new Error('no'))),
      name: `ocr\r\nBcc: x${'y'.repeat(100_000)}`,
    };
    const error = await parseResumeFile(scannedPage(), { ocr: { recognizer: named } }).catch(
      (caught: unknown) => caught,
    );
    expect((error as Error).message).toMatch(/^The recognizer ocr Bcc: xy+ failed on page 1: no$/);
    expect((error as Error).message.length).toBeLessThan(300);
  });

  it("holds the recognized text to maxTextChars ('too-large'), in resumeFileToText as in parseResumeFile", async () => {
    const flood = standIn(async () => ({ text: 'A'.repeat(400_000), confidence: 1 }));
    await expect(resumeFileToText(scannedPage(), { ocr: { recognizer: flood } })).rejects.toSatisfy((error) =>
      isResumeParseError(error, 'too-large'),
    );
    const small = standIn(async () => ({ text: RESUME_TEXT, confidence: 1 }));
    await expect(resumeFileToText(scannedPage(), { ocr: { recognizer: small }, maxTextChars: 20 })).rejects.toSatisfy(
      (error) => isResumeParseError(error, 'too-large'),
    );
  });

  it('names the maxPixels limit when the only image is over it (pdf.js does not decode it, so there is none to read)', async () => {
    const page = buildPdf(
      [
        {
          data: new Uint8Array([
            ...Buffer.from('q 612 0 0 792 0 0 cm BI /W 100 /H 100 /BPC 8 /CS /G ID '),
            ...new Uint8Array(10_000).fill(200),
            ...Buffer.from(' EI Q'),
          ]),
        },
      ],
      [0],
    );
    const counting = standIn(async () => ({ text: RESUME_TEXT, confidence: 1 }));
    await expect(parseResumeFile(page, { ocr: { recognizer: counting, maxPixels: 5_000 } })).rejects.toSatisfy(
      (error) =>
        isResumeParseError(error, 'scanned-pdf') && /over 5000 pixels, the maxPixels limit/.test(error.message),
    );
    expect((await parseResumeFile(page, { ocr: { recognizer: counting } })).contact.name).toBe('Jane Doe');
  });

  it("says in the résumé's warnings that its text was read by OCR, with the page confidences", async () => {
    const unsure = standIn(async () => ({ text: RESUME_TEXT, confidence: 0.31 }));
    const resume = await parseResumeFile(scannedPage(), { ocr: { recognizer: unsure } });
    expect(resume.contact.name).toBe('Jane Doe');
    expect(resume.warnings?.[0]).toEqual({
      path: 'text',
      reason: 'read by OCR (stand-in; page confidence 0.31): check every field',
    });
  });

  it("quotes the recognizer's name in that warning as errors do: one line, 200 characters, any type", async () => {
    const answer = async () => ({ text: RESUME_TEXT, confidence: 1 });
    const longName = { ...standIn(answer), name: `ocr\r\nBcc: x${'y'.repeat(100_000)}` };
    const long = await parseResumeFile(scannedPage(), { ocr: { recognizer: longName } });
    expect(long.warnings?.[0]?.reason).toMatch(
      /^read by OCR \(ocr Bcc: xy+; page confidence 1\.00\): check every field$/,
    );
    expect(long.warnings?.[0]?.reason.length).toBeLessThan(260);
    // From JavaScript, a name that is no string: an object with no prototype made String() throw a TypeError.
    const odd = { ...standIn(answer), name: Object.create(null) as string };
    const resume = await parseResumeFile(scannedPage(), { ocr: { recognizer: odd } });
    expect(resume.contact.name).toBe('Jane Doe');
    expect(resume.warnings?.[0]?.reason).toMatch(/^read by OCR \(.+; page confidence 1\.00\): check every field$/);
  });
});

describe.skipIf(skipReason !== undefined)('OCR of scanned resume PDFs with tesseract.js', () => {
  let directory = '';
  let recognizer: TextRecognizer;
  // A page of a real PDF as an image-only PDF: the page rasterised to a grey PNG at `dpi`, drawn full-page, no text.
  async function scan(pdf: string, dpi = 150): Promise<Uint8Array> {
    const prefix = path.join(directory, path.basename(pdf, '.pdf'));
    await run(pdftoppm as string, [
      '-r',
      String(dpi),
      '-gray',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      prefix,
    ]);
    const document = await PDFDocument.create();
    const png = await document.embedPng(readFileSync(`${prefix}.png`));
    const page = document.addPage([(png.width * 72) / dpi, (png.height * 72) / dpi]);
    page.drawImage(png, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    return document.save();
  }

  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'rolefit-ocr-'));
    recognizer = createTesseractRecognizer({ langPath: tessdata as string });
  });
  afterAll(async () => {
    await recognizer?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('refuses an image whose sizes do not fit its data with a typed error naming the part', async () => {
    const image = { width: 2, height: 2, channels: 2 as never, data: new Uint8Array(8) };
    await expect(recognizer.recognize(image)).rejects.toSatisfy(isValidationError);
    await expect(recognizer.recognize(image)).rejects.toThrow('Invalid TextRecognizer.recognize: image.channels:');
  });

  it('parses a scanned resume with OCR enabled and refuses it as scanned-pdf without', async () => {
    const scanned = await scan(labelledPdf);
    await expect(parseResumeFile(scanned)).rejects.toSatisfy((error) => isResumeParseError(error, 'scanned-pdf'));
    const started = performance.now();
    const resume = await parseResumeFile(scanned, { ocr: { recognizer } });
    console.log(
      `OCR of one 150 dpi page (${recognizer.name}, engine start included): ${(performance.now() - started).toFixed(0)} ms`,
    );
    const original = await parseResumeFile(labelledPdf);
    expect(resume.contact.name).toBe('Maya Okafor');
    expect(resume.contact.email).toBe(original.contact.email);
    expect(resume.experience.map((entry) => entry.title)).toEqual(original.experience.map((entry) => entry.title));
    expect(resume.education.length).toBe(original.education.length);
    expect(resume.skills).toEqual(expect.arrayContaining(original.skills.slice(0, 3)));
  }, 300_000);

  it.skipIf(!existsSync(kagglePdf))(
    'reads a scanned page of a real resume (Kaggle) into the same sections and jobs as its text',
    async () => {
      const scanned = await scan(kagglePdf);
      const started = performance.now();
      const { text, pageConfidences } = await ocrPdf(scanned, { recognizer });
      console.log(
        `OCR of a real resume page at 150 dpi: ${(performance.now() - started).toFixed(0)} ms, confidence ${pageConfidences.map((value) => value.toFixed(2)).join(', ')}`,
      );
      expect(pageConfidences[0]).toBeGreaterThan(0.7);
      for (const heading of ['Summary', 'Highlights', 'Experience', 'Education'])
        expect(text.split('\n')).toContain(heading);
      const fromText = await parseResumeFile(kagglePdf);
      const fromScan = await parseResumeFile(scanned, { ocr: { recognizer, maxPages: 1 } });
      expect(fromScan.experience.length).toBeGreaterThan(0);
      const months = (entries: typeof fromText.experience) =>
        entries.map((entry) => entry.start?.toISOString().slice(0, 7));
      expect(months(fromScan.experience)).toEqual(months(fromText.experience).slice(0, fromScan.experience.length));
      expect(await resumeFileToText(scanned, { ocr: { recognizer } })).toContain('INTERIOR DESIGNER');
    },
    300_000,
  );

  it('stops at its time limit with a typed timeout, and leaves out pages past maxPages', async () => {
    const scanned = await scan(labelledPdf);
    await expect(ocrPdf(scanned, { recognizer, timeoutMs: 1 })).rejects.toSatisfy((error) =>
      isResumeParseError(error, 'timeout'),
    );
    // A fake recognizer only counts the images it is handed (the engine is not needed for that).
    const seen: RecognizerImage[] = [];
    const counting: TextRecognizer = {
      name: 'count',
      recognize: async (image) => (seen.push(image), { text: 'Jane Doe', confidence: 1 }),
      close: async () => undefined,
    };
    const twoPages = await PDFDocument.load(scanned);
    const [copy] = await twoPages.copyPages(twoPages, [0]);
    twoPages.addPage(copy);
    expect((await ocrPdf(await twoPages.save(), { recognizer: counting, maxPages: 1 })).text).toBe('Jane Doe');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.channels).toBe(1);
    expect((seen[0]?.width ?? 0) * (seen[0]?.height ?? 0)).toBeGreaterThan(1_000_000);
  }, 300_000);
});
