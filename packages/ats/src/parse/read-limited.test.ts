import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@rolefit/core';
import { fifoScratch, hasMkfifo } from '../../../core/src/testing/fifo.js';
import { isResumeParseError } from './errors.js';
import { parseResumeFile, readResumeBytes } from './parse-resume-file.js';
import { readFileLimited, readStreamLimited } from './read-limited.js';

// Real FIFOs and sh writers (core's test helper: the folder is removed after the file, writers killed after their test).
const scratch = fifoScratch('rolefit-read-limited-');
const { directory } = scratch;
const fifo = (name: string) => scratch.fifo(name);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isResumeParseError(error) ? error.code : String(error);
  }
}

describe('readStreamLimited', () => {
  it('returns every byte under the cap and refuses one byte more', async () => {
    expect(Buffer.from(await readStreamLimited(Readable.from([Buffer.from('ab'), 'cd']), 4)).toString()).toBe('abcd');
    expect(await codeOf(readStreamLimited(Readable.from([Buffer.from('ab'), 'cde']), 4))).toBe('too-large');
  });

  // Round 17: a source that is no stream was "Cannot read properties of null (reading 'destroy')" or "source is not async
  // iterable", a chunk of another kind Buffer.concat's TypeError, and a cap of NaN refused nothing (every comparison false).
  it('refuses a source, cap, label or chunk of the wrong kind with a ValidationError naming it', async () => {
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (error: unknown) =>
          error instanceof ValidationError ? `${error.issues[0]?.path}: ${error.issues[0]?.message}` : String(error),
      );
    const stream = () => Readable.from([Buffer.from('ab')]);
    expect(await refusal(readStreamLimited(null as never, 4))).toBe(
      'source: must be a readable stream or another async iterable of bytes, got null',
    );
    expect(await refusal(readStreamLimited(42 as never, 4))).toMatch(/^source: .*got a number \(42\)$/);
    expect(await refusal(readStreamLimited(stream(), Number.NaN))).toMatch(/^maxBytes: must be a number ≥ 0/);
    expect(await refusal(readStreamLimited(stream(), '5' as never))).toMatch(/^maxBytes: /);
    expect(await refusal(readStreamLimited(stream(), 4, {} as never))).toBe('what: must be a string, got an object');
    expect(await refusal(readStreamLimited(Readable.from([1, 2], { objectMode: true }), 4))).toBe(
      'source: must yield strings or Uint8Arrays, yielded a number (1)',
    );
    expect(await refusal(readStreamLimited(stream(), Infinity))).toBe('resolved');
  });
});

describe('readFileLimited', () => {
  it('reads a regular file and refuses one over the cap', async () => {
    const path = join(directory, 'plain.txt');
    writeFileSync(path, 'x'.repeat(100_000));
    expect((await readFileLimited(path, 100_000)).byteLength).toBe(100_000);
    expect(await codeOf(readFileLimited(path, 99_999))).toBe('too-large');
    writeFileSync(join(directory, 'empty.txt'), '');
    expect((await readFileLimited(join(directory, 'empty.txt'), 10)).byteLength).toBe(0);
  });

  // Round 14: NaN or a fraction as the cap, or a timeoutMs that is no whole number, reached Node's buffer or timer as
  // its RangeError (ERR_OUT_OF_RANGE), through parseResumeFile and readResumeBytes on a path too.
  it('refuses a cap or a timeoutMs of the wrong kind with a ValidationError naming it, and reads with a fraction', async () => {
    const path = join(directory, 'small.txt');
    writeFileSync(path, 'hello world');
    const settingOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (error: unknown) => (error instanceof ValidationError ? error.issues[0]?.path : String(error)),
      );
    expect(await settingOf(readFileLimited(path, Number.NaN))).toBe('maxBytes');
    expect(await settingOf(readFileLimited(path, -1))).toBe('maxBytes');
    expect(await settingOf(readFileLimited(path, 100, { timeoutMs: Number.NaN }))).toBe('timeoutMs');
    expect(await settingOf(readFileLimited(path, 100, { timeoutMs: -1 }))).toBe('timeoutMs');
    expect(await settingOf(readResumeBytes(path, Number.NaN))).toBe('maxBytes');
    expect(await settingOf(readResumeBytes(path, 100, { timeoutMs: Number.NaN }))).toBe('timeoutMs');
    expect(await settingOf(parseResumeFile(path, { timeoutMs: Number.NaN }))).toBe('timeoutMs');
    expect(await settingOf(parseResumeFile(path, { maxBytes: Number.NaN }))).toBe('maxBytes');
    // A fraction of a byte or a millisecond, and a timeout past setTimeout's longest, are read as whole ones.
    expect((await readFileLimited(path, 11.5, { timeoutMs: 1_500.5 })).byteLength).toBe(11);
    expect(await codeOf(readFileLimited(path, 10.5))).toBe('too-large');
    expect((await readFileLimited(path, 100, { timeoutMs: 1e308 })).byteLength).toBe(11);
    expect((await readFileLimited(path, 100, { timeoutMs: 3e9 })).byteLength).toBe(11);
    expect((await readResumeBytes(path, 100, { timeoutMs: 2_000.5 })).byteLength).toBe(11);
  });

  it.skipIf(!existsSync('/dev/zero'))('cuts /dev/zero at the cap and reads /dev/null as empty', async () => {
    expect(await codeOf(readFileLimited('/dev/zero', 1_000_000))).toBe('too-large');
    expect((await readFileLimited('/dev/null', 10)).byteLength).toBe(0);
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO nobody writes to with a timeout instead of blocking for ever', async () => {
    const path = fifo('silent');
    // Tests the timeoutMs setting: not before it (a lower bound no busy machine breaks), and well within 16 times it.
    const started = performance.now();
    expect(await codeOf(readFileLimited(path, 1_000, { timeoutMs: 300 }))).toBe('timeout');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(5_000);
  });

  it.skipIf(!hasMkfifo)(
    'reads a FIFO whose writer comes later, and refuses one that keeps it open without finishing',
    async () => {
      const late = fifo('late');
      scratch.writer(`sleep 0.2; printf 'Jane Doe\\n' > '${late}'`);
      const bytes = await readFileLimited(late, 1_000, { timeoutMs: 10_000 });
      expect(Buffer.from(bytes).toString()).toBe('Jane Doe\n');

      const stuck = fifo('stuck');
      scratch.writer(`exec 3>'${stuck}'; printf 'x' >&3; exec sleep 30`);
      expect(await codeOf(readFileLimited(stuck, 1_000, { timeoutMs: 500 }))).toBe('timeout');
    },
  );

  it.skipIf(!hasMkfifo)('refuses a FIFO that writes past the cap', async () => {
    const path = fifo('flood');
    scratch.writer(`head -c 3000000 /dev/zero > '${path}'`);
    expect(await codeOf(readFileLimited(path, 1_000_000, { timeoutMs: 10_000 }))).toBe('too-large');
  });
});
