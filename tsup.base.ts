import { defineConfig, type Options } from 'tsup';

/** Syntax esbuild would lower for `node20` that Node 20 runs as written (see {@link packageConfig}). */
const ESBUILD_SUPPORTED = { 'regexp-unicode-property-escapes': true };

/**
 * Shared tsup settings: ESM + CJS + .d.ts for every package.
 * Code shared by entries (`@rolefit/core` and `@rolefit/core/testing`, say) lives in shared chunks, in both formats, so a
 * class such as ValidationError exists once and `instanceof` holds across entry points. No source maps: the bundles are
 * not minified and keep their names, so stack traces already read as the sources, and maps were 60-68% of each tarball.
 * `keepNames`: a class that names itself inside its body (a static factory, `Symbol.hasInstance`) is bundled as
 * `class _ValidationError`; without it Node prints an uncaught error as `_ValidationError: …`.
 * `esbuildOptions` (tsup passes no `supported` of its own): esbuild (since 0.19.4, evanw/esbuild#3471) counts `\p{…}` escapes as unsupported on every Node target and
 * writes each such literal as `new RegExp(…)`, built again on every evaluation (~300 ns instead of ~35 inside a
 * function). Node 20 reads every property the sources name (general categories and `Script=` values of Unicode ≤ 15).
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
    esbuildOptions(options) {
      options.supported = { ...options.supported, ...ESBUILD_SUPPORTED };
    },
    ...overrides,
  });
}
