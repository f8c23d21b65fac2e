import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { StoreFileError } from '../../errors/index.js';

/**
 * The binary snapshot (format versions 2, 3 and 4, one layout): an 8-byte magic, the header's length and crc32 (two little-endian
 * uint32), the header (JSON), then sections, each at a 64-byte-aligned offset (counted from the end of the
 * header, padded to 64 bytes) the header names with its length and crc32. Binary sections (vectors, BM25 postings) are little-endian typed arrays; `jobs` is a sequence of
 * (uint32 length, JSON) records so that it can be read through a small window.
 */
export const SNAPSHOT_MAGIC = Buffer.from('RFSTORE2', 'latin1');
export const SNAPSHOT_VERSION = 4;
/**
 * Snapshot versions this code reads: 2 (BM25 postings as typed arrays), 3 (the same layout; postings as varints), 4
 * (the job index as typed arrays, vectors and BM25 documents naming jobs by number instead of by id).
 */
const READABLE_VERSIONS: readonly number[] = [2, 3, 4];
const ALIGN = 64;
/** Bytes read at a time from the jobs section. */
const WINDOW_BYTES = 8 * 1024 * 1024;
/** Bytes read at a time to check a section's checksum (one window, kept by the reader). */
const CHECK_WINDOW_BYTES = 1024 * 1024;

/** Where a section lies in the file, and its checksum. */
export interface SectionEntry {
  offset: number;
  length: number;
  crc32: number;
}

/** The snapshot header. */
export interface SnapshotHeader {
  format: string;
  version: number;
  savedAt: string;
  generation: number;
  sections: Record<string, SectionEntry>;
  [key: string]: unknown;
}

/** Bytes reserved for the magic, header length, crc and header of a streamed snapshot (the header is padded to fill it). */
const STREAM_HEADER_BYTES = 64 * 1024;
/** Bytes gathered before each write of a streamed snapshot. */
const STREAM_BUFFER_BYTES = 8 * 1024 * 1024;

/** A place in a file to copy bytes from. */
export interface ByteSource {
  readInto(target: Uint8Array, offset: number): void;
}

/**
 * Writes a snapshot straight to an open file, through one large buffer:
 * the header area is reserved first (the header JSON padded with spaces to fill it, so readers of format 2 read it
 * unchanged) and written last, once every section's length and crc32 are known.
 */
export class SnapshotStreamWriter {
  private readonly buffer = Buffer.allocUnsafe(STREAM_BUFFER_BYTES);
  private filled = 0;
  /** File position of `buffer[0]`. */
  private position = STREAM_HEADER_BYTES;
  private readonly sections: Record<string, SectionEntry> = {};
  private current: { name: string; offset: number; crc32: number; checksumFrom: number } | undefined;

  constructor(private readonly handle: FileHandle) {}

  /** Bytes of the file so far (all of it, once {@link finish} has run). */
  get size(): number {
    return this.position + this.filled;
  }

  /** Offset of the next byte, counted from the end of the header area (as section offsets are). */
  get offset(): number {
    return this.position + this.filled - STREAM_HEADER_BYTES;
  }

  /** Starts a section (at the next 64-byte boundary). */
  async begin(name: string): Promise<void> {
    if (this.current) throw new Error(`section ${this.current.name} is still open`);
    const padding = alignUp(this.offset) - this.offset;
    if (padding) await this.put(new Uint8Array(padding));
    this.current = { name, offset: this.offset, crc32: 0, checksumFrom: this.filled };
  }

  /** Ends the open section and returns where it lies. */
  end(): SectionEntry {
    const current = this.current!;
    this.checksumBuffered();
    const entry = { offset: current.offset, length: this.offset - current.offset, crc32: current.crc32 };
    this.sections[current.name] = entry;
    this.current = undefined;
    return entry;
  }

  /** Appends bytes to the open section. */
  async write(bytes: Uint8Array): Promise<void> {
    await this.put(bytes);
  }

  /** Appends a string's UTF-8 bytes; returns their crc32 and length. */
  async writeString(text: string): Promise<{ length: number; crc32: number }> {
    const most = text.length * 3;
    if (most > this.buffer.length - this.filled) await this.drain();
    if (most > this.buffer.length) {
      const bytes = Buffer.from(text);
      await this.put(bytes);
      return { length: bytes.length, crc32: crc32(bytes) };
    }
    const start = this.filled;
    this.filled += this.buffer.write(text, start);
    return { length: this.filled - start, crc32: crc32(this.buffer.subarray(start, this.filled)) };
  }

  /** Appends a (uint32 length, UTF-8 text) record; returns the text's length in bytes and its crc32. */
  async writeRecord(text: string): Promise<{ length: number; crc32: number }> {
    const most = 4 + text.length * 3;
    if (most > this.buffer.length - this.filled) await this.drain();
    if (most > this.buffer.length) {
      const bytes = Buffer.from(text);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      await this.put(length);
      await this.put(bytes);
      return { length: bytes.length, crc32: crc32(bytes) };
    }
    const start = this.filled + 4;
    const length = this.buffer.write(text, start);
    this.buffer.writeUInt32LE(length, this.filled);
    this.filled = start + length;
    return { length, crc32: crc32(this.buffer.subarray(start, this.filled)) };
  }

  /** Appends `length` bytes of `source` from `offset` (read through the buffer, a part at a time). */
  async copy(source: ByteSource, offset: number, length: number): Promise<void> {
    for (let done = 0; done < length; ) {
      if (this.filled === this.buffer.length) await this.drain();
      const part = Math.min(length - done, this.buffer.length - this.filled);
      source.readInto(this.buffer.subarray(this.filled, this.filled + part), offset + done);
      this.filled += part;
      done += part;
    }
  }

  /** A section holding `value` as JSON. */
  async json(name: string, value: unknown): Promise<void> {
    await this.begin(name);
    await this.writeString(JSON.stringify(value));
    this.end();
  }

  /** A section of byte parts. */
  async section(name: string, parts: readonly Uint8Array[]): Promise<void> {
    await this.begin(name);
    for (const part of parts) await this.put(part);
    this.end();
  }

  /** Where section `name` starts in the file. */
  fileOffset(name: string): number {
    return STREAM_HEADER_BYTES + this.sections[name]!.offset;
  }

  /** Writes what is buffered, then the header (with the section table) at the start of the file. */
  async finish(header: Omit<SnapshotHeader, 'sections'>): Promise<void> {
    if (this.current) throw new Error(`section ${this.current.name} is still open`);
    await this.drain();
    const json = Buffer.from(JSON.stringify({ ...header, sections: this.sections }));
    if (16 + json.length > STREAM_HEADER_BYTES)
      throw new Error(`snapshot header of ${json.length} bytes does not fit its ${STREAM_HEADER_BYTES}-byte area`);
    const prefix = Buffer.alloc(STREAM_HEADER_BYTES, 0x20);
    SNAPSHOT_MAGIC.copy(prefix, 0);
    json.copy(prefix, 16);
    const padded = prefix.subarray(16);
    prefix.writeUInt32LE(padded.length, 8);
    prefix.writeUInt32LE(crc32(padded), 12);
    await writeAllAt(this.handle, prefix, 0);
  }

  private async put(bytes: Uint8Array): Promise<void> {
    if (bytes.byteLength > this.buffer.length - this.filled) {
      await this.drain();
      if (bytes.byteLength >= this.buffer.length) {
        // Big parts (vector chunks) go straight to the file.
        if (this.current) this.current.crc32 = crc32(bytes, this.current.crc32);
        await writeAllAt(this.handle, bytes, this.position);
        this.position += bytes.byteLength;
        return;
      }
    }
    this.buffer.set(bytes, this.filled);
    this.filled += bytes.byteLength;
  }

  /** Adds the buffered bytes of the open section to its checksum. */
  private checksumBuffered(): void {
    if (!this.current) return;
    this.current.crc32 = crc32(this.buffer.subarray(this.current.checksumFrom, this.filled), this.current.crc32);
    this.current.checksumFrom = this.filled;
  }

  private async drain(): Promise<void> {
    this.checksumBuffered();
    if (this.filled) await writeAllAt(this.handle, this.buffer.subarray(0, this.filled), this.position);
    this.position += this.filled;
    this.filled = 0;
    if (this.current) this.current.checksumFrom = 0;
  }
}

async function writeAllAt(handle: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < bytes.byteLength; ) {
    const { bytesWritten } = await handle.write(
      bytes,
      done,
      Math.min(bytes.byteLength - done, 1 << 30),
      position + done,
    );
    done += bytesWritten;
  }
}

function alignUp(value: number): number {
  return Math.ceil(value / ALIGN) * ALIGN;
}

/** True when `bytes` start with the binary snapshot's magic. */
export function isBinarySnapshot(bytes: Uint8Array): boolean {
  return (
    bytes.length >= SNAPSHOT_MAGIC.length &&
    Buffer.from(bytes.buffer, bytes.byteOffset, SNAPSHOT_MAGIC.length).equals(SNAPSHOT_MAGIC)
  );
}

/** Reads a binary snapshot section by section. */
export class SnapshotReader {
  /** The window {@link checksum} reads through, and the scratch buffer {@link json} reads into (grown as needed). */
  private window: Buffer | undefined;
  private scratch: Buffer | undefined;

  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    readonly header: SnapshotHeader,
    readonly size: number,
  ) {}

  /** Opens the snapshot at `path` (already open as `handle`) and checks its header. */
  static async open(path: string, handle: FileHandle): Promise<SnapshotReader> {
    const { size } = await handle.stat();
    const prefix = Buffer.alloc(16);
    await readFully(handle, prefix, 0, path);
    const length = prefix.readUInt32LE(8);
    if (16 + length > size)
      throw new StoreFileError(path, `has a header of ${length} bytes, longer than the file`, { section: 'header' });
    const bytes = Buffer.alloc(length);
    await readFully(handle, bytes, 16, path);
    if (crc32(bytes) !== prefix.readUInt32LE(12))
      throw new StoreFileError(path, 'has a damaged header (checksum mismatch)', { section: 'header' });
    let header: SnapshotHeader;
    try {
      header = JSON.parse(bytes.toString('utf8')) as SnapshotHeader;
    } catch (error) {
      throw new StoreFileError(path, `has a header that is not JSON (${(error as Error).message})`, {
        section: 'header',
        cause: error,
      });
    }
    if (!isObject(header) || !isObject(header.sections))
      throw new StoreFileError(path, 'must be a JSON object with a sections object', { section: 'header' });
    if (!READABLE_VERSIONS.includes(header.version))
      throw new StoreFileError(
        path,
        `has format version ${String(header.version)}; this version reads 1, ${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${READABLE_VERSIONS.at(-1)}`,
      );
    // Section offsets in the header count from the end of the (aligned) header.
    const base = alignUp(16 + length);
    for (const [name, entry] of Object.entries(header.sections)) {
      // A crafted header can name anything: whole numbers within the file, or the section is refused.
      if (
        !isObject(entry) ||
        !Number.isSafeInteger(entry.offset) ||
        !Number.isSafeInteger(entry.length) ||
        typeof entry.crc32 !== 'number'
      )
        throw new StoreFileError(path, 'must be whole numbers offset, length and crc32', { section: name });
      entry.offset += base;
      if (!(entry.offset >= base && entry.length >= 0 && entry.offset + entry.length <= size))
        throw new StoreFileError(path, 'lies outside the file (truncated?)', { section: name });
    }
    return new SnapshotReader(path, handle, header, size);
  }

  /** True when the file has this section. */
  has(name: string): boolean {
    return this.header.sections[name] !== undefined;
  }

  /** A section's bytes in a fresh buffer (aligned for typed-array views), and whether its checksum matches. */
  async bytes(name: string): Promise<{ bytes: Uint8Array; intact: boolean }> {
    const entry = this.entry(name);
    const bytes = new Uint8Array(new ArrayBuffer(entry.length));
    await readFully(this.handle, bytes, entry.offset, this.path);
    return { bytes, intact: crc32(bytes) === entry.crc32 };
  }

  /**
   * Whether a section's checksum matches, read through a small window (nothing kept); `each` sees every part of the
   * bytes in order (valid only during the call).
   */
  async checksum(name: string, each?: (part: Uint8Array) => void): Promise<boolean> {
    const entry = this.entry(name);
    this.window ??= Buffer.allocUnsafe(CHECK_WINDOW_BYTES);
    const window = this.window;
    let checksum = 0;
    for (let done = 0; done < entry.length; ) {
      const part = window.subarray(0, Math.min(window.length, entry.length - done));
      await readFully(this.handle, part, entry.offset + done, this.path);
      checksum = crc32(part, checksum);
      each?.(part);
      done += part.length;
    }
    return checksum === entry.crc32;
  }

  /** A section's length in bytes. */
  sizeOf(name: string): number {
    return this.entry(name).length;
  }

  /** Where a section starts in the file. */
  offsetOf(name: string): number {
    return this.entry(name).offset;
  }

  /** A JSON section's value, and whether its checksum matches (read through a scratch buffer the reader keeps). */
  async json(name: string): Promise<{ value: unknown; intact: boolean }> {
    const entry = this.entry(name);
    if (!this.scratch || this.scratch.length < entry.length)
      this.scratch = Buffer.allocUnsafe(Math.max(entry.length, 64 * 1024));
    const bytes = this.scratch.subarray(0, entry.length);
    await readFully(this.handle, bytes, entry.offset, this.path);
    const intact = crc32(bytes) === entry.crc32;
    try {
      return { value: JSON.parse(bytes.toString('utf8')), intact };
    } catch (error) {
      throw new StoreFileError(this.path, `is not valid JSON (${(error as Error).message})`, {
        section: name,
        cause: error,
      });
    }
  }

  /** Reads a section straight into `targets` (filled one after another); returns whether the checksum matches. */
  async readInto(name: string, targets: readonly Uint8Array[]): Promise<boolean> {
    const entry = this.entry(name);
    const total = targets.reduce((sum, target) => sum + target.byteLength, 0);
    if (total !== entry.length)
      throw new StoreFileError(this.path, `holds ${entry.length} bytes where ${total} were expected`, {
        section: name,
      });
    let offset = entry.offset;
    let checksum = 0;
    for (const target of targets) {
      await readFully(this.handle, target, offset, this.path);
      checksum = crc32(target, checksum);
      offset += target.byteLength;
    }
    return checksum === entry.crc32;
  }

  /** Calls `each` with every record's JSON text of a records section, reading through a small window; returns whether the checksum matches. */
  async records(name: string, each: (json: string, index: number) => void): Promise<boolean> {
    return this.recordPlaces(name, (index, window, start, end) => each(window.toString('utf8', start, end), index));
  }

  /**
   * Walks a records section through a small window, calling `each` with every record's index and its bytes in the
   * window (valid only during the call) and its place in the file. Returns whether the checksum matches.
   */
  async recordPlaces(
    name: string,
    each: (index: number, window: Buffer, start: number, end: number, fileOffset: number) => void,
  ): Promise<boolean> {
    const entry = this.entry(name);
    let window = Buffer.allocUnsafe(WINDOW_BYTES);
    let start = 0; // bytes of the window holding unread data
    let filled = 0;
    let position = entry.offset;
    const end = entry.offset + entry.length;
    let checksum = 0;
    let index = 0;
    while (position < end || start < filled) {
      if (position < end) {
        // Keep the unread tail, then fill the rest of the window.
        window.copy(window, 0, start, filled);
        filled -= start;
        start = 0;
        const want = Math.min(window.length - filled, end - position);
        const target = window.subarray(filled, filled + want);
        await readFully(this.handle, target, position, this.path);
        checksum = crc32(target, checksum);
        position += want;
        filled += want;
      }
      let progressed = false;
      while (filled - start >= 4) {
        const length = window.readUInt32LE(start);
        if (filled - start < 4 + length) break;
        each(index, window, start + 4, start + 4 + length, position - filled + start + 4);
        index += 1;
        start += 4 + length;
        progressed = true;
      }
      if (!progressed && start < filled) {
        if (position >= end)
          throw new StoreFileError(this.path, `ends in a cut record after ${index} records`, { section: name });
        const need = 4 + window.readUInt32LE(start);
        // A length past the end of the section (a crafted one may say 4 GiB) is refused before the window grows.
        if (need > filled - start + (end - position))
          throw new StoreFileError(this.path, `ends in a cut record after ${index} records`, { section: name });
        // A record bigger than the window: grow the window to hold it (at most to what the section still holds).
        if (need > window.length - start) {
          const larger = Buffer.allocUnsafe(
            Math.max(need, Math.min(window.length * 2, filled - start + (end - position))),
          );
          window.copy(larger, 0, start, filled);
          filled -= start;
          start = 0;
          window = larger;
        }
      }
    }
    return checksum === entry.crc32;
  }

  private entry(name: string): SectionEntry {
    const entry = this.header.sections[name];
    if (!entry) throw new StoreFileError(this.path, 'is missing', { section: name });
    return entry;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readFully(handle: FileHandle, target: Uint8Array, position: number, path = '(snapshot)'): Promise<void> {
  let done = 0;
  while (done < target.byteLength) {
    const { bytesRead } = await handle.read(target, done, Math.min(target.byteLength - done, 1 << 30), position + done);
    if (bytesRead === 0) throw new StoreFileError(path, 'ended before a section did (truncated?)');
    done += bytesRead;
  }
}
