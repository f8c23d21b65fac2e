import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDirectory, bundleLibraryWithWorker } from '../testing/bundled-library.js';
import { createMeasurementLog, runMeasured, writeRssProbe, type MeasuredRun } from '../testing/measured-run.js';
import {
  buildPdf,
  docxZipBomb,
  pdfManyItems,
  pdfManyPages,
  pdfRunLengthBomb,
  pdfStreamBomb,
  textContent,
} from '../testing/hostile-files.js';

// parseResumeFile on hostile files in a child process, measuring wall time and peak resident memory (the peak of the
// whole process, worker threads included, from process.resourceUsage().maxRSS). The memory bound is generous for busy
// machines; wall times are printed for ADVERSARIAL.md, never asserted (bench/hostile-battery.mjs measures them). The
// same files through the `rolefit` program are tested in packages/cli (src/parse/hostile-cli.test.ts).
const BOUND_RSS_MB = 500;
const MB = 1024 * 1024;
let directory = '';

beforeAll(async () => {
  directory = bundleDirectory('parse-hostile-');
  // The library and the extraction worker side by side, as the published dist/ lays them out.
  await bundleLibraryWithWorker(directory);
  writeRssProbe(directory);
  writeFileSync(
    join(directory, 'parse-file.mjs'),
    "import { parseResumeFile } from './api.mjs';\ntry { const resume = await parseResumeFile(process.argv[2]); console.log('ok', resume.contact.name ?? ''); } catch (error) { console.log('error', error.code ?? error.message); }\n",
  );
  const files: Record<string, Uint8Array | string> = {
    'ok.pdf': buildPdf(
      [{ data: textContent(['Jane Doe', 'jane@example.com', 'Experience', 'Engineer — Acme, 2019 – 2021']) }],
      [0],
    ),
    'bomb-512mb.pdf': pdfStreamBomb(512 * MB),
    'bomb-runlength.pdf': pdfRunLengthBomb(320 * MB),
    'pages-20000.pdf': pdfManyPages(20_000),
    'items-200k.pdf': pdfManyItems(200_000),
    'bomb.docx': docxZipBomb(1024 * MB),
    'empty.pdf': '',
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(directory, name), bytes);
}, 120_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const runNode = (args: string[], input?: Buffer): MeasuredRun => runMeasured(directory, args, input);

const log = createMeasurementLog({ rssMb: BOUND_RSS_MB });
const record = log.record;
afterAll(() => log.print());

describe('parseResumeFile on hostile files, in a child process', () => {
  it.each([
    ['bomb-512mb.pdf', 'too-large'],
    ['bomb-runlength.pdf', 'too-large'],
    ['pages-20000.pdf', 'too-many-pages'],
    // On a loaded machine the 200k-item page may reach the time limit before the item cap (as through the program).
    ['items-200k.pdf', '(?:too-large|timeout)'],
    ['bomb.docx', 'too-large'],
    ['empty.pdf', 'empty'],
  ])('answers %s with %s within the memory bound', (name, code) => {
    const run = runNode(['parse-file.mjs', name]);
    expect(run.stdout.trim(), run.stderr).toMatch(new RegExp(`^error ${code}$`));
    record(`parseResumeFile ${name}`, run, run.stdout.trim().replace(/^error /, ''));
  });
});

describe.skipIf(process.platform === 'win32')('parseResumeFile on a FIFO', () => {
  // The read's time limit (a setting) answers it: a child still waiting at runMeasured's 120 s is killed, and prints no
  // 'error timeout'.
  it('answers a FIFO nobody writes to with a timeout', () => {
    expect(spawnSync('mkfifo', [join(directory, 'resume.fifo')]).status).toBe(0);
    const library = runNode(['parse-file.mjs', 'resume.fifo']);
    expect(library.stdout.trim(), library.stderr).toBe('error timeout');
    record('parseResumeFile resume.fifo (no writer)', library, 'timeout');
  });

  it('still parses an ordinary PDF', () => {
    const run = runNode(['parse-file.mjs', 'ok.pdf']);
    expect(run.stdout.trim(), run.stderr).toBe('ok Jane Doe');
    record('parseResumeFile ok.pdf', run, 'parsed');
  });
});
