import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packageSource = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources, so a change is tested without a rebuild.
    // Subpaths come first: an alias also matches longer specifiers that start with it.
    alias: [
      {
        find: '@rolefit/core/samples',
        replacement: fileURLToPath(new URL('./packages/core/src/samples/index.ts', import.meta.url)),
      },
      {
        find: '@rolefit/core/testing',
        replacement: fileURLToPath(new URL('./packages/core/src/store/contract/index.ts', import.meta.url)),
      },
      {
        find: '@rolefit/core/text',
        replacement: fileURLToPath(new URL('./packages/core/src/text/index.ts', import.meta.url)),
      },
      {
        find: '@rolefit/core/internal',
        replacement: fileURLToPath(new URL('./packages/core/src/internal/index.ts', import.meta.url)),
      },
      {
        find: '@rolefit/core/base',
        replacement: fileURLToPath(new URL('./packages/core/src/base/index.ts', import.meta.url)),
      },
      {
        find: '@rolefit/ats/read',
        replacement: fileURLToPath(new URL('./packages/ats/src/read.ts', import.meta.url)),
      },
      {
        find: '@rolefit/ats/resume',
        replacement: fileURLToPath(new URL('./packages/ats/src/resume.ts', import.meta.url)),
      },
      {
        find: '@rolefit/rankers/testing',
        replacement: fileURLToPath(new URL('./packages/rankers/src/testing/index.ts', import.meta.url)),
      },
      ...['core', 'crawlers', 'rankers', 'career', 'ats', 'store-elastic', 'notify', 'cli', 'eval'].map((name) => ({
        find: `@rolefit/${name}`,
        replacement: packageSource(name),
      })),
      { find: '@rolefit/dev-tools', replacement: fileURLToPath(new URL('./tools/src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'examples/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
      'tools/src/**/*.test.ts',
    ],
    testTimeout: 30_000,
    pool: 'forks',
    // Two test files at once at least. vitest's own default for `vitest run` is one worker fewer than the CPUs, which
    // is one on a 2-core CI machine: one file at a time, while most files spend much of their time waiting on the child
    // processes, servers, FIFOs and timers they test (the fresh-clone CI run used 23 min of CPU in 19.5 min on 2 cores).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A hook that bundles or spawns now shares the CPUs with another file's tests: 60 s instead of vitest's 10 s, so that
    // a busy machine never decides it (a hook that hangs still fails).
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'] },
  },
});
