import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDirectory, bundleLibraryWithWorker, writeResumePdf } from '../testing/bundled-library.js';
import { refusedExecArgv } from './sandbox.js';

// A program started with V8 or process-wide Node options (`node --max-old-space-size=4096 server.js`, common in
// production) reads résumé files through the extraction worker: a worker thread refuses those options in its execArgv
// (ERR_WORKER_INVALID_EXEC_ARGV), so they must not be passed on. Run in a child process started with them, on the library
// and the extraction worker bundled side by side as dist/ lays them out (testing/bundled-library.ts).

// Reads a PDF with parseResumeFile and prints the name it read, or its error.
const READ_PDF = `import { parseResumeFile } from './api.mjs';
import { readFileSync } from 'node:fs';
try {
  const resume = await parseResumeFile(new Uint8Array(readFileSync(process.argv[2])));
  console.log(JSON.stringify({ name: resume.contact.name }));
} catch (error) {
  console.log(JSON.stringify({ name: error.name, code: error.code, message: error.message }));
}
`;

let directory = '';
beforeAll(async () => {
  directory = bundleDirectory('worker-options-');
  await bundleLibraryWithWorker(directory);
  writeFileSync(path.join(directory, 'read-pdf.mjs'), READ_PDF);
  writeResumePdf(directory);
}, 120_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function readPdf(nodeOptions: string[]): unknown {
  const run = spawnSync(process.execPath, [...nodeOptions, 'read-pdf.mjs', 'resume.pdf'], {
    cwd: directory,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('parseResumeFile in a process started with Node options', () => {
  it('reads a PDF under V8 and process-wide options a worker thread refuses', () => {
    expect(readPdf(['--max-old-space-size=700', '--expose-gc', '--stack-size=900'])).toEqual({ name: 'Jane Doe' });
  });

  it('reads a PDF under options a worker takes, mixed with refused ones', () => {
    expect(readPdf(['--enable-source-maps', '--max-semi-space-size=16', '--no-warnings'])).toEqual({
      name: 'Jane Doe',
    });
  });
});

describe('refusedExecArgv', () => {
  it("reads the options Node's ERR_WORKER_INVALID_EXEC_ARGV message names", () => {
    expect([
      ...refusedExecArgv('Initiated Worker with invalid execArgv flags: --max-old-space-size=512, --expose-gc'),
    ]).toEqual(['--max-old-space-size=512', '--expose-gc']);
    expect([...refusedExecArgv('something else')]).toEqual([]);
  });
});
