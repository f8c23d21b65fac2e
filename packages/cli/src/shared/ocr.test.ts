// `--ocr DIR` on every command that reads a résumé file (withResumeReading), with the real engine: tesseract.js reading
// Debian's eng.traineddata (tesseract-ocr-eng; never downloaded). The scan is made at test time: a hand-written résumé
// set in Helvetica by buildPdf, rasterised in grey by pdftoppm (poppler-utils), and its pixels put back into a PDF as the
// page's only content (an inline image, no text). Without the language data or pdftoppm the tests that read the scan
// with OCR are skipped with a printed reason.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { createTesseractRecognizer } from '@rolefit/ats';
import { createMemoryStore, type TextRecognizer } from '@rolefit/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backendJobText } from '../../../ats/src/score/fixtures.js';
import { buildPdf } from '../../../ats/src/testing/hostile-files.js';
import { findOcrTools } from '../../../ats/src/testing/system-tools.js';
import { runInProcess } from '../testing/run-in-process.js';
import { COMMAND_USAGE, type RolefitCommand } from '../usage.js';
import { main } from '../rolefit.js';
import { loadResume, OCR_SCAN_TIMEOUT_MS, OWN_RESUME_TIMEOUT_MS, scanTimeLimitMs } from './inputs.js';
import { PROGRAM_TIME_LIMIT_MS } from './limits.js';
import { SCAN_HINT, withResumeReading } from './ocr.js';

// The real createTesseractRecognizer, wrapped to count the recognizers made and closed (a mock would not read the scan).
const recognizers = vi.hoisted(() => ({ made: 0, closed: 0 }));
vi.mock('@rolefit/ats', async (importOriginal) => {
  const ats = await importOriginal<typeof import('@rolefit/ats')>();
  const counted: typeof createTesseractRecognizer = (settings) => {
    const recognizer: TextRecognizer = ats.createTesseractRecognizer(settings);
    recognizers.made++;
    return {
      name: recognizer.name,
      recognize: (image, options) => recognizer.recognize(image, options),
      close: async () => {
        recognizers.closed++;
        await recognizer.close();
      },
    };
  };
  return { ...ats, createTesseractRecognizer: counted };
});
// The real readResumeFile, wrapped to record the time limit each read was given and whether it had OCR (a mock would
// not read the file; timing a read would make the test depend on the machine's load).
const reads = vi.hoisted(() => [] as { ocr: boolean; timeoutMs: number | undefined }[]);
vi.mock('@rolefit/ats/read', async (importOriginal) => {
  const read = await importOriginal<typeof import('@rolefit/ats/read')>();
  const recorded = ((input: string | Uint8Array, options?: Parameters<typeof read.readResumeFile>[1]) => {
    reads.push({ ocr: options?.ocr !== undefined, timeoutMs: options?.timeoutMs });
    return read.readResumeFile(input, options);
  }) as typeof read.readResumeFile;
  return { ...read, readResumeFile: recorded };
});
beforeEach(() => {
  recognizers.made = 0;
  recognizers.closed = 0;
  reads.length = 0;
});

const now = new Date('2026-01-15T00:00:00.000Z');
const { tessdata, pdftoppm, skipReason } = findOcrTools();
if (skipReason) console.log(`ocr.test.ts: the OCR reads are skipped: ${skipReason}`);

// Hand-written résumé lines, large enough for OCR at 150 dpi.
const RESUME_LINES = [
  'Jane Doe',
  'jane.doe@example.com',
  '',
  'Experience',
  'Senior Backend Engineer, Acme Corp',
  'January 2018 - Present',
  'Built Python services on Kubernetes and PostgreSQL.',
  '',
  'Skills',
  'Python, Kubernetes, PostgreSQL, Docker',
];

// A one-page PDF with the lines as text (Helvetica 14 pt).
function textPdf(lines: readonly string[]): Uint8Array {
  const shown = lines.map((line) => `(${line.replace(/[()\\]/g, '\\$&')}) Tj 0 -22 Td`).join(' ');
  return buildPdf([{ data: Buffer.from(`BT /F1 14 Tf 72 720 Td ${shown} ET`, 'latin1') }], [0]);
}

// The page of `pdf` rasterised in grey by pdftoppm, as a PDF whose only content is that image: what a scanner writes.
function scannedPdf(pdf: Uint8Array, folder: string): Uint8Array {
  writeFileSync(join(folder, 'page.pdf'), pdf);
  execFileSync(pdftoppm!, ['-gray', '-r', '150', '-singlefile', join(folder, 'page.pdf'), join(folder, 'page')]);
  const pgm = readFileSync(join(folder, 'page.pgm'));
  // Binary PGM: "P5", width, height, maxval, one whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no binary PGM');
  const pixels = pgm.subarray(header[0].length);
  // ASCII hex: the image's bytes cannot end the inline image early ("EI" in binary data).
  const content = `q 612 0 0 792 0 0 cm BI /W ${header[1]} /H ${header[2]} /BPC 8 /CS /G /F /AHx ID ${pixels.toString('hex')}> EI Q`;
  return buildPdf([{ data: Buffer.from(content, 'latin1') }], [0]);
}

let directory = '';
let scan = '';
let noData = '';
let storePath = '';

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-ocr-'));
  noData = join(directory, 'empty');
  mkdirSync(noData);
  writeFileSync(join(directory, 'job.txt'), backendJobText);
  scan = join(directory, 'scan.pdf');
  // Without pdftoppm, a page of grey only: still a scan for the refusals, with nothing OCR could read.
  writeFileSync(
    scan,
    pdftoppm
      ? scannedPdf(textPdf(RESUME_LINES), directory)
      : buildPdf(
          [{ data: Buffer.from(`q 612 0 0 792 0 0 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x80\x80\x80\x80 EI Q`, 'latin1') }],
          [0],
        ),
  );
  storePath = join(directory, 'jobs.store');
  const store = createMemoryStore({ path: storePath });
  await store.open();
  await store.upsertJobs([
    { id: 'board:7', source: 'board', title: 'Senior Backend Engineer', description: backendJobText, skills: [] },
  ]);
  await store.close();
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const run = (argv: string[]) => runInProcess(argv, { now });
const HINT = /no text: it is probably a scan .*; read it with --ocr DIR, DIR holding eng\.traineddata/;

// Every command that reads a résumé file, reading the scan (the generator of tailor is never reached: nothing listens).
const commands = (ocr: string[]): string[][] => [
  ['parse', scan, ...ocr],
  ['ats', '--resume', scan, '--job', join(directory, 'job.txt'), ...ocr],
  ['recommend', '--resume', scan, '--store', storePath, ...ocr],
  ['career', '--resume', scan, '--store', storePath, ...ocr],
  [
    'tailor',
    '--resume',
    scan,
    '--job',
    join(directory, 'job.txt'),
    '--openai-url',
    'http://127.0.0.1:9/v1',
    '--model',
    'm',
    ...ocr,
  ],
  ['rate', 'board:7', '2', '--store', storePath, '--resume', scan, ...ocr],
  ['apply', 'board:7', '--store', storePath, '--resume', scan, ...ocr],
  ['dismiss', 'board:7', '--store', storePath, '--resume', scan, ...ocr],
  [...watch(), '--rounds', '1', '--resume', scan, ...ocr],
];
// watch with a source and a notifier it never reaches: it reads its --resume files first.
const watch = () => [
  'watch',
  'file',
  '--path',
  join(directory, 'none.json'),
  '--store',
  storePath,
  '--webhook',
  'http://127.0.0.1:9/',
  '--slack',
];

describe('--ocr DIR on every command that reads a resume file', () => {
  it('refuses a scan without --ocr, saying how to read it', async () => {
    // Before, only parse said so; ats said "OCR is needed" (its layout reader's error) and the others too, with no way to it.
    for (const argv of commands([])) {
      const result = await run(argv);
      expect(result.code, `${argv[0]}: ${result.stderr}`).toBe(1);
      expect(result.stderr, argv[0]).toMatch(HINT);
    }
  });

  it('takes --ocr DIR, and a folder without eng.traineddata is a usage error saying so', async () => {
    // Before, every command but parse answered 'unknown option "--ocr"'.
    for (const argv of commands(['--ocr', noData])) {
      const result = await run(argv);
      expect(result.code, `${argv[0]}: ${result.stderr}`).toBe(2);
      expect(result.stderr, argv[0]).toMatch(/^rolefit: --ocr .*: has no eng\.traineddata/);
    }
    expect(recognizers.made).toBe(0);
  });

  it('says so in the --help of each of them', () => {
    for (const argv of commands([])) expect(COMMAND_USAGE[argv[0] as RolefitCommand], argv[0]).toMatch(/\[--ocr DIR\]/);
  });

  it('refuses --ocr where no resume file is read', async () => {
    for (const argv of [
      ['rate', 'board:7', '2', '--store', storePath, '--person', 'p1', '--ocr', noData],
      [...watch(), '--ocr', noData],
    ]) {
      const result = await run(argv);
      expect(result.code, `${argv[0]}: ${result.stderr}`).toBe(2);
      expect(result.stderr, argv[0]).toMatch(/^rolefit: --ocr DIR reads a scanned resume: it goes with --resume FILE/);
    }
  });

  it.skipIf(skipReason)('reads the scan with OCR in ats, recommend and rate', { timeout: 180_000 }, async () => {
    const ocr = ['--ocr', tessdata!];
    const ats = await run(['ats', '--resume', scan, '--job', join(directory, 'job.txt'), '--json', ...ocr]);
    expect(ats.code, ats.stderr).toBe(0);
    const report = JSON.parse(ats.stdout) as {
      skills: { skill: string; found: boolean }[];
      issues: { code: string; severity: string }[];
    };
    const found = report.skills.filter((skill) => skill.found).map(({ skill }) => skill.toLowerCase());
    expect(found).toEqual(expect.arrayContaining(['python', 'kubernetes']));
    // What an ATS without OCR makes of a scan is said beside the score, and in it: no text it reads (was parseability
    // 100, no issue).
    expect(ats.stderr).toMatch(/note: a scan \(images, no text\), scored from the text OCR read/);
    expect(report.issues[0]).toMatchObject({ code: 'no-text', severity: 'high' });
    const recommend = await run(['recommend', '--resume', scan, '--store', storePath, '--json', ...ocr]);
    expect(recommend.code, recommend.stderr).toBe(0);
    const { person, name, recommendations } = JSON.parse(recommend.stdout) as {
      person: string;
      name: string | null;
      recommendations: { job: { id: string } }[];
    };
    expect(name).toBe('Jane Doe');
    expect(recommendations.map(({ job }) => job.id)).toEqual(['board:7']);
    // The same scan read again gives the same person, so feedback lands where recommend put them.
    const rate = await run(['rate', 'board:7', '2', '--store', storePath, '--resume', scan, ...ocr]);
    expect(rate.code, rate.stderr).toBe(0);
    expect(rate.stdout).toContain(`for person ${person}`);
    expect(recognizers).toEqual({ made: 3, closed: 3 });
  });

  it.skipIf(skipReason)(
    'closes the recognizer once the scan is read, before the rest of the command runs (and fails here)',
    { timeout: 180_000 },
    async () => {
      // tailor reads the scan with OCR, then its generator fails (nothing listens on port 9): the engine is not held meanwhile.
      const result = await run(commands(['--ocr', tessdata!])[4]!);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/could not be reached/);
      expect(recognizers).toEqual({ made: 1, closed: 1 });
    },
  );
});

describe('withResumeReading', () => {
  it('without --ocr reads with the scan hint and makes no recognizer', async () => {
    await expect(withResumeReading({}, true, async (reading) => reading)).resolves.toEqual({ scanHint: SCAN_HINT });
    expect(recognizers.made).toBe(0);
  });

  it.skipIf(skipReason)(
    'closes the recognizer after the read, whether it resolved or threw',
    { timeout: 120_000 },
    async () => {
      const io = { stdout: { write: () => undefined }, stderr: { write: () => undefined } };
      const resume = await withResumeReading({ ocr: tessdata! }, true, (reading) => loadResume(scan, io, reading));
      expect(resume.contact.name).toBe('Jane Doe');
      expect(recognizers).toEqual({ made: 1, closed: 1 });
      const failure = new Error('after the read');
      await expect(
        withResumeReading({ ocr: tessdata! }, true, async (reading) => {
          await loadResume(scan, io, reading);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(recognizers).toEqual({ made: 2, closed: 2 });
    },
  );
});

describe('the time limit of a scan read with --ocr', () => {
  // The program's deadline as main.ts sets it, counted from now (a command run just started).
  const started = () => ({
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
    deadlineMs: performance.now() + PROGRAM_TIME_LIMIT_MS,
  });

  it('is the own resume allowance, or what is left of a longer deadline', () => {
    expect(OCR_SCAN_TIMEOUT_MS).toBe(OWN_RESUME_TIMEOUT_MS);
    expect(scanTimeLimitMs(started())).toBe(OCR_SCAN_TIMEOUT_MS);
    expect(scanTimeLimitMs({ ...started(), deadlineMs: undefined })).toBe(OCR_SCAN_TIMEOUT_MS);
    const long = { ...started(), deadlineMs: performance.now() + 300_000 };
    expect(scanTimeLimitMs(long)).toBeGreaterThan(OCR_SCAN_TIMEOUT_MS);
    expect(scanTimeLimitMs(long)).toBeLessThanOrEqual(300_000);
  });

  it.skipIf(skipReason)(
    "reads the README's `rolefit parse scan.pdf --ocr DIR` under the program's 4 s deadline, decoding the page images within 30 s",
    { timeout: 180_000 },
    async () => {
      // Before, the one read (with OCR) had the program's 4 s for reading the PDF and decoding its page images: a
      // one-page 150-dpi scan ran out on a busy 2-core machine ("not read within 4 s of the program's start").
      let stdout = '';
      let stderr = '';
      const code = await main(['parse', scan, '--ocr', tessdata!], {
        ...started(),
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: {},
        now,
      });
      expect(code, stderr).toBe(0);
      expect(stdout).toContain('Jane Doe');
      // First without OCR under the program's deadline (a file that is no scan is refused as fast as without --ocr), then
      // the scan with OCR under the longer limit.
      expect(reads).toHaveLength(2);
      expect(reads[0]).toMatchObject({ ocr: false });
      expect(reads[0]!.timeoutMs).toBeLessThanOrEqual(PROGRAM_TIME_LIMIT_MS);
      expect(reads[1]).toMatchObject({ ocr: true, timeoutMs: OCR_SCAN_TIMEOUT_MS });
      expect(recognizers).toEqual({ made: 1, closed: 1 });
    },
  );

  it('keeps the program deadline for a file that is no scan, given --ocr', async () => {
    // A stand-in recognizer (no file here is a scan, so it is never asked): what counts is the limit each read gets.
    const recognizer: TextRecognizer = {
      name: 'unused',
      recognize: () => Promise.reject(new Error('not a scan: never asked')),
      close: async () => undefined,
    };
    const text = join(directory, 'text.pdf');
    writeFileSync(text, textPdf(RESUME_LINES));
    const resume = await loadResume(text, started(), { ocr: { recognizer } });
    expect(resume.contact.name).toBe('Jane Doe');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ ocr: false });
    expect(reads[0]!.timeoutMs).toBeLessThanOrEqual(PROGRAM_TIME_LIMIT_MS);
  });
});
