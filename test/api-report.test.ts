import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type ts from 'typescript';
import {
  buildApiReports,
  createApiProgram,
  formatReport,
  packageEntryPoints,
  reportFile,
  optionalWithoutUndefined,
  root,
  type EntryReport,
  unexportedSignatureTypes,
} from './api-report.js';

// Every entry point of every published package (package.json `exports` -> tsup entry -> source file) is written as
// a sorted list of exported names with their kind and signature, and compared with the report checked in next to
// the package's package.json. A change to the public API fails here until the report is regenerated and committed.
const update = process.env.ROLEFIT_UPDATE_API === '1';
const howToUpdate =
  'If the change is deliberate, regenerate the reports with `ROLEFIT_UPDATE_API=1 npx vitest run test/api-report.test.ts` and commit them.';

describe('public API reports', () => {
  const packages = packageEntryPoints();
  let program: ts.Program;
  let reports: Map<string, EntryReport[]>;

  beforeAll(() => {
    program = createApiProgram(packages);
    reports = buildApiReports(packages, program);
  }, 180_000);

  for (const pkg of packages) {
    it(`${pkg.name}: ${pkg.entries.map((entry) => entry.specifier).join(', ')} match ${pkg.directory}/api-report.md`, () => {
      const file = reportFile(pkg);
      const actual = formatReport(pkg.name, reports.get(pkg.name)!);
      if (update) {
        writeFileSync(file, actual);
        return;
      }
      expect(existsSync(file), `${relative(root, file)} is missing. ${howToUpdate}`).toBe(true);
      expect(actual, `The public API of ${pkg.name} differs from ${relative(root, file)}. ${howToUpdate}`).toBe(
        readFileSync(file, 'utf8'),
      );
    });
  }

  it('reads the entry points from package.json exports and tsup entries', () => {
    const specifiers = packages.flatMap((pkg) => pkg.entries.map((entry) => entry.specifier));
    expect(specifiers).toEqual(
      expect.arrayContaining([
        '@rolefit/core',
        '@rolefit/core/samples',
        '@rolefit/core/testing',
        '@rolefit/rankers',
        '@rolefit/rankers/testing',
        '@rolefit/ats',
      ]),
    );
  });

  it('keeps test hooks and file-format internals out of the main entries', () => {
    const main = (name: string) => reports.get(name)!.find((entry) => entry.specifier === name)!.names;
    for (const internal of ['hashString', 'shuffled', 'trainHead', 'FENCE_TAG', 'llmRankerInternals'])
      expect(main('@rolefit/rankers')).not.toContain(internal);
    for (const internal of ['parseCsv', 'writeFileAtomic', 'createRandom', 'htmlToText', 'normalizeText', 'tokenize'])
      expect(main('@rolefit/core')).not.toContain(internal);
    const llmRanker = reports
      .get('@rolefit/rankers')!
      .find((entry) => entry.specifier === '@rolefit/rankers')!
      .lines.join('\n');
    expect(llmRanker).not.toMatch(/promptTokens\(|scoreWithoutPrefixReuse\(/);
  });

  it('declares every optional property of a public type as `?: T | undefined`', () => {
    // A consumer compiling with exactOptionalPropertyTypes passes `{ fetch: maybeFetch }` or `{ stem: maybeStem }`
    // (possibly undefined) to any factory or function; Rolefit treats an undefined property as an absent one.
    const found = optionalWithoutUndefined(program, packages).map(
      ({ property, reachedFrom, declaredAt }) => `${property} (${declaredAt}, reached from ${reachedFrom})`,
    );
    expect(found, 'optional properties without `| undefined`').toEqual([]);
  });

  it('exports every named type that an exported function takes or returns', () => {
    // From the packed packages: @rolefit/rankers/testing's fitKernelRidge took a Matrix and returned a KernelRidgeFit
    // that no entry exported.
    const found = unexportedSignatureTypes(program, packages).map(
      ({ name, reachedFrom }) => `${name} (${reachedFrom})`,
    );
    expect(found, 'types to export next to the functions that use them').toEqual([]);
  });
});
