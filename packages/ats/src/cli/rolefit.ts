import { isValidationError, parseJob, parseResume, type Job, type Resume } from '@rolefit/core';
import { extractDocumentLayout } from '../layout/index.js';
import { DEFAULT_EXTRACTION_TIMEOUT_MS, isResumeParseError } from '../parse/index.js';
import { DEFAULT_MAX_RESUME_BYTES, readResumeFile } from '../parse/parse-resume-file.js';
import { readFileLimited, readStreamLimited } from '../parse/read-limited.js';
import { ResumeParseError } from '../parse/errors.js';
import { formatAtsReport, jobFromText, scoreResumeAgainstJob, type ResumeLayout } from '../score/index.js';

/** Where the command writes, and what it reads for `-`; tests pass their own. */
export interface RolefitCliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Reads all of standard input as text (for FILE `-`); by default stdin is read as bytes, stopping past the size cap. */
  readStdin?: () => Promise<string>;
  /** The date ongoing roles run to (default: now). */
  now?: Date;
  /**
   * When every input must be read by, as a `performance.now()` value, which counts from the process's start (the `rolefit`
   * program passes 4000, so a hostile file is answered within 4 s of its start); default: the library's limit for each read.
   */
  deadlineMs?: number;
}

/** Usage text of the `rolefit` command. */
export const ROLEFIT_USAGE = `Usage: rolefit parse FILE [--json]
       rolefit ats --resume FILE --job FILE [--json]

Commands:
  parse   Read a resume (PDF, DOCX or plain text; FILE "-" reads text from stdin) and print it as Resume JSON.
  ats     Score a resume against a job like an applicant tracking system: total, breakdown,
          missing keywords and suggestions.
          --resume FILE   PDF, DOCX, plain text, or a Resume JSON file ("-" for text on stdin)
          --job FILE      a Job JSON file or the job ad as plain text

Options:
  --json  print JSON instead of a readable report
  --help  print this help
`;

/** Most bytes read for a resume (file, pipe, device or stdin): the library's 10 MB cap. */
export const MAX_RESUME_INPUT_BYTES = DEFAULT_MAX_RESUME_BYTES;
/** Most bytes read for a job (`--job` file, pipe, device or stdin). */
export const MAX_JOB_INPUT_BYTES = 2 * 1024 * 1024;
/** A job ad's text (or a Job JSON's description) longer than this is cut to it, with a note on stderr. */
export const MAX_JOB_DESCRIPTION_CHARS = 100_000;

/** The program answers within this many milliseconds of starting (Node's start-up included): the library's 4 s limit. */
export const PROGRAM_TIME_LIMIT_MS = DEFAULT_EXTRACTION_TIMEOUT_MS;

// The time limit for reading an input: what is left until io.deadlineMs (performance.now() counts from the process's start),
// never under one second; without a deadline, the library's own limit for each call.
const timeLeftMs = (io: RolefitCliIo) => (io.deadlineMs === undefined ? undefined : Math.max(1_000, Math.floor(io.deadlineMs - performance.now())));

/** A problem with the arguments: answered with the usage and exit code 2. */
class UsageError extends Error {}
/** A problem with an input file: answered with one line naming it and exit code 1. */
class InputError extends Error {}

interface ParsedArguments {
  command: 'parse' | 'ats';
  file?: string;
  resume?: string;
  job?: string;
  json: boolean;
}

function parseArguments(argv: readonly string[]): ParsedArguments | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'parse' && command !== 'ats') throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
  const parsed: ParsedArguments = { command, json: false };
  const positional: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index] as string;
    if (argument === '--json') parsed.json = true;
    else if (argument === '--resume' || argument === '--job') {
      const value = rest[++index];
      if (value === undefined || (value.startsWith('--') && value !== '-')) throw new UsageError(`${argument} needs a FILE`);
      parsed[argument === '--resume' ? 'resume' : 'job'] = value;
    } else if (argument.startsWith('--')) throw new UsageError(`unknown option "${argument}"`);
    else positional.push(argument);
  }
  if (command === 'parse') {
    if (parsed.resume !== undefined || parsed.job !== undefined) throw new UsageError('parse takes a FILE, not --resume/--job');
    if (positional.length !== 1) throw new UsageError('parse needs exactly one FILE');
    parsed.file = positional[0];
  } else {
    if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}"`);
    if (parsed.resume === undefined || parsed.job === undefined) throw new UsageError('ats needs --resume FILE and --job FILE');
    if (parsed.resume === '-' && parsed.job === '-') throw new UsageError('only one of --resume and --job can read stdin');
  }
  return parsed;
}

// Standard input as bytes, read through a cap: `cat /dev/zero | rolefit parse -` stops at the cap with 'too-large'.
async function stdinBytes(io: RolefitCliIo, maxBytes: number): Promise<Uint8Array> {
  if (io.readStdin) {
    const bytes = new TextEncoder().encode(await io.readStdin());
    if (bytes.byteLength > maxBytes) throw new ResumeParseError('too-large', `stdin is over the ${maxBytes}-byte limit`);
    return bytes;
  }
  return readStreamLimited(process.stdin, maxBytes, 'stdin');
}

function describe(error: unknown): string {
  if (isValidationError(error)) return error.message;
  // The code stays on the one line printed, even when a reader's message runs over several.
  if (isResumeParseError(error)) return `${error.message.split('\n')[0]} (${error.code})`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

// Input errors name the file and say what went wrong in one line; anything else is a bug and keeps its stack.
async function withFile<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new InputError(`${file === '-' ? 'stdin' : file}: ${describe(error).split('\n')[0]}`);
  }
}

// Files, pipes, devices and stdin are all read with a byte cap; then read as PDF, DOCX or text and parsed in the
// extraction worker under the library's limits (one wall-clock limit for reading and parsing). A Resume JSON file comes
// back as text and is validated here.
async function loadResume(file: string, io: RolefitCliIo): Promise<Resume> {
  return withFile(file, async () => {
    const input = file === '-' ? await stdinBytes(io, MAX_RESUME_INPUT_BYTES) : file;
    if (input instanceof Uint8Array && input.byteLength === 0) throw new Error('the file has no text');
    const readout = await readResumeFile(input, { maxBytes: MAX_RESUME_INPUT_BYTES, acceptJson: true, timeoutMs: timeLeftMs(io), ...(io.now === undefined ? {} : { now: io.now }) });
    if ('json' in readout) return parseResume(JSON.parse(readout.json));
    if ('blank' in readout) throw new Error('the file has no text');
    return readout.resume;
  });
}

// Header/footer text and images of a PDF or DOCX resume, for the parseability check; text, JSON and stdin have none.
async function loadLayout(file: string, io: RolefitCliIo): Promise<ResumeLayout | undefined> {
  if (file === '-') return undefined;
  return withFile(file, async () => {
    const { headerText, footerText, imageCount } = await extractDocumentLayout(file, { timeoutMs: timeLeftMs(io) });
    return { headerText, footerText, imageCount };
  });
}

async function loadJob(file: string, io: RolefitCliIo): Promise<Job> {
  return withFile(file, async () => {
    const bytes = file === '-' ? await stdinBytes(io, MAX_JOB_INPUT_BYTES) : await readFileLimited(file, MAX_JOB_INPUT_BYTES, { timeoutMs: timeLeftMs(io) });
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    if (text.trim() === '') throw new Error('the file is empty');
    const json = /^\s*\{/.test(text);
    const job = json ? parseJob(JSON.parse(text)) : jobFromText(text.slice(0, MAX_JOB_DESCRIPTION_CHARS));
    const cut = json ? job.description.length > MAX_JOB_DESCRIPTION_CHARS : text.length > MAX_JOB_DESCRIPTION_CHARS;
    if (!cut) return job;
    io.stderr.write(`rolefit: ${file === '-' ? 'stdin' : file}: note: the job description was cut to its first ${MAX_JOB_DESCRIPTION_CHARS} characters\n`);
    return { ...job, description: job.description.slice(0, MAX_JOB_DESCRIPTION_CHARS) };
  });
}

/** Runs the `rolefit` command with `argv` (without node and script); resolves to the exit code: 0 done, 1 bad input file, 2 bad arguments. */
export async function main(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  let parsed: ParsedArguments | 'help';
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`rolefit: ${error.message}\n\n${ROLEFIT_USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout.write(ROLEFIT_USAGE);
    return 0;
  }
  try {
    if (parsed.command === 'parse') {
      const resume = await loadResume(parsed.file as string, io);
      // Readable output would only restate the JSON, so both forms print it; --json keeps it on one line for pipes.
      io.stdout.write(`${parsed.json ? JSON.stringify(resume) : JSON.stringify(resume, null, 2)}\n`);
      return 0;
    }
    // Layout and text are read side by side (each in its own worker, under the same limits), so a slow file costs one
    // time limit, not two; a problem found by the layout reader is reported first.
    const [layoutRead, resumeRead] = await Promise.allSettled([loadLayout(parsed.resume as string, io), loadResume(parsed.resume as string, io)]);
    if (layoutRead.status === 'rejected') throw layoutRead.reason;
    if (resumeRead.status === 'rejected') throw resumeRead.reason;
    const layout = layoutRead.value;
    const resume = resumeRead.value;
    const job = await loadJob(parsed.job as string, io);
    const report = scoreResumeAgainstJob(resume, job, { layout, ...(io.now === undefined ? {} : { now: io.now }) });
    io.stdout.write(parsed.json ? `${JSON.stringify(report)}\n` : formatAtsReport(report));
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`rolefit: ${error.message}\n`);
    return 1;
  }
}
