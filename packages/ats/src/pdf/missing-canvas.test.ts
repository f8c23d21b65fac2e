import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleProgram } from '@rolefit/dev-tools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDirectory, bundleLibraryWithWorker, writeResumePdf } from '../testing/bundled-library.js';
import { isMissingCanvas } from './load-pdfjs.js';

// pdf.js 5 cannot load in Node without its optional dependency @napi-rs/canvas (`npm install --omit=optional` leaves it
// out): the import throws "ReferenceError: DOMMatrix is not defined". Here the package is installed (it is in the
// workspace's lockfile), so its absence is simulated in a child process: a preloaded hook (no-canvas.cjs) makes
// require('@napi-rs/canvas') fail as Node fails for an absent package. pdf.js loads it with require() (createRequire
// from its own folder), which Node 20's ESM loader hooks (--import, module.register) do not see, and NODE_PATH cannot
// hide a package installed beside pdfjs-dist; so the hook replaces Module._resolveFilename for that one name. The worker
// threads that read the PDFs inherit --require from the process's execArgv, so pdf.js in the worker misses it too.
// A real install without optional dependencies, as a user gets it, is in test/packed-packages.test.ts.
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const kaggle = path.join(
  process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data'),
  'kaggle-resume-pdfs-sample',
  'data',
);
// One real resume PDF when the developer data is beside the checkout (it may not be redistributed).
const realPdf = existsSync(kaggle)
  ? readdirSync(kaggle, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.pdf'))
      .sort()
      .map((file) => path.join(kaggle, file))[0]
  : undefined;

const NO_CANVAS_HOOK = `// Simulates an install without @napi-rs/canvas (see missing-canvas.test.ts): require() of it fails as for an absent package.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@napi-rs/canvas' || request.startsWith('@napi-rs/canvas/'))
    throw Object.assign(new Error("Cannot find module '" + request + "'"), { code: 'MODULE_NOT_FOUND' });
  return resolve.call(this, request, ...rest);
};
`;

// Reads a PDF with parseResumeFile and pdfToText (both through the extraction worker) and prints what each answered.
const READ_PDF = `import { OptionalDependencyError, RolefitError } from '@rolefit/core';
import { isResumeParseError, parseResumeFile, pdfToText } from './api.mjs';
import { readFileSync } from 'node:fs';
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const answer = async (read) => {
  try {
    const value = await read();
    return { ok: typeof value === 'string' ? value.length > 0 : Boolean(value) };
  } catch (error) {
    return {
      name: error.name,
      code: error.code,
      optionalDependency: error instanceof OptionalDependencyError,
      rolefitError: error instanceof RolefitError,
      resumeParseError: isResumeParseError(error),
      packageName: error.packageName,
      installCommand: error.installCommand,
      message: error.message,
    };
  }
};
console.log(JSON.stringify({ parseResumeFile: await answer(() => parseResumeFile(bytes)), pdfToText: await answer(() => pdfToText(bytes)) }));
`;

let directory = '';
beforeAll(async () => {
  directory = bundleDirectory('missing-canvas-');
  // The library and the extraction worker side by side, as the published dist/ lays them out.
  await bundleLibraryWithWorker(directory);
  // @rolefit/core bundled from its sources too, so that the script's OptionalDependencyError is the sources' one.
  await bundleProgram({
    entry: fileURLToPath(new URL('../../../core/src/index.ts', import.meta.url)),
    outfile: path.join(directory, 'core.mjs'),
  });
  writeFileSync(path.join(directory, 'no-canvas.cjs'), NO_CANVAS_HOOK);
  writeFileSync(path.join(directory, 'read-pdf.mjs'), READ_PDF.replace("'@rolefit/core'", "'./core.mjs'"));
  writeResumePdf(directory);
}, 120_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface Answer {
  ok?: boolean;
  name?: string;
  code?: string;
  optionalDependency?: boolean;
  rolefitError?: boolean;
  resumeParseError?: boolean;
  packageName?: string;
  installCommand?: string;
  message?: string;
}

function readPdf(file: string, withoutCanvas: boolean): { parseResumeFile: Answer; pdfToText: Answer } {
  const args = [...(withoutCanvas ? ['--require', './no-canvas.cjs'] : []), 'read-pdf.mjs', file];
  const run = spawnSync(process.execPath, args, { cwd: directory, encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { parseResumeFile: Answer; pdfToText: Answer };
}

const expectedMessage =
  "Reading PDF resumes (pdf.js in Node) needs the optional package @napi-rs/canvas, which is not installed. Install it: npm install @napi-rs/canvas. pdfjs-dist lists it as an optional dependency, which `npm install --omit=optional` leaves out. See @rolefit/ats's README (PDF and pdf.js).";

function expectMissingCanvas(pdf: string): void {
  for (const [api, answer] of Object.entries(readPdf(pdf, true))) {
    expect(answer, api).toEqual({
      name: 'OptionalDependencyError',
      code: 'ROLEFIT_OPTIONAL_DEPENDENCY',
      optionalDependency: true,
      rolefitError: true,
      resumeParseError: false,
      packageName: '@napi-rs/canvas',
      installCommand: 'npm install @napi-rs/canvas',
      message: expectedMessage,
    });
  }
  // The same script without the hook reads the same file: the package's absence is what the error is about.
  expect(readPdf(pdf, false)).toEqual({ parseResumeFile: { ok: true }, pdfToText: { ok: true } });
}

describe('reading a PDF without @napi-rs/canvas (simulated: see the note at the top)', () => {
  it('answers a generated one-page PDF with an OptionalDependencyError naming the package, through the worker', () => {
    expectMissingCanvas(path.join(directory, 'resume.pdf'));
  });

  it.skipIf(realPdf === undefined)('answers a real resume PDF (Kaggle sample) the same way', () => {
    expectMissingCanvas(realPdf as string);
  });
});

describe('isMissingCanvas', () => {
  it('is true for the globals pdf.js takes from @napi-rs/canvas and for the package not found', () => {
    expect(isMissingCanvas(new ReferenceError('DOMMatrix is not defined'))).toBe(true);
    expect(isMissingCanvas(new ReferenceError('Path2D is not defined'))).toBe(true);
    expect(isMissingCanvas(new ReferenceError('ImageData is not defined'))).toBe(true);
    const notFound = Object.assign(new Error("Cannot find module '@napi-rs/canvas'\nRequire stack: ..."), {
      code: 'MODULE_NOT_FOUND',
    });
    expect(isMissingCanvas(notFound)).toBe(true);
  });

  it('is false for other failures: a damaged file, another missing global or package', () => {
    expect(isMissingCanvas(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }))).toBe(
      false,
    );
    expect(isMissingCanvas(new ReferenceError('OffscreenCanvas is not defined'))).toBe(false);
    expect(isMissingCanvas(new ReferenceError('x is not defined; DOMMatrix is not defined'))).toBe(false);
    expect(isMissingCanvas(Object.assign(new Error("Cannot find module 'canvas'"), { code: 'MODULE_NOT_FOUND' }))).toBe(
      false,
    );
    expect(isMissingCanvas(new Error("Cannot find module '@napi-rs/canvas'"))).toBe(false);
    expect(isMissingCanvas('DOMMatrix is not defined')).toBe(false);
    expect(isMissingCanvas(undefined)).toBe(false);
  });
});
