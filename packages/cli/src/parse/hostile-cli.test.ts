import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMeasurementLog,
  runMeasured,
  writeRssProbe,
  type MeasuredRun,
} from '../../../ats/src/testing/measured-run.js';
import { backendJobText } from '../../../ats/src/score/fixtures.js';
import {
  buildPdf,
  docxWithBody,
  docxZipBomb,
  pdfManyItems,
  pdfManyPages,
  pdfRunLengthBomb,
  pdfStreamBomb,
  randomWords,
  textContent,
} from '../../../ats/src/testing/hostile-files.js';

// Hostile inputs through the built `rolefit` program (packages/cli/dist/rolefit.js, with @rolefit/ats's dist and its
// extraction worker) in a child process, measuring wall time and peak resident memory (the peak of the whole process,
// worker threads included, from process.resourceUsage().maxRSS). The memory bound is generous for busy machines; wall
// times are printed for ADVERSARIAL.md, never asserted (bench/hostile-battery.mjs measures them). `pnpm test` builds
// the packages first; without a build the suite is skipped.
const BOUND_RSS_MB = 500;
const MB = 1024 * 1024;
const program = fileURLToPath(new URL('../../dist/rolefit.js', import.meta.url));
const built = existsSync(program) && existsSync(new URL('../../../ats/dist/extract-worker.js', import.meta.url));
let directory = '';

/** Elements nested inside one another, `names[0]` outermost. */
const nested = (names: readonly string[]) =>
  names.map((name) => `<${name}>`).join('') +
  [...names]
    .reverse()
    .map((name) => `</${name}>`)
    .join('');

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-hostile-'));
  writeRssProbe(directory);
  const files: Record<string, Uint8Array | string> = {
    'ok.pdf': buildPdf(
      [{ data: textContent(['Jane Doe', 'jane@example.com', 'Experience', 'Engineer — Acme, 2019 – 2021']) }],
      [0],
    ),
    'bomb-64mb.pdf': pdfStreamBomb(64 * MB),
    'bomb-512mb.pdf': pdfStreamBomb(512 * MB),
    'bomb-as-image.pdf': pdfStreamBomb(512 * MB, { extra: '/Subtype /Image' }),
    'bomb-runlength.pdf': pdfRunLengthBomb(320 * MB),
    'pages-20000.pdf': pdfManyPages(20_000),
    'items-200k.pdf': pdfManyItems(200_000),
    'bomb.docx': docxZipBomb(1024 * MB),
    'bomb-honest.docx': docxZipBomb(1024 * MB, 1024 * MB),
    'large-body.docx': docxWithBody(
      randomWords(600_000)
        .map((word) => `<w:p><w:r><w:t>${word}</w:t></w:r></w:p>`)
        .join(''),
    ),
    'deep.docx': docxWithBody(nested(randomWords(200_000, 7).map((word) => `x${word}`))),
    'empty.pdf': '',
    'text.pdf': 'Jane Doe\nEngineer\n',
    'long.txt': `Jane Doe\n${'Engineer at Acme. '.repeat(500_000)}`,
    'job.txt': backendJobText,
    'resume.txt':
      'Jane Doe\njane@example.com\nExperience\nBackend Engineer, Acme, 2019 - 2023\nSkills\nGo, Kubernetes\n',
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(directory, name), bytes);
}, 120_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const runNode = (args: string[], input?: Buffer): MeasuredRun => runMeasured(directory, args, input);

const log = createMeasurementLog({ rssMb: BOUND_RSS_MB });
const record = log.record;
afterAll(() => log.print());

describe.skipIf(!built)('rolefit parse on hostile files', () => {
  it.each([
    ['bomb-64mb.pdf', 'too-large'],
    ['bomb-512mb.pdf', 'too-large'],
    ['bomb-as-image.pdf', 'too-large'],
    ['bomb-runlength.pdf', 'too-large'],
    ['pages-20000.pdf', 'too-many-pages'],
    // On a loaded machine the 200k-item page may reach the time limit before the item cap.
    ['items-200k.pdf', '(?:too-large|timeout)'],
    ['bomb.docx', 'too-large'],
    ['bomb-honest.docx', 'too-large'],
    ['large-body.docx', 'too-large'],
    ['deep.docx', '(?:corrupt|too-large|timeout)'],
    ['empty.pdf', 'empty'],
    ['text.pdf', 'corrupt'],
    ['long.txt', 'too-large'],
  ])('answers %s with a typed error (%s), exit code 1, within the memory bound', (name, code) => {
    const run = runNode([program, 'parse', name, '--json']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(new RegExp(`^rolefit: ${name.replace('.', '\\.')}: .*\\(${code}\\)$`));
    record(`rolefit parse ${name}`, run, code.replace(/^\(\?:|\)$/g, ''));
  });

  it('still parses an ordinary PDF', () => {
    const run = runNode([program, 'parse', 'ok.pdf', '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { contact: { email: string } }).contact.email).toBe('jane@example.com');
    record('rolefit parse ok.pdf', run, 'parsed');
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'reads devices and stdin with a byte cap: /dev/zero, 30 MB on stdin, and ats --job /dev/zero',
    () => {
      const zero = runNode([program, 'parse', '/dev/zero']);
      expect(zero.status, zero.stderr).toBe(1);
      expect(zero.stderr).toMatch(/\/dev\/zero: .*over the 10485760-byte limit \(too-large\)/);
      record('rolefit parse /dev/zero', zero, 'too-large');
      const stdin = runNode([program, 'parse', '-'], Buffer.alloc(30 * MB, 0x61));
      expect(stdin.status, stdin.stderr).toBe(1);
      expect(stdin.stderr).toMatch(/stdin: .*\(too-large\)/);
      record('rolefit parse - (30 MB on stdin)', stdin, 'too-large');
      const job = runNode([program, 'ats', '--resume', 'resume.txt', '--job', '/dev/zero']);
      expect(job.status, job.stderr).toBe(1);
      expect(job.stderr).toMatch(/\/dev\/zero: .*over the 2097152-byte limit \(too-large\)/);
      record('rolefit ats --job /dev/zero', job, 'too-large');
    },
  );

  // The program's time limit (a setting) answers it: a child still waiting at runMeasured's 120 s is killed, and prints
  // no '(timeout)'.
  it.skipIf(process.platform === 'win32')('answers a FIFO nobody writes to with a timeout', () => {
    expect(spawnSync('mkfifo', [join(directory, 'resume.fifo')]).status).toBe(0);
    const run = runNode([program, 'parse', 'resume.fifo']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr.trim()).toMatch(/^rolefit: resume\.fifo: .*\(timeout\)$/);
    record('rolefit parse resume.fifo (no writer)', run, 'timeout');
  });

  it('answers rolefit ats with a hostile resume with a typed error, reading layout and text side by side', () => {
    for (const name of ['bomb-512mb.pdf', 'items-200k.pdf', 'bomb.docx']) {
      const run = runNode([program, 'ats', '--resume', name, '--job', 'job.txt']);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      // Layout and text are read at once: on a loaded machine the 200k-item page may reach the time limit first.
      expect(run.stderr).toMatch(/\((?:too-large|timeout)\)$/m);
      record(`rolefit ats --resume ${name}`, run, /\((\S+)\)$/m.exec(run.stderr)?.[1] ?? '?');
    }
  });

  it('cuts an overlong job description with a note and still scores', () => {
    writeFileSync(join(directory, 'long-job.txt'), `${backendJobText}\n${'Kubernetes and Go. '.repeat(10_000)}`);
    const run = runNode([program, 'ats', '--resume', 'resume.txt', '--job', 'long-job.txt', '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/note: the job description was cut to its first 100000 characters/);
    record('rolefit ats --job (190 KB ad)', run, 'scored, cut with a note');
  });
});
