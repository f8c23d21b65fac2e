import {
  checkNumberSetting,
  describeValue,
  FileIdleTimeoutError,
  invalidArgument,
  readFileChunks,
} from '@rolefit/core/base';
import { ResumeParseError } from './errors.js';

/** A source of bytes read by {@link readStreamLimited}: a readable stream (stdin, a file stream, a socket). */
export type ByteSource = AsyncIterable<Uint8Array | string> & { destroy?: ((error?: Error) => unknown) | undefined };

const tooLarge = (what: string, maxBytes: number) =>
  new ResumeParseError('too-large', `${what} is over the ${maxBytes}-byte limit`);

/**
 * All bytes of a stream, refusing more than `maxBytes` with {@link ResumeParseError} 'too-large' as soon as the cap is passed
 * (the stream is destroyed then): works for pipes, stdin and devices, whose size is unknown in advance.
 */
export async function readStreamLimited(source: ByteSource, maxBytes: number, what = 'The input'): Promise<Uint8Array> {
  // A source that is no async iterable was "Cannot read properties of null (reading 'destroy')" or "source is not async
  // iterable"; a cap of NaN or '5' compared false with every total, so nothing was refused.
  if (typeof (source as Partial<ByteSource> | null | undefined)?.[Symbol.asyncIterator] !== 'function')
    throw invalidArgument(
      'readStreamLimited',
      'source',
      `must be a readable stream or another async iterable of bytes, got ${describeValue(source)}`,
    );
  checkByteCap('readStreamLimited', maxBytes);
  if (typeof what !== 'string')
    throw invalidArgument('readStreamLimited', 'what', `must be a string, got ${describeValue(what)}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      if (typeof chunk !== 'string' && Object.prototype.toString.call(chunk) !== '[object Uint8Array]')
        throw invalidArgument(
          'readStreamLimited',
          'source',
          `must yield strings or Uint8Arrays, yielded ${describeValue(chunk)}`,
        );
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.byteLength;
      if (total > maxBytes) throw tooLarge(what, maxBytes);
      chunks.push(bytes);
    }
  } finally {
    source.destroy?.();
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/**
 * A byte cap given as an argument, checked: a number ≥ 0 (Infinity: none), else a ValidationError naming `maxBytes`.
 * NaN and fractions reached Node's buffer allocation as its RangeError ('The value of "size" is out of range').
 */
export function checkByteCap(fn: string, maxBytes: unknown): void {
  if (typeof maxBytes !== 'number' || !(maxBytes >= 0))
    throw invalidArgument(fn, 'maxBytes', `must be a number ≥ 0 (Infinity: no cap), got ${describeValue(maxBytes)}`);
}

/** Options for {@link readFileLimited}. */
export interface ReadFileLimitedOptions {
  /**
   * Wall-clock limit in milliseconds on reading a file that is not a regular file (a FIFO, a pipe, a terminal, a device;
   * default 4 000): past it, 'timeout'. A FIFO nobody writes to would otherwise block the reader for ever. A regular file
   * is read well within it (it is held to it too).
   */
  timeoutMs?: number | undefined;
}

/** Default wall-clock limit on reading a FIFO, pipe or device: the default extraction time limit, 4 s. */
export const DEFAULT_READ_TIMEOUT_MS = 4_000;

/**
 * The bytes of a file read with a byte cap, not by trusting `stat`: `/dev/zero`, FIFOs and other device files (size 0 or
 * unbounded) are cut at `maxBytes + 1` bytes and refused as 'too-large'. The file is opened without blocking (core's
 * `readFileChunks`), so a FIFO with no writer or a terminal with nothing typed is refused as 'timeout' after `timeoutMs`
 * instead of hanging.
 */
export async function readFileLimited(
  path: string,
  maxBytes: number,
  options: ReadFileLimitedOptions = {},
): Promise<Uint8Array> {
  checkByteCap('readFileLimited', maxBytes);
  const timeoutMs =
    checkNumberSetting('ReadFileLimitedOptions', 'timeoutMs', options.timeoutMs, { min: 0 }) ?? DEFAULT_READ_TIMEOUT_MS;
  // Core's reader waits out a silence of up to `timeoutMs`; the whole read is held to it too, through the signal: a
  // résumé is bounded, so a writer trickling a byte a second is refused rather than read for days.
  // AbortSignal.timeout takes whole milliseconds (a fraction was Node's RangeError), and past setTimeout's longest
  // (2^31 - 1) it fires at once: a timeoutMs of 3e9 refused a regular file as 'timeout'.
  const deadline = AbortSignal.timeout(Math.min(Math.ceil(timeoutMs), 2 ** 31 - 1));
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    // A small read size keeps the overshoot past the cap to one chunk.
    for await (const chunk of readFileChunks(path, {
      idleTimeoutMs: timeoutMs,
      signal: deadline,
      chunkBytes: Math.min(64 * 1024, Math.floor(maxBytes) + 1),
    })) {
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge('The file', maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    // A silence as long as the limit, or the limit reached by a writer still writing: one 'timeout' either way.
    const silence = error instanceof FileIdleTimeoutError;
    if (!silence && !(deadline.aborted && error === deadline.reason)) throw error;
    const writerSeen = silence ? error.writerSeen : total > 0;
    throw new ResumeParseError(
      'timeout',
      `The file was not read within ${timeoutMs} ms (${writerSeen ? 'a writer that never finished' : 'a FIFO or device nobody writes to'})`,
      { cause: error },
    );
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}
