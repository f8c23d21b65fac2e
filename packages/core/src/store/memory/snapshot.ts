import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { StoreFileError } from '../../errors/index.js';

/**
 * The binary snapshot (format version 2): an 8-byte magic, the header's length and crc32 (two little-endian
 * uint32), the header (JSON), then sections, each at a 64-byte-aligned offset (counted from the end of the
 * header, padded to 64 bytes) the header names with its length and crc32. Binary sections (vectors, BM25 postings) are little-endian typed arrays; `jobs` is a sequence of
 * (uint32 length, JSON) records so that it can be read through a small window.
 */
export const SNAPSHOT_MAGIC = Buffer.from('RFSTORE2', 'latin1');
export const SNAPSHOT_VERSION = 2;
const ALIGN = 64;
/** Bytes read at a time from the jobs section. */
const WINDOW_BYTES = 8 * 1024 * 1024;

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

/** Builds a snapshot file's bytes as a list of chunks, section by section. */
export class SnapshotWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly sections: Record<string, SectionEntry> = {};
  private offset = 0;
  private headerBytes: number | undefined;

  /** Adds a section made of `parts` (written one after the other). */
  section(name: string, parts: readonly Uint8Array[]): void {
    this.pad();
    let checksum = 0;
    let length = 0;
    for (const part of parts) {
      checksum = crc32(part, checksum);
      length += part.byteLength;
      this.chunks.push(part);
    }
    this.sections[name] = { offset: this.offset, length, crc32: checksum };
    this.offset += length;
  }

  /** Adds a section holding `value` as JSON. */
  json(name: string, value: unknown): void {
    this.section(name, [Buffer.from(JSON.stringify(value))]);
  }

  /** Adds a section holding `values` (JSON text or its UTF-8 bytes) as a sequence of (uint32 length, JSON) records. */
  records(name: string, values: Iterable<string | Uint8Array>): { offsets: number[]; lengths: number[]; checksums: number[] } {
    const parts: Uint8Array[] = [];
    const offsets: number[] = [];
    const recordLengths: number[] = [];
    const checksums: number[] = [];
    let sectionBytes = 0;
    let batch: Array<string | Uint8Array> = [];
    let batchBytes = 0;
    const flush = () => {
      const lengths = batch.map((json) => (typeof json === 'string' ? Buffer.byteLength(json) : json.byteLength));
      const buffer = Buffer.allocUnsafe(batchBytes + 4 * batch.length);
      let at = 0;
      for (const [index, json] of batch.entries()) {
        buffer.writeUInt32LE(lengths[index]!, at);
        at += 4;
        offsets.push(sectionBytes + at);
        recordLengths.push(lengths[index]!);
        checksums.push(crc32(buffer.subarray(at, at + lengths[index]!)));
        if (typeof json === 'string') at += buffer.write(json, at);
        else {
          buffer.set(json, at);
          at += json.byteLength;
        }
      }
      parts.push(buffer);
      sectionBytes += buffer.length;
      batch = [];
      batchBytes = 0;
    };
    for (const json of values) {
      batch.push(json);
      batchBytes += typeof json === 'string' ? Buffer.byteLength(json) : json.byteLength;
      if (batchBytes >= 1 << 20) flush();
    }
    if (batch.length) flush();
    this.section(name, parts);
    return { offsets, lengths: recordLengths, checksums };
  }

  /** Where section `name` starts in the file, once {@link finish} has run. */
  fileOffset(name: string): number {
    if (this.headerBytes === undefined) throw new Error('fileOffset() needs finish() first');
    return this.headerBytes + this.sections[name]!.offset;
  }

  /** The file: magic, header (with the section table) and sections. */
  finish(header: Omit<SnapshotHeader, 'sections'>): Uint8Array[] {
    const headerBytes = Buffer.from(JSON.stringify({ ...header, sections: this.sections }));
    const prefix = Buffer.alloc(alignUp(SNAPSHOT_MAGIC.length + 8 + headerBytes.length));
    SNAPSHOT_MAGIC.copy(prefix, 0);
    prefix.writeUInt32LE(headerBytes.length, 8);
    prefix.writeUInt32LE(crc32(headerBytes), 12);
    headerBytes.copy(prefix, 16);
    this.headerBytes = prefix.length;
    return [prefix, ...this.chunks];
  }

  private pad(): void {
    const padding = alignUp(this.offset) - this.offset;
    if (padding) {
      this.chunks.push(new Uint8Array(padding));
      this.offset += padding;
    }
  }
}

function alignUp(value: number): number {
  return Math.ceil(value / ALIGN) * ALIGN;
}

/** True when `bytes` start with the binary snapshot's magic. */
export function isBinarySnapshot(bytes: Uint8Array): boolean {
  return bytes.length >= SNAPSHOT_MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, SNAPSHOT_MAGIC.length).equals(SNAPSHOT_MAGIC);
}

/** Reads a binary snapshot section by section. */
export class SnapshotReader {
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
    await readFully(handle, prefix, 0);
    const length = prefix.readUInt32LE(8);
    if (length > size) throw new StoreFileError(path, `has a header of ${length} bytes, longer than the file`, { section: 'header' });
    const bytes = Buffer.alloc(length);
    await readFully(handle, bytes, 16);
    if (crc32(bytes) !== prefix.readUInt32LE(12)) throw new StoreFileError(path, 'has a damaged header (checksum mismatch)', { section: 'header' });
    let header: SnapshotHeader;
    try {
      header = JSON.parse(bytes.toString('utf8')) as SnapshotHeader;
    } catch (error) {
      throw new StoreFileError(path, `has a header that is not JSON (${(error as Error).message})`, { section: 'header', cause: error });
    }
    if (header.version !== SNAPSHOT_VERSION) throw new StoreFileError(path, `has format version ${String(header.version)}; this version reads 1 and ${SNAPSHOT_VERSION}`);
    // Section offsets in the header count from the end of the (aligned) header.
    const base = alignUp(16 + length);
    for (const [name, entry] of Object.entries(header.sections ?? {})) {
      entry.offset += base;
      if (!(entry.offset >= 0 && entry.length >= 0 && entry.offset + entry.length <= size)) throw new StoreFileError(path, 'lies outside the file (truncated?)', { section: name });
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
    await readFully(this.handle, bytes, entry.offset);
    return { bytes, intact: crc32(bytes) === entry.crc32 };
  }

  /** Whether a section's checksum matches, read through a small window (nothing kept). */
  async checksum(name: string): Promise<boolean> {
    const entry = this.entry(name);
    const window = Buffer.allocUnsafe(Math.min(WINDOW_BYTES, entry.length));
    let checksum = 0;
    for (let done = 0; done < entry.length; ) {
      const part = window.subarray(0, Math.min(window.length, entry.length - done));
      await readFully(this.handle, part, entry.offset + done);
      checksum = crc32(part, checksum);
      done += part.length;
    }
    return checksum === entry.crc32;
  }

  /** Where a section starts in the file. */
  offsetOf(name: string): number {
    return this.entry(name).offset;
  }

  /** A JSON section's value, and whether its checksum matches. */
  async json(name: string): Promise<{ value: unknown; intact: boolean }> {
    const { bytes, intact } = await this.bytes(name);
    try {
      return { value: JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')), intact };
    } catch (error) {
      throw new StoreFileError(this.path, `is not valid JSON (${(error as Error).message})`, { section: name, cause: error });
    }
  }

  /** Reads a section straight into `targets` (filled one after another); returns whether the checksum matches. */
  async readInto(name: string, targets: readonly Uint8Array[]): Promise<boolean> {
    const entry = this.entry(name);
    const total = targets.reduce((sum, target) => sum + target.byteLength, 0);
    if (total !== entry.length) throw new StoreFileError(this.path, `holds ${entry.length} bytes where ${total} were expected`, { section: name });
    let offset = entry.offset;
    let checksum = 0;
    for (const target of targets) {
      await readFully(this.handle, target, offset);
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
  async recordPlaces(name: string, each: (index: number, window: Buffer, start: number, end: number, fileOffset: number) => void): Promise<boolean> {
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
        await readFully(this.handle, target, position);
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
        if (position >= end) throw new StoreFileError(this.path, `ends in a cut record after ${index} records`, { section: name });
        const need = 4 + window.readUInt32LE(start);
        // A record bigger than the window: grow the window to hold it.
        if (need > window.length - start) {
          const larger = Buffer.allocUnsafe(Math.max(need, window.length * 2));
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

async function readFully(handle: FileHandle, target: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < target.byteLength) {
    const { bytesRead } = await handle.read(target, done, Math.min(target.byteLength - done, 1 << 30), position + done);
    if (bytesRead === 0) throw new StoreFileError('(snapshot)', 'ended before a section did (truncated?)');
    done += bytesRead;
  }
}
