import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'rankers', 'ats', 'crawlers', 'career', 'store-elastic'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);
const scripts = [
  'ats-score.mjs',
  'career-report.mjs',
  'crawl-board.mjs',
  'demo.mjs',
  'elastic.mjs',
  'learn-ratings.mjs',
  'recommend-pdf.mjs',
];

// examples/README.md: every example "exits 1 with one line (no stack trace) on bad input". An unknown option was node's
// ERR_PARSE_ARGS_UNKNOWN_OPTION with its 17-line stack trace (docs round 13).
describe.skipIf(!built)('every example answers a bad option with one line', () => {
  for (const script of scripts)
    it(script, () => {
      const run = spawnSync(process.execPath, [script, '--no-such-option'], { cwd: examples, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        new RegExp(`^${script}: Unknown option '--no-such-option'.*\\(--help lists the options\\)\\n$`),
      );
    });
});
