import { finished } from 'node:stream/promises';
import { withoutStackTrace } from '@rolefit/core/internal';
import { decodeTextBytes, detectTextEncoding, type TextEncodingName } from '@rolefit/core/text';
import { lineBreaks } from './line-breaks.js';

/**
 * Largest record of a CSV or TSV file that is read, in bytes as written, separators and quotes included (8 MiB, the
 * JSON Lines reader's line cap: a job record is a few KB, and descriptions are cut at 200,000 characters). Checked
 * after each chunk read (64 KiB), so a quote never closed (the rest of the file one field), a 50 MB field or a line of
 * millions of empty fields holds at most this much, and their fields, in memory.
 */
export const MAX_CSV_RECORD_BYTES = 8 * 1024 * 1024;

/**
 * Most columns a CSV or TSV header may name (a JobSpy export has 36); a record of another count is skipped. A record's
 * fields past this count are let go as they are read (only their number is kept), so a line of millions of separators
 * holds at most this many.
 */
export const MAX_CSV_FIELDS = 10_000;

/** One record of a CSV file: the line it starts on, and its fields by the header's names, or why it was not read. */
export type CsvRecord = { line: number; value: Record<string, string> } | { line: number; error: Error };

/** A failure in the header row: no record of the file can be read. */
export class CsvHeaderError extends Error {}

/** Line breaks (CRLF, LF or CR, as the JSON Lines reader counts them) in `text`. */
function countBreaks(text: string): number {
  let count = 0;
  for (const _ of lineBreaks(text, 0)) count += 1;
  return count;
}

/** The number of blank lines `text` starts with: csv-parse keeps skipped empty lines in the next record's raw text. */
function leadingBreaks(text: string): number {
  let count = 0;
  let index = 0;
  while (index < text.length && (text[index] === '\n' || text[index] === '\r')) {
    index += text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1;
    count += 1;
  }
  return count;
}

/**
 * The records of a CSV (or, with `delimiter` a tab, TSV; with {@link AUTO_DELIMITER} the header row's, see
 * {@link headerDelimiter}) byte stream, read with csv-parse (loaded on first use): the
 * header row names the fields; quoted fields may hold delimiters, line breaks and doubled quotes; a file saved as
 * Windows-1252 is read as such (see `asUtf8`); a UTF-8 BOM is skipped, as is a first line `sep=X` (Excel's way of naming the delimiter, which it then is with `auto`); CRLF, LF
 * and CR end records; empty lines are skipped, and an empty field is left out of its record (as
 * `null` is absent in a JSON record). Each record is numbered by the line it starts on, counted here from its raw text:
 * csv-parse's own line count took a CRLF inside a quoted field for two lines.
 *
 * A record whose field count is not the header's is yielded as an error and skipped. A record over
 * {@link MAX_CSV_RECORD_BYTES}, or a quote still open at the end of the file, ends the read (where the record ends can
 * no longer be told): it is yielded as the last error. Such a failure in the header row, or a header of more than
 * {@link MAX_CSV_FIELDS} columns, is thrown as a {@link CsvHeaderError}. Errors of the source are thrown as they are.
 */
export async function* csvRecords(
  source: AsyncIterable<Buffer>,
  delimiter: string,
  signal?: AbortSignal,
): AsyncGenerator<CsvRecord> {
  const { parse } = await import('csv-parse');
  // The parser is written to by hand, a chunk at a time, and hands each record over from `on_record` (returning null, so
  // nothing queues in the stream): records parsed from a chunk before an error in it are still read, where the
  // stream's own reading dropped them with the error, and no more than one chunk's records wait at once. (A `cast`
  // hook could count a record's fields as they come, but csv-parse builds it a context of the record so far for every
  // field: 17 times slower on a JobSpy file, and quadratic in a record's fields.)
  let parsed: { record: string[]; raw: string; fields: number }[] = [];
  let recordsEnd = 0; // bytes up to the end of the last record
  // Fields of the record still open that were let go past MAX_CSV_FIELDS (see `capOpenRecord`), counted for its message.
  let dropped = 0;
  // With `auto`, the delimiter is the header's (see `headerDelimiter`), read from the first chunk: the parser is made then.
  const makeParser = (chosen: string) =>
    parse({
      delimiter: chosen,
      bom: true,
      raw: true,
      relax_column_count: true,
      // A stray quote inside an unquoted field ('5" screen') is kept as text instead of failing the file.
      relax_quotes: true,
      skip_empty_lines: true,
      // CRLF, LF and CR alike, as the JSON Lines reader takes them. Left to find the file's own, csv-parse tried the three
      // at every byte until it met one, building them anew each time: an 8 MB first line took 7 s, 0.6 s when quoted.
      record_delimiter: ['\r\n', '\n', '\r'],
      max_record_size: MAX_CSV_RECORD_BYTES,
      on_record: (row, context) => {
        const { record, raw } = row as unknown as { record: string[]; raw: string };
        parsed.push({ record, raw, fields: record.length + dropped });
        dropped = 0;
        recordsEnd = context.bytes;
        return null;
      },
    });
  // The delimiter read with, once known (named when a one-column header suggests another).
  let used = delimiter === AUTO_DELIMITER ? undefined : delimiter;
  let parser: ReturnType<typeof makeParser> | undefined = used === undefined ? undefined : makeParser(used);
  // Its error is read from `parser.errored` after each write; the event itself only must not go unheard.
  parser?.on('error', () => {});
  let header: string[] | undefined;
  let sepLine = false; // the file starts with Excel's `sep=X` line, not yet passed
  let line = 1; // where the next record starts
  function* take(): Generator<CsvRecord> {
    const rows = parsed;
    parsed = [];
    for (const row of rows) {
      const start = line + leadingBreaks(row.raw);
      line += countBreaks(row.raw);
      const fields = row.record;
      if (header === undefined && sepLine) {
        // Excel's `sep=;` line names the delimiter (read from it in `excelSeparator`); the header follows it.
        sepLine = false;
        continue;
      }
      if (header === undefined) {
        if (row.fields > MAX_CSV_FIELDS)
          throw new CsvHeaderError(`the header row names ${row.fields} columns, over the ${MAX_CSV_FIELDS} read`);
        header = fields.map((name) => name.trim());
        continue;
      }
      if (row.fields !== header.length) {
        // A line of only blanks is no record, as in a JSON Lines file.
        if (row.fields === 1 && fields[0]?.trim() === '') continue;
        // A header of one column under records of several is most likely read with the wrong delimiter.
        const hint =
          header.length === 1 && row.fields > 1
            ? `; the header was read as one column with the delimiter ${JSON.stringify(used)}: set the file's delimiter`
            : '';
        const message = `the record has ${row.fields} fields, the header ${header.length} (skipped${hint})`;
        yield { line: start, error: withoutStackTrace(() => new Error(message)) };
        continue;
      }
      const value: Record<string, string> = {};
      for (const [index, name] of header.entries()) {
        const field = fields[index] as string;
        // A nameless column (pandas' index) is dropped; of two columns of one name the first is kept.
        if (name !== '' && field !== '' && !Object.hasOwn(value, name)) value[name] = field;
      }
      yield { line: start, value };
    }
  }
  let failure: unknown;
  let written = 0;
  try {
    for await (const chunk of asUtf8(withFirstLine(source))) {
      signal?.throwIfAborted();
      if (written === 0) {
        const separator = excelSeparator(chunk);
        sepLine = separator !== undefined;
        if (parser === undefined && separator !== undefined) used = separator;
      }
      if (parser === undefined) {
        used ??= headerDelimiter(chunk);
        parser = makeParser(used);
        parser.on('error', () => {});
      }
      // Parsed at once: csv-parse's transform is synchronous, and nothing is pushed to hold the write back. Without
      // stack traces: csv-parse builds an error for every record of a count not the header's, even when told to let it
      // pass, and capturing its stack was most of the cost of a file of short ragged lines.
      const open = parser;
      withoutStackTrace(() => open.write(chunk));
      written += chunk.length;
      dropped += capOpenRecord(parser);
      yield* take();
      failure = parser.errored ?? undefined;
      if (!failure && written - recordsEnd > MAX_CSV_RECORD_BYTES) failure = new RecordTooLong();
      if (failure) break;
    }
    if (parser === undefined) return; // an empty file
    if (!failure) {
      parser.end();
      // The last record and the check for an open quote come in the stream's final step, a tick later.
      await finished(parser, { readable: false }).catch((error: unknown) => {
        failure = error;
      });
      yield* take();
    }
  } finally {
    parser?.destroy();
  }
  if (failure === undefined) return;
  const reason = csvFailure(failure);
  if (reason === undefined) throw failure;
  if (header === undefined) throw new CsvHeaderError(`the header row cannot be read: ${reason}`, { cause: failure });
  yield {
    line,
    error: new Error(`the record cannot be read: ${reason}; the rest of the file is not read`, { cause: failure }),
  };
}

/** Most bytes held back so that the first chunk holds the file's first line whole (see {@link withFirstLine}). */
const HEAD_BYTES = 64 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The chunks of a byte stream, the first of them holding the file's first line that is not empty whole, its line break
 * included (or the first {@link HEAD_BYTES}, or the whole stream): the byte-order mark, Excel's `sep=` line and the
 * header's delimiter are read from the first chunk. A FIFO or a pipe hands over what its writer wrote at a time, and a
 * byte-order mark written alone, or a header written in pieces, was a first chunk of no delimiter: a `;` file through
 * `/dev/stdin` was read with commas, every record a bad one. Each byte is looked at once while held.
 */
async function* withFirstLine(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const held: Buffer[] = [];
  let size = 0;
  let started = false; // a byte of the line itself (not the BOM, not a leading line break) was seen
  let passed = false;
  for await (const chunk of source) {
    if (passed) {
      yield chunk;
      continue;
    }
    held.push(chunk);
    for (let index = 0; index < chunk.length && !passed; index += 1) {
      const byte = chunk[index]!;
      const at = size + index;
      if (byte === 0x0a || byte === 0x0d) passed = started;
      else if (!(at < 3 && !started && byte === UTF8_BOM[at])) started = true;
    }
    size += chunk.length;
    if (passed || size >= HEAD_BYTES) {
      passed = true;
      yield held.length === 1 ? chunk : Buffer.concat(held, size);
      held.length = 0;
    }
  }
  if (held.length > 0) yield Buffer.concat(held, size);
}

/**
 * The chunks of a CSV byte stream as UTF-8. A file found to be Windows-1252 (Excel's "CSV" on Windows; core's
 * `detectTextEncoding`, asked at the first chunk holding a byte past ASCII, so no character began before it) is
 * re-encoded chunk by chunk: one byte a character, so a chunk's end cuts none. UTF-8, and UTF-16 after its byte-order
 * mark, pass as they are.
 */
async function* asUtf8(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let encoding: TextEncodingName | undefined;
  let first = true;
  for await (const chunk of source) {
    if (encoding === undefined && ((first && hasByteOrderMark(chunk)) || pastAscii(chunk)))
      encoding = detectTextEncoding(chunk, { partial: true });
    first = false;
    yield encoding === 'windows-1252' ? Buffer.from(decodeTextBytes(chunk, encoding), 'utf8') : chunk;
  }
}

const hasByteOrderMark = (chunk: Buffer) =>
  (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);

function pastAscii(chunk: Buffer): boolean {
  for (const byte of chunk) if (byte >= 0x80) return true;
  return false;
}

/** The `delimiter` of {@link csvRecords} that has it read from the header row. */
export const AUTO_DELIMITER = 'auto';

/** The delimiters a header row is searched for, the first winning ties. */
const DELIMITERS = [',', ';', '\t', '|', '~'] as const;

/**
 * The delimiter of a CSV file by its header row (its first line that is not empty, in the first chunk read): the one
 * of `,` `;` tab `|` `~` found most often outside quotes, a comma on a tie or when none is. Exports written for European spreadsheets use
 * `;` (the Google job skills dump), others `~` (the Wuzzuf dump) or `|`.
 */
export function headerDelimiter(chunk: Buffer): string {
  const counts = new Map<number, number>();
  let quoted = false;
  // The header row is the first that is not empty (csv-parse skips empty lines), after a UTF-8 BOM.
  let start = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (chunk[start] === 0x0a || chunk[start] === 0x0d) start += 1;
  for (const byte of chunk.subarray(start)) {
    if (byte === 0x22) quoted = !quoted;
    else if (!quoted && (byte === 0x0a || byte === 0x0d)) break;
    else if (!quoted) counts.set(byte, (counts.get(byte) ?? 0) + 1);
  }
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter.charCodeAt(0)) ?? 0;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The delimiter a file's first line names the way Excel reads it, `sep=;` (after a UTF-8 BOM; any one character other
 * than a quote or a line break), or undefined when it has no such line. Such a line precedes the header row.
 */
export function excelSeparator(chunk: Buffer): string | undefined {
  return /^\uFEFF?sep=([^"\r\n])(?:\r\n?|\n)/iu.exec(chunk.subarray(0, 16).toString('utf8'))?.[1];
}

/**
 * Lets go of the fields of csv-parse's open record past {@link MAX_CSV_FIELDS} (its `state.record`, which the stream
 * parser exposes), returning how many: such a record is refused whatever its fields say, and a line of 8 MiB of
 * separators held 8 million of them (an array of ~190 MB with its copies) until it ended. Called after each chunk, so
 * at most the cap and one chunk's fields are held. The record csv-parse hands over later has the cap's fields; its
 * count is made whole from what was let go.
 */
function capOpenRecord(parser: object): number {
  const open = (parser as { state?: { record?: unknown } }).state?.record;
  if (!Array.isArray(open) || open.length <= MAX_CSV_FIELDS) return 0;
  const extra = open.length - MAX_CSV_FIELDS;
  open.length = MAX_CSV_FIELDS;
  return extra;
}

/** A record still open after {@link MAX_CSV_RECORD_BYTES}. */
class RecordTooLong extends Error {}

/** What an error that ends the read says of its record, or undefined for another (of the file system: rethrown). */
function csvFailure(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof RecordTooLong || code === 'CSV_MAX_RECORD_SIZE')
    return `it runs over ${MAX_CSV_RECORD_BYTES} bytes (a quote never closed?)`;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quote opened in it is never closed';
  if (typeof code === 'string' && /^(?:CSV_|INVALID_)/.test(code)) return (error as Error).message;
  return undefined;
}
