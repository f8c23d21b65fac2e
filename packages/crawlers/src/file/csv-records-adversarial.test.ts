// csvRecords on hostile CSV: what it holds in memory while a record is still open. Memory is read as the live heap
// (after a full garbage collection) between two chunks of the source, never as a time.
import { describe, expect, it } from 'vitest';
import { liveHeapBytes } from '../../../core/src/testing/scaling.js';
import { type CsvRecord, csvRecords, MAX_CSV_FIELDS, MAX_CSV_RECORD_BYTES } from './csv-records.js';

const CHUNK = 64 * 1024;

/**
 * A source of `head`, then `count` chunks of `filler` (64 KiB each), then `tail`, which notes the live heap's growth
 * over its value before the first chunk every 16 chunks: csvRecords has parsed the chunks before and let go of what it
 * does not keep.
 */
function source(head: string, filler: string, count: number, tail: string) {
  const growth: number[] = [];
  async function* chunks(): AsyncGenerator<Buffer> {
    const base = liveHeapBytes();
    yield Buffer.from(head);
    const chunk = Buffer.from(filler.repeat(CHUNK / filler.length));
    for (let index = 0; index < count; index += 1) {
      if (index % 16 === 15) growth.push(liveHeapBytes() - base);
      yield chunk;
    }
    growth.push(liveHeapBytes() - base);
    yield Buffer.from(tail);
  }
  return { chunks: chunks(), growth };
}

async function read(records: AsyncIterable<CsvRecord>): Promise<[number, string][]> {
  const seen: [number, string][] = [];
  for await (const record of records)
    seen.push([record.line, 'value' in record ? JSON.stringify(record.value) : record.error.message]);
  return seen;
}

// Chunks of separators staying under the record cap, so the record ends and the read goes on after it.
const CHUNKS = Math.floor(MAX_CSV_RECORD_BYTES / CHUNK) - 2;
// Before the cap, the open line's fields were all held: 23-79 MB of live heap at 8 MiB (2.8 million quoted empty
// fields to 8.3 million commas); now 0.1-0.3 MB.
const MAX_GROWTH = 8 * 1024 * 1024;

describe('csvRecords on hostile input', () => {
  // Before the cap on held fields, an 8 MiB line of commas was held as an array of 8 million empty strings until it
  // ended (the process's peak RSS grew by ~190 MB at 9 MiB of commas).
  it.each([
    ['commas', ',', ','],
    ['tabs', '\t', '\t'],
    ['quoted empty fields', ',', '"",'],
    ['one-letter fields', ',', 'a,'],
  ] as const)(
    'skips a line of millions of %s holding at most the field cap, and reads on',
    { timeout: 60_000 },
    async (_name, delimiter, filler) => {
      const head = `id${delimiter}title\n1${delimiter}Welder\n`;
      const { chunks, growth } = source(head, filler, CHUNKS, `\n2${delimiter}Plumber\n`);
      const seen = await read(csvRecords(chunks, delimiter, undefined));
      // Each chunk holds whole copies of the filler, one field each; the line's last field follows the last separator.
      const fields = Math.floor(CHUNK / filler.length) * CHUNKS + 1;
      expect(seen).toEqual([
        [2, JSON.stringify({ id: '1', title: 'Welder' })],
        [3, `the record has ${fields} fields, the header 2 (skipped)`],
        [4, JSON.stringify({ id: '2', title: 'Plumber' })],
      ]);
      expect(Math.max(...growth)).toBeLessThan(MAX_GROWTH);
    },
  );

  it('refuses a header of millions of columns naming their count, holding at most the field cap', {
    timeout: 60_000,
  }, async () => {
    const { chunks, growth } = source('', ',', CHUNKS, '\n1,Welder\n');
    await expect(read(csvRecords(chunks, ',', undefined))).rejects.toThrow(
      `the header row names ${CHUNKS * CHUNK + 1} columns, over the ${MAX_CSV_FIELDS} read`,
    );
    expect(Math.max(...growth)).toBeLessThan(MAX_GROWTH);
  });
});
