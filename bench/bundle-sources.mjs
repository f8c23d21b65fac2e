// Bundles a program from the workspace sources with esbuild into packages/rankers/node_modules/.cache/<name>/, so
// bench and eval scripts run the current sources without a package build. Optional peers and packages with native
// parts stay external and load from rankers' node_modules at run time, as in the published build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

const PACKAGES = ['core', 'crawlers', 'rankers', 'ats', 'store-elastic', 'eval'];
const EXTERNAL = [
  '@huggingface/transformers',
  'onnxruntime-node',
  'onnxruntime-web',
  'node-llama-cpp',
  'pdfjs-dist',
  '@elastic/elasticsearch',
  'sharp',
];

/** Where the bundle named `name` is written. */
export function bundlePath(name) {
  return join(root, 'packages/rankers/node_modules/.cache', name, `${name}.mjs`);
}

/**
 * Bundles `entry` (a file under the repository, or `{ contents, sourcefile }` for a generated entry) into
 * {@link bundlePath}(name) and returns that path.
 */
export async function bundleSources(name, entry) {
  const { build } = await import('esbuild');
  const outfile = bundlePath(name);
  mkdirSync(join(outfile, '..'), { recursive: true });
  await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [join(root, entry)] }
      : { stdin: { contents: entry.contents, resolveDir: root, sourcefile: entry.sourcefile, loader: 'ts' } }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As tsup.base.ts: keep `\p{…}` regex literals as literals (esbuild writes them as `new RegExp(…)` otherwise).
    supported: { 'regexp-unicode-property-escapes': true },
    outfile,
    alias: {
      '@rolefit/core/samples': join(root, 'packages/core/src/samples/index.ts'),
      '@rolefit/core/text': join(root, 'packages/core/src/text/index.ts'),
      '@rolefit/core/internal': join(root, 'packages/core/src/internal/index.ts'),
      '@rolefit/core/base': join(root, 'packages/core/src/base/index.ts'),
      '@rolefit/ats/read': join(root, 'packages/ats/src/read.ts'),
      '@rolefit/core/testing': join(root, 'packages/core/src/store/contract/index.ts'),
      '@rolefit/rankers/testing': join(root, 'packages/rankers/src/testing/index.ts'),
      '@rolefit/dev-tools': join(root, 'tools/src/index.ts'),
      ...Object.fromEntries(PACKAGES.map((name) => [`@rolefit/${name}`, join(root, `packages/${name}/src/index.ts`)])),
    },
    external: EXTERNAL,
    banner: {
      js: "import { createRequire as __rolefitCreateRequire } from 'node:module'; const require = __rolefitCreateRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
}
