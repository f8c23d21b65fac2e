import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

// `pnpm bench --only recommend` on a small generated store: the bench keeps its store open while fresh processes
// recommend from the saved file, as `rolefit recommend` would. Only that the figures come out is checked, no timing.
// bench/run.mjs imports the built packages; skipped before a build (pnpm test builds first).
describe('pnpm bench --only recommend', () => {
  it.skipIf(!existsSync(`${root}packages/rankers/dist/index.js`))(
    'runs its fresh processes and reports their figures',
    () => {
      const child = spawnSync(process.execPath, ['--expose-gc', 'bench/run.mjs', '--only', 'recommend', '--json'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ROLEFIT_BENCH_RECOMMEND_SIZES: '200', ROLEFIT_BENCH_FULL_RANKING_UP_TO: '0' },
        maxBuffer: 1 << 24,
      });
      expect(child.stderr).not.toContain('StoreLockedError');
      expect(child.status).toBe(0);
      const names = Object.keys((JSON.parse(child.stdout) as { results: Record<string, unknown> }).results);
      expect(names.filter((name) => name.startsWith('recommend 200 jobs: fresh process')).length).toBeGreaterThan(2);
    },
    240_000,
  );
});
