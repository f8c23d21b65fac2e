import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const packageSource = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

const TEST_FILES = [
  'packages/*/src/**/*.test.ts',
  'examples/**/*.test.ts',
  'scripts/**/*.test.ts',
  'test/**/*.test.ts',
  'tools/src/**/*.test.ts',
];
/**
 * Packages whose test files share worker processes (the project 'shared-process', isolate: false): their tests hold no
 * state across files (each restores what it changes: environment variables, prototypes, listeners). A file that needs
 * modules loaded afresh or owns process-wide state goes in FRESH_PROCESS_FILES.
 */
const SHARED_PROCESS_FILES = [
  'packages/ats/src/**/*.test.ts',
  'packages/core/src/**/*.test.ts',
  'packages/rankers/src/**/*.test.ts',
  'packages/crawlers/src/**/*.test.ts',
  'packages/career/src/**/*.test.ts',
  'packages/store-elastic/src/**/*.test.ts',
  'packages/notify/src/**/*.test.ts',
  'tools/src/**/*.test.ts',
];
/** Files of SHARED_PROCESS_FILES that run in a process of their own, and why. */
const FRESH_PROCESS_FILES = [
  // node-llama-cpp's backend is one per process, shared among models: these count its loads and releases, or load models.
  'packages/core/src/models/llama-runtime.test.ts',
  'packages/rankers/src/llm/llm-ranker.test.ts',
  'tools/src/random-llama/random-llama.test.ts',
  'packages/ats/src/generators/llama-cpp.test.ts',
  // They import degrees.ts afresh to see what its import builds.
  'packages/core/src/job-requirements/degrees-on-first-use.test.ts',
  // vi.mock of a module other files load for real.
  'packages/rankers/src/shared/missing-onnxruntime.test.ts',
  'packages/rankers/src/shared/missing-peers.test.ts',
  'packages/ats/src/generators/missing-peer.test.ts',
  // onnxruntime-node sessions and their native threads (transformers.js, the ONNX classifier).
  'packages/rankers/src/embedding/transformers-embedder.test.ts',
  'packages/rankers/src/embedding/model-runner.test.ts',
  'packages/rankers/src/embedding/plain-loop-agreement.test.ts',
  'packages/rankers/src/learned/onnx-classifier.test.ts',
];

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
    testTimeout: 30_000,
    pool: 'forks',
    // Two test files at once at least. vitest's own default for `vitest run` is one worker fewer than the CPUs, which
    // is one on a 2-core CI machine: one file at a time, while most files spend much of their time waiting on the child
    // processes, servers, FIFOs and timers they test (the fresh-clone CI run used 23 min of CPU in 19.5 min on 2 cores).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A hook that bundles or spawns now shares the CPUs with another file's tests: 60 s instead of vitest's 10 s, so that
    // a busy machine never decides it (a hook that hangs still fails).
    hookTimeout: 60_000,
    projects: [
      {
        // Each file in a process of its own (vitest's isolate): eval, cli, examples, scripts and test/ (whole-workspace
        // checks, CLIs, packing), and the type tests.
        extends: true,
        test: {
          name: 'isolated',
          include: TEST_FILES,
          exclude: [...configDefaults.exclude, ...SHARED_PROCESS_FILES],
          typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'] },
        },
      },
      {
        // Files of the shared-process packages that need a process of their own (FRESH_PROCESS_FILES).
        extends: true,
        test: { name: 'fresh-process', include: FRESH_PROCESS_FILES },
      },
      {
        // The unit tests of these packages run one after another in a few long-lived processes (isolate: false): each
        // file then loads the modules it imports only where no file before it in that process did. In a process per file,
        // every file paid node's and vitest's start-up and @rolefit/core's ~170 modules again, 0.6-0.9 s of CPU a file,
        // more than most of these files' tests take (packages/core: 84 s of CPU in a process per file, 37 s shared).
        extends: true,
        test: {
          name: 'shared-process',
          include: SHARED_PROCESS_FILES,
          exclude: [...configDefaults.exclude, ...FRESH_PROCESS_FILES],
          isolate: false,
        },
      },
    ],
  },
});
