// Test-only (not exported): the real store bundled into one ES module file, so that a plain Node child process can run
// it (the crash tests of memory-store.test.ts, the lock tests of store-lock.test.ts).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Bundles ./index.ts (the memory store) into `outfile`, an ES module a child process imports. */
export async function bundleMemoryStore(outfile: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
}
