import { createReadStream } from 'node:fs';
import { ResumeParseError } from './errors.js';

/** A source of bytes read by {@link readStreamLimited}: a readable stream (stdin, a file stream, a socket). */
export type ByteSource = AsyncIterable<Uint8Array | string> & { destroy?: (error?: Error) => unknown };

const tooLarge = (what: string, maxBytes: number) => new ResumeParseError('too-large', `${what} is over the ${maxBytes}-byte limit`);

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

/**
 * The bytes of a file read through a stream with a byte cap, not by trusting `stat`: `/dev/zero`, FIFOs and other
 * device files (size 0 or unbounded) are cut at `maxBytes + 1` bytes and refused as 'too-large'.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  // A small read size keeps the overshoot past the cap to one chunk.
  const stream = createReadStream(path, { highWaterMark: Math.min(64 * 1024, Math.max(1, maxBytes + 1)) });
  return readStreamLimited(stream, maxBytes, 'The file');
}
