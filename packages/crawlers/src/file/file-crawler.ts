import {
  checkNumberSetting,
  FileIdleTimeoutError,
  fileSystemReason,
  readFileChunks,
  withoutStackTrace,
} from '@rolefit/core/internal';
import {
  invalidSetting,
  jobSchema,
  parseJob,
  pickKnownKeys,
  rejectUnknownKeys,
  RolefitError,
  type Crawler,
  type CrawlOptions,
  type Job,
} from '@rolefit/core';
import { checkCrawlLimit, checkCrawlOptions } from '../crawl-tally/index.js';
import { isRecord, jobInputFromExport, withFieldsFromText } from '../mapping/index.js';
import { AUTO_DELIMITER, CsvHeaderError, csvRecords } from './csv-records.js';
import { lineBreaks } from './line-breaks.js';

/** Settings for {@link createFileCrawler}. */
export interface FileCrawlerSettings {
  /**
   * A `.json` file holding an array of jobs, a `.jsonl`/`.ndjson` file with one job per line, or a `.csv` (`.tsv`,
   * `.tab`: tab-separated) file with a header row naming the fields and one job a record.
   */
  path: string;
  /** Crawler name; also the `source` given to records that have none (default `file`). */
  name?: string | undefined;
  /** Forces the format instead of guessing it from the extension. */
  format?: 'json' | 'jsonl' | 'csv' | 'tsv' | undefined;
  /**
   * The field delimiter of a CSV file, one character other than a quote or a line break. By default a `.csv` file's is
   * the one of `,` `;` tab `|` `~` its header row holds most often (a comma on a tie), a `.tsv` file's a tab. Refused
   * for a JSON or JSON Lines file.
   */
  delimiter?: string | undefined;
  /**
   * Maps each raw record to a job input first, e.g. to rename a foreign export's fields. What it returns is read as an
   * export's record is (see {@link createFileCrawler}).
   */
  map?: ((record: Record<string, unknown>) => unknown) | undefined;
  /**
   * Put before every record's id (`'kaggle-linkedin:'` makes `3884430259` `kaggle-linkedin:3884430259`). A store keeps
   * one job per id, and a file's ids are kept as written (default: no prefix), so two files whose ids overlap (two
   * dumps numbering their rows from 1) replace each other's jobs, counted as `updated`; the shipped adapters write
   * `source:externalId` for the same reason.
   */
  idPrefix?: string | undefined;
  /**
   * Longest the path may give nothing when it is a FIFO, a terminal or a device, in milliseconds (default 5 000): then the
   * crawl fails with a {@link FileSourceError}. Without it a FIFO nobody writes to held the crawl, and the process,
   * for ever. The wait starts again at every chunk read, so a producer feeding a FIFO slowly but steadily (a process
   * substitution, `<(zcat jobs.jsonl.gz)`) is read whole however long it takes. A regular file never waits.
   */
  idleTimeoutMs?: number | undefined;
}

/** Default of {@link FileCrawlerSettings.idleTimeoutMs}: a FIFO or device silent for 5 s fails the crawl. */
const DEFAULT_IDLE_TIMEOUT_MS = 5_000;

/** Thrown (through `onProgress`) for one record that is not valid JSON or CSV, or not a valid Job. */
export class FileRecordError extends RolefitError {
  override readonly name: string = 'FileRecordError';
  /** Always `ROLEFIT_FILE_RECORD`. */
  declare readonly code: 'ROLEFIT_FILE_RECORD';

  constructor(
    message: string,
    /** The file read. */
    readonly path: string,
    /** 1-based line (JSONL; the line a CSV or TSV record starts on) or 0-based array index (JSON). */
    readonly position: number,
    options?: { cause?: unknown },
  ) {
    super('ROLEFIT_FILE_RECORD', message, { cause: options?.cause });
  }
}

/**
 * Thrown when the file as a whole cannot be read: missing or unreadable, not JSON, JSON that is not an array, or a CSV
 * file whose header row cannot be read.
 */
export class FileSourceError extends RolefitError {
  override readonly name: string = 'FileSourceError';
  /** Always `ROLEFIT_FILE_SOURCE`. */
  declare readonly code: 'ROLEFIT_FILE_SOURCE';

  constructor(
    message: string,
    /** The file named by the crawler's `path` setting. */
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super('ROLEFIT_FILE_SOURCE', message, { setting: 'path', cause: options?.cause });
  }
}

/**
 * The FileSourceError for a failed read: says plainly what the system ran into (or that a FIFO or device stayed silent),
 * keeps the system error as the cause.
 */
function readFailure(path: string, error: unknown): FileSourceError {
  const reason =
    error instanceof FileIdleTimeoutError
      ? `nothing ${error.writerSeen ? 'more ' : ''}came from it within ${error.idleTimeoutMs} ms (${error.writerSeen ? 'a writer that never finished' : 'a FIFO or device nobody writes to'}; idleTimeoutMs sets the wait)`
      : (fileSystemReason(error) ?? (error instanceof Error ? error.message : String(error)));
  return new FileSourceError(`jobs file ${path}: ${reason}`, path, { cause: error });
}

/**
 * The file's bytes a chunk at a time (core's reader: opened without blocking, a FIFO's or device's silence bounded by
 * `idleTimeoutMs`). Whatever the read throws but an abort is the file's, a FileSourceError: it passes as it is through
 * the CSV and line readers.
 */
async function* fileChunks(
  path: string,
  idleTimeoutMs: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<Buffer> {
  try {
    yield* readFileChunks(path, { idleTimeoutMs, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw readFailure(path, error);
  }
}

/**
 * UTF-8 text from chunks of bytes: a character cut by a chunk's end is decoded with the next chunk (a FIFO's writes
 * cut them anywhere), a bad byte becomes U+FFFD. A byte-order mark at the start (Notepad's and PowerShell's UTF-8) is
 * dropped: kept, it made the first line invalid JSON and its job a bad record.
 */
async function* utf8Text(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * Longest line of a JSON Lines file that is parsed, in characters (8 MiB; a job record is a few KB, and descriptions are
 * cut at 200,000 characters). A longer line is reported as a bad record and skipped while it is read, so memory stays
 * bounded: Node's readline held a line whole, and `/dev/zero` or a file of one endless line grew to 630 MB and failed
 * with V8's "Invalid string length".
 */
const MAX_JSONL_LINE_CHARS = 8 * 1024 * 1024;

/**
 * Largest `.json` file read (64 MiB): a JSON array is parsed whole, which takes several times its size in memory. A
 * larger export belongs in JSON Lines, read line by line. `readFile` read `/dev/zero` until V8's string limit (632 MB).
 */
const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;

/** The file's text, or a FileSourceError once it holds more than `maxBytes` (counted while read: `stat` may say 0). */
async function readCapped(
  path: string,
  maxBytes: number,
  idleTimeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of fileChunks(path, idleTimeoutMs, signal)) {
    total += chunk.length;
    if (total > maxBytes)
      throw new FileSourceError(
        `jobs file ${path} holds more than ${maxBytes} bytes; a larger export belongs in a .jsonl file, one job per line`,
        path,
      );
    chunks.push(chunk);
  }
  // Decoded as utf8Text decodes: a byte-order mark at the start is dropped (JSON.parse refuses it).
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks, total));
}

/**
 * The lines of a text stream (breaks: CRLF, LF or CR, as readline splits them), each a string, or the length of a line
 * longer than `maxChars`, whose characters are counted and dropped instead of kept. `signal` is checked per chunk, so
 * a line that never ends (`/dev/zero`) can still be stopped.
 */
async function* cappedLines(
  chunks: AsyncIterable<string>,
  maxChars: number,
  signal?: AbortSignal,
): AsyncGenerator<string | number> {
  let line = '';
  let dropped = -1; // characters of the current over-long line, or -1
  let afterCr = false; // the previous chunk ended in CR: an LF that starts this one belongs to that break
  const take = (chunk: string, start: number, stop: number) => {
    if (dropped >= 0) dropped += stop - start;
    else if (line.length + stop - start > maxChars) dropped = line.length + stop - start;
    else line += chunk.slice(start, stop);
  };
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    let start = afterCr && chunk.startsWith('\n') ? 1 : 0;
    afterCr = false;
    for (const [end, next] of lineBreaks(chunk, start)) {
      take(chunk, start, end);
      yield dropped >= 0 ? dropped : line;
      line = '';
      dropped = -1;
      if (chunk[end] === '\r' && end + 1 === chunk.length) afterCr = true;
      start = next;
    }
    take(chunk, start, chunk.length);
  }
  if (dropped >= 0) yield dropped;
  else if (line !== '') yield line;
}

/** The format a file's name says: `.jsonl`/`.ndjson`, `.csv`, `.tsv`/`.tab`, else JSON. */
function formatOf(path: string): NonNullable<FileCrawlerSettings['format']> {
  if (/\.(?:jsonl|ndjson)$/i.test(path)) return 'jsonl';
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(?:tsv|tab)$/i.test(path)) return 'tsv';
  return 'json';
}

/** The names of spreadsheet workbooks (Excel, OpenDocument, Numbers), whose rows are read once saved as CSV. */
const SPREADSHEET = /\.(?:xlsx|xlsm|xlsb|xls|ods|numbers)$/i;

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const FILE_CRAWLER_SETTINGS_NAMES = {
  path: true,
  name: true,
  format: true,
  delimiter: true,
  map: true,
  idPrefix: true,
  idleTimeoutMs: true,
} satisfies Record<keyof FileCrawlerSettings, true>;

/**
 * The Job fields of a record (its unknown top-level keys dropped), with `source` when it has none. A plain object's are
 * picked before the `source` is added: copying the whole record to add it first cost as much again as the rest of
 * reading a record under a header of thousands of columns.
 */
function knownJobFields(input: unknown, source: string): unknown {
  if (isRecord(input)) {
    const known = pickKnownKeys(jobSchema, input) as Record<string, unknown>;
    if (!('source' in input)) known.source = source;
    return known;
  }
  return pickKnownKeys(
    jobSchema,
    typeof input === 'object' && input !== null && !('source' in input) ? { ...input, source } : input,
  );
}

/** The `idPrefix` setting, refused with a ValidationError when it is not a string. */
function checkIdPrefix(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw invalidSetting('FileCrawlerSettings', 'idPrefix', `must be a string, got ${typeof value}`);
}

/**
 * A Crawler over jobs exported to a local JSON, JSON Lines, CSV or TSV file; bad records are reported and skipped.
 *
 * Records need not be Rolefit jobs: the exports of common scrapers and job-board dumps (JobSpy's, for one) are read
 * as they are, JSON or CSV alike: a CSV file's header row names the fields, and an empty field is absent, so a JobSpy
 * export written with pandas' `to_csv` gives the jobs its JSON Lines give. Fields Rolefit does not know are dropped; null
 * or a blank string in an optional field is absent; a
 * `location` given as text ("Tel Aviv, Israel") is read with core's `parseLocationText`, and `skills` given as text
 * as a comma-separated list; JobSpy's `job_url`, `site` (the job's `source`), `date_posted`, `job_type`,
 * `min_amount`/`max_amount`/`currency`/`interval` and `is_remote` fill the Job's `url`, `source`, `postedAt`,
 * `employmentType`, `salary` and `location.workplace` when the record has none of its own, as do the columns of common
 * job-board dumps in any case ("Job Title", `company_name`, `listed_time`, "Salary Estimate", `city`/`state`); a record
 * with no id of any name gets a stable one from its content. A record still not a valid Job is reported as a
 * FileRecordError naming the field. Last, what the description states and the record does
 * not give is read from it as the API crawlers read it: skills, seniority (from the title), years of experience and
 * pay (a record's own skills, `experienceLevel`, `experienceYears` and `salary` win).
 */
export function createFileCrawler(settings: FileCrawlerSettings): Crawler<Job> {
  rejectUnknownKeys('FileCrawlerSettings', settings, FILE_CRAWLER_SETTINGS_NAMES, { required: true });
  const name = settings.name ?? 'file';
  const idPrefix = checkIdPrefix(settings.idPrefix);
  const idleTimeoutMs =
    checkNumberSetting('FileCrawlerSettings', 'idleTimeoutMs', settings.idleTimeoutMs, { min: 1 }) ??
    DEFAULT_IDLE_TIMEOUT_MS;
  // Checked here, as the other settings are: not a string, it failed the first read with Node's argument error.
  if (typeof settings.path !== 'string' || settings.path.trim() === '')
    throw invalidSetting(
      'FileCrawlerSettings',
      'path',
      `must be a file's path, got ${typeof settings.path === 'string' ? 'an empty string' : settings.path === null ? 'null' : typeof settings.path}`,
    );
  // A workbook's name falls to the JSON reader, which said "not valid JSON (Unexpected token 'P', "PK…")".
  if (settings.format === undefined && SPREADSHEET.test(settings.path))
    throw invalidSetting(
      'FileCrawlerSettings',
      'path',
      `${JSON.stringify(settings.path)} is a spreadsheet workbook, which is not read: save it as CSV (UTF-8) and read that`,
    );
  const format = settings.format ?? formatOf(settings.path);
  const { delimiter } = settings;
  if (delimiter !== undefined && (typeof delimiter !== 'string' || !/^[^"\r\n]$/u.test(delimiter)))
    throw invalidSetting(
      'FileCrawlerSettings',
      'delimiter',
      `must be one character other than a quote or a line break, got ${typeof delimiter === 'string' ? JSON.stringify(delimiter.slice(0, 20)) : typeof delimiter}`,
    );
  // Read only for CSV and TSV: given for a JSON file, it was passed over without a word.
  if (delimiter !== undefined && format !== 'csv' && format !== 'tsv')
    throw invalidSetting(
      'FileCrawlerSettings',
      'delimiter',
      `is read for CSV and TSV files only; ${JSON.stringify(settings.path)} is read as ${format === 'json' ? 'JSON' : 'JSON Lines'} (${settings.format === undefined ? 'by its name' : 'format'})`,
    );

  async function* records(
    signal: AbortSignal | undefined,
  ): AsyncGenerator<{ position: number; value: unknown } | { position: number; error: Error }> {
    if (format === 'json') {
      const text = await readCapped(settings.path, MAX_JSON_FILE_BYTES, idleTimeoutMs, signal);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new FileSourceError(
          `jobs file ${settings.path}: not valid JSON (${(error as Error).message}); a .jsonl file holds one job per line`,
          settings.path,
          { cause: error },
        );
      }
      if (!Array.isArray(parsed))
        throw new FileSourceError(`jobs file ${settings.path} must hold a JSON array of jobs`, settings.path);
      for (const [position, value] of parsed.entries()) yield { position, value };
      return;
    }
    if (format === 'csv' || format === 'tsv') {
      // Streamed: at most a record (capped) and a read chunk are held at once. A record's field count that is not the
      // header's is reported as a bad record; a record over the caps, or a quote never closed, ends the read.
      try {
        for await (const record of csvRecords(
          fileChunks(settings.path, idleTimeoutMs, signal),
          delimiter ?? (format === 'csv' ? AUTO_DELIMITER : '\t'),
          signal,
        )) {
          yield 'value' in record
            ? { position: record.line, value: record.value }
            : { position: record.line, error: record.error };
        }
      } catch (error) {
        if (signal?.aborted) signal.throwIfAborted();
        if (error instanceof CsvHeaderError)
          throw new FileSourceError(`jobs file ${settings.path}: ${error.message}`, settings.path, {
            cause: error,
          });
        // The read's own failures (a directory fails its first read, EISDIR) are FileSourceErrors already.
        throw error;
      }
      return;
    }
    // Line by line, so a large export is never held in memory at once. Abort is checked per chunk and per record; the
    // file is closed however the loop ends (the readers' `return` reaches core's, which closes it).
    let lineNumber = 0;
    for await (const line of cappedLines(
      utf8Text(fileChunks(settings.path, idleTimeoutMs, signal)),
      MAX_JSONL_LINE_CHARS,
      signal,
    )) {
      signal?.throwIfAborted();
      lineNumber += 1;
      if (typeof line === 'number') {
        yield {
          position: lineNumber,
          error: new Error(`the line is ${line} characters long, over the ${MAX_JSONL_LINE_CHARS} read (skipped)`),
        };
        continue;
      }
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { position: lineNumber, error: error as Error };
        continue;
      }
      yield { position: lineNumber, value };
    }
  }

  return {
    name,
    async *crawl(options: CrawlOptions = {}) {
      // Each option's kind checked first (crawl-tally's checkCrawlOptions, as the API crawlers).
      const { signal, since, onProgress } = checkCrawlOptions(options);
      const limit = checkCrawlLimit(options.limit);
      let items = 0;
      let errors = 0;
      // A limit of 0 reads nothing (the check after each yield came too late for it).
      if (limit === 0) {
        onProgress?.({ type: 'done', source: name, pages: 0, items, errors });
        return;
      }
      for await (const record of records(signal)) {
        signal?.throwIfAborted();
        let job: Job;
        try {
          if ('error' in record) throw record.error;
          const value = record.value as Record<string, unknown>;
          const mapped = settings.map ? settings.map(value) : value;
          const input = isRecord(mapped) ? jobInputFromExport(mapped) : mapped;
          if (idPrefix && isRecord(input) && (typeof input.id === 'string' || typeof input.id === 'number'))
            input.id = `${idPrefix}${input.id}`;
          // Records from other systems may carry fields of their own: the unknown top-level ones are dropped
          // (nested objects stay strict), where a typed Job with an unknown key is refused.
          // A bad record's ValidationError gets no stack trace (it would point here): capturing one was about half the
          // cost of refusing a record, and a file may hold millions.
          const valid = withoutStackTrace(() => parseJob(knownJobFields(input, name)));
          if (since && valid.postedAt && valid.postedAt < since) continue;
          // What the description states and the record does not give (skills, seniority, years, pay) is read as the
          // API crawlers read it (after the `since` check: a job left out is not read); the record's own fields win.
          // The description is already cut by parseJob.
          job = withFieldsFromText(valid);
        } catch (error) {
          errors += 1;
          const reason = (error as Error).message;
          onProgress?.({
            type: 'error',
            source: name,
            error: withoutStackTrace(
              () =>
                new FileRecordError(
                  // A line number for JSON Lines and CSV, an array index (from 0) for JSON: "record 1" named the first
                  // line of one and the second item of the other.
                  `${settings.path} ${format === 'json' ? `[${record.position}]` : `line ${record.position}`}: ${reason}`,
                  settings.path,
                  record.position,
                  { cause: error },
                ),
            ),
          });
          continue;
        }
        items += 1;
        onProgress?.({ type: 'item', source: name, id: job.id });
        yield job;
        if (limit !== undefined && items >= limit) break;
      }
      onProgress?.({ type: 'done', source: name, pages: 1, items, errors });
    },
  };
}
