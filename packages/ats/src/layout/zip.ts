import { inflateRawSync } from 'node:zlib';
import { ResumeParseError } from '../parse/errors.js';

/** One file in a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  /** The path inside the archive ("word/document.xml"). */
  name: string;
  /** 0 stored, 8 deflated; others are refused when read. */
  method: number;
  /** Size of the stored data in bytes. */
  compressedSize: number;
  /** Size after inflating, as the archive declares it (checked again while inflating). */
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
  /** True when the entry is encrypted. */
  encrypted: boolean;
}

/** A ZIP archive opened for reading, with a shared cap on the bytes inflated from it. */
export interface ZipArchive {
  /** Every entry, in central directory order. */
  entries: readonly ZipEntry[];
  /** The bytes of an entry (inflated); throws {@link ResumeParseError} 'corrupt' or 'too-large'. */
  read(entry: ZipEntry): Uint8Array;
}

/** Options for {@link openZip}. */
export interface OpenZipOptions {
  /** Most bytes inflated from the archive in all (default 20 MB); more is refused as 'too-large'. */
  maxInflatedBytes?: number;
  /** Most bytes inflated from one entry (default: `maxInflatedBytes`); more is refused as 'too-large'. */
  maxEntryBytes?: number;
  /** Most entries in the archive (default 2 000); more is refused as 'too-large'. */
  maxEntries?: number;
  /** Highest inflated/compressed ratio of an entry over 1 MB inflated (default 200; deflate's ceiling is about 1 030); higher is 'too-large'. */
  maxCompressionRatio?: number;
}

/** Default cap on the entries of one archive. */
export const DEFAULT_MAX_ZIP_ENTRIES = 2_000;
/** Default cap on the compression ratio of an entry that inflates to over 1 MB. */
export const DEFAULT_MAX_COMPRESSION_RATIO = 200;
// Small entries may compress very well (a run of spaces); the ratio is only checked above this size.
const RATIO_CHECK_BYTES = 1024 * 1024;

/** Default cap on the bytes inflated from one archive: 20 MB. */
export const DEFAULT_MAX_INFLATED_BYTES = 20 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const corrupt = (message: string, cause?: unknown) => new ResumeParseError('corrupt', `The DOCX (ZIP) could not be read: ${message}`, cause === undefined ? undefined : { cause });

/** Opens a ZIP archive from its bytes: reads the central directory and checks the declared sizes against the cap; throws {@link ResumeParseError}. */
export function openZip(bytes: Uint8Array, options: OpenZipOptions = {}): ZipArchive {
  const maxInflatedBytes = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const maxEntryBytes = Math.min(options.maxEntryBytes ?? maxInflatedBytes, maxInflatedBytes);
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ZIP_ENTRIES;
  const maxRatio = options.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endOffset = findEndOfCentralDirectory(view);
  const entryCount = view.getUint16(endOffset + 10, true);
  const directorySize = view.getUint32(endOffset + 12, true);
  const directoryOffset = view.getUint32(endOffset + 16, true);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) throw corrupt('ZIP64 archives are not supported');
  if (entryCount > maxEntries) throw new ResumeParseError('too-large', `The DOCX has ${entryCount} entries, over the ${maxEntries}-entry limit`);
  if (directoryOffset + directorySize > endOffset) throw corrupt('the central directory lies outside the file');
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  let declaredTotal = 0;
  for (let index = 0; index < entryCount; index++) {
    if (offset + 46 > endOffset || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) throw corrupt(`central directory entry ${index} is damaged`);
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > endOffset) throw corrupt(`central directory entry ${index} is damaged`);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
      encrypted: (flags & 1) === 1,
    };
    if (entry.uncompressedSize > maxEntryBytes) throw new ResumeParseError('too-large', `The DOCX entry ${entry.name} declares ${entry.uncompressedSize} bytes, over the ${maxEntryBytes}-byte limit`);
    if (tooCompressed(entry.uncompressedSize, entry.compressedSize, maxRatio)) throw ratioError(entry.name, maxRatio);
    declaredTotal += entry.uncompressedSize;
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  // Declared sizes can lie, so inflating is capped as well; an honest bomb is refused here without inflating anything.
  if (declaredTotal > maxInflatedBytes) {
    throw new ResumeParseError('too-large', `The DOCX declares ${declaredTotal} bytes of content, over the ${maxInflatedBytes}-byte limit`);
  }
  let inflatedTotal = 0;
  return {
    entries,
    read(entry) {
      if (entry.encrypted) throw new ResumeParseError('encrypted', `The DOCX entry ${entry.name} is encrypted`);
      const data = entryData(bytes, view, entry);
      const budget = Math.min(maxInflatedBytes - inflatedTotal, maxEntryBytes);
      let content: Uint8Array;
      if (entry.method === 0) content = data;
      else if (entry.method === 8) {
        try {
          // One byte over the budget is enough to know the budget is exceeded.
          content = inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxInflatedBytes, error);
          throw corrupt(`${entry.name} does not inflate`, error);
        }
      } else throw corrupt(`${entry.name} uses unsupported compression method ${entry.method}`);
      if (content.byteLength > budget) throw tooLarge(maxInflatedBytes);
      // Declared sizes can lie: the ratio is checked again on what the data really inflated to.
      if (tooCompressed(content.byteLength, data.byteLength, maxRatio)) throw ratioError(entry.name, maxRatio);
      inflatedTotal += content.byteLength;
      return content;
    },
  };
}

const tooCompressed = (inflated: number, compressed: number, maxRatio: number) => inflated > RATIO_CHECK_BYTES && inflated > maxRatio * Math.max(1, compressed);

const ratioError = (name: string, maxRatio: number) => new ResumeParseError('too-large', `The DOCX entry ${name} inflates more than ${maxRatio} times (a ZIP bomb)`);

function tooLarge(maxInflatedBytes: number, cause?: unknown): ResumeParseError {
  return new ResumeParseError('too-large', `The DOCX inflates to more than the ${maxInflatedBytes}-byte limit`, cause === undefined ? undefined : { cause });
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let offset = view.byteLength - END_RECORD_SIZE; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw corrupt('no end of central directory record (the file is truncated or not a ZIP)');
}

function entryData(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const header = entry.localHeaderOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_FILE_HEADER) throw corrupt(`the local header of ${entry.name} is missing`);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw corrupt(`the data of ${entry.name} runs past the end of the file`);
  return bytes.subarray(start, end);
}
