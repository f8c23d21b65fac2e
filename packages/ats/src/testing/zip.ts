// The ZIP archives the tests build (DOCX files, honest and lying bombs), written by fflate's Zip: one writer for every
// test instead of hand-written headers. Test-only: not exported from the package.
import { deflateSync, Zip, type ZipInputFile } from 'fflate';
import { crc32 } from 'node:zlib';

/** One entry of a test archive. */
export interface TestZipEntry {
  /** The entry's path in the archive ("word/document.xml"). */
  name: string;
  /** The entry's bytes (a string as UTF-8): deflated, or stored with `stored`, with their true CRC-32. */
  content?: Uint8Array | string;
  /** Raw deflate data written as it is (a bomb built by hand, never held inflated); its CRC-32 is written as 0. */
  deflated?: Uint8Array;
  /** The uncompressed size the headers state: a bomb's lie. Default: the content's true size; needed with `deflated`. */
  declaredSize?: number;
  /** Store `content` uncompressed (method 0) instead of deflating it. */
  stored?: boolean;
}

// A fixed date, so that an archive's bytes do not depend on when the test ran.
const MODIFIED = new Date(Date.UTC(2026, 0, 1));

/** A ZIP archive of `entries`, in order, with their central directory (sizes as each entry declares them). */
export function writeTestZip(entries: readonly TestZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const content = typeof entry.content === 'string' ? new TextEncoder().encode(entry.content) : entry.content;
    let data: Uint8Array<ArrayBuffer>;
    let file: ZipInputFile;
    if (content !== undefined) {
      data = entry.stored ? new Uint8Array(content) : deflateSync(content);
      file = {
        filename: entry.name,
        size: entry.declaredSize ?? content.byteLength,
        crc: crc32(content),
        compression: entry.stored ? 0 : 8,
        mtime: MODIFIED,
      };
    } else if (entry.deflated !== undefined && entry.declaredSize !== undefined) {
      data = new Uint8Array(entry.deflated);
      file = { filename: entry.name, size: entry.declaredSize, crc: 0, compression: 8, mtime: MODIFIED };
    } else throw new TypeError(`test ZIP entry ${entry.name}: give content, or deflated data and its declaredSize`);
    zip.add(file);
    file.ondata?.(null, data, true);
  }
  zip.end();
  const archive = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    archive.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return archive;
}
