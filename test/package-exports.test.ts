import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs in a child Node process from examples/, which depends on every package as an app would.
const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const packages = ['core', 'crawlers', 'rankers', 'ats', 'store-elastic'];
const built = packages.every((name) => existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)));

function exportedNames(specifier: string, system: 'esm' | 'cjs'): string[] {
  const script =
    system === 'esm'
      ? `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m)))`
      : `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const output = execFileSync(process.execPath, system === 'esm' ? ['--input-type=module', '-e', script] : ['-e', script], { cwd: examples, encoding: 'utf8' });
  return JSON.parse(output) as string[];
}

const expectations: Record<string, string[]> = {
  '@rolefit/core': ['parseJob', 'ValidationError', 'createMemoryStore', 'createPipeline', 'parseSalary', 'extractSkills', 'toJsonSchema'],
  '@rolefit/core/samples': ['sampleJobs', 'sampleResumes'],
  '@rolefit/rankers': ['createMultiFactorRanker', 'createBm25Ranker'],
  '@rolefit/crawlers': ['createFileCrawler'],
};

// `pnpm test` builds first; a bare `vitest run` on an unbuilt tree has no dist to load.
describe.skipIf(!built)('built packages', () => {
  for (const [specifier, names] of Object.entries(expectations)) {
    it(`${specifier} loads as ESM and as CommonJS with the same exports`, () => {
      const esm = exportedNames(specifier, 'esm');
      const cjs = exportedNames(specifier, 'cjs');
      expect(esm).toEqual(expect.arrayContaining(names));
      expect([...cjs].sort()).toEqual([...esm].filter((name) => name !== 'default' && name !== 'module.exports').sort());
    });
  }

  it('ships type declarations for both module systems', () => {
    for (const name of packages) {
      for (const file of ['index.d.ts', 'index.d.cts', 'index.js', 'index.cjs'])
        expect(existsSync(new URL(`../packages/${name}/dist/${file}`, import.meta.url)), `${name}/dist/${file}`).toBe(true);
    }
  });
});
