import { defineConfig, type Options } from 'tsup';

/**
 * Shared tsup settings: ESM + CJS + .d.ts for every package.
 * Code shared by entries (`@rolefit/core` and `@rolefit/core/testing`, say) lives in shared chunks, in both formats, so a
 * class such as ValidationError exists once and `instanceof` holds across entry points. No source maps: the bundles are
 * not minified and keep their names, so stack traces already read as the sources, and maps were 60-68% of each tarball.
 * `keepNames`: a class that names itself inside its body (a static factory, `Symbol.hasInstance`) is bundled as
 * `class _ValidationError`; without it Node prints an uncaught error as `_ValidationError: …`.
 */
export function packageConfig(entry: Record<string, string>, overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    keepNames: true,
    ...overrides,
  });
}
