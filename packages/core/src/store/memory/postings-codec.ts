import { StoreFileError } from '../../errors/index.js';
import type { RestoredPostings } from '../../bm25/bm25-index.js';
import { MAX_VARINT_BYTES, VarintReader, writeVarint } from '../../varint/index.js';

/**
 * BM25 postings in a snapshot, compact: per term, each posting as two unsigned LEB128 varints, the gap to the previous
 * document number (the first: the number itself) and the term frequency. Used when every frequency is a whole number
 * below 2^32 and documents ascend within each term (what the index exports); otherwise the store writes the typed
 * arrays as they are.
 */

/** The varint bytes of the postings, or undefined when they cannot be written this way (a fractional weight). */
export function encodePostings(
  termOffsets: Uint32Array,
  documents: Uint32Array,
  frequencies: Float32Array | Float64Array,
): Uint8Array | undefined {
  // At most two varints a posting; grown as needed from an estimate of 3 bytes.
  let bytes = new Uint8Array(Math.max(64, documents.length * 3));
  let at = 0;
  for (let term = 0; term + 1 < termOffsets.length; term += 1) {
    let previous = 0;
    const last = termOffsets[term + 1]!;
    for (let index = termOffsets[term]!; index < last; index += 1) {
      const document = documents[index]!;
      const frequency = frequencies[index]!;
      if (document < previous || !(frequency >= 0 && frequency < 2 ** 32 && Math.floor(frequency) === frequency))
        return undefined;
      if (at + 2 * MAX_VARINT_BYTES > bytes.length) {
        const larger = new Uint8Array(Math.ceil(bytes.length * 1.5) + 16);
        larger.set(bytes.subarray(0, at));
        bytes = larger;
      }
      at = writeVarint(bytes, at, document - previous);
      at = writeVarint(bytes, at, frequency);
      previous = document;
    }
  }
  return bytes.slice(0, at);
}

/**
 * Where each term's postings start in {@link encodePostings}' bytes, fed a part at a time (a snapshot's section read
 * through a small window): checks that each term holds its whole number of varints of at most 5 bytes and that they
 * end exactly at the end.
 */
export class PostingsIndexer {
  private readonly starts: Uint32Array;
  private readonly terms: number;
  private term = -1;
  /** Varints the current term still holds. */
  private left = 0;
  /** Bytes of the current varint so far. */
  private run = 0;
  private at = 0;
  private failed: boolean;

  constructor(
    private readonly termOffsets: Uint32Array,
    count: number,
  ) {
    this.terms = Math.max(0, termOffsets.length - 1);
    this.starts = new Uint32Array(termOffsets.length);
    this.failed = termOffsets.length === 0 || termOffsets[termOffsets.length - 1] !== count;
  }

  /** Reads the next part of the bytes. */
  push(bytes: Uint8Array): void {
    if (this.failed) return;
    let { left, run, at } = this;
    for (let index = 0; index < bytes.length; index += 1) {
      if (left === 0) {
        this.at = at;
        left = this.nextTerm();
        if (left === 0) {
          this.failed = true; // bytes past the last posting
          return;
        }
      }
      // Two varints a posting: count the bytes that end one (high bit clear).
      if (bytes[index]! < 0x80) {
        left -= 1;
        run = 0;
      } else if (++run === 5) {
        this.failed = true;
        return;
      }
      at += 1;
    }
    this.left = left;
    this.run = run;
    this.at = at;
  }

  /** Each term's first byte (`termOffsets.length` entries, the last the end), or undefined when the bytes do not fit. */
  finish(): Uint32Array | undefined {
    if (this.failed || this.left !== 0) return undefined;
    // Terms after the last byte must hold no postings.
    if (this.nextTerm() !== 0 || this.failed) return undefined;
    this.starts[this.terms] = this.at;
    return this.starts;
  }

  /** Moves to the next term that holds postings, noting where each term passed starts; its varints, or 0 at the end. */
  private nextTerm(): number {
    while (this.term + 1 < this.terms) {
      this.term += 1;
      this.starts[this.term] = this.at;
      const postings = this.termOffsets[this.term + 1]! - this.termOffsets[this.term]!;
      if (postings < 0) {
        this.failed = true; // offsets that descend (a crafted file): a term would hold a negative number of postings
        return 0;
      }
      if (postings > 0) return 2 * postings;
    }
    return 0;
  }
}

/** Where each term's postings start in {@link encodePostings}' bytes (see {@link PostingsIndexer}), or undefined. */
export function indexPostings(bytes: Uint8Array, termOffsets: Uint32Array, count: number): Uint32Array | undefined {
  const indexer = new PostingsIndexer(termOffsets, count);
  indexer.push(bytes);
  return indexer.finish();
}

/** A file postings can be read from (a snapshot). */
export interface PostingsFile {
  /** `length` bytes from `offset`; `section` names them in the error when the file ends first. */
  read(offset: number, length: number, section?: string): Uint8Array;
  close(): void;
}

/**
 * Varint postings read term by term: a term's documents and frequencies are decoded the first time a search asks
 * for them (and kept), so a load decodes none. The bytes stay in the snapshot file (at `source.offset`) until
 * {@link detach} reads them all into memory (before a new snapshot may replace that file), or are given in memory.
 * `starts` comes from {@link PostingsIndexer}, which checked the bytes.
 */
export class VarintPostings implements RestoredPostings {
  private readonly decoded: Array<{ documents: Uint32Array; frequencies: Float32Array } | undefined> = [];
  private bytes: Uint8Array | undefined;
  private file: PostingsFile | undefined;
  private readonly offset: number;

  /**
   * `documentCount`: documents the index holds; a decoded document number at or past it (a crafted file; a 5-byte
   * varint can also reach past 2^32) is refused with a StoreFileError naming `bm25Postings` of `path`.
   */
  constructor(
    source: Uint8Array | { file: PostingsFile; offset: number },
    readonly termOffsets: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly documentCount = 2 ** 32,
    private readonly path = '(postings)',
  ) {
    if (source instanceof Uint8Array) {
      this.bytes = source;
      this.offset = 0;
    } else {
      this.file = source.file;
      this.offset = source.offset;
    }
  }

  term(termId: number, keep: boolean): { documents: Uint32Array; frequencies: Float32Array } {
    const cached = this.decoded[termId];
    if (cached) return cached;
    const count = this.termOffsets[termId + 1]! - this.termOffsets[termId]!;
    const documents = new Uint32Array(count);
    const frequencies = new Float32Array(count);
    const from = this.starts[termId]!;
    const to = this.starts[termId + 1]!;
    let last = 0;
    if (this.bytes) last = decodeRun(this.bytes, from, documents, frequencies);
    else if (count)
      last = decodeRun(this.file!.read(this.offset + from, to - from, 'bm25Postings'), 0, documents, frequencies);
    // Documents ascend within a term: its last is its largest.
    if (count && last >= this.documentCount)
      throw new StoreFileError(this.path, `names document ${last} of ${this.documentCount} in term ${termId}`, {
        section: 'bm25Postings',
      });
    const postings = { documents, frequencies };
    if (keep) {
      // Filled one term at a time; a sparse array until then would turn into a slow dictionary.
      while (this.decoded.length <= termId) this.decoded.push(undefined);
      this.decoded[termId] = postings;
    }
    return postings;
  }

  /** Reads the bytes still in the file into memory and lets go of the file. */
  detach(): void {
    if (!this.file) return;
    const end = this.starts[this.starts.length - 1]!;
    this.bytes = end ? this.file.read(this.offset, end, 'bm25Postings') : new Uint8Array(0);
    this.close();
  }

  /** Closes the file the bytes are read from, if any (a later read opens it again). */
  close(): void {
    this.file?.close();
    if (this.bytes) this.file = undefined;
  }
}

/**
 * Decodes `documents.length` postings from `at` (bytes already checked by {@link PostingsIndexer}); returns the last
 * document number as decoded (before it is stored as a uint32, so one past 2^32 shows).
 */
function decodeRun(bytes: Uint8Array, at: number, documents: Uint32Array, frequencies: Float32Array): number {
  const reader = new VarintReader(bytes, at);
  let previous = 0;
  for (let index = 0; index < documents.length; index += 1) {
    previous += reader.next();
    documents[index] = previous;
    frequencies[index] = reader.next();
  }
  return previous;
}
