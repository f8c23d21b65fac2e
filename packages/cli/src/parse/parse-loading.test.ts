import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `rolefit parse FILE` reads the file on the main thread and has it parsed in @rolefit/ats's worker, which loads the
// parser: the main thread loads only the light entries, `@rolefit/core/base` and `@rolefit/ats/read` (about 0.3 s of
// CPU a run less than @rolefit/core and @rolefit/ats with zod, htmlparser2 and the parser's tables). Checked on the
// sources: every module the command's module reaches by static imports (not `import type`, not a lazy `import()`).
const packages = fileURLToPath(new URL('../../../', import.meta.url));
/** Where a light entry's sources start; any other package specifier is recorded as reached, not followed. */
const LIGHT_ENTRIES: Readonly<Record<string, string>> = {
  '@rolefit/core/base': `${packages}core/src/base/index.ts`,
  '@rolefit/ats/read': `${packages}ats/src/read.ts`,
};
// `import … from '…'`, `export … from '…'` and `import '…'`; `import type` and `export type` load nothing.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?'([^']+)';/gms;

/** The package specifiers (and the light entries' source files) reached from `file` by static imports. */
function staticallyReached(file: string): { packagesReached: Set<string>; files: Set<string> } {
  const packagesReached = new Set<string>();
  const files = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier!.startsWith('.'))
        visit(fileURLToPath(new URL(specifier!.replace(/\.js$/, '.ts'), `file://${path}`)));
      else if (LIGHT_ENTRIES[specifier!] !== undefined) {
        packagesReached.add(specifier!);
        visit(LIGHT_ENTRIES[specifier!]!);
      } else packagesReached.add(specifier!);
    }
  };
  visit(file);
  return { packagesReached, files };
}

describe('what rolefit parse loads on the main thread', () => {
  it('reaches only the light entries of core and ats, and none of the parser, by static imports', () => {
    const { packagesReached, files } = staticallyReached(fileURLToPath(new URL('./parse-command.ts', import.meta.url)));
    const libraries = [...packagesReached].filter((specifier) => !specifier.startsWith('node:')).sort();
    expect(libraries).toEqual(['@rolefit/ats/read', '@rolefit/core/base']);
    const parserModules = [...files].filter((path) => /parse-resume-text|schemas|skills|pdf-to-text|docx/.test(path));
    expect(parserModules).toEqual([]);
  });

  it('finds what a module imports statically and leaves type imports out', () => {
    const { packagesReached } = staticallyReached(fileURLToPath(new URL('../shared/inputs.ts', import.meta.url)));
    expect(packagesReached.has('@rolefit/ats/read')).toBe(true);
    // inputs.ts imports the types of @rolefit/core and @rolefit/ats, and loads them with import() where a reader needs them.
    expect(packagesReached.has('@rolefit/core')).toBe(false);
    expect(packagesReached.has('@rolefit/ats')).toBe(false);
    const { packagesReached: storeReaches } = staticallyReached(
      fileURLToPath(new URL('../shared/store.ts', import.meta.url)),
    );
    expect(storeReaches.has('@rolefit/core')).toBe(true);
  });
});
