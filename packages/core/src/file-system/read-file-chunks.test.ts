import { existsSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { fifoScratch, hasMkfifo } from '../testing/fifo.js';
import { FileIdleTimeoutError, readFileChunks, type ReadFileChunksOptions } from './read-file-chunks.js';

// Real files, FIFOs made with mkfifo and writers in `sh` child processes: nothing here is mocked. Windows has no FIFOs
// in its file system, and no /dev/zero.
const { directory: scratch, fifo, writer } = fifoScratch('rolefit-read-file-chunks-');

/** Every chunk, or the error the read ended with. */
async function chunksOf(path: string, options: ReadFileChunksOptions): Promise<Buffer[] | unknown> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of readFileChunks(path, options)) chunks.push(chunk);
  } catch (error) {
    return error;
  }
  return chunks;
}

describe('readFileChunks', () => {
  it('reads a regular file in chunks of at most chunkBytes, each a buffer of its own, and an empty one as none', async () => {
    const path = join(scratch, 'plain.txt');
    const text = Array.from({ length: 5_000 }, (_, index) => `line ${index}\n`).join('');
    writeFileSync(path, text);
    const chunks = (await chunksOf(path, { idleTimeoutMs: 1_000, chunkBytes: 4_096 })) as Buffer[];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.byteLength <= 4_096)).toBe(true);
    expect(new Set(chunks.map((chunk) => chunk.buffer)).size).toBe(chunks.length);
    expect(Buffer.concat(chunks).toString()).toBe(text);
    writeFileSync(join(scratch, 'empty.txt'), '');
    expect(await chunksOf(join(scratch, 'empty.txt'), { idleTimeoutMs: 1_000 })).toEqual([]);
  });

  it('throws the file-system error of a path it cannot read, and the signal’s reason once aborted', async () => {
    expect(await chunksOf(join(scratch, 'missing.txt'), { idleTimeoutMs: 1_000 })).toMatchObject({ code: 'ENOENT' });
    expect(await chunksOf(scratch, { idleTimeoutMs: 1_000 })).toMatchObject({ code: 'EISDIR' });
    const reason = new Error('stop');
    expect(
      await chunksOf(join(scratch, 'empty.txt'), { idleTimeoutMs: 1_000, signal: AbortSignal.abort(reason) }),
    ).toBe(reason);
  });

  // Round 14 left them unchecked: chunkBytes 0 read a non-empty file as empty, NaN was Buffer's RangeError, a signal
  // of {} a TypeError ("signal.throwIfAborted is not a function") and an idleTimeoutMs of NaN waited on a FIFO for ever.
  it('refuses a chunkBytes, idleTimeoutMs or signal of the wrong kind with a ValidationError naming it', async () => {
    const path = join(scratch, 'options.txt');
    writeFileSync(path, 'some text');
    const cases: Array<[Record<string, unknown>, string]> = [
      ...[0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '64'].map(
        (chunkBytes): [Record<string, unknown>, string] => [{ idleTimeoutMs: 1_000, chunkBytes }, 'chunkBytes'],
      ),
      ...[Number.NaN, -1, Number.POSITIVE_INFINITY, '5', undefined].map(
        (idleTimeoutMs): [Record<string, unknown>, string] => [{ idleTimeoutMs }, 'idleTimeoutMs'],
      ),
      ...['x', {}, null, 42].map((signal): [Record<string, unknown>, string] => [
        { idleTimeoutMs: 1_000, signal },
        'signal',
      ]),
    ];
    for (const [options, name] of cases) {
      const error = await chunksOf(path, options as unknown as ReadFileChunksOptions);
      expect(error, JSON.stringify(options)).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message, JSON.stringify(options)).toMatch(
        new RegExp(`^Invalid ReadFileChunksOptions: ${name}: must be `),
      );
    }
    expect(await chunksOf(42 as unknown as string, { idleTimeoutMs: 1_000 })).toBeInstanceOf(ValidationError);
    expect(await chunksOf(path, null as unknown as ReadFileChunksOptions)).toBeInstanceOf(ValidationError);
    expect(Buffer.concat((await chunksOf(path, { idleTimeoutMs: 0, chunkBytes: 1 })) as Buffer[]).toString()).toBe(
      'some text',
    );
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'reads /dev/zero for as long as it is asked, and /dev/null as empty',
    async () => {
      let total = 0;
      for await (const chunk of readFileChunks('/dev/zero', { idleTimeoutMs: 1_000 })) {
        total += chunk.byteLength;
        if (total > 1_000_000) break;
      }
      expect(total).toBeGreaterThan(1_000_000);
      expect(await chunksOf('/dev/null', { idleTimeoutMs: 1_000 })).toEqual([]);
    },
  );

  it.skipIf(!hasMkfifo)(
    'refuses a FIFO nobody writes to, and one whose writer stops without closing it, after the idle timeout',
    { timeout: 60_000 },
    async () => {
      const silent = fifo('silent');
      const error = await chunksOf(silent, { idleTimeoutMs: 300 });
      expect(error).toBeInstanceOf(FileIdleTimeoutError);
      expect(error).toMatchObject({
        code: 'ROLEFIT_FILE_IDLE_TIMEOUT',
        path: silent,
        idleTimeoutMs: 300,
        writerSeen: false,
        message: 'Nothing came from the file within 300 ms (a FIFO or device nobody writes to)',
      });
      const stuck = fifo('stuck');
      writer(`exec 3>'${stuck}'; printf 'x' >&3; exec sleep 60`);
      const stopped = await chunksOf(stuck, { idleTimeoutMs: 500 });
      expect(stopped).toBeInstanceOf(FileIdleTimeoutError);
      expect(stopped).toMatchObject({ writerSeen: true });
      // A signal stops the wait before the timeout: its reason, not the timeout's error.
      const reason = new Error('stop');
      const controller = new AbortController();
      const waiting = chunksOf(fifo('aborted'), { idleTimeoutMs: 60_000, signal: controller.signal });
      setTimeout(() => controller.abort(reason), 100);
      expect(await waiting).toBe(reason);
    },
  );

  it.skipIf(!hasMkfifo)(
    'reads whole a FIFO whose writer comes late and writes in pieces, silent less than the idle timeout each time',
    { timeout: 60_000 },
    async () => {
      // Ten pieces 0.3 s apart: the read lasts well over the 1.5 s idle timeout (a limit on the whole read would cut it),
      // and no silence comes near it.
      const path = fifo('slow');
      const pieces = Array.from({ length: 10 }, (_, index) => `piece-${index}.`);
      writer(`sleep 0.3; exec 3>'${path}'; for p in ${pieces.join(' ')}; do printf "$p" >&3; sleep 0.3; done`);
      const chunks = await chunksOf(path, { idleTimeoutMs: 1_500 });
      expect(Buffer.concat(chunks as Buffer[]).toString()).toBe(pieces.join(''));
    },
  );

  it.skipIf(!hasMkfifo)('reads a FIFO fed faster than it is read, its chunks at most chunkBytes', async () => {
    const path = fifo('flood');
    writer(`head -c 3000000 /dev/zero > '${path}'`);
    const chunks = (await chunksOf(path, { idleTimeoutMs: 10_000, chunkBytes: 16_384 })) as Buffer[];
    expect(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)).toBe(3_000_000);
    expect(chunks.every((chunk) => chunk.byteLength <= 16_384)).toBe(true);
  });

  // Round 14 (bench/fuzz-inputs.mjs --target file-fifo, a writer in the fuzzer's own process): the silence was counted
  // from the last chunk read, so a caller that spent longer than idleTimeoutMs on a chunk and then met an empty pipe
  // got FileIdleTimeoutError at once, having waited for nothing.
  it.skipIf(!hasMkfifo)(
    'counts the wait from when the caller asks for the next chunk, not from the last read',
    async () => {
      const path = fifo('slow-caller');
      const chunks = readFileChunks(path, { idleTimeoutMs: 1_000 });
      const first = chunks.next();
      const handle = await open(path, 'w');
      try {
        await handle.write('a');
        expect((await first).value?.toString()).toBe('a');
        // The caller's own work on the chunk, longer than idleTimeoutMs; the writer writes again 100 ms after it.
        await new Promise((done) => setTimeout(done, 1_300));
        setTimeout(() => void handle.write('b').then(() => handle.close()), 100);
        expect((await chunks.next()).value?.toString()).toBe('b');
        expect((await chunks.next()).done).toBe(true);
      } finally {
        await handle.close().catch(() => {});
      }
    },
  );
});
