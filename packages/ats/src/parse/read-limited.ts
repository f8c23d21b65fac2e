import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
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
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
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

/** Options for {@link readFileLimited}. */
export interface ReadFileLimitedOptions {
  /**
   * Wall-clock limit in milliseconds on reading a file that is not a regular file (a FIFO, a pipe, a terminal, a device;
   * default 4 000): past it, 'timeout'. A FIFO nobody writes to would otherwise block the reader for ever.
   */
  timeoutMs?: number | undefined;
}

/** Default wall-clock limit on reading a FIFO, pipe or device: the default extraction time limit, 4 s. */
export const DEFAULT_READ_TIMEOUT_MS = 4_000;

// How long to wait before asking a FIFO or device again when it has nothing to read yet.
const POLL_MS = 5;
// O_NONBLOCK where the platform has it (not on Windows, which has no FIFOs in the file system either).
const NONBLOCK = (constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;

/**
 * The bytes of a file read with a byte cap, not by trusting `stat`: `/dev/zero`, FIFOs and other device files (size 0 or
 * unbounded) are cut at `maxBytes + 1` bytes and refused as 'too-large'. The file is opened without blocking, so a FIFO
 * with no writer or a terminal with nothing typed is refused as 'timeout' after `timeoutMs` instead of hanging.
 */
export async function readFileLimited(
  path: string,
  maxBytes: number,
  options: ReadFileLimitedOptions = {},
): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  const deadline = performance.now() + timeoutMs;
  // Opening a FIFO for reading blocks until a writer opens it (in a thread of libuv's pool that nothing can free);
  // O_NONBLOCK opens it at once. On regular files the flag changes nothing, and there is no window between a check and the open.
  const handle = await open(path, constants.O_RDONLY | NONBLOCK);
  try {
    const fifo = (await handle.stat()).isFIFO();
    // A small read size keeps the overshoot past the cap to one chunk.
    const buffer = Buffer.alloc(Math.min(64 * 1024, Math.max(1, maxBytes + 1)));
    const chunks: Uint8Array[] = [];
    let total = 0;
    // A non-blocking FIFO reads as ended (0 bytes) while no writer has opened it yet, and 'EAGAIN' while a writer has
    // it open with nothing written: the end counts only once a writer was seen. Other files end at their first 0-byte read.
    let writerSeen = !fifo;
    for (;;) {
      let read: number;
      try {
        ({ bytesRead: read } = await handle.read(buffer, 0, buffer.byteLength, null));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        writerSeen = true;
        read = -1;
      }
      if (read > 0) {
        writerSeen = true;
        total += read;
        if (total > maxBytes) throw tooLarge('The file', maxBytes);
        chunks.push(Buffer.from(buffer.subarray(0, read)));
        continue;
      }
      if (read === 0 && writerSeen) break;
      // Nothing to read yet (no writer, or a writer that is silent): wait a little, within the time limit.
      if (performance.now() >= deadline) {
        throw new ResumeParseError(
          'timeout',
          `Nothing ${writerSeen ? 'more ' : ''}came from the file within ${timeoutMs} ms (${writerSeen ? 'a writer that never finished' : 'a FIFO or device nobody writes to'})`,
        );
      }
      await sleep(POLL_MS);
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}
