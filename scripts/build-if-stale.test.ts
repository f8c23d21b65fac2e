import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { buildIfStale, whyStale, workspacePackages } from './build-if-stale.mjs';

type WhyStale = (directory: string, manifest: object, sharedInputs?: string[]) => string | undefined;
// The temporary packages have no root beside them: the repository's own tsup.base.ts (fresh in a new clone) stays out.
const why = (directory: string, manifest: object) => (whyStale as WhyStale)(directory, manifest, []);

const directory = mkdtempSync(join(tmpdir(), 'rolefit-build-if-stale-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const manifest = {
  name: '@example/pkg',
  main: './dist/index.cjs',
  module: './dist/index.js',
  exports: {
    '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' } },
    './package.json': './package.json',
  },
};
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Writes `files` (path → minutes ago) under a fresh package folder and returns it. */
function packageWith(name: string, files: Record<string, number>): string {
  const root = join(directory, name);
  for (const [path, age] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), path === 'package.json' ? JSON.stringify(manifest) : '');
    utimesSync(join(root, path), minutesAgo(age), minutesAgo(age));
  }
  return root;
}

const outputs = { 'dist/index.js': 5, 'dist/index.cjs': 5, 'dist/index.d.ts': 5 };

describe('build-if-stale: whyStale', () => {
  it('calls a package never built when it has no dist, and names a missing output', () => {
    expect(why(packageWith('never', { 'package.json': 60, 'src/index.ts': 60 }), manifest)).toBe('never built');
    expect(why(packageWith('partial', { 'package.json': 60, 'src/index.ts': 60, 'dist/index.js': 5 }), manifest)).toBe(
      'dist/index.cjs missing',
    );
  });

  it('is fresh when every output is newer than every input, and stale when a source, package.json or tsup config is newer', () => {
    expect(
      why(
        packageWith('fresh', {
          'package.json': 60,
          'tsup.config.ts': 60,
          'src/index.ts': 60,
          'src/data/list.json': 60,
          ...outputs,
        }),
        manifest,
      ),
    ).toBeUndefined();
    expect(
      why(
        packageWith('source', { 'package.json': 60, 'src/index.ts': 60, 'src/deep/er/part.ts': 1, ...outputs }),
        manifest,
      ),
    ).toBe('sources changed since the last build');
    expect(
      why(
        packageWith('data', { 'package.json': 60, 'src/index.ts': 60, 'src/fixtures/courses.json': 1, ...outputs }),
        manifest,
      ),
    ).toBe('sources changed since the last build');
    expect(why(packageWith('manifest', { 'package.json': 1, 'src/index.ts': 60, ...outputs }), manifest)).toBe(
      'sources changed since the last build',
    );
    expect(
      why(packageWith('config', { 'package.json': 60, 'tsup.config.ts': 1, 'src/index.ts': 60, ...outputs }), manifest),
    ).toBe('sources changed since the last build');
  });

  it('counts files shared by every package, such as tsup.base.ts, as inputs', () => {
    const root = packageWith('shared', { 'package.json': 60, 'src/index.ts': 60, ...outputs, '../tsup.base.ts': 1 });
    expect((whyStale as WhyStale)(root, manifest, [join(root, '../tsup.base.ts')])).toBe(
      'sources changed since the last build',
    );
  });

  it('compares with the oldest output, and ignores tests edited after the build', () => {
    expect(
      why(
        packageWith('between', {
          'package.json': 60,
          'src/index.ts': 7,
          'dist/index.js': 5,
          'dist/index.cjs': 10,
          'dist/index.d.ts': 5,
        }),
        manifest,
      ),
    ).toBe('sources changed since the last build');
    expect(
      why(
        packageWith('tests', {
          'package.json': 60,
          'src/index.ts': 60,
          'src/index.test.ts': 1,
          'src/types.test-d.ts': 1,
          ...outputs,
        }),
        manifest,
      ),
    ).toBeUndefined();
  });
});

describe('build-if-stale: the workspace', () => {
  it('knows every package with a build script, tools included', () => {
    expect((workspacePackages() as Array<{ folder: string }>).map((entry) => entry.folder).sort()).toEqual([
      'ats',
      'career',
      'cli',
      'core',
      'crawlers',
      'eval',
      'notify',
      'rankers',
      'store-elastic',
      'tools',
    ]);
  });

  it('refuses an unknown package name, naming the known ones', async () => {
    await expect(
      (buildIfStale as (names: string[], log: (line: string) => void) => Promise<boolean>)(['nonsense'], () => {}),
    ).rejects.toThrow(/unknown package "nonsense"; known: .*core/);
    const script = fileURLToPath(new URL('./build-if-stale.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, 'nonsense'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(
      /build: unknown package "nonsense"/,
    );
  });
});
