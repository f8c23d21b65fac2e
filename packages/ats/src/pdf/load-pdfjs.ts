import { OptionalDependencyError } from '@rolefit/core';

/** The pdf.js build this package reads PDFs with. */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js's optional dependency that it needs to load in Node at all. */
export const CANVAS_PACKAGE = '@napi-rs/canvas';

// pdf.js 5, loaded in Node, fills in these browser globals from @napi-rs/canvas (only warning when it cannot), and its
// display layer then uses DOMMatrix at module level (`const SCALE_MATRIX = new DOMMatrix()`): without the package the
// import itself throws "ReferenceError: DOMMatrix is not defined".
const CANVAS_GLOBAL_MISSING = /^(DOMMatrix|Path2D|ImageData) is not defined$/;

/**
 * Whether a pdf.js failure is @napi-rs/canvas missing: a ReferenceError for one of the globals pdf.js takes from it,
 * or the package itself not found. Any other failure (a damaged file, a broken pdf.js) is not.
 */
export function isMissingCanvas(error: unknown): boolean {
  if (error instanceof ReferenceError) return CANVAS_GLOBAL_MISSING.test(error.message);
  if (error === null || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    message.includes(`'${CANVAS_PACKAGE}`)
  );
}

// Whether @napi-rs/canvas loads, asked as pdf.js asks (require() from pdf.js's own folder); when it does not, the error
// says whether it is absent or installed without a working native binary. `asked` is false where this cannot be asked:
// a CommonJS build has no import.meta.resolve (the extraction worker, where PDFs are read, is ESM).
async function probeCanvas(): Promise<{ asked: boolean; error?: unknown }> {
  const meta = import.meta as { resolve?: (specifier: string) => string };
  if (typeof meta.resolve !== 'function') return { asked: false };
  try {
    const { createRequire } = await import('node:module');
    createRequire(meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'))(CANVAS_PACKAGE);
    return { asked: true };
  } catch (error) {
    return { asked: true, error: error ?? new Error(`${CANVAS_PACKAGE} did not load`) };
  }
}

/**
 * The {@link OptionalDependencyError} for a pdf.js failure that {@link isMissingCanvas} recognises: it names
 * @napi-rs/canvas, says that reading PDF resumes needs it and how to install it, and whether it is absent or installed
 * but not loading (its `cause` is then the package's own error).
 */
export async function missingCanvasError(failure: unknown): Promise<OptionalDependencyError> {
  const probe = await probeCanvas();
  // The package's own require() error when there is one. A ReferenceError says nothing about why: it is the cause only
  // when the package loads (something else is wrong); left out when that could not be asked (absent is then most likely).
  const cause =
    probe.error !== undefined ? probe.error : failure instanceof ReferenceError && !probe.asked ? undefined : failure;
  return new OptionalDependencyError(CANVAS_PACKAGE, 'Reading PDF resumes (pdf.js in Node)', {
    cause,
    note: 'pdfjs-dist lists it as an optional dependency, which `npm install --omit=optional` leaves out',
    guide: "@rolefit/ats's README (PDF and pdf.js)",
  });
}

/**
 * pdf.js, imported on first use (not when @rolefit/ats is imported). Without its optional dependency @napi-rs/canvas it
 * cannot load in Node: that throws an {@link OptionalDependencyError} naming the package; other failures are rethrown.
 */
export async function loadPdfjs(): Promise<Pdfjs> {
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch (error) {
    if (isMissingCanvas(error)) throw await missingCanvasError(error);
    throw error;
  }
}
