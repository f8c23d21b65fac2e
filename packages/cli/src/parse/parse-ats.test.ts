import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { createMemoryStore } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendJobText, backendStrongResume, backendWeakResume } from '../../../ats/src/score/fixtures.js';
import { buildPdf } from '../../../ats/src/testing/hostile-files.js';
import { main, withTimeLimit } from '../rolefit.js';
import { runInProcess } from '../testing/run-in-process.js';
import { PROGRAM_TIME_LIMIT_MS } from '../shared/limits.js';
import { COMMAND_USAGE, ROLEFIT_COMMANDS, ROLEFIT_USAGE, TIME_LIMIT_COMMANDS } from '../usage.js';

// `rolefit parse` and `rolefit ats` (moved here from @rolefit/ats with their tests): in-process through main(), and as
// the built program (packages/cli/dist/rolefit.js; `pnpm test` builds it first, the program tests are skipped without it).
const now = new Date('2026-01-15T00:00:00.000Z');
const program = fileURLToPath(new URL('../../dist/rolefit.js', import.meta.url));
const built = existsSync(program);
let directory = '';

const run = (argv: string[], stdin = '') => runInProcess(argv, { stdin, now });
const quietIo = { stdout: { write: () => undefined }, stderr: { write: () => undefined } };

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-cli-'));
  writeFileSync(join(directory, 'job.txt'), backendJobText);
  writeFileSync(
    join(directory, 'job.json'),
    JSON.stringify({ id: 'j1', source: 'test', title: 'Senior Backend Engineer', description: backendJobText }),
  );
  writeFileSync(join(directory, 'strong.txt'), backendStrongResume);
  writeFileSync(join(directory, 'weak.txt'), backendWeakResume);
  writeFileSync(
    join(directory, 'resume.json'),
    JSON.stringify({
      id: 'r1',
      contact: { email: 'jane@example.com' },
      skills: ['Python', 'Kubernetes'],
      experience: [{ title: 'Backend Engineer', start: '2015-01', end: null }],
    }),
  );
  writeFileSync(join(directory, 'bad.json'), '{"id": ""}');
  writeFileSync(join(directory, 'two.jsonl'), '{"id": "j1", "title": "A"}\n{"id": "j2", "title": "B"}\n');
  writeFileSync(join(directory, 'binary.bin'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x10]));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('rolefit main', () => {
  it('scores a text resume against a text job as JSON', async () => {
    const strong = await run([
      'ats',
      '--resume',
      join(directory, 'strong.txt'),
      '--job',
      join(directory, 'job.txt'),
      '--json',
    ]);
    const weak = await run([
      'ats',
      '--resume',
      join(directory, 'weak.txt'),
      '--job',
      join(directory, 'job.json'),
      '--json',
    ]);
    expect(strong.code, strong.stderr).toBe(0);
    expect(strong.stdout.trim().split('\n')).toHaveLength(1);
    const strongReport = JSON.parse(strong.stdout) as {
      score: number;
      breakdown: Record<string, unknown>;
      missingKeywords: unknown[];
      suggestions: unknown[];
    };
    const weakReport = JSON.parse(weak.stdout) as { score: number };
    expect(Object.keys(strongReport.breakdown)).toEqual([
      'skills',
      'title',
      'experience',
      'education',
      'keywords',
      'sections',
      'parseability',
    ]);
    expect(strongReport.score).toBeGreaterThan(weakReport.score + 30);
  });

  it('accepts a Job JSON written by hand without an id or a source, scored as the same job with them', async () => {
    // An integrator's first job file, { title, description }, was refused: "Invalid Job: id: Invalid input: expected
    // string, received undefined; source: …", though ats and tailor use neither.
    const handWritten = join(directory, 'job-by-hand.json');
    writeFileSync(handWritten, JSON.stringify({ title: 'Senior Backend Engineer', description: backendJobText }));
    const score = async (job: string) => {
      const result = await run(['ats', '--resume', join(directory, 'strong.txt'), '--job', job, '--json']);
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { score: number }).score;
    };
    expect(await score(handWritten)).toBe(await score(join(directory, 'job.json')));
    // A value that is given stays the job's to answer for: an empty id is still refused.
    writeFileSync(handWritten, JSON.stringify({ id: '', title: 'Senior Backend Engineer' }));
    const refused = await run(['ats', '--resume', join(directory, 'strong.txt'), '--job', handWritten]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/job-by-hand\.json: Invalid Job: id/);
  });

  it('accepts a Resume JSON, and a resume on stdin', async () => {
    const fromJson = await run([
      'ats',
      '--resume',
      join(directory, 'resume.json'),
      '--job',
      join(directory, 'job.txt'),
      '--json',
    ]);
    expect(fromJson.code, fromJson.stderr).toBe(0);
    expect((JSON.parse(fromJson.stdout) as { facts: { resumeYears: number } }).facts.resumeYears).toBe(11);
    const fromStdin = await run(['ats', '--resume', '-', '--job', join(directory, 'job.txt')], backendStrongResume);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toMatch(/^ATS score: \d+\/100/);
    expect(fromStdin.stdout).toContain('Breakdown:');
  });

  it.skipIf(process.platform === 'win32')(
    'reads every input by deadlineMs: a FIFO nobody writes to is a timeout, not a hang',
    async () => {
      const fifo = join(directory, 'resume.fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      let stderr = '';
      // Tests the deadline setting (1 s from now): a FIFO blocks for ever without it. The bound only tells the deadline
      // from a hang cut by the test's own time limit; it is 20 s (the test may run 30 s) so that a busy machine never decides it.
      const started = performance.now();
      const code = await main(['parse', fifo], {
        stdout: { write: () => undefined },
        stderr: { write: (text: string) => (stderr += text) },
        deadlineMs: performance.now() + 1_000,
      });
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(/resume\.fifo: .*\(timeout\)$/);
      // It names the program's limit, not the milliseconds that were left of it ("took longer than 998 ms").
      expect(stderr.trim()).toBe(
        `rolefit: ${fifo}: not read within 4 s of the program's start, the time limit for this file (a busy machine can run over it: try again, or give --time-limit SECONDS, up to 600) (timeout)`,
      );
      expect(performance.now() - started).toBeLessThan(20_000);
      const job = await run(['ats', '--resume', join(directory, 'strong.txt'), '--job', fifo]);
      expect(job.code).toBe(1);
      expect(job.stderr).toMatch(/resume\.fifo: .*\(timeout\)/);
    },
  );

  it('reads a job ad saved as Windows-1252 ("ANSI") bytes as its characters, not as U+FFFD', async () => {
    // "Ingeniero de datos en Compañía – Madrid", then skills in curly quotes, in Windows-1252 bytes.
    const ad = Buffer.concat([
      Buffer.from('Ingeniero de datos en Compa', 'latin1'),
      Buffer.from([0xf1, 0xed]),
      Buffer.from('a ', 'latin1'),
      Buffer.from([0x96]),
      Buffer.from(' Madrid\nRequisitos: Python, Go, Kubernetes. Se valora ', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('PostgreSQL', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from('.\n', 'latin1'),
    ]);
    writeFileSync(join(directory, 'ansi-job.txt'), ad);
    const result = await run([
      'ats',
      '--resume',
      join(directory, 'strong.txt'),
      '--job',
      join(directory, 'ansi-job.txt'),
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('\uFFFD');
    expect(result.stdout).toContain('Ingeniero de datos en Compañía – Madrid');
  });

  it('refuses a job file that is not text (a PDF, binary data after a UTF-16 mark) naming what it is', async () => {
    // Both were decoded as Windows-1252 and scored as a job of garbage (exit 0).
    let seed = 7;
    const random = Buffer.from(
      Array.from({ length: 4096 }, () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed >>> 24;
      }),
    );
    const files = [
      ['job.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1'), random]), 'a PDF'],
      ['job.bin', Buffer.concat([Buffer.from([0xff, 0xfe]), random]), 'not text'],
      ['job.rtf', Buffer.from('{\\rtf1\\ansi Data engineer\\par}', 'latin1'), 'an RTF document'],
    ] as const;
    for (const [name, bytes, what] of files) {
      const path = join(directory, name);
      writeFileSync(path, bytes);
      const result = await run(['ats', '--resume', join(directory, 'strong.txt'), '--job', path]);
      expect(result.code, result.stdout).toBe(1);
      expect(result.stderr).toBe(
        `rolefit: ${path}: the file is ${what}: a job is read from its text (UTF-8, UTF-16 with a byte-order mark, or Windows-1252) or from Job JSON\n`,
      );
    }
  });

  it('reads a job ad saved as a web page from its text, as before HTML résumés were sniffed', async () => {
    const path = join(directory, 'job.html');
    writeFileSync(
      path,
      '<!DOCTYPE html><html><body><h1>Data Engineer</h1><p>Python, SQL and Airflow.</p></body></html>',
    );
    const result = await run(['ats', '--resume', join(directory, 'strong.txt'), '--job', path]);
    expect(result.code, result.stderr).toBe(0);
  });

  it.skipIf(process.platform === 'win32')(
    '--time-limit SECONDS replaces the 4 s limit: a FIFO nobody writes to times out at the given limit',
    async () => {
      const fifo = join(directory, 'limit.fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      for (const argv of [
        ['parse', fifo, '--time-limit', '1'],
        ['ats', '--time-limit=1', '--resume', join(directory, 'strong.txt'), '--job', fifo],
      ]) {
        let stderr = '';
        // The program's clock, as if it started now: without the option the read would be given 4 s.
        const code = await main(argv, {
          stdout: { write: () => undefined },
          stderr: { write: (text: string) => (stderr += text) },
          deadlineMs: performance.now() + PROGRAM_TIME_LIMIT_MS,
        });
        expect(code, argv.join(' ')).toBe(1);
        expect(stderr.trim()).toBe(
          `rolefit: ${fifo}: not read within 1 s of the program's start, the time limit for this file (a busy machine can run over it: try again, or give --time-limit SECONDS, up to 600) (timeout)`,
        );
      }
    },
  );

  it("--time-limit sets the deadline that far from the program's start, on the clock of the io's deadline", () => {
    // The program passes deadlineMs = PROGRAM_TIME_LIMIT_MS: performance.now() counts from the process's start.
    expect(withTimeLimit({ ...quietIo, deadlineMs: PROGRAM_TIME_LIMIT_MS }, 20)).toMatchObject({
      deadlineMs: 20_000,
      timeLimitSeconds: 20,
    });
    const later = 60_000;
    expect(withTimeLimit({ ...quietIo, deadlineMs: later + PROGRAM_TIME_LIMIT_MS }, 600).deadlineMs).toBe(
      later + 600_000,
    );
    // Without a deadline (main() called from a program of one's own), counted from the call.
    const before = performance.now();
    const { deadlineMs } = withTimeLimit(quietIo, 5);
    expect(deadlineMs).toBeGreaterThanOrEqual(before + 5_000);
    expect(deadlineMs).toBeLessThanOrEqual(performance.now() + 5_000);
    expect(withTimeLimit(quietIo, undefined)).toBe(quietIo);
  });

  it('takes --time-limit on the commands that read files, refusing a value outside 1 to 600 with the usage', async () => {
    const resume = join(directory, 'strong.txt');
    for (const argv of [
      ['parse', resume, '--json', '--time-limit', '600'],
      ['parse', '--time-limit=1', resume, '--json'],
    ]) {
      const result = await run(argv);
      expect(result.code, result.stderr).toBe(0);
      expect((JSON.parse(result.stdout) as { contact: { email: string } }).contact.email).toBe('jane.doe@example.com');
    }
    for (const [value, message] of [
      ['0', '--time-limit must be a whole number of seconds from 1 to 600, got "0"'],
      ['601', '--time-limit must be a whole number of seconds from 1 to 600, got "601"'],
      ['1.5', '--time-limit must be a whole number of seconds from 1 to 600, got "1.5"'],
      ['soon', '--time-limit must be a whole number of seconds from 1 to 600, got "soon"'],
      ['NaN', '--time-limit must be a whole number of seconds from 1 to 600, got "NaN"'],
      ['Infinity', '--time-limit must be a whole number of seconds from 1 to 600, got "Infinity"'],
      ['1e2', '--time-limit must be a whole number of seconds from 1 to 600, got "1e2"'],
      ['0x10', '--time-limit must be a whole number of seconds from 1 to 600, got "0x10"'],
      ['\u0665', '--time-limit must be a whole number of seconds from 1 to 600, got "\u0665"'],
      ['9'.repeat(400), `--time-limit must be a whole number of seconds from 1 to 600, got "${'9'.repeat(400)}"`],
    ] as const) {
      const result = await run(['parse', resume, '--time-limit', value]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`rolefit: ${message}\n\n${COMMAND_USAGE.parse}`);
    }
    const missing = await run(['ats', '--resume', resume, '--job', resume, '--time-limit']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^rolefit: --time-limit needs SECONDS\n\nUsage: rolefit ats/);
    const negative = await run(['parse', resume, '--time-limit=-5']);
    expect(negative.stderr).toMatch(/^rolefit: --time-limit must be a whole number of seconds from 1 to 600, got "-5"/);
    // Arguments after "--" are passed on whole, however many (130,000 overflowed the stack: "internal error").
    const many = await run(['parse', resume, '--time-limit', '5', '--', ...Array.from({ length: 200_000 }, () => 'x')]);
    expect(many.code, many.stderr).toBe(2);
    expect(many.stderr).not.toMatch(/internal error/);
    const twice = await run(['parse', resume, '--time-limit', '5', '--time-limit=6']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^rolefit: --time-limit is given twice/);
    // A command that reads no input file has no such option.
    const crawl = await run(['check', '--store', join(directory, 'none.json'), '--time-limit', '5']);
    expect(crawl.code).toBe(2);
    expect(crawl.stderr).toMatch(/^rolefit: unknown option "--time-limit"/);
    // Every command but crawl and check takes it, and says so in its --help.
    for (const command of ROLEFIT_COMMANDS)
      expect(COMMAND_USAGE[command].includes('--time-limit S'), command).toBe(TIME_LIMIT_COMMANDS.has(command));
    expect([...TIME_LIMIT_COMMANDS]).not.toContain('crawl');
  });

  it('parses a resume to JSON with --json, on one line', async () => {
    const result = await run(['parse', '-', '--json'], backendStrongResume);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const resume = JSON.parse(result.stdout) as { contact: { email: string }; skills: string[] };
    expect(resume.contact.email).toBe('jane.doe@example.com');
    expect(resume.skills).toContain('Kubernetes');
  });

  it('summarises a resume for a person without --json', async () => {
    const result = await run(['parse', '-'], backendStrongResume);
    expect(result.code, result.stderr).toBe(0);
    expect(() => JSON.parse(result.stdout)).toThrow();
    expect(result.stdout).toContain('jane.doe@example.com');
    expect(result.stdout).toMatch(/^Experience \(\d+ roles?/m);
    expect(result.stdout).toMatch(/^Skills \(\d+\): .*Kubernetes/m);
  });

  it("lists the parser's warnings for the person to check", async () => {
    // Hand-written: an experience section the parser reads no position from (no dates), so the résumé carries a warning.
    const result = await run(
      ['parse', '-'],
      'Jane Doe\njane@example.com\n\nWork Experience\nMany things for many people\n',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'To check (1):\n  - experience: no position read from the "Work Experience" section',
    );
  });

  it('reads a scanned PDF only with --ocr DIR, and says so when it is missing', async () => {
    // A hand-built PDF whose one page is only a 4×4 grey image (no text): what a scanner writes, in miniature.
    const scan = join(directory, 'scan.pdf');
    writeFileSync(
      scan,
      buildPdf(
        [
          {
            data: Buffer.from(
              'q 612 0 0 792 0 0 cm BI /W 4 /H 4 /BPC 8 /CS /G ID \x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80 EI Q',
              'latin1',
            ),
          },
        ],
        [0],
      ),
    );
    const plain = await run(['parse', scan]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(
      /no text: it is probably a scan .*; read it with --ocr DIR, DIR holding eng\.traineddata/,
    );
    const noData = await run(['parse', scan, '--ocr', directory]);
    expect(noData.code).toBe(2);
    expect(noData.stderr).toMatch(/^rolefit: --ocr .*: has no eng\.traineddata/);
  });

  it('scores a stored job by its id (--job-id ID --store FILE), as recommend lists it', async () => {
    // Before, only --job FILE: a job recommend listed had to be written out as Job JSON by hand to be scored.
    const storePath = join(directory, 'jobs.store');
    const store = createMemoryStore({ path: storePath });
    await store.open();
    await store.upsertJobs([
      { id: 'board:7', source: 'board', title: 'Senior Backend Engineer', description: backendJobText, skills: [] },
    ]);
    await store.close();
    const resume = join(directory, 'strong.txt');
    const byId = await run(['ats', '--resume', resume, '--job-id', 'board:7', '--store', storePath, '--json']);
    const byFile = await run(['ats', '--resume', resume, '--job', join(directory, 'job.json'), '--json']);
    expect(byId.code, byId.stderr).toBe(0);
    expect((JSON.parse(byId.stdout) as { score: number }).score).toBe(
      (JSON.parse(byFile.stdout) as { score: number }).score,
    );
    const missing = await run(['ats', '--resume', resume, '--job-id', 'board:8', '--store', storePath]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim()).toBe(`rolefit: job board:8 is not in ${storePath}`);
    for (const argv of [
      ['ats', '--resume', resume, '--job-id', 'board:7'],
      ['ats', '--resume', resume, '--job', 'job.json', '--job-id', 'board:7', '--store', storePath],
      ['ats', '--resume', resume, '--job', 'job.json', '--store', storePath],
    ]) {
      const refused = await run(argv);
      expect(refused.code, argv.join(' ')).toBe(2);
      expect(refused.stderr).toMatch(/Usage: rolefit ats --resume FILE/);
    }
  });

  it('answers bad arguments with the usage on stderr and exit code 2', async () => {
    for (const argv of [
      [],
      ['nope'],
      ['parse'],
      ['parse', 'a', 'b'],
      ['ats', '--resume', 'x'],
      ['ats', '--job'],
      ['ats', '--resume', 'x', '--job', 'y', '--nope'],
      ['ats', '--resume', '-', '--job', '-'],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/Usage: rolefit (<command>|parse FILE|ats --resume FILE)/);
    }
    expect(await run(['--help'])).toEqual({ code: 0, stdout: ROLEFIT_USAGE, stderr: '' });
    expect(await run(['parse', '--help'])).toEqual({ code: 0, stdout: COMMAND_USAGE.parse, stderr: '' });
    expect(await run(['ats', '-h'])).toEqual({ code: 0, stdout: COMMAND_USAGE.ats, stderr: '' });
  });

  it('answers unreadable or invalid files with one line naming the file and exit code 1', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['parse', join(directory, 'missing.pdf')], /missing\.pdf: no such file/],
      [
        ['ats', '--resume', join(directory, 'bad.json'), '--job', join(directory, 'job.txt')],
        /bad\.json: Invalid Resume: id/,
      ],
      [
        ['ats', '--resume', join(directory, 'strong.txt'), '--job', join(directory, 'bad.json')],
        /bad\.json: Invalid Job/,
      ],
      // The job is read first: a wrong --job path is named, not hidden behind the resume's read or its time limit.
      [
        ['ats', '--resume', join(directory, 'bad.json'), '--job', join(directory, 'missing-job.txt')],
        /missing-job\.txt: no such file/,
      ],
      // Two JSON lines start like a Resume JSON; the message says how the file was taken.
      [
        ['parse', join(directory, 'two.jsonl')],
        /two\.jsonl: starts with "\{", so it is read as Resume JSON, but it is not valid JSON \(Unexpected non-whitespace/,
      ],
      [['parse', join(directory, 'binary.bin')], /binary\.bin: .*unsupported-type/],
      [['parse', directory], /is a directory/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
    }
  });
});

/** A DOCX of the given body lines, with the given lines in its default page header. */
async function docxWith(body: string[], header: string[] = []): Promise<Buffer> {
  const paragraphs = (lines: string[]) => lines.map((line) => new Paragraph({ children: [new TextRun(line)] }));
  const headers = header.length > 0 ? { default: new Header({ children: paragraphs(header) }) } : undefined;
  return Packer.toBuffer(new Document({ sections: [{ ...(headers ? { headers } : {}), children: paragraphs(body) }] }));
}

describe('rolefit ats layout checks', () => {
  const contactLine = 'jane.doe@example.com | (312) 555-0188';
  const bodyLines = backendStrongResume.split('\n').filter((line) => !/@|\d{3}.\d{4}/.test(line));

  it('flags contact details that are only in a DOCX page header', async () => {
    expect(bodyLines.join('\n')).not.toContain('@');
    const file = join(directory, 'header-contact.docx');
    writeFileSync(file, await docxWith(bodyLines, [contactLine]));
    const result = await run(['ats', '--resume', file, '--job', join(directory, 'job.txt'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { issues: Array<{ code: string; severity: string; message: string }> };
    const issue = report.issues.find((found) => found.code === 'contact-in-header');
    expect(issue?.severity).toBe('high');
    expect(issue?.message).toContain('email and phone number');
  });

  it('does not flag a DOCX with the contact line in the body', async () => {
    const file = join(directory, 'body-contact.docx');
    writeFileSync(
      file,
      await docxWith([bodyLines[0] as string, contactLine, ...bodyLines.slice(1)], ['Jane Doe — Resume']),
    );
    const result = await run(['ats', '--resume', file, '--job', join(directory, 'job.txt'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { issues: Array<{ code: string }> };
    expect(report.issues.map((found) => found.code)).not.toContain('contact-in-header');
  });

  it('answers a truncated DOCX with one line and exit code 1', async () => {
    const file = join(directory, 'damaged.docx');
    const bytes = await docxWith(bodyLines, [contactLine]);
    writeFileSync(file, bytes.subarray(0, bytes.length - 40));
    const result = await run(['ats', '--resume', file, '--job', join(directory, 'job.txt'), '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/damaged\.docx: .*\(corrupt\)/);
  });
});

describe.skipIf(!built)('rolefit as a program', () => {
  it('prints a report and exits 0', () => {
    const result = spawnSync(
      process.execPath,
      [program, 'ats', '--resume', join(directory, 'strong.txt'), '--job', join(directory, 'job.txt'), '--json'],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { score: number }).score).toBeGreaterThan(70);
  });

  it('reads stdin for parse -', () => {
    const result = spawnSync(process.execPath, [program, 'parse', '-', '--json'], {
      encoding: 'utf8',
      input: backendWeakResume,
    });
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { contact: { email: string } }).contact.email).toBe('sam.lee@example.com');
  });

  it.skipIf(process.platform === 'win32')('parse --time-limit 1 gives up on a FIFO nobody writes to, saying so', () => {
    const fifo = join(directory, 'program.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = spawnSync(process.execPath, [program, 'parse', fifo, '--time-limit', '1'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${fifo}: not read within 1 s of the program's start`);
  });

  it('exits 2 with usage for bad arguments and 1 without a stack trace for a missing file', () => {
    const bad = spawnSync(process.execPath, [program, 'ats'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage: rolefit ats');
    const missing = spawnSync(process.execPath, [program, 'parse', join(directory, 'nope.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^rolefit: .*nope\.txt: no such file$/);
  });
});
