import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleProgram } from '@rolefit/dev-tools';
import { buildPdf, textContent } from './hostile-files.js';

// Test support: @rolefit/ats's sources run in a child process as a user runs the package. The packages left out of the
// bundle resolve from the ats package's node_modules, so the folder lives in its node_modules/.cache.
const cacheRoot = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
const external = ['pdfjs-dist', 'pdfjs-dist/*', 'docx', 'node-llama-cpp', 'yauzl', 'htmlparser2'];

/** A new folder under the ats package's node_modules/.cache whose name starts with `prefix`. */
export function bundleDirectory(prefix: string): string {
  mkdirSync(cacheRoot, { recursive: true });
  return mkdtempSync(join(cacheRoot, prefix));
}

/**
 * Bundles the library (`api.mjs`) and the extraction worker (`extract-worker.mjs`) side by side into `directory`, as the
 * published dist/ lays them out (the library starts the worker from the file beside it).
 */
export async function bundleLibraryWithWorker(directory: string): Promise<void> {
  await bundleProgram({
    entry: fileURLToPath(new URL('../index.ts', import.meta.url)),
    outfile: join(directory, 'api.mjs'),
    external,
  });
  await bundleProgram({
    entry: fileURLToPath(new URL('../parse/extract-worker.ts', import.meta.url)),
    outfile: join(directory, 'extract-worker.mjs'),
    external,
  });
}

/** Writes `resume.pdf` into `directory`: a hand-written one-page PDF of a short résumé (Jane Doe, an engineer at Acme). */
export function writeResumePdf(directory: string): string {
  const file = join(directory, 'resume.pdf');
  const lines = ['Jane Doe', 'jane@example.com', 'Experience', 'Engineer - Acme, 2019 - 2021'];
  writeFileSync(file, buildPdf([{ data: textContent(lines) }], [0]));
  return file;
}
