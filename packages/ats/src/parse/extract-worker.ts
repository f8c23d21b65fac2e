// Worker-thread entry: reads PDF, DOCX, RTF, ODT or HTML files (and parses résumé files of any type), one request at a time, under the limits each request gives, and posts
// the result (or a typed error) back. Started by runExtraction (sandbox.ts), which terminates it on timeout or when memory
// grows too far, and reuses it for the next file otherwise.
import { parentPort, workerData } from 'node:worker_threads';
import { OptionalDependencyError } from '@rolefit/core';
import { readDocxText } from '../docx/docx-to-text.js';
import { readDocumentLayout } from '../layout/document-layout.js';
import { readDocxLayout } from '../layout/docx-layout.js';
import { readPdfMargins } from '../layout/pdf-margins.js';
import { readPdfPageImages } from '../ocr/page-images.js';
import { readPdfText } from '../pdf/pdf-to-text.js';
import { ResumeParseError } from './errors.js';
import { readDocumentText, readResumeInWorker } from './parse-resume-file.js';
import { parseResumeText } from './parse-resume-text.js';
import type { WorkerReady, WorkerReply, WorkerRequest, WorkerStartData, WorkerStop } from './sandbox.js';

async function run({ task, bytes, limits }: WorkerRequest): Promise<unknown> {
  switch (task.kind) {
    case 'pdf-text':
      return readPdfText(bytes, limits);
    case 'pdf-margins':
      return readPdfMargins(bytes, limits, task.countImages);
    case 'pdf-page-images':
      return readPdfPageImages(bytes, limits, task.caps);
    case 'docx-text':
      return readDocxText(bytes, limits);
    case 'docx-layout':
      return readDocxLayout(bytes, limits);
    case 'document-layout':
      return readDocumentLayout(task.type, bytes, limits);
    case 'document-text':
      return readDocumentText(task.type, bytes, limits);
    case 'resume':
      return readResumeInWorker(task, bytes, limits);
  }
}

function reply(error: unknown): WorkerReply {
  if (error instanceof ResumeParseError) return { ok: false, code: error.code, message: error.message };
  // A package the file's reader needs is missing (pdf.js without @napi-rs/canvas): the file is fine, so not 'corrupt'.
  if (error instanceof OptionalDependencyError) {
    const { packageName, installCommand, message } = error;
    return { ok: false, optionalDependency: { packageName, installCommand, message } };
  }
  // A deep or huge structure that overflows the stack or an array is a hostile file, not a bug of the caller's.
  if (error instanceof RangeError)
    return { ok: false, code: 'too-large', message: `The file is too complex to read: ${error.message}` };
  return {
    ok: false,
    code: 'corrupt',
    message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
  };
}

// A short made-up résumé with each section the parser reads: parsing it once builds the tables every parse needs (the
// skill taxonomy's word tree, degree and heading lists), so that work is not timed against the first real file.
const WARM_UP_TEXT = [
  'Jane Example',
  'jane@example.com | +1 555 0100 | Springfield, IL',
  'Summary',
  'Software engineer who builds data pipelines.',
  'Experience',
  'Senior Software Engineer at Example Corp, Springfield',
  'Jan 2019 - Present',
  '- Built services in TypeScript and Python on PostgreSQL.',
  'Education',
  'B.Sc. Computer Science, Example University, 2014 - 2018',
  'Skills',
  'JavaScript, React, Docker, Kubernetes, SQL, project management',
].join('\n');

const port = parentPort;
if (port) {
  // pdf.js may reject internal promises after reading was stopped (a cancelled text stream): the answer is already decided.
  process.on('unhandledRejection', () => undefined);
  // Warnings of pdf.js must never mix into the output of a program that reads resumes.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;
  // One file at a time: the parent sends the next request only after the answer to the last.
  port.on('message', (request: WorkerRequest | WorkerStop) => {
    // Told to stop (a timeout, a memory limit): exit here, between tasks, where no zlib handle is half made.
    if ('stop' in request) process.exit(0);
    run(request).then(
      (value) => port.postMessage({ ok: true, value } satisfies WorkerReply),
      (error: unknown) => port.postMessage(reply(error)),
    );
  });
  // The parent times each file from this message on.
  if ((workerData as WorkerStartData | undefined)?.warm) parseResumeText(WARM_UP_TEXT, { now: new Date(0) });
  port.postMessage({ ready: true } satisfies WorkerReady);
}
