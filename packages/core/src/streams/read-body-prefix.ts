/** The bytes read from a body by {@link readBodyPrefix}. */
export interface BodyPrefix {
  /** At most `maxBytes` bytes from the start of the body. */
  readonly bytes: Uint8Array;
  /** False when the body held more than `maxBytes` bytes: the rest was cancelled, never read. */
  readonly complete: boolean;
}

/**
 * Reads at most `maxBytes` bytes from the start of a response body and cancels the rest: `response.text()` reads a
 * body whole, so a server sending an endless body grows the process by gigabytes (the crawlers' pages, a webhook
 * receiver's error answer, a text generator's answer). Memory stays near `maxBytes` plus one chunk. A read that fails
 * (the connection closed, a timeout's abort) cancels the body and throws that error.
 */
export async function readBodyPrefix(
  body: ReadableStream<Uint8Array> | null | undefined,
  maxBytes: number,
): Promise<BodyPrefix> {
  if (!body) return { bytes: new Uint8Array(0), complete: true };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let complete = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - total;
      if (value.byteLength > room) {
        if (room > 0) chunks.push(value.subarray(0, room));
        total = maxBytes;
        complete = false;
        break;
      }
      chunks.push(value);
      total += value.byteLength;
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  if (!complete) await reader.cancel().catch(() => undefined);
  else reader.releaseLock();
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, complete };
}
