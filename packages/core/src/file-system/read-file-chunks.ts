import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { checkRecordArgument, checkTextArgument } from '../errors/argument.js';
import { checkNumberSetting } from '../errors/number-setting.js';
import { RolefitError } from '../errors/rolefit-error.js';
import { checkSignalOption } from '../errors/signal-option.js';
import { invalidSetting } from '../errors/validation-error.js';

/** Options for {@link readFileChunks}. */
export interface ReadFileChunksOptions {
  /**
   * Longest a file that is not a regular one (a FIFO, a terminal, a device) may give no byte, in milliseconds, before
   * {@link FileIdleTimeoutError}: counted from the open and again each time the caller asks for the next chunk (its own
   * time on a chunk is not counted), so an idle wait, not a limit on the whole read. A reader of chunks cannot know how
   * much is still to come: a producer that feeds a FIFO slowly but steadily (`<(zcat jobs.jsonl.gz)`, an export written
   * as it is made) is read whole, and only silence ends the read.
   * A caller that wants the whole read bounded too aborts its `signal` at that deadline. Regular files never wait.
   * A finite number ≥ 0, else a ValidationError naming it (NaN never ran out: the read waited for ever).
   */
  idleTimeoutMs: number;
  /** Stops the read: checked before every read and while waiting, which then throw the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Most bytes a chunk holds (default 64 KiB): a caller counting bytes against a cap reads at most one chunk past it.
   * A whole number from 1 to 2^31 - 1 (a file read's longest), else a ValidationError naming it.
   */
  chunkBytes?: number | undefined;
}

/**
 * Thrown by {@link readFileChunks} when a FIFO, terminal or device gave no byte for `idleTimeoutMs`: a FIFO nobody
 * writes to (`writerSeen` false), or a writer that stopped without closing (`writerSeen` true).
 */
export class FileIdleTimeoutError extends RolefitError {
  override readonly name: string = 'FileIdleTimeoutError';
  /** Always `ROLEFIT_FILE_IDLE_TIMEOUT`. */
  declare readonly code: 'ROLEFIT_FILE_IDLE_TIMEOUT';

  constructor(
    /** The path read. */
    readonly path: string,
    /** How long the file was waited for, in milliseconds. */
    readonly idleTimeoutMs: number,
    /** Whether a writer had opened the FIFO (or a device had given bytes) before it fell silent. */
    readonly writerSeen: boolean,
  ) {
    super(
      'ROLEFIT_FILE_IDLE_TIMEOUT',
      `Nothing ${writerSeen ? 'more ' : ''}came from the file within ${idleTimeoutMs} ms (${writerSeen ? 'a writer that never finished' : 'a FIFO or device nobody writes to'})`,
    );
  }
}

/** Default bytes a chunk of {@link readFileChunks} holds (64 KiB, as `createReadStream`'s). */
const CHUNK_BYTES = 64 * 1024;
/** Most bytes one read of a file may ask for (Node's and the kernel's limit on a read's length). */
const MAX_CHUNK_BYTES = 2 ** 31 - 1;
// O_NONBLOCK where the platform has it (not on Windows, which has no FIFOs in the file system either).
const NONBLOCK = (constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;
// While a FIFO or device has nothing to read: a few retries on the next turn of the event loop (a fast writer refills
// the pipe within microseconds; sleeping 5 ms each time read a `cat` into a FIFO at a third of its speed), then sleeps
// doubling from 1 ms up to this many, so a silent writer costs a wake-up every 50 ms.
const QUICK_RETRIES = 3;
const MAX_POLL_MS = 50;

/**
 * The bytes of a file, a chunk at a time, read without ever blocking a thread: the file is opened with `O_NONBLOCK`, so
 * a FIFO nobody writes to opens at once (`createReadStream` opened it in a thread of libuv's pool that nothing could
 * free: the read waited for ever, and even `process.exit()` hung), and a FIFO, terminal or device with nothing to read
 * is asked again after a short wait, up to `idleTimeoutMs` of silence ({@link FileIdleTimeoutError}). A FIFO ends when
 * its writer closes it (a non-blocking FIFO reads as ended until a writer opens it, and as `EAGAIN` while the writer is
 * silent); other files at their first empty read. File-system errors (`ENOENT`, `EISDIR` at the first read…) are thrown
 * as they are. Each chunk is a buffer of its own, kept by the caller as long as it likes. The path and the options are
 * checked at the first chunk asked for (a ValidationError naming the bad one): a `chunkBytes` of 0 read a file as
 * empty, NaN was Buffer's RangeError, an `idleTimeoutMs` of NaN waited on a silent FIFO for ever, and a `signal` that is
 * no AbortSignal was a TypeError.
 */
export async function* readFileChunks(path: string, options: ReadFileChunksOptions): AsyncGenerator<Buffer> {
  checkTextArgument('readFileChunks', 'path', path);
  checkRecordArgument(
    'readFileChunks',
    'options',
    options,
    'ReadFileChunksOptions ({ idleTimeoutMs, signal?, chunkBytes? })',
  );
  const idleTimeoutMs = checkNumberSetting('ReadFileChunksOptions', 'idleTimeoutMs', options.idleTimeoutMs, { min: 0 });
  if (idleTimeoutMs === undefined)
    throw invalidSetting('ReadFileChunksOptions', 'idleTimeoutMs', 'must be a finite number ≥ 0, got undefined');
  const signal = checkSignalOption('ReadFileChunksOptions', options.signal);
  const chunkBytes =
    checkNumberSetting('ReadFileChunksOptions', 'chunkBytes', options.chunkBytes, {
      integer: true,
      min: 1,
      max: MAX_CHUNK_BYTES,
    }) ?? CHUNK_BYTES;
  signal?.throwIfAborted();
  // On a regular file the flag changes nothing, and there is no window between a check of the file's type and the open.
  const handle = await open(path, constants.O_RDONLY | NONBLOCK);
  try {
    const fifo = (await handle.stat()).isFIFO();
    let writerSeen = !fifo;
    let lastByte = performance.now();
    let polls = 0;
    let buffer = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      signal?.throwIfAborted();
      let read: number;
      try {
        ({ bytesRead: read } = await handle.read(buffer, 0, chunkBytes, null));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        writerSeen = true;
        read = -1;
      }
      if (read > 0) {
        writerSeen = true;
        polls = 0;
        // A short read (a FIFO's small writes) is copied out, so that a chunk of a few bytes does not hold 64 KiB.
        if (read < chunkBytes / 2) yield Buffer.from(buffer.subarray(0, read));
        else {
          const chunk = buffer.subarray(0, read);
          buffer = Buffer.allocUnsafe(chunkBytes);
          yield chunk;
        }
        // The wait starts again when the caller asks for more: the time it spent on the chunk is not the file's
        // silence. Counted from the read, a caller busy for longer than idleTimeoutMs (a slow store write, or a writer
        // in this process that its work kept from running) met an empty pipe and failed at once, without waiting.
        lastByte = performance.now();
        continue;
      }
      if (read === 0 && writerSeen) return;
      // Nothing to read yet: no writer, or a silent one (a terminal with nothing typed reads as EAGAIN too).
      const left = lastByte + idleTimeoutMs - performance.now();
      if (left <= 0) throw new FileIdleTimeoutError(path, idleTimeoutMs, writerSeen);
      polls += 1;
      try {
        if (polls <= QUICK_RETRIES) await nextTurn(undefined, { signal });
        else await sleep(Math.min(2 ** (polls - QUICK_RETRIES - 1), MAX_POLL_MS, left), undefined, { signal });
      } catch (error) {
        // The timers' own AbortError: the caller gets its signal's reason, as from throwIfAborted.
        signal?.throwIfAborted();
        throw error;
      }
    }
  } finally {
    await handle.close();
  }
}
