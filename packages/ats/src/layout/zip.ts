import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { ResumeParseError } from '../parse/errors.js';

/** One file in a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  /** The path inside the archive ("word/document.xml"). */
  name: string;
  /** Size of the stored data in bytes. */
  compressedSize: number;
  /** Size after inflating, as the archive declares it (yauzl checks it again while inflating). */
  uncompressedSize: number;
  /** True when the entry is encrypted. */
  encrypted: boolean;
}

/** A ZIP archive opened for reading (with yauzl), with a shared cap on the bytes inflated from it. */
export interface ZipArchive {
  /** Every entry, in central directory order. */
  entries: readonly ZipEntry[];
  /** The bytes of an entry (inflated); rejects with {@link ResumeParseError} 'corrupt', 'encrypted' or 'too-large'. */
  read(entry: ZipEntry): Promise<Uint8Array>;
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

const corrupt = (message: string, cause?: unknown) =>
  new ResumeParseError(
    'corrupt',
    `The DOCX (ZIP) could not be read: ${message}`,
    cause === undefined ? undefined : { cause },
  );

/**
 * Opens a ZIP archive from its bytes with yauzl: reads the central directory and checks the entry count and the declared
 * sizes and ratios against the caps before anything is inflated; rejects with {@link ResumeParseError}. yauzl checks while
 * inflating that no entry yields more than it declared, so a bomb whose headers lie is stopped at its declared size.
 */
export async function openZip(bytes: Uint8Array, options: OpenZipOptions = {}): Promise<ZipArchive> {
  const maxInflatedBytes = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const maxEntryBytes = Math.min(options.maxEntryBytes ?? maxInflatedBytes, maxInflatedBytes);
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ZIP_ENTRIES;
  const maxRatio = options.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  // Loaded on first use: yauzl is CommonJS, and reading its exports for ESM cost every import of @rolefit/ats about
  // 10 ms of CPU, though only DOCX reading needs it.
  const library = (await import('yauzl')).default;
  try {
    zip = await library.fromBufferPromise(buffer, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
      decodeStrings: true,
    });
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error), error);
  }
  if (zip.entryCount > maxEntries) {
    zip.close();
    throw new ResumeParseError(
      'too-large',
      `The DOCX has ${zip.entryCount} entries, over the ${maxEntries}-entry limit`,
    );
  }
  const found = new Map<ZipEntry, yauzl.Entry>();
  let declaredTotal = 0;
  try {
    for await (const raw of zip.eachEntry()) {
      const entry: ZipEntry = {
        name: raw.fileName,
        compressedSize: raw.compressedSize,
        uncompressedSize: raw.uncompressedSize,
        encrypted: raw.isEncrypted(),
      };
      if (entry.uncompressedSize > maxEntryBytes)
        throw new ResumeParseError(
          'too-large',
          `The DOCX entry ${entry.name} declares ${entry.uncompressedSize} bytes, over the ${maxEntryBytes}-byte limit`,
        );
      if (tooCompressed(entry.uncompressedSize, entry.compressedSize, maxRatio)) throw ratioError(entry.name, maxRatio);
      declaredTotal += entry.uncompressedSize;
      found.set(entry, raw);
    }
  } catch (error) {
    zip.close();
    if (error instanceof ResumeParseError) throw error;
    throw corrupt(error instanceof Error ? error.message : String(error), error);
  }
  // An honest bomb is refused here without inflating anything; one whose sizes lie is stopped by yauzl while inflating.
  if (declaredTotal > maxInflatedBytes) {
    zip.close();
    throw new ResumeParseError(
      'too-large',
      `The DOCX declares ${declaredTotal} bytes of content, over the ${maxInflatedBytes}-byte limit`,
    );
  }
  let inflatedTotal = 0;
  return {
    entries: [...found.keys()],
    async read(entry) {
      const raw = found.get(entry);
      if (raw === undefined) throw corrupt(`${entry.name} is not an entry of this archive`);
      if (entry.encrypted) throw new ResumeParseError('encrypted', `The DOCX entry ${entry.name} is encrypted`);
      const budget = Math.min(maxInflatedBytes - inflatedTotal, maxEntryBytes);
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(raw);
      } catch (error) {
        throw corrupt(`${entry.name} cannot be read: ${error instanceof Error ? error.message : String(error)}`, error);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.byteLength;
          if (size > budget) throw tooLarge(maxInflatedBytes);
          chunks.push(chunk);
        }
      } catch (error) {
        stream.destroy();
        if (error instanceof ResumeParseError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        // yauzl's validateEntrySizes: the entry inflates past the size its headers declare (a bomb that lies).
        if (/too many bytes/i.test(message))
          throw new ResumeParseError(
            'too-large',
            `The DOCX entry ${entry.name} inflates past its declared ${entry.uncompressedSize} bytes (a ZIP bomb)`,
            { cause: error },
          );
        throw corrupt(`${entry.name} does not inflate: ${message}`, error);
      }
      // The ratio is checked again on what the data really inflated to.
      if (tooCompressed(size, entry.compressedSize, maxRatio)) throw ratioError(entry.name, maxRatio);
      inflatedTotal += size;
      return Buffer.concat(chunks, size);
    },
  };
}

const tooCompressed = (inflated: number, compressed: number, maxRatio: number) =>
  inflated > RATIO_CHECK_BYTES && inflated > maxRatio * Math.max(1, compressed);

const ratioError = (name: string, maxRatio: number) =>
  new ResumeParseError('too-large', `The DOCX entry ${name} inflates more than ${maxRatio} times (a ZIP bomb)`);

function tooLarge(maxInflatedBytes: number, cause?: unknown): ResumeParseError {
  return new ResumeParseError(
    'too-large',
    `The DOCX inflates to more than the ${maxInflatedBytes}-byte limit`,
    cause === undefined ? undefined : { cause },
  );
}
