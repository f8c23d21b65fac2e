#!/usr/bin/env node
// Prints the parser's figures on the held-out real-resume set (packages/ats/src/parse/real-resumes): a markdown table
// by default, the full report as JSON with --json. It runs that set's test (vitest, from the sources), which reads the
// resumes from ROLEFIT_DATA_DIR (default ../shared/data beside the checkout) and checks the regression floors; the exit
// code is the test's. Usage: node scripts/eval-real-resumes.mjs [--json]   (or: pnpm eval:resumes [--json])
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--json');
if (unknown.length > 0) {
  console.error(
    `eval-real-resumes: unknown argument ${unknown[0]} (usage: node scripts/eval-real-resumes.mjs [--json])`,
  );
  process.exit(2);
}

const folder = mkdtempSync(path.join(tmpdir(), 'rolefit-real-resumes-'));
const reportFile = path.join(folder, 'report.json');
const test = 'packages/ats/src/parse/real-resumes/real-resumes.test.ts';
const run = spawnSync(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', test], {
  cwd: root,
  env: { ...process.env, ROLEFIT_REAL_RESUME_REPORT: reportFile },
  // vitest's own output goes to stderr so that stdout is only the report.
  stdio: ['ignore', process.stderr, process.stderr],
});
if (!existsSync(reportFile)) {
  rmSync(folder, { recursive: true, force: true });
  console.error('eval-real-resumes: no report was written (is the data folder there? see the test output above)');
  process.exit(run.status || 1);
}
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
rmSync(folder, { recursive: true, force: true });
console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : report.markdown);
process.exit(run.status ?? 1);
