import { crc32 } from 'node:zlib';
import { StoreFileError } from '../../errors/index.js';

/**
 * The journal beside a store's snapshot: one line per change, `<crc32 of the JSON, 8 hex digits> <JSON>\n`, the first
 * line a header naming the snapshot generation it follows. Lines written before checksums (plain `{…}` JSON) are
 * still read.
 */
export const JOURNAL_FORMAT = 'rolefit-memory-store-journal';

/** One journal line, checksummed, newline included. */
export function journalLine(value: unknown): string {
  const json = JSON.stringify(value);
  return `${checksumOf(json)} ${json}\n`;
}

/** The header line that starts a journal following the snapshot of `generation`. */
export function journalHeader(generation: number): string {
  return journalLine({ format: JOURNAL_FORMAT, generation });
}

function checksumOf(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

/** The parsed value of one line, or undefined when it is torn or its checksum does not match. */
export function readJournalLine(line: string): { value: unknown } | undefined {
  let json = line;
  if (/^[0-9a-f]{8} /.test(line)) {
    json = line.slice(9);
    if (checksumOf(json) !== line.slice(0, 8)) return undefined;
  } else if (!line.startsWith('{')) return undefined;
  try {
    return { value: JSON.parse(json) };
  } catch {
    return undefined;
  }
}

/** A journal's records: the header, the changes (with their line numbers), and the bytes of the good part. */
export interface JournalContents {
  header: unknown;
  entries: Array<{ line: number; entry: unknown }>;
  /** Bytes up to the end of the last good record: a torn or corrupt tail after it is cut off. */
  validBytes: number;
  totalBytes: number;
}

/**
 * Reads a journal's text. Only the tail can be damaged by a crash (an append that never finished): bad records at
 * the end (no newline, a checksum that does not match, or JSON that does not parse) are dropped; a bad record with
 * a good one after it is damage, refused with a StoreFileError naming the line.
 */
export function parseJournal(path: string, text: string): JournalContents {
  const lines = text.split('\n');
  // What follows the last newline is an append that was never acknowledged.
  const complete = lines.slice(0, -1);
  const parsed = complete.map((line) => readJournalLine(line));
  let lastGood = parsed.length - 1;
  while (lastGood >= 0 && parsed[lastGood] === undefined) lastGood -= 1;
  const firstBad = parsed.findIndex((record) => record === undefined);
  if (firstBad >= 0 && firstBad < lastGood)
    throw new StoreFileError(path, 'has a damaged record (bad checksum or JSON) followed by good ones', {
      section: `line ${firstBad + 1}`,
    });
  let validBytes = 0;
  for (let index = 0; index <= lastGood; index += 1) validBytes += Buffer.byteLength(complete[index]!) + 1;
  const good = parsed.slice(0, lastGood + 1) as Array<{ value: unknown }>;
  return {
    header: good[0]?.value,
    entries: good.slice(1).map((record, index) => ({ line: index + 2, entry: record.value })),
    validBytes,
    totalBytes: Buffer.byteLength(text),
  };
}

/** The generation in a journal's first line, or undefined when it is not a journal header. */
export function headerGeneration(firstLine: string): number | undefined {
  const record = readJournalLine(firstLine);
  const header = record?.value as { format?: unknown; generation?: unknown } | undefined;
  return header?.format === JOURNAL_FORMAT && typeof header.generation === 'number' ? header.generation : undefined;
}
