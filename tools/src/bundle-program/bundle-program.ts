import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Options of {@link bundleProgram}. */
export interface BundleProgramOptions {
  /** The program's entry file (TypeScript or JavaScript). */
  entry: string;
  /** Where the bundled ES module is written. */
  outfile: string;
  /** Packages left to load at run time, as the published build leaves its optional peers. */
  external?: string[];
}

/** The workspace root: the nearest folder above this file that holds pnpm-workspace.yaml. */
function workspaceRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'pnpm-workspace.yaml'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('bundleProgram: no pnpm-workspace.yaml above the dev tools');
    directory = parent;
  }
  return directory;
}

/**
 * Bundles a workspace program into one Node ES module, `@rolefit/core` taken from its sources, so a test
 * can run it in a child process (its own stdout, exit code and process) as the published build would run.
 * Returns the outfile.
 */
export async function bundleProgram(options: BundleProgramOptions): Promise<string> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [options.entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: options.outfile,
    alias: {
      '@rolefit/core': join(workspaceRoot(), 'packages/core/src/index.ts'),
      // The subpaths too: an alias of the package name alone would send `@rolefit/core/text` to `index.ts/text`.
      '@rolefit/core/text': join(workspaceRoot(), 'packages/core/src/text/index.ts'),
      '@rolefit/core/internal': join(workspaceRoot(), 'packages/core/src/internal/index.ts'),
      '@rolefit/core/base': join(workspaceRoot(), 'packages/core/src/base/index.ts'),
    },
    external: options.external ?? [],
    logLevel: 'silent',
  });
  return options.outfile;
}
