import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packageSource = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources, so a change is tested without a rebuild.
    alias: {
      '@rolefit/core': packageSource('core'),
      '@rolefit/crawlers': packageSource('crawlers'),
      '@rolefit/rankers': packageSource('rankers'),
      '@rolefit/ats': packageSource('ats'),
      '@rolefit/store-elastic': packageSource('store-elastic'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'] },
  },
});
