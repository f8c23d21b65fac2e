import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPrintableStdout } from './rolefit.js';
import { runInProcess } from './testing/run-in-process.js';

const now = new Date('2026-01-15T00:00:00.000Z');
// Terminal controls a hostile input may hold: a right-to-left override (reverses the rest of the line), a left-to-right
// isolate, ESC sequences (clear the screen, colour), the C1 control sequence introducer, a carriage return and BEL.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
let directory = '';

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-printable-'));
  writeFileSync(
    join(directory, 'cv.txt'),
    // A text résumé with control characters is refused as no text; bidi controls are text.
    'Jane Doe\njane@example.com\n\nEXPERIENCE\nSenior \u202eEngineer\nAcme \u2066Corp\u2069\nJan 2019 - Dec 2021\n\nSKILLS\nPython, SQL\n',
  );
  writeFileSync(
    join(directory, 'job.json'),
    JSON.stringify({
      title: 'Backend \u202eEngineer\u001b[31m\u009b2J\r',
      description: 'We need Python and SQL.\u001b]0;PWNED\u0007',
    }),
  );
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('rolefit output for people', () => {
  it('passes no terminal control from an input to a terminal, and leaves --json exact', async () => {
    // Round 28 (helper 275): a job title or résumé line holding U+202E or ESC [ was printed raw by the summaries.
    const cv = join(directory, 'cv.txt');
    const job = join(directory, 'job.json');
    const parsed = await runInProcess(['parse', cv], { now });
    expect(parsed.stderr).toBe('');
    expect(parsed.code).toBe(0);
    expect(parsed.stdout).toContain('Engineer');
    expect(parsed.stdout).not.toMatch(CONTROLS);
    const scored = await runInProcess(['ats', '--resume', cv, '--job', job], { now });
    expect(scored.code).toBe(0);
    expect(scored.stdout).not.toMatch(CONTROLS);
    // JSON stays what the parser read: the override is there, escaped or not, as JSON.stringify writes it.
    const json = await runInProcess(['parse', cv, '--json'], { now });
    expect(json.code).toBe(0);
    expect(JSON.stringify(JSON.parse(json.stdout))).toBe(json.stdout.trimEnd());
    expect(json.stdout).toMatch(/\u202e/);
  });

  it('withPrintableStdout turns controls into U+FFFD on stdout and leaves stderr as it was', () => {
    let stdout = '';
    let stderr = '';
    const io = withPrintableStdout({
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    io.stdout.write('a\u202eb\u001b[2Jc\td\n');
    io.stderr.write('\u001b[2K');
    expect(stdout).toBe('a\ufffdb\ufffd[2Jc\td\n');
    expect(stderr).toBe('\u001b[2K');
  });
});
