import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleProgram } from './bundle-program.js';

describe('bundleProgram', () => {
  const directory = mkdtempSync(join(tmpdir(), 'rolefit-bundle-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('bundles a TypeScript program with @rolefit/core from its sources into one module Node runs', async () => {
    const entry = join(directory, 'entry.ts');
    writeFileSync(
      entry,
      "import { parseSalary } from '@rolefit/core';\nconst salary: unknown = parseSalary(process.argv[2] ?? '');\nconsole.log(JSON.stringify(salary));\n",
    );
    const program = await bundleProgram({ entry, outfile: join(directory, 'program.mjs') });
    const result = spawnSync(process.execPath, [program, '$50,000 - $60,000 a year'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ min: 50_000, max: 60_000, currency: 'USD', period: 'year' });
  });

  it('reports an entry that does not build', async () => {
    const entry = join(directory, 'broken.ts');
    writeFileSync(entry, "import { nothing } from './missing.js';\nconsole.log(nothing);\n");
    await expect(bundleProgram({ entry, outfile: join(directory, 'broken.mjs') })).rejects.toThrow(/missing/);
  });
});
