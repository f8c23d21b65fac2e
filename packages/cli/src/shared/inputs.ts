// `rolefit parse` and `rolefit ats` load only `@rolefit/ats/read` here (the file is parsed in ats's worker): the rest of
// @rolefit/core and @rolefit/ats (zod's schemas, the parsers) is loaded by the readers that need it, when they run.
import type { Job, Profile, Resume } from '@rolefit/core';
import type { ResumeLayout } from '@rolefit/ats';
import {
  DEFAULT_MAX_RESUME_BYTES,
  decodeResumeText,
  isResumeParseError,
  readFileLimited,
  readResumeFile,
  readStreamLimited,
  ResumeParseError,
  type ResumeReadout,
  sniffResumeType,
} from '@rolefit/ats/read';
import { withFile, type RolefitCliIo } from './io.js';
import { PROGRAM_TIME_LIMIT_MS } from './limits.js';
import type { ResumeReading } from './ocr.js';

/** The io a command runs with: `timeLimitSeconds` when the user gave `--time-limit` (main() set deadlineMs from it). */
export type CommandIo = RolefitCliIo & { timeLimitSeconds?: number | undefined };

/** Most bytes read for a resume (file, pipe, device or stdin): the library's 10 MB cap. */
export const MAX_RESUME_INPUT_BYTES = DEFAULT_MAX_RESUME_BYTES;
/** Most bytes read for a job (`--job` file, pipe, device or stdin). */
export const MAX_JOB_INPUT_BYTES = 2 * 1024 * 1024;
/** Most bytes read for a profile (`--profile` file). */
export const MAX_PROFILE_INPUT_BYTES = 1024 * 1024;
/** A job ad's text (or a Job JSON's description) longer than this is cut to it, with a note on stderr. */
export const MAX_JOB_DESCRIPTION_CHARS = 100_000;

/**
 * Time limit for reading and parsing the resume of `recommend`, `rate`, `career` and `tailor` (the person's own file, read
 * on a machine that may be busy), or what is left of `--time-limit` when that is longer; `parse` and `ats` keep the
 * program's 4 s limit (or `--time-limit`), which hostile files are tested against. Size, page and memory caps apply to both.
 */
export const OWN_RESUME_TIMEOUT_MS = 30_000;

// The time limit for reading an input: what is left until io.deadlineMs (performance.now() counts from the process's start),
// never under one second; without a deadline, the library's own limit for each call.
const timeLeftMs = (io: CommandIo) =>
  io.deadlineMs === undefined ? undefined : Math.max(1_000, Math.floor(io.deadlineMs - performance.now()));

// A read under the program's deadline that runs out says which limit that is: the library's message gives only the
// milliseconds that were left of it ("Reading the file took longer than 3092 ms"), a number from nowhere to the user.
async function byDeadline<T>(io: CommandIo, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (io.deadlineMs === undefined || !isResumeParseError(error, 'timeout')) throw error;
    const seconds = io.timeLimitSeconds ?? PROGRAM_TIME_LIMIT_MS / 1000;
    throw new ResumeParseError(
      'timeout',
      `not read within ${seconds} s of the program's start, the time limit for this file (a busy machine can run over it: try again, or give --time-limit SECONDS, up to 600)`,
      { cause: error },
    );
  }
}

// Standard input as bytes, read through a cap: `cat /dev/zero | rolefit parse -` stops at the cap with 'too-large'.
async function stdinBytes(io: CommandIo, maxBytes: number): Promise<Uint8Array> {
  if (io.readStdin) {
    const bytes = new TextEncoder().encode(await io.readStdin());
    if (bytes.byteLength > maxBytes)
      throw new ResumeParseError('too-large', `stdin is over the ${maxBytes}-byte limit`);
    return bytes;
  }
  return readStreamLimited(process.stdin, maxBytes, 'stdin');
}

/**
 * A resume from a file (PDF, DOCX, RTF, ODT, HTML, plain text or Resume JSON; `-` reads stdin). Files, pipes, devices and stdin are all
 * read with a byte cap, then read and parsed in the extraction worker under the library's limits (one wall-clock limit
 * for reading and parsing: `options.timeoutMs`, else what is left of the program's deadline); a scanned PDF is read with
 * the reading's OCR (`--ocr DIR`, see withResumeReading), else refused with its hint. Under the program's deadline, a
 * file given with `--ocr` is first read without OCR (any file that is no scan is refused as fast as without `--ocr`); a
 * scan is then read again with OCR, its page images decoded within {@link OCR_SCAN_TIMEOUT_MS} or what is left of a longer
 * `--time-limit`, before recognition's own 120 s. Throws an InputError naming the file.
 */
export async function loadResume(
  file: string,
  io: CommandIo,
  reading: ResumeReading,
  options: { timeoutMs?: number } = {},
): Promise<Resume> {
  return withFile(file, async () => {
    const input = file === '-' ? await stdinBytes(io, MAX_RESUME_INPUT_BYTES) : file;
    if (input instanceof Uint8Array && input.byteLength === 0) throw new Error('the file has no text');
    // The resume's own limit (30 s for the person's own file) unless the deadline leaves more (a long --time-limit).
    const left = timeLeftMs(io);
    const ownLimit = options.timeoutMs !== undefined && (left === undefined || options.timeoutMs >= left);
    const read = (ocr: ResumeReading['ocr'], timeoutMs: number | undefined) =>
      readResumeFile(input, {
        maxBytes: MAX_RESUME_INPUT_BYTES,
        acceptJson: true,
        timeoutMs,
        ...(io.now === undefined ? {} : { now: io.now }),
        ...(ocr === undefined ? {} : { ocr }),
      }).catch((error: unknown) => withScanHint(error, reading));
    let readout: ResumeReadout;
    if (ownLimit) readout = await read(reading.ocr, options.timeoutMs);
    else if (reading.ocr === undefined) readout = await byDeadline(io, () => read(undefined, left));
    else {
      // `parse` or `ats` given --ocr: the program's deadline (4 s, for hostile files) covered decoding the scan's page
      // images too, which took over 1.5 s for a one-page 150-dpi scan on a busy machine and ran the README's command out.
      try {
        readout = await byDeadline(io, () => read(undefined, left));
      } catch (error) {
        if (!isResumeParseError(error, 'scanned-pdf')) throw error;
        readout = await readScan(io, () => read(reading.ocr, scanTimeLimitMs(io)));
      }
    }
    if ('json' in readout) {
      const value = parseResumeJson(readout.json);
      const { parseResume } = await import('@rolefit/core');
      return parseResume(value);
    }
    if ('blank' in readout) throw new Error('the file has no text');
    return readout.resume;
  });
}

/**
 * Time limit for reading a scan with `--ocr` and decoding its page images, before recognition's own 120 s: the own
 * resume's 30 s ({@link OWN_RESUME_TIMEOUT_MS}), for `parse` and `ats` too, as the user asked for slow work on a scan.
 */
export const OCR_SCAN_TIMEOUT_MS = OWN_RESUME_TIMEOUT_MS;

/** The time limit a scan read with `--ocr` is given: {@link OCR_SCAN_TIMEOUT_MS}, or what is left of a longer deadline. */
export function scanTimeLimitMs(io: CommandIo): number {
  return Math.max(OCR_SCAN_TIMEOUT_MS, timeLeftMs(io) ?? 0);
}

// A scan read with OCR that runs out says which limits it had and how to get more (the library's message gives only
// milliseconds, such as "Reading the file took longer than 30000 ms (before its page images were read for OCR)").
async function readScan<T>(io: CommandIo, read: () => Promise<T>): Promise<T> {
  const seconds = Math.round(scanTimeLimitMs(io) / 1000);
  try {
    return await read();
  } catch (error) {
    if (!isResumeParseError(error, 'timeout')) throw error;
    const { DEFAULT_OCR_TIMEOUT_MS } = await import('@rolefit/ats');
    throw new ResumeParseError(
      'timeout',
      `the scan was not read in time (${error.message}): it has ${seconds} s to decode its page images, then ${DEFAULT_OCR_TIMEOUT_MS / 1000} s for recognition (a busy machine can run over them: try again, or give --time-limit SECONDS, up to 600, for more time to decode)`,
      { cause: error },
    );
  }
}

/**
 * The value of a resume whose text starts with `{` (read as Resume JSON). Text that is not one JSON value (a JSON Lines
 * file, a cut-off export) says so, on one line, instead of JSON.parse's bare "Unexpected non-whitespace character…".
 */
function parseResumeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ');
    throw new Error(`starts with "{", so it is read as Resume JSON, but it is not valid JSON (${reason})`);
  }
}

// A scanned PDF's error, read without OCR, says how to read it (the reading's hint); any other error passes as it is.
function withScanHint(error: unknown, reading: ResumeReading): never {
  if (reading.scanHint === undefined || !isResumeParseError(error, 'scanned-pdf')) throw error;
  throw new ResumeParseError('scanned-pdf', `${error.message}; ${reading.scanHint}`, { cause: error });
}

/**
 * Header/footer text and images of a PDF or DOCX resume, for the parseability check; text, JSON and stdin have none. A
 * scanned PDF has no text, in its margins or elsewhere: with the reading's OCR it is `'scan'` (no layout to check),
 * without it is refused with the reading's hint.
 */
export async function loadLayout(
  file: string,
  io: CommandIo,
  reading: ResumeReading,
): Promise<ResumeLayout | 'scan' | undefined> {
  if (file === '-') return undefined;
  return withFile(file, async () => {
    try {
      const { extractDocumentLayout } = await import('@rolefit/ats');
      const { headerText, footerText, imageCount } = await byDeadline(io, () =>
        extractDocumentLayout(file, { timeoutMs: timeLeftMs(io) }),
      );
      return { headerText, footerText, imageCount };
    } catch (error) {
      if (reading.ocr === undefined || !isResumeParseError(error, 'scanned-pdf')) return withScanHint(error, reading);
      return 'scan';
    }
  });
}

/**
 * Refuses a job file that is not text, as a resume's bytes are sniffed: a PDF, a Word document or binary data (an image,
 * random bytes after a UTF-16 byte-order mark) was decoded as Windows-1252 and scored as a job of garbage.
 */
function checkJobAdIsText(bytes: Uint8Array): void {
  let type: string;
  try {
    type = sniffResumeType(bytes);
  } catch (error) {
    if (!isResumeParseError(error, 'unsupported-type')) throw error;
    type = 'binary';
  }
  // A job ad saved as a web page is read from its text, as before.
  if (type === 'text' || type === 'html') return;
  const what =
    type === 'pdf'
      ? 'a PDF'
      : type === 'docx'
        ? 'a Word document'
        : type === 'rtf'
          ? 'an RTF document'
          : type === 'odt'
            ? 'an OpenDocument text'
            : 'not text';
  throw new Error(
    `the file is ${what}: a job is read from its text (UTF-8, UTF-16 with a byte-order mark, or Windows-1252) or from Job JSON`,
  );
}

/** A job from a Job JSON file or the text of a job ad (`-` reads stdin); an overlong description is cut, with a note. */
export async function loadJob(file: string, io: CommandIo): Promise<Job> {
  return withFile(file, async () => {
    const bytes =
      file === '-'
        ? await stdinBytes(io, MAX_JOB_INPUT_BYTES)
        : await byDeadline(io, () => readFileLimited(file, MAX_JOB_INPUT_BYTES, { timeoutMs: timeLeftMs(io) }));
    // Read as a resume's text is: UTF-8, UTF-16 with a byte-order mark, or Windows-1252 ("ANSI") bytes.
    checkJobAdIsText(bytes);
    const text = decodeResumeText(bytes, MAX_JOB_INPUT_BYTES);
    if (text.trim() === '') throw new Error('the file is empty');
    const json = /^\s*\{/.test(text);
    const { parseJob } = await import('@rolefit/core');
    const { jobFromText } = await import('@rolefit/ats');
    const job = json
      ? parseJob(withJobDefaults(JSON.parse(text)))
      : jobFromText(text.slice(0, MAX_JOB_DESCRIPTION_CHARS));
    const cut = json ? job.description.length > MAX_JOB_DESCRIPTION_CHARS : text.length > MAX_JOB_DESCRIPTION_CHARS;
    if (!cut) return job;
    io.stderr.write(
      `rolefit: ${file === '-' ? 'stdin' : file}: note: the job description was cut to its first ${MAX_JOB_DESCRIPTION_CHARS} characters\n`,
    );
    return { ...job, description: job.description.slice(0, MAX_JOB_DESCRIPTION_CHARS) };
  });
}

/**
 * A Job JSON object with the id and source it leaves out filled in ('job' and 'file', as a plain-text ad gets 'job' and
 * 'text'): `ats` and `tailor` use neither, and a job written by hand (`{ "title": …, "description": … }`) was refused
 * with "id: Invalid input: expected string, received undefined". Anything else is left for parseJob to judge.
 */
function withJobDefaults(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { id: 'job', source: 'file', ...value };
}

/** A Profile JSON file (what the person wants: titles, places, workplace, pay floor…), validated. */
export async function loadProfile(file: string, io: CommandIo): Promise<Profile> {
  return withFile(file, async () => {
    const bytes = await byDeadline(io, () =>
      readFileLimited(file, MAX_PROFILE_INPUT_BYTES, { timeoutMs: timeLeftMs(io) }),
    );
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    if (text.trim() === '') throw new Error('the file is empty');
    const value = JSON.parse(text);
    const { parseProfile } = await import('@rolefit/core');
    return parseProfile(value);
  });
}
