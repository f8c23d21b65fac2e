import { StoreFileError, VectorDimensionError } from '../../errors/index.js';
import { createInt8Dot, type Int8Dot } from './int8-dot.js';

/** Rows per float32 chunk: chunks grow the store without copying what it holds. */
const CHUNK_BITS = 13;
const CHUNK_ROWS = 1 << CHUNK_BITS;
/** Rows scored per kernel call. */
const BLOCK_ROWS = 1024;
/** Candidates re-scored in float32 after the int8 scan (at least; more when a bigger `limit` is asked for). */
export const DEFAULT_RESCORE_CANDIDATES = 100;
const PAGE = 65536;

/** A file float32 rows can be read from (a snapshot). */
export interface RowFile {
  /** The file's path (named in the error when a row read from it is not finite). */
  readonly path: string;
  readInto(target: Uint8Array, offset: number): void;
  close(): void;
  /** Keeps it open for a planned snapshot that copies from it, until `release()`. */
  hold(): void;
  release(): void;
  /** Closes it for good once no planned snapshot copies from it (a newer snapshot replaced it). */
  retire(): void;
}

/** Bytes of a snapshot part still in a file: `length` bytes from `offset`. */
export interface FilePart {
  file: RowFile;
  offset: number;
  length: number;
}

/** Where a chunk's rows lie in a file while they are not in memory. */
interface Backing {
  file: RowFile;
  offset: number;
  rows: number;
}

/**
 * Cosine search over unit-normalised Float32Array vectors. Each vector is kept twice: in float32, and quantised to
 * int8 with its own scale. A search scans the int8 copy (WebAssembly SIMD, in blocks), keeps the best candidates
 * that pass the filter, and re-scores them in float32; stores small enough for the exact scan to be as cheap are
 * searched exactly.
 */
export class VectorIndex {
  private readonly slotOf = new Map<string, number>();
  private ids: string[] = [];
  private dimensions: number | undefined;
  private stride = 0;
  /** Float32 rows by chunk; a chunk still in a snapshot file is undefined, with its place in `backing`. */
  private chunks: Array<Float32Array | undefined> = [];
  private backing: Array<Backing | undefined> = [];
  private files = new Set<RowFile>();
  private scales = new Float32Array(0);
  /** Float32 chunks a snapshot in progress still reads: copied before they change. */
  private readonly shared = new Set<number>();
  private readonly kernel: Int8Dot;
  /** Byte offsets in the kernel's memory: the int16 query, the block's scores, then the int8 rows. */
  private queryAt = 0;
  private scoresAt = 0;
  private rowsAt = 0;

  /** `rescoreCandidates`: how many int8 candidates are re-scored in float32. */
  constructor(
    private readonly rescoreCandidates = DEFAULT_RESCORE_CANDIDATES,
    forceJavaScript = false,
  ) {
    this.kernel = createInt8Dot(forceJavaScript);
  }

  /** Number of vectors held. */
  get size(): number {
    return this.ids.length;
  }

  /** Length of the vectors held, once the first is added. */
  get dimension(): number | undefined {
    return this.dimensions;
  }

  /** True when the int8 scan runs in WebAssembly SIMD. */
  get simd(): boolean {
    return this.kernel.simd;
  }

  /** Adds or replaces a vector (stored normalised, so search is a dot product). */
  set(id: string, vector: Float32Array): void {
    if (this.dimensions === undefined || this.ids.length === 0) this.layout(vector.length);
    else if (vector.length !== this.dimensions) throw new VectorDimensionError(this.dimensions, vector.length, id);
    let slot = this.slotOf.get(id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.reserve(slot + 1);
      this.ids.push(id);
      this.slotOf.set(id, slot);
    }
    const row = this.writableRow(slot);
    normalizeInto(vector, row);
    this.quantize(slot, row);
  }

  /** A copy of the stored (normalised) vector. */
  get(id: string): Float32Array | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.row(slot).slice();
  }

  /** True when `id` has a vector. */
  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Removes a vector (the last row moves into its place). */
  delete(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const last = this.ids.length - 1;
    if (slot !== last) {
      const movedId = this.ids[last]!;
      this.writableRow(slot).set(this.row(last));
      const rows = new Int8Array(this.kernel.memory.buffer);
      rows.copyWithin(
        this.rowsAt + slot * this.stride,
        this.rowsAt + last * this.stride,
        this.rowsAt + (last + 1) * this.stride,
      );
      this.scales[slot] = this.scales[last]!;
      this.ids[slot] = movedId;
      this.slotOf.set(movedId, slot);
    }
    this.ids.pop();
    this.slotOf.delete(id);
    return true;
  }

  /** Every id and (a copy of its) vector. */
  *entries(): IterableIterator<[string, Float32Array]> {
    for (const [slot, id] of this.ids.entries()) yield [id, this.row(slot).slice()];
  }

  /** The `limit` most similar ids that pass `accept`, best first, with cosine similarity. */
  search(
    query: Float32Array,
    limit: number,
    accept: (id: string) => boolean = () => true,
    options: { exact?: boolean | undefined } = {},
  ): Array<{ id: string; score: number }> {
    if (this.dimensions !== undefined && query.length !== this.dimensions)
      throw new VectorDimensionError(this.dimensions, query.length);
    if (limit <= 0 || this.ids.length === 0) return [];
    const unit = new Float32Array(query.length);
    normalizeInto(query, unit);
    const candidates = Math.max(this.rescoreCandidates, limit);
    if (options.exact || this.ids.length <= candidates * 4) return this.exactSearch(unit, limit, accept);
    return this.rescore(unit, this.int8Candidates(unit, candidates, accept), limit);
  }

  /**
   * The vectors as byte parts for a snapshot, row order = `ids`: the float32 rows (the chunks themselves, copied on
   * the next change to them, so the parts stay as they are now), and copies of the int8 rows and scales.
   */
  snapshotParts(): {
    ids: string[];
    dimension: number;
    stride: number;
    float32: Array<Uint8Array | FilePart>;
    int8: Uint8Array;
    scales: Uint8Array;
    backed: Array<[number, number]>;
  } {
    const count = this.ids.length;
    const dimension = this.dimensions ?? 0;
    const float32: Array<Uint8Array | FilePart> = [];
    // Chunks still in a file are copied from it; afterwards they can be read from the new file instead (rebase).
    const backed: Array<[number, number]> = [];
    for (let chunk = 0; chunk * CHUNK_ROWS < count; chunk += 1) {
      const rows = Math.min(CHUNK_ROWS, count - chunk * CHUNK_ROWS);
      const array = this.chunks[chunk];
      if (array) {
        this.shared.add(chunk);
        float32.push(new Uint8Array(array.buffer, array.byteOffset, rows * dimension * 4));
      } else {
        // Copied from the file while the snapshot is written (its file stays open until then); rows past what the
        // file holds are zeros.
        const backing = this.backing[chunk];
        const inFile = backing ? Math.min(rows, backing.rows) * dimension * 4 : 0;
        if (backing && inFile) float32.push({ file: backing.file, offset: backing.offset, length: inFile });
        if (inFile < rows * dimension * 4) float32.push(new Uint8Array(rows * dimension * 4 - inFile));
        backed.push([chunk, rows]);
      }
    }
    const int8 = new Uint8Array(this.kernel.memory.buffer, this.rowsAt, count * this.stride).slice();
    const scales = new Uint8Array(this.scales.buffer, 0, count * 4).slice();
    return { ids: [...this.ids], dimension, stride: this.stride, float32, int8, scales, backed };
  }

  /**
   * After a snapshot from {@link snapshotParts} reached `file` (float32 rows from byte `offset`): chunks still not in
   * memory are read from that file from now on, and the older files are closed.
   */
  rebase(file: RowFile, offset: number, backed: ReadonlyArray<[number, number]>): void {
    const dimension = this.dimensions ?? 0;
    for (const [chunk, rows] of backed) {
      const backing = this.backing[chunk];
      if (backing)
        this.backing[chunk] = {
          file,
          offset: offset + chunk * CHUNK_ROWS * dimension * 4,
          rows: Math.min(rows, backing.rows),
        };
    }
    for (const old of this.files) if (old !== file) old.retire();
    this.files = new Set([file]);
  }

  /** Closes the files rows are read from (a later read opens its file again). */
  closeFiles(): void {
    for (const file of this.files) file.close();
  }

  /**
   * Empties the index and makes room for `ids` (row order) of `dimension`: returns the byte views to read the
   * float32 rows, int8 rows and scales into; then call {@link finishRestore}.
   */
  beginRestore(
    ids: readonly string[],
    dimension: number,
    inFile?: { file: RowFile; offset: number },
  ): { float32: Uint8Array[]; int8: Uint8Array; scales: Uint8Array; stride: number } {
    this.slotOf.clear();
    this.ids = [];
    this.shared.clear();
    for (const file of this.files) file.close();
    this.files.clear();
    this.layout(dimension);
    const count = ids.length;
    if (inFile) {
      // The float32 rows stay in the file (trusted: its checksum matched) until a change needs their chunk.
      this.files.add(inFile.file);
      for (let chunk = 0; chunk * CHUNK_ROWS < count; chunk += 1) {
        this.chunks.push(undefined);
        this.backing.push({
          file: inFile.file,
          offset: inFile.offset + chunk * CHUNK_ROWS * dimension * 4,
          rows: Math.min(CHUNK_ROWS, count - chunk * CHUNK_ROWS),
        });
      }
    }
    if (count) this.reserve(count);
    this.ids = [...ids];
    for (const [slot, id] of this.ids.entries()) this.slotOf.set(id, slot);
    const float32: Uint8Array[] = [];
    for (let chunk = 0; chunk * CHUNK_ROWS < count && !inFile; chunk += 1) {
      const rows = Math.min(CHUNK_ROWS, count - chunk * CHUNK_ROWS);
      float32.push(new Uint8Array(this.chunks[chunk]!.buffer, 0, rows * dimension * 4));
    }
    return {
      float32,
      int8: new Uint8Array(this.kernel.memory.buffer, this.rowsAt, count * this.stride),
      scales: new Uint8Array(this.scales.buffer, 0, count * 4),
      stride: this.stride,
    };
  }

  /**
   * Ends a restore. With `trusted` (the snapshot's checksums matched) the rows are taken as read; otherwise every
   * float32 row is checked (finite), normalised and quantised again. Returns the first row that is not finite, if any.
   */
  finishRestore(trusted: boolean): number | undefined {
    if (trusted) return undefined;
    for (let slot = 0; slot < this.ids.length; slot += 1) {
      const row = this.row(slot);
      for (let index = 0; index < row.length; index += 1) if (!Number.isFinite(row[index]!)) return slot;
      normalizeInto(row, row);
      this.quantize(slot, row);
    }
    return undefined;
  }

  private layout(dimension: number): void {
    this.dimensions = dimension;
    this.stride = Math.ceil(dimension / 16) * 16;
    this.queryAt = 0;
    this.scoresAt = align(2 * this.stride, 64);
    this.rowsAt = align(this.scoresAt + 4 * BLOCK_ROWS, 64);
    this.chunks = [];
    this.backing = [];
    this.shared.clear();
    this.scales = new Float32Array(0);
  }

  /** Makes room for `rows` rows in float32 chunks, the int8 memory and the scales. */
  private reserve(rows: number): void {
    const dimension = this.dimensions!;
    while (this.chunks.length * CHUNK_ROWS < rows) this.chunks.push(new Float32Array(CHUNK_ROWS * dimension));
    if (this.scales.length < rows) {
      const scales = new Float32Array(Math.max(rows, Math.ceil(this.scales.length * 1.5), 1024));
      scales.set(this.scales);
      this.scales = scales;
    }
    const needed = this.rowsAt + rows * this.stride;
    const memory = this.kernel.memory;
    if (memory.buffer.byteLength < needed) {
      const current = memory.buffer.byteLength;
      const target = Math.max(needed, Math.floor(current * 1.25));
      memory.grow(Math.ceil((target - current) / PAGE));
    }
  }

  /**
   * Brings into memory (checked) every float32 chunk that deleting `ids` one after another would change: their rows
   * and the last rows, which move into their places. A row of the file that cannot be read or is not finite then
   * fails here, before anything changed (a store's batch checks this before it changes anything).
   */
  prepareDelete(ids: Iterable<string>): void {
    if (this.dimensions === undefined) return;
    const chunks = new Set<number>();
    let deleted = 0;
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      chunks.add(slot >>> CHUNK_BITS);
      deleted += 1;
    }
    for (let slot = Math.max(0, this.ids.length - deleted); slot < this.ids.length; slot += 1)
      chunks.add(slot >>> CHUNK_BITS);
    for (const chunk of chunks) this.loadChunk(chunk);
  }

  /**
   * Brings into memory (checked) every float32 chunk that setting vectors for `ids` would change: their rows, or for
   * new ids the chunk the next rows go to. As {@link prepareDelete}, so that a batch fails before anything changed.
   */
  prepareSet(ids: Iterable<string>): void {
    if (this.dimensions === undefined || this.ids.length === 0) return;
    const chunks = new Set<number>();
    let added = 0;
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) added += 1;
      else chunks.add(slot >>> CHUNK_BITS);
    }
    // New rows go after the last; only a chunk that holds rows already can still be in the file.
    if (added) chunks.add((this.ids.length - 1) >>> CHUNK_BITS);
    for (const chunk of chunks) this.loadChunk(chunk);
  }

  /** The row, in a chunk no snapshot in progress reads. */
  private writableRow(slot: number): Float32Array {
    const chunk = slot >>> CHUNK_BITS;
    if (!this.chunks[chunk]) this.loadChunk(chunk);
    else if (this.shared.delete(chunk)) this.chunks[chunk] = this.chunks[chunk].slice();
    return this.row(slot);
  }

  /** Brings a chunk still in the file into memory before its first change (checked: finite); no-op for one in memory. */
  private loadChunk(chunk: number): void {
    if (this.chunks[chunk]) return;
    const dimension = this.dimensions!;
    const array = new Float32Array(CHUNK_ROWS * dimension);
    const backing = this.backing[chunk];
    if (backing) {
      backing.file.readInto(new Uint8Array(array.buffer, 0, backing.rows * dimension * 4), backing.offset);
      checkFinite(backing.file, array);
    }
    this.chunks[chunk] = array;
    this.backing[chunk] = undefined;
  }

  /** The row, to read (a copy read from the file where its chunk is not in memory). */
  private row(slot: number): Float32Array {
    const dimension = this.dimensions!;
    const chunk = slot >>> CHUNK_BITS;
    const offset = (slot & (CHUNK_ROWS - 1)) * dimension;
    const array = this.chunks[chunk];
    if (array) return array.subarray(offset, offset + dimension);
    const row = new Float32Array(dimension);
    const backing = this.backing[chunk];
    if (backing) {
      backing.file.readInto(new Uint8Array(row.buffer), backing.offset + offset * 4);
      checkFinite(backing.file, row);
    }
    return row;
  }

  private quantize(slot: number, row: Float32Array): void {
    const scale = largestMagnitude(row) / 127;
    this.scales[slot] = scale;
    const bytes = new Int8Array(this.kernel.memory.buffer, this.rowsAt + slot * this.stride, this.stride);
    bytes.fill(0);
    if (scale > 0) for (let index = 0; index < row.length; index += 1) bytes[index] = Math.round(row[index]! / scale);
  }

  /** The best `count` rows that pass `accept` by the int8 dot product, as slots. */
  private int8Candidates(unit: Float32Array, count: number, accept: (id: string) => boolean): Int32Array {
    const buffer = this.kernel.memory.buffer;
    const queryScale = largestMagnitude(unit) / 127 || 1;
    const lanes = new Int16Array(buffer, this.queryAt, this.stride);
    lanes.fill(0);
    for (let index = 0; index < unit.length; index += 1) lanes[index] = Math.round(unit[index]! / queryScale);
    const dots = new Int32Array(buffer, this.scoresAt, BLOCK_ROWS);
    // A min-heap of the best `count` so far: heapScores[0] is the bar a row must pass.
    const heapScores = new Float64Array(count);
    const heapSlots = new Int32Array(count);
    let filled = 0;
    const scales = this.scales;
    const total = this.ids.length;
    for (let start = 0; start < total; start += BLOCK_ROWS) {
      const rows = Math.min(BLOCK_ROWS, total - start);
      this.kernel.dots(this.queryAt, this.rowsAt + start * this.stride, rows, this.stride, this.scoresAt);
      for (let offset = 0; offset < rows; offset += 1) {
        const slot = start + offset;
        const score = dots[offset]! * scales[slot]!;
        if (filled === count && score <= heapScores[0]!) continue;
        if (!accept(this.ids[slot]!)) continue;
        if (filled < count) {
          siftUp(heapScores, heapSlots, filled, score, slot);
          filled += 1;
        } else siftDown(heapScores, heapSlots, count, score, slot);
      }
    }
    return heapSlots.subarray(0, filled);
  }

  private rescore(unit: Float32Array, slots: Int32Array, limit: number): Array<{ id: string; score: number }> {
    const scored = Array.from(slots, (slot) => ({ slot, score: dot(unit, this.row(slot)) }));
    scored.sort((left, right) => right.score - left.score || left.slot - right.slot);
    return scored.slice(0, limit).map(({ slot, score }) => ({ id: this.ids[slot]!, score }));
  }

  private exactSearch(
    unit: Float32Array,
    limit: number,
    accept: (id: string) => boolean,
  ): Array<{ id: string; score: number }> {
    // Keep the best `limit` in a small sorted array: cheaper than sorting every score when limit ≪ size.
    const best: Array<{ id: string; score: number }> = [];
    for (let slot = 0; slot < this.ids.length; slot += 1) {
      const score = dot(unit, this.row(slot));
      if (best.length === limit && score <= best[best.length - 1]!.score) continue;
      const id = this.ids[slot]!;
      if (!accept(id)) continue;
      let position = best.length;
      while (position > 0 && best[position - 1]!.score < score) position -= 1;
      best.splice(position, 0, { id, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }
}

function dot(left: Float32Array, right: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < left.length; index += 1) sum += left[index]! * right[index]!;
  return sum;
}

function largestMagnitude(vector: Float32Array): number {
  let largest = 0;
  for (let index = 0; index < vector.length; index += 1) {
    const value = Math.abs(vector[index]!);
    if (value > largest) largest = value;
  }
  return largest;
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}

/** Writes `vector / |vector|` to `target` (zeros for a zero or non-finite norm); `target` may be `vector`. */
function normalizeInto(vector: Float32Array, target: Float32Array): void {
  let sum = 0;
  for (let index = 0; index < vector.length; index += 1) sum += vector[index]! * vector[index]!;
  const norm = Math.sqrt(sum);
  if (norm === 0 || !Number.isFinite(norm)) {
    target.fill(0);
    return;
  }
  for (let index = 0; index < vector.length; index += 1) target[index] = vector[index]! / norm;
}

function siftUp(scores: Float64Array, slots: Int32Array, at: number, score: number, slot: number): void {
  let index = at;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (scores[parent]! <= score) break;
    scores[index] = scores[parent]!;
    slots[index] = slots[parent]!;
    index = parent;
  }
  scores[index] = score;
  slots[index] = slot;
}

/** Replaces the heap's smallest with (score, slot) and restores the heap. */
function siftDown(scores: Float64Array, slots: Int32Array, size: number, score: number, slot: number): void {
  let index = 0;
  for (;;) {
    const left = 2 * index + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && scores[right]! < scores[left]! ? right : left;
    if (scores[child]! >= score) break;
    scores[index] = scores[child]!;
    slots[index] = slots[child]!;
    index = child;
  }
  scores[index] = score;
  slots[index] = slot;
}

/**
 * Rows read from a snapshot were taken as written (their section's checksum matched), but a crafted file recomputes
 * checksums: a non-finite value is refused where it is read, so no search scores NaN.
 */
function checkFinite(file: RowFile, values: Float32Array): void {
  for (let index = 0; index < values.length; index += 1)
    if (!Number.isFinite(values[index]!))
      throw new StoreFileError(file.path, 'has a non-finite value in a row read from the file', {
        section: 'vectorsFloat32',
      });
}
