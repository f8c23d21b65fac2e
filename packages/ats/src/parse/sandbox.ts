import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { checkNumberSetting, OptionalDependencyError, readRecordArgument } from '@rolefit/core/base';
import { ResumeParseError, type ResumeParseErrorCode } from './errors.js';
import type { PageImageLimits } from '../ocr/page-images.js';
import type { ResumeTask } from './read-resume-file.js';

/** Limits on reading one resume file (PDF or DOCX) in a worker thread; every field has a default. */
export interface ExtractionLimits {
  /**
   * Wall-clock limit in milliseconds on reading the file (default 4 000); the worker is terminated then and 'timeout'
   * thrown. It counts from when the worker is ready: starting a new worker (loading its code and the parser's
   * knowledge, the same for every file) has its own limit of 30 s. On a machine so busy that the process ran less than
   * half a core's time meanwhile, the limit waits for it to have run half of `timeoutMs`, up to 8 × `timeoutMs` (at
   * most 30 s): a file is refused for what it costs, not for what else the machine runs.
   */
  timeoutMs?: number | undefined;
  /** Most PDF pages read (default 100); a longer PDF is refused as 'too-many-pages' before any page is read. */
  maxPages?: number | undefined;
  /** Most bytes a PDF's compressed streams may inflate to in all, images aside (default 32 MB); more is 'too-large'. */
  maxDecodedBytes?: number | undefined;
  /** Most bytes inflated from a DOCX's ZIP in all (default 20 MB); more is 'too-large'. */
  maxInflatedBytes?: number | undefined;
  /** Most characters of extracted text (default 300 000); more is 'too-large'. */
  maxTextChars?: number | undefined;
  /** Most growth of the process's resident memory while the worker runs, in MB (default 256); more is 'too-large'. */
  maxMemoryMb?: number | undefined;
}

/** Every key of {@link ExtractionLimits}, so that an unknown key (a typo) is refused with the nearest known one. */
export const EXTRACTION_LIMIT_NAMES = {
  timeoutMs: true,
  maxPages: true,
  maxDecodedBytes: true,
  maxInflatedBytes: true,
  maxTextChars: true,
  maxMemoryMb: true,
} satisfies Record<keyof ExtractionLimits, true>;

/** The limits with every default filled in. */
export type ResolvedLimits = Required<ExtractionLimits>;

/** Default wall-clock limit on reading one resume file: 4 s (hostile files must fail within 5 s). */
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 4_000;
/** Default page cap on PDFs. */
export const DEFAULT_MAX_PDF_PAGES = 100;
/** Default cap on the bytes a PDF's streams inflate to: 32 MB. */
export const DEFAULT_MAX_DECODED_BYTES = 32 * 1024 * 1024;
/** Default cap on extracted (or plain) resume text, in characters. */
export const DEFAULT_MAX_TEXT_CHARS = 300_000;
/** Default cap on the process's memory growth while a worker reads a file, in MB. */
export const DEFAULT_MAX_MEMORY_MB = 256;

/** setTimeout's longest delay: a longer `timeoutMs` fired at once (Node's TimeoutOverflowWarning). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A cap of the limits, checked: a whole number ≥ 1 (`whole`) or a number > 0, or Infinity (no cap). */
function checkCap(entity: string, key: keyof ExtractionLimits, value: unknown, whole: boolean): void {
  if (value === undefined || value === Number.POSITIVE_INFINITY) return;
  checkNumberSetting(entity, key, value, whole ? { integer: true, min: 1 } : { above: 0 });
}

/**
 * The limits with defaults for the fields not given, each checked first (a ValidationError naming it, `entity` the
 * options' type): NaN switched a cap off (every comparison with it is false), a string was compared as one, and a
 * `timeoutMs` of NaN, below 0 or past 2^31 - 1 ms ended the read at once as 'timeout'.
 */
export function resolveLimits(given: ExtractionLimits = {}, entity = 'ExtractionLimits'): ResolvedLimits {
  // Each limit read once, so what is checked is what is used: a getter answering 100 to the check and NaN after gave the
  // parent NaN (no time limit, no memory cap: every comparison with it is false), and the worker, which checks again,
  // refused it as a 'corrupt' file.
  const limits = readRecordArgument(
    entity,
    '',
    given,
    'an object ({ timeoutMs?, maxPages?, … })',
    EXTRACTION_LIMIT_NAMES,
  ) as ExtractionLimits;
  // 0 times out at once (a test's way to get 'timeout'); past MAX_TIMER_MS it did the same by accident.
  checkNumberSetting(entity, 'timeoutMs', limits.timeoutMs, { min: 0, max: MAX_TIMER_MS });
  for (const key of ['maxPages', 'maxDecodedBytes', 'maxInflatedBytes', 'maxTextChars'] as const)
    checkCap(entity, key, limits[key], true);
  checkCap(entity, 'maxMemoryMb', limits.maxMemoryMb, false);
  return {
    timeoutMs: limits.timeoutMs ?? DEFAULT_EXTRACTION_TIMEOUT_MS,
    maxPages: limits.maxPages ?? DEFAULT_MAX_PDF_PAGES,
    maxDecodedBytes: limits.maxDecodedBytes ?? DEFAULT_MAX_DECODED_BYTES,
    maxInflatedBytes: limits.maxInflatedBytes ?? 20 * 1024 * 1024,
    maxTextChars: limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS,
    maxMemoryMb: limits.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB,
  };
}

/** What the worker is asked to do with the bytes ('resume': read any résumé file and parse its text, all in the worker; 'pdf-page-images': a scanned PDF's page images for OCR). */
export type ExtractionTask =
  | { kind: 'pdf-text' }
  | { kind: 'pdf-margins'; countImages: boolean }
  | { kind: 'pdf-page-images'; caps: PageImageLimits }
  | { kind: 'docx-text' }
  | { kind: 'docx-layout' }
  | { kind: 'document-layout'; type: 'odt' | 'rtf' }
  | { kind: 'document-text'; type: DocumentFileType }
  | ResumeTask;

/** The résumé files read by the worker's document readers (not pdf.js, not a text's decoding). */
export type DocumentFileType = 'docx' | 'rtf' | 'odt' | 'html';

/**
 * The message a worker sends back: a value, a {@link ResumeParseError}'s code and message, or the fields of an
 * `OptionalDependencyError` (pdf.js without `@napi-rs/canvas`), which the parent throws again as one.
 */
export type WorkerReply =
  | { ok: true; value: unknown }
  | { ok: false; code: ResumeParseErrorCode; message: string }
  | { ok: false; optionalDependency: { packageName: string; installCommand: string; message: string } };

/** An `OptionalDependencyError` thrown in a worker, as the parent throws it: same package, command and message. */
export function optionalDependencyFromWorker(fields: {
  packageName: string;
  installCommand: string;
  message: string;
}): OptionalDependencyError {
  const error = new OptionalDependencyError(fields.packageName, 'This feature', {
    installCommand: fields.installCommand,
  });
  // The worker's message, which says why the package did not load (its cause stays in the worker).
  error.message = fields.message;
  return error;
}

/** What a new worker says once its code is loaded (and, when asked, the résumé parser warmed up): it takes files now. */
export interface WorkerReady {
  ready: true;
}

/** What a worker is started with: `warm` asks it to run the résumé parser once before it says it is ready. */
export interface WorkerStartData {
  warm: boolean;
}

/**
 * Most time a new worker may take to load its code and warm up before its first file, in milliseconds. It does not
 * depend on the file, so it is not part of the file's `timeoutMs`: on a busy machine the start alone can take seconds.
 */
export const WORKER_START_TIMEOUT_MS = 30_000;

/** What a worker receives for each file (as a message, the bytes transferred). */
export interface WorkerRequest {
  task: ExtractionTask;
  bytes: Uint8Array;
  limits: ResolvedLimits;
}

/**
 * Least share of one CPU core the file must have had while it was read for its `timeoutMs` to run out (its part of the
 * process's CPU time, shared among the files read at once: {@link createCpuShares}): below it the machine is busy with
 * other work (`xargs -P 16 rolefit parse …`, a loaded CI runner) and the file has not had its time; the limit then waits
 * until the file has run `timeoutMs` × this share, up to {@link busyMachineLimitMs}. On a
 * machine with time to spare, a file still runs out at `timeoutMs`.
 */
export const BUSY_MACHINE_SHARE = 0.5;
/** How often a file whose limit waits on a busy machine is checked again, in milliseconds. */
const BUSY_MACHINE_POLL_MS = 50;

/**
 * Most wall-clock time a file with this `timeoutMs` is given on a busy machine (see {@link BUSY_MACHINE_SHARE}): eight
 * times its limit, at most {@link WORKER_START_TIMEOUT_MS} (30 s), never less than the limit itself.
 */
export function busyMachineLimitMs(timeoutMs: number): number {
  return Math.max(timeoutMs, Math.min(8 * timeoutMs, WORKER_START_TIMEOUT_MS));
}

/** The CPU time the process has run so far, in milliseconds (all its threads: the main one and every worker). */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One file being read, as {@link CpuShares} counts it: the CPU time it has been given so far, in milliseconds. */
export interface CpuShare {
  ranMs: number;
}

/** What {@link createCpuShares} returns: files enter when their reading starts and leave when it ends. */
export interface CpuShares {
  /** Starts counting a file's share. */
  enter(): CpuShare;
  /** Brings every share up to now (call before reading one). */
  update(): void;
  /** Stops counting a file's share. */
  leave(share: CpuShare): void;
  /** How many files are being read now. */
  count(): number;
}

/**
 * Splits the process's CPU time among the files read at the same time. Node 20 tells a process's CPU time, not a
 * thread's, so with four files read at once, each file's limit saw the time of all four workers (and read four times
 * the CPU it had had): on a busy machine files that had had half their time ran out ('timeout' for 4 of 60 Kaggle
 * PDFs read four at a time, none one at a time). Each interval's CPU time is now shared equally among the files read
 * during it. `readCpuMs` is for tests.
 */
export function createCpuShares(readCpuMs: () => number = processCpuMs): CpuShares {
  const active = new Set<CpuShare>();
  let last = readCpuMs();
  const update = () => {
    const now = readCpuMs();
    const ran = now - last;
    last = now;
    if (active.size === 0) return;
    for (const share of active) share.ranMs += ran / active.size;
  };
  return {
    enter() {
      update();
      const share = { ranMs: 0 };
      active.add(share);
      return share;
    },
    update,
    leave(share) {
      update();
      active.delete(share);
    },
    count: () => active.size,
  };
}

// The files this process reads at once, for their limits' CPU time.
const cpuShares = createCpuShares();

/** What the parent sends a worker it no longer waits for: exit at your next turn (see {@link stopWorker}). */
export interface WorkerStop {
  stop: true;
}

/** How long a worker told to stop may take to exit by itself before it is terminated, in milliseconds. */
export const STOP_GRACE_MS = 250;

/**
 * Stops a worker whose answer is no longer wanted (a timeout, a memory limit): asks it to exit at its next turn of the
 * event loop, and terminates it only when it has not within {@link STOP_GRACE_MS}. `worker.terminate()` at an arbitrary
 * moment can land between node:zlib creating a native handle and initialising it (the PDF stream budget and the DOCX
 * ZIP reader inflate in the worker); Node 20 then aborts the whole process in the worker's cleanup ("Assertion failed:
 * init_done_ && "close before init"", seen once in CI on the test that times a PDF out at 0 ms). A worker that exits
 * between two of its tasks holds no half-made handle; one stuck in a long synchronous step is still terminated.
 */
export function stopWorker(worker: Worker): void {
  const force = setTimeout(() => void worker.terminate().catch(() => undefined), STOP_GRACE_MS);
  force.unref();
  worker.once('exit', () => clearTimeout(force));
  worker.postMessage({ stop: true } satisfies WorkerStop);
}

const MB = 1024 * 1024;
// How often the parent samples the process's resident memory while a worker runs.
const MEMORY_POLL_MS = 20;

declare const __filename: string | undefined;

// This module's URL: import.meta.url in ESM (sources and the ESM build); the CommonJS build empties import.meta, and
// has the module's own __filename instead (a global __filename, as `node -e` sets, must not be taken in ESM).
function moduleUrl(): string {
  const url = (import.meta as { url?: string }).url;
  if (url) return url;
  if (typeof __filename === 'string' && __filename) return pathToFileURL(__filename).href;
  throw new Error('@rolefit/ats: cannot tell where the package is installed');
}

let devWorker: Promise<URL> | undefined;

/** The worker script: the built `extract-worker.js` next to the bundle, or (from sources) the TypeScript entry bundled once with esbuild. */
async function workerUrl(): Promise<URL> {
  const here = moduleUrl();
  // dist/index.js, dist/index.cjs and their chunks sit next to it; a program bundled for tests has an .mjs.
  for (const candidate of ['./extract-worker.js', './extract-worker.mjs']) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return url;
  }
  const source = new URL('./extract-worker.ts', here);
  if (existsSync(source)) return (devWorker ??= bundleDevWorker(source));
  // Typically an app bundle (esbuild, webpack) that inlined this package: its worker file is not beside the bundle.
  throw new Error(
    `@rolefit/ats: the extraction worker (extract-worker.js) is missing next to ${fileURLToPath(new URL('.', here))}. ` +
      'An app bundle that inlines @rolefit/ats cannot start it: leave the package out of the bundle (esbuild ' +
      '--external:@rolefit/ats, webpack externals, Next.js serverExternalPackages) and install it beside the app',
  );
}

// Running from sources (tests): Node cannot start a .ts worker, so the entry is bundled with esbuild (a dev dependency) into
// node_modules/.cache, where its bare imports (pdfjs-dist, yauzl, htmlparser2, zod) resolve from the package's own node_modules.
async function bundleDevWorker(source: URL): Promise<URL> {
  const esbuildName = 'esbuild';
  const esbuild = (await import(esbuildName)) as { build(options: Record<string, unknown>): Promise<unknown> };
  const out = new URL('../../node_modules/.cache/rolefit-ats/', source);
  const coreSource = new URL('../../../core/src/index.ts', source);
  // The folder, so that subpaths resolve too: `@rolefit/core/internal` → core/src/internal/index.ts.
  const coreSources = new URL('../../../core/src', source);
  await mkdir(out, { recursive: true });
  const target = new URL('extract-worker.mjs', out);
  const temporary = new URL(`extract-worker.${process.pid}.${Date.now()}.mjs`, out);
  await esbuild.build({
    entryPoints: [fileURLToPath(source)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // @rolefit/core is bundled from its sources (its dist/ may be stale or missing while testing); other packages stay external.
    alias: existsSync(coreSource) ? { '@rolefit/core': fileURLToPath(coreSources) } : {},
    external: [
      'pdfjs-dist',
      'pdfjs-dist/*',
      'docx',
      'zod',
      'node-llama-cpp',
      'yauzl',
      'htmlparser2',
      ...(existsSync(coreSource) ? [] : ['@rolefit/core', '@rolefit/core/*']),
    ],
    outfile: fileURLToPath(temporary),
    logLevel: 'silent',
  });
  // A rename is atomic, so parallel test processes never start a half-written file.
  await rename(temporary, target);
  return target;
}

// Idle workers kept for the next file: starting a worker and loading pdf.js in it costs a few hundred milliseconds, and
// pdf.js runs two to three times slower until V8 has compiled it in that worker (tens of files), so a batch of files
// reuses them. A worker that timed out, hit a memory limit or failed is never reused; one that has read
// MAX_TASKS_PER_WORKER files is retired, and an idle one ends after IDLE_MS (idle workers never keep the process alive).
const MAX_IDLE_WORKERS = 2;
const MAX_TASKS_PER_WORKER = 1_000;
const IDLE_MS = 30_000;

interface PooledWorker {
  worker: Worker;
  heapMb: number;
  tasks: number;
  /** Whether the worker has said it is ready (loaded, and warmed up when asked). */
  ready: boolean;
  idleTimer?: NodeJS.Timeout;
}

const idleWorkers: PooledWorker[] = [];

// Options of the parent's command line that apply to its own entry, not to a worker's file: `node --input-type=module -e …`
// would otherwise start the worker with ERR_INPUT_TYPE_NOT_ALLOWED.
const ENTRY_OPTIONS = new Set(['--input-type', '-e', '--eval', '-p', '--print']);

/** The parent's Node options without those that only make sense for its own entry point (and their values). */
export function workerExecArgv(parentArguments: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < parentArguments.length; index++) {
    const argument = parentArguments[index] as string;
    const name = argument.split('=', 1)[0] as string;
    if (!ENTRY_OPTIONS.has(name)) kept.push(argument);
    // "--input-type module", "-e <script>": without "=", the value is the next argument.
    else if (!argument.includes('=')) index++;
  }
  return kept;
}

/**
 * The options a worker thread refused, as Node's ERR_WORKER_INVALID_EXEC_ARGV names them
 * (`Initiated Worker with invalid execArgv flags: --max-old-space-size=512, --expose-gc`).
 */
export function refusedExecArgv(message: string): Set<string> {
  const listed = /invalid execArgv flags: (.*)$/s.exec(message)?.[1];
  return new Set(listed === undefined ? [] : listed.split(', '));
}

// The worker's options once a worker thread has started with them (undefined until then).
let acceptedExecArgv: string[] | undefined;

/**
 * A worker thread started with the parent's Node options, less those of its entry point and those a worker refuses:
 * V8 and process-wide options (`node --max-old-space-size=4096`, `--stack-size`, `--expose-gc`, `--title`, …) throw
 * ERR_WORKER_INVALID_EXEC_ARGV, yet already apply to the whole process, so they are left out (all options, if Node's
 * message does not name them).
 */
function newWorkerThread(url: URL, options: Omit<WorkerOptions, 'execArgv'>): Worker {
  // Taken when the first worker starts (Node >= 20.16): the module is not loaded by every import of @rolefit/ats.
  const { Worker: WorkerThread } = process.getBuiltinModule('node:worker_threads');
  const execArgv = acceptedExecArgv ?? workerExecArgv(process.execArgv);
  try {
    const worker = new WorkerThread(url, { ...options, execArgv });
    acceptedExecArgv = execArgv;
    return worker;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    const refused = refusedExecArgv(String((error as Error).message));
    const kept = execArgv.filter((argument) => !refused.has(argument));
    const worker = new WorkerThread(url, { ...options, execArgv: kept.length < execArgv.length ? kept : [] });
    acceptedExecArgv = kept.length < execArgv.length ? kept : [];
    return worker;
  }
}

function startWorker(url: URL, heapMb: number, warm: boolean): PooledWorker {
  const worker = newWorkerThread(url, {
    workerData: { warm } satisfies WorkerStartData,
    // The V8 heap of the worker is capped; typed arrays live outside it, so the parent also watches the process's RSS.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
  });
  const pooled: PooledWorker = { worker, heapMb, tasks: 0, ready: false };
  worker.on('exit', () => {
    const index = idleWorkers.indexOf(pooled);
    if (index !== -1) idleWorkers.splice(index, 1);
  });
  return pooled;
}

function takeWorker(url: URL, heapMb: number, warm: boolean): PooledWorker {
  const index = idleWorkers.findIndex((pooled) => pooled.heapMb === heapMb);
  if (index === -1) return startWorker(url, heapMb, warm);
  const [pooled] = idleWorkers.splice(index, 1) as [PooledWorker];
  clearTimeout(pooled.idleTimer);
  pooled.worker.ref();
  return pooled;
}

function returnWorker(pooled: PooledWorker): void {
  pooled.tasks++;
  if (pooled.tasks >= MAX_TASKS_PER_WORKER || idleWorkers.length >= MAX_IDLE_WORKERS) {
    void pooled.worker.terminate().catch(() => undefined);
    return;
  }
  pooled.worker.unref();
  pooled.idleTimer = setTimeout(() => {
    const index = idleWorkers.indexOf(pooled);
    if (index !== -1) idleWorkers.splice(index, 1);
    void pooled.worker.terminate().catch(() => undefined);
  }, IDLE_MS);
  pooled.idleTimer.unref();
  idleWorkers.push(pooled);
}

/**
 * Runs an extraction task on a copy of `bytes` in a worker thread that can be stopped: terminated after `timeoutMs`
 * ('timeout'; counted from when the worker is ready, a new worker's start having its own limit,
 * {@link WORKER_START_TIMEOUT_MS}), when its heap hits `resourceLimits` or the process grows by more than `maxMemoryMb`
 * ('too-large'); errors thrown in the worker come back as {@link ResumeParseError}s with their codes (an
 * `OptionalDependencyError`, such as pdf.js missing `@napi-rs/canvas`, as one with its package, command and message).
 */
export async function runExtraction<T>(
  task: ExtractionTask,
  bytes: Uint8Array,
  limits: ExtractionLimits = {},
): Promise<T> {
  const resolved = resolveLimits(limits);
  const url = await workerUrl();
  // A copy is handed over (transferred, not cloned twice); the caller's bytes stay untouched. `new Uint8Array(bytes)`, not
  // `bytes.slice()`: a Node Buffer's slice is a view of the same memory, so transferring it emptied the caller's Buffer
  // (`fs.readFileSync(path)` read back as 0 bytes after `parseResumeFile(buffer)`).
  const copy = new Uint8Array(bytes);
  const request: WorkerRequest = { task, bytes: copy, limits: resolved };
  const heapMb = Math.max(64, Math.min(384, resolved.maxMemoryMb));
  return new Promise<T>((resolve, reject) => {
    // A worker started for a résumé runs the parser once before it is ready, so that building the parser's tables
    // (the same for every file) is not timed as reading this one.
    const pooled = takeWorker(url, heapMb, task.kind === 'resume');
    const { worker } = pooled;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let watch: NodeJS.Timeout | undefined;
    // This file's share of the process's CPU time, once it is sent.
    let share: CpuShare | undefined;
    const finish = (reusable: boolean, settle: () => void) => {
      if (settled) return;
      settled = true;
      if (share) cpuShares.leave(share);
      clearTimeout(timer);
      clearInterval(watch);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) returnWorker(pooled);
      else stopWorker(worker);
      settle();
    };
    const fail = (code: ResumeParseErrorCode, message: string, cause?: unknown) =>
      finish(false, () => reject(new ResumeParseError(code, message, cause === undefined ? undefined : { cause })));
    // The file's limits start once the worker is ready: its time, and its memory from what the loaded worker holds.
    const send = () => {
      clearTimeout(timer);
      const started = performance.now();
      share = cpuShares.enter();
      const stretched = busyMachineLimitMs(resolved.timeoutMs);
      // At `timeoutMs` the file has had its time, unless the process hardly ran (a busy machine): then it waits for the
      // process to have run its share, up to `stretched`.
      // Whether the limit waited on a busy machine (said in the message; a late timer alone is not a busy machine's).
      let waited = false;
      const check = () => {
        const elapsed = performance.now() - started;
        cpuShares.update();
        const ranMs = share?.ranMs ?? 0;
        if (ranMs >= resolved.timeoutMs * BUSY_MACHINE_SHARE || elapsed >= stretched) {
          const busy = waited ? ` (${Math.round(elapsed)} ms on a busy machine)` : '';
          fail('timeout', `Reading the file took longer than ${resolved.timeoutMs} ms${busy}`);
        } else {
          waited = true;
          timer = setTimeout(check, Math.min(BUSY_MACHINE_POLL_MS, Math.max(1, stretched - elapsed)));
        }
      };
      timer = setTimeout(check, resolved.timeoutMs);
      const baseline = process.memoryUsage.rss();
      watch = setInterval(() => {
        // The process's memory is likewise all its files': while several are read at once, it may grow by each one's
        // limit (eight Kaggle PDFs read at once, each well under 256 MB, ran out together).
        const grown = process.memoryUsage.rss() - baseline;
        if (grown > resolved.maxMemoryMb * MB * Math.max(1, cpuShares.count()))
          fail('too-large', `Reading the file needed more than ${resolved.maxMemoryMb} MB of memory`);
      }, MEMORY_POLL_MS);
      worker.postMessage(request, [copy.buffer as ArrayBuffer]);
    };
    const onMessage = (reply: WorkerReply | WorkerReady) => {
      if ('ready' in reply) {
        pooled.ready = true;
        if (!settled) send();
        return;
      }
      // A typed refusal leaves the worker sound (it stopped by throwing); it is reused like after a success.
      if (reply.ok) finish(true, () => resolve(reply.value as T));
      else if ('optionalDependency' in reply)
        finish(true, () => reject(optionalDependencyFromWorker(reply.optionalDependency)));
      else finish(true, () => reject(new ResumeParseError(reply.code, reply.message)));
    };
    const onError = (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        fail('too-large', 'Reading the file ran out of its memory limit', error);
      else if (error instanceof RangeError)
        fail('too-large', `The file is too complex to read: ${error.message}`, error);
      else fail('corrupt', `The file could not be read: ${error.message}`, error);
    };
    const onExit = (code: number) => fail('corrupt', `The reader stopped (exit code ${code}) before answering`);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    if (pooled.ready) send();
    else
      timer = setTimeout(
        () => fail('timeout', `The reader did not start within ${WORKER_START_TIMEOUT_MS} ms`),
        WORKER_START_TIMEOUT_MS,
      );
  });
}
