import type { ServerResponse } from 'node:http';

/**
 * Writes `bytes` bytes of `fill` to a test server's `response` as fast as the client reads them (64 KiB at a time, on
 * `drain`), stopping early when the client lets go; returns a function that says how many bytes were handed to the
 * socket so far. For the tests of readers that must stop early (a webhook's error body, a generator's answer). Test
 * helper (not exported from `@rolefit/core`; tests import this file directly).
 */
export function writeLargeBody(response: ServerResponse, bytes: number, fill: string): () => number {
  const chunk = Buffer.alloc(64 * 1024, fill);
  let written = 0;
  const pump = (): void => {
    while (written < bytes && !response.destroyed) {
      written += chunk.byteLength;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    response.end();
  };
  pump();
  return () => written;
}
