import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { median, parseStartText, timeParseRun } from '../bench/parse-start.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('bench/parse-start.mjs', () => {
  it('takes the median of an odd and of an even number of runs, whatever their order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('reads a résumé text to time: the first DataTurks dev résumé, else a built-in one', () => {
    const { text, source } = parseStartText();
    expect(text.length).toBeGreaterThan(100);
    expect(source).toMatch(/DataTurks|built-in/);
  });

  // The CLI's build: skipped before one (pnpm test builds first).
  it.skipIf(!existsSync(`${root}packages/cli/dist/rolefit.js`))(
    'times one rolefit parse as a fresh process: its CPU (all threads) and wall time; a failed run rejects',
    async () => {
      const { cpuMs, wallMs } = await timeParseRun(root, 'Jane Example\njane@example.com\nSkills\nSQL, Python');
      expect(cpuMs).toBeGreaterThan(0);
      expect(wallMs).toBeGreaterThan(0);
      const empty = mkdtempSync(join(tmpdir(), 'rolefit-parse-start-test-'));
      try {
        await expect(timeParseRun(empty, 'Jane Example')).rejects.toThrow(/rolefit parse exited with 1/);
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
