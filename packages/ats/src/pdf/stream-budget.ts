import { createInflate } from 'node:zlib';
import { ResumeParseError } from '../parse/errors.js';

const latin1 = new TextDecoder('latin1');
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
// The dictionary of a stream ends at most this far before its `stream` keyword (longer ones are only scanned that far).
const DICTIONARY_WINDOW = 1024;
// Image streams get their own, larger budget: text extraction does not decode them, but a bomb could pose as an image.
const IMAGE_BUDGET_FACTOR = 4;
// Inflating is counted in chunks of this size, and the chunks are dropped: counting costs no more memory than this.
const INFLATE_CHUNK = 1024 * 1024;

/**
 * Refuses a PDF whose compressed streams decode to more than `maxDecodedBytes` in all ('too-large'), before pdf.js decodes
 * anything: pdf.js keeps each decoded stream whole in memory and cannot be told to stop. The first filter of each stream
 * is measured (Flate, LZW and RunLength, the ones that expand; others are left to the worker's memory watch); image
 * streams count against a budget four times larger. Counting stops one byte past the budget, so a bomb costs at most
 * the budget in time and a megabyte of memory.
 */
export async function checkDecodedSize(bytes: Uint8Array, maxDecodedBytes: number): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded = 0;
  let decodedImages = 0;
  let at = buffer.indexOf(STREAM);
  while (at !== -1) {
    const isEnd = at >= 3 && buffer[at - 3] === 0x65 && buffer[at - 2] === 0x6e && buffer[at - 1] === 0x64; // "end"
    let next = at + STREAM.length;
    if (!isEnd) {
      let start = next;
      if (buffer[start] === 0x0d) start++;
      if (buffer[start] === 0x0a) start++;
      const end = buffer.indexOf(END_STREAM, start);
      next = end === -1 ? buffer.byteLength : end + END_STREAM.length;
      const window = latin1.decode(buffer.subarray(Math.max(0, at - DICTIONARY_WINDOW), at));
      const dictionary = window.slice(window.lastIndexOf('obj') + 1);
      const filter = firstFilter(dictionary);
      if (start > at + STREAM.length && filter !== undefined) {
        const data = buffer.subarray(start, end === -1 ? buffer.byteLength : end);
        const image = /\/Subtype\s*\/Image\b/.test(dictionary);
        const limit = image ? IMAGE_BUDGET_FACTOR * maxDecodedBytes : maxDecodedBytes;
        const used = image ? decodedImages : decoded;
        const size = await decodedSize(filter, data, limit - used);
        if (image) decodedImages += size;
        else decoded += size;
        if (used + size > limit) {
          throw new ResumeParseError(
            'too-large',
            `The PDF's compressed streams decode to more than the ${limit}-byte limit${image ? ' for images' : ''}`,
          );
        }
      }
    }
    at = buffer.indexOf(STREAM, next);
  }
}

// The first (outermost) filter of a stream dictionary, as 'flate', 'lzw' or 'rle'; undefined for none or a filter that does not expand much.
function firstFilter(dictionary: string): 'flate' | 'lzw' | 'rle' | undefined {
  const name = /\/Filter\s*\[?\s*\/(\w+)/.exec(dictionary)?.[1];
  if (name === 'FlateDecode' || name === 'Fl') return 'flate';
  if (name === 'LZWDecode' || name === 'LZW') return 'lzw';
  if (name === 'RunLengthDecode' || name === 'RL') return 'rle';
  return undefined;
}

async function decodedSize(filter: 'flate' | 'lzw' | 'rle', data: Buffer, budget: number): Promise<number> {
  if (filter === 'rle') return runLengthSize(data, budget);
  if (filter === 'lzw') return lzwSize(data, budget);
  return inflatedSize(data, budget);
}

// Bytes a zlib stream inflates to, counting at most budget + 1; damaged data counts what inflated before the damage (pdf.js reads that much too).
function inflatedSize(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ chunkSize: INFLATE_CHUNK });
    let size = 0;
    const done = () => {
      inflate.removeAllListeners('data');
      inflate.destroy();
      resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > budget) done();
    });
    inflate.on('end', done);
    inflate.on('error', done);
    inflate.end(data);
  });
}

/** Bytes RunLengthDecode data expands to (at most a little past `budget`). */
export function runLengthSize(data: Uint8Array, budget: number): number {
  let size = 0;
  for (let index = 0; index < data.byteLength && size <= budget; ) {
    const length = data[index] as number;
    if (length === 128) break;
    if (length < 128) {
      size += length + 1;
      index += length + 2;
    } else {
      size += 257 - length;
      index += 2;
    }
  }
  return size;
}

/** Bytes LZWDecode data expands to (early change 1, as PDF's default), counted from code lengths only, at most a little past `budget`. */
export function lzwSize(data: Uint8Array, budget: number): number {
  const lengths = new Uint32Array(4096);
  lengths.fill(1, 0, 256);
  let next = 258;
  let width = 9;
  let previous = -1;
  let size = 0;
  let bits = 0;
  let bitCount = 0;
  for (let index = 0; index < data.byteLength && size <= budget; index++) {
    bits = ((bits << 8) | (data[index] as number)) & 0xffffff;
    bitCount += 8;
    while (bitCount >= width && size <= budget) {
      const code = (bits >>> (bitCount - width)) & ((1 << width) - 1);
      bitCount -= width;
      if (code === 256) {
        next = 258;
        width = 9;
        previous = -1;
        continue;
      }
      if (code === 257) return size;
      let length: number;
      if (code < next && (code < 256 || code >= 258)) length = lengths[code] as number;
      else if (code === next && previous !== -1) length = (lengths[previous] as number) + 1;
      else return size; // a code that cannot occur: pdf.js stops there too
      size += length;
      if (previous !== -1 && next < 4096) lengths[next++] = (lengths[previous] as number) + 1;
      previous = code;
      if (next + 1 >= 1 << width && width < 12) width++;
    }
  }
  return size;
}

/**
 * Refuses a PDF whose page tree declares more than `maxPages` pages ('too-many-pages') from the raw bytes, before pdf.js
 * parses the tree (which takes seconds for tens of thousands of pages). Page trees inside compressed object streams are
 * not visible here; pdf.js's page count is checked as well once the document is open.
 */
export function checkPageCount(bytes: Uint8Array, maxPages: number): void {
  const text = latin1.decode(bytes);
  const count = /\/Count\s+(\d{1,9})/g;
  let most = 0;
  // The nearest "obj" before and "endobj" after each /Count, found by two cursors that only move forward (the /Count
  // matches come in order): searching from each /Count anew read up to the whole file for each of a thousand of them
  // (8 MB of filler before 1,000 "/Count 99999" took 4.9 s).
  let lastObject = -1;
  let nextObject = text.indexOf('obj');
  let nextEnd = text.indexOf('endobj');
  // Each /Count belongs to a page tree node when its object (from "obj" to "endobj", a window of 1 MB each way) says /Type /Pages.
  for (let seen = 0, match = count.exec(text); match && seen < 1000; match = count.exec(text), seen++) {
    const value = Number(match[1]);
    if (value <= most || value <= maxPages) continue;
    while (nextObject !== -1 && nextObject <= match.index) {
      lastObject = nextObject;
      nextObject = text.indexOf('obj', nextObject + 1);
    }
    while (nextEnd !== -1 && nextEnd < match.index) nextEnd = text.indexOf('endobj', nextEnd + 1);
    const object = text.slice(
      Math.max(lastObject, match.index - WINDOW, 0),
      nextEnd === -1 ? match.index + WINDOW : Math.min(nextEnd, match.index + WINDOW),
    );
    if (/\/Type\s*\/Pages\b/.test(object)) most = value;
  }
  if (most > maxPages)
    throw new ResumeParseError('too-many-pages', `The PDF has ${most} pages, over the ${maxPages}-page limit`);
}

const WINDOW = 1024 * 1024;
