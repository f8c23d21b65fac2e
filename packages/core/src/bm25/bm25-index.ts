import { invalidSetting } from '../errors/index.js';
import { tokenize } from '../text/index.js';
import { checkCorpusStatistics, type CorpusStatistics } from './corpus-statistics.js';

/** BM25 parameters. */
export interface Bm25IndexSettings {
  /** Term-frequency saturation (default 1.2). */
  k1?: number;
  /** Length normalisation, 0…1 (default 0.75). */
  b?: number;
  /** Per-field weight; a field's tokens count this many times (default 1 for each field). */
  fieldWeights?: Readonly<Record<string, number>>;
  /** Tokenizer; defaults to the core tokenizer with stop words removed and light stemming. */
  tokenize?: (text: string) => string[];
  /**
   * Statistics of the whole collection the indexed documents come from (e.g. a store's, see `Bm25Index.statistics`):
   * IDF and the average length are read from it instead of from the documents indexed here, so a document scores
   * the same whichever others are indexed beside it. Default: the index's own documents.
   */
  corpus?: CorpusStatistics;
}

/** One scored document. */
export interface Bm25Hit {
  id: string;
  score: number;
}

/** A document to index: plain text, or named fields weighted by `fieldWeights`. */
export type Bm25Document = string | Readonly<Record<string, string | readonly string[] | undefined>>;

/** An in-memory BM25 (Okapi) index with add, remove and search. */
export interface Bm25Index {
  /** Number of documents indexed. */
  readonly size: number;
  /** Adds or replaces a document. */
  add(id: string, document: Bm25Document): void;
  /** Removes a document; returns whether it was there. */
  remove(id: string): boolean;
  /** True when `id` is indexed. */
  has(id: string): boolean;
  /** Scores documents against `query`, best first; `candidates` limits the search to those ids. */
  search(query: string, options?: { limit?: number; candidates?: ReadonlySet<string> }): Bm25Hit[];
  /** Scores exactly the given ids (0 for unknown or unmatched ones), in the given order. */
  scoreAll(query: string, ids: readonly string[]): Bm25Hit[];
  /** The most any document could score for `query` here (each term's IDF at full term-frequency saturation). */
  maxScore(query: string): number;
  /** Document count, average length and document frequencies of what is indexed now (document frequencies are read live). */
  statistics(): CorpusStatistics;
}

const byScore = (left: Bm25Hit, right: Bm25Hit): number => right.score - left.score || (left.id < right.id ? -1 : 1);

const defaultTokenize = (text: string) => tokenize(text, { removeStopwords: true, stem: true });

/**
 * A BM25 index's postings as flat arrays (what a store persists so that loading does not re-tokenise every
 * document): document `d` is `ids[d]` with length `lengths[d]`; term `t` is `terms[t]`, and its postings are
 * `postingDocuments`/`postingFrequencies` from `termOffsets[t]` to `termOffsets[t + 1]`.
 */
export interface Bm25State {
  ids: string[];
  lengths: Float64Array;
  terms: string[];
  termOffsets: Uint32Array;
  postingDocuments: Uint32Array;
  postingFrequencies: Float32Array | Float64Array;
}

const exporters = new WeakMap<Bm25Index, () => Bm25State>();

/** The index's postings as flat arrays (live documents only, renumbered densely). */
export function exportBm25State(index: Bm25Index): Bm25State {
  const exporter = exporters.get(index);
  if (!exporter) throw new TypeError('exportBm25State takes an index made by createBm25Index');
  return exporter();
}

/**
 * Creates an index holding `state` without re-tokenising it. A document's terms (needed only to remove or replace
 * it) are recomputed from `documentOf(id)` when first needed, so it must return the text that was indexed.
 */
export function createBm25IndexFromState(
  options: Bm25IndexSettings,
  state: Bm25State,
  documentOf: (id: string) => Bm25Document | undefined,
): Bm25Index {
  return createBm25Index(options, { state, documentOf });
}

/** Creates an empty BM25 index. */
export function createBm25Index(
  options: Bm25IndexSettings = {},
  restore?: { state: Bm25State; documentOf: (id: string) => Bm25Document | undefined },
): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  if (!(k1 >= 0)) throw invalidSetting('Bm25IndexSettings', 'k1', `must be >= 0, got ${k1}`);
  if (!(b >= 0 && b <= 1)) throw invalidSetting('Bm25IndexSettings', 'b', `must be in [0, 1], got ${b}`);
  const fieldWeights = options.fieldWeights ?? {};
  const split = options.tokenize ?? defaultTokenize;
  const corpus = options.corpus === undefined ? undefined : checkCorpusStatistics(options.corpus, 'Bm25IndexSettings');

  // An inverted index over integer ids keeps memory flat: per term, parallel arrays of document slots
  // and term frequencies; per document, its term ids (to undo on removal). Removed slots stay in the
  // postings as tombstones and are compacted away once they are half of all entries.
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const postingSlots: number[][] = [];
  const postingFrequencies: number[][] = [];
  // Postings restored from a saved state stay typed arrays (documents added later go to the arrays above) until a
  // compaction merges them.
  const restoredSlots: Array<Uint32Array | undefined> = [];
  const restoredFrequencies: Array<Float32Array | Float64Array | undefined> = [];
  const documentFrequencies: number[] = [];
  const slotOf = new Map<string, number>();
  const idOf: Array<string | undefined> = [];
  const lengths: number[] = [];
  const documentTerms: Array<Uint32Array | undefined> = [];
  let totalLength = 0;
  let livePostings = 0;
  let deadPostings = 0;
  /** Documents restored from a saved state: their term ids are recomputed from the text when they are removed. */
  const restoredTermsOf = (slot: number): Uint32Array => {
    const document = restore?.documentOf(idOf[slot]!);
    const counts = document === undefined ? new Map<string, number>() : countTerms(document);
    return Uint32Array.from([...counts.keys()].flatMap((term) => (termIds.has(term) ? [termIds.get(term)!] : [])));
  };

  const countTerms = (document: Bm25Document): Map<string, number> => {
    const counts = new Map<string, number>();
    const addText = (text: string, weight: number) => {
      for (const term of split(text)) counts.set(term, (counts.get(term) ?? 0) + weight);
    };
    if (typeof document === 'string') addText(document, 1);
    else
      for (const [field, value] of Object.entries(document)) {
        if (value === undefined) continue;
        const weight = fieldWeights[field] ?? 1;
        if (weight <= 0) continue;
        addText(typeof value === 'string' ? value : value.join(' \n '), weight);
      }
    return counts;
  };

  const termIdOf = (term: string): number => {
    let termId = termIds.get(term);
    if (termId === undefined) {
      termId = postingSlots.length;
      termIds.set(term, termId);
      termNames.push(term);
      postingSlots.push([]);
      postingFrequencies.push([]);
      restoredSlots.push(undefined);
      restoredFrequencies.push(undefined);
      documentFrequencies.push(0);
    }
    return termId;
  };

  const compact = () => {
    for (let termId = 0; termId < postingSlots.length; termId += 1) {
      let slots = postingSlots[termId]!;
      let frequencies = postingFrequencies[termId]!;
      const restored = restoredSlots[termId];
      if (restored) {
        postingSlots[termId] = slots = [...restored, ...slots];
        postingFrequencies[termId] = frequencies = [...restoredFrequencies[termId]!, ...frequencies];
        restoredSlots[termId] = restoredFrequencies[termId] = undefined;
      }
      let kept = 0;
      for (let index = 0; index < slots.length; index += 1) {
        if (idOf[slots[index]!] === undefined) continue;
        slots[kept] = slots[index]!;
        frequencies[kept] = frequencies[index]!;
        kept += 1;
      }
      slots.length = kept;
      frequencies.length = kept;
    }
    deadPostings = 0;
  };

  const remove = (id: string): boolean => {
    const slot = slotOf.get(id);
    if (slot === undefined) return false;
    const terms = documentTerms[slot] ?? restoredTermsOf(slot);
    for (const termId of terms) documentFrequencies[termId]! -= 1;
    livePostings -= terms.length;
    deadPostings += terms.length;
    totalLength -= lengths[slot]!;
    slotOf.delete(id);
    idOf[slot] = undefined;
    documentTerms[slot] = undefined;
    if (deadPostings > 1024 && deadPostings > livePostings) compact();
    return true;
  };

  // BM25+ style floor: the idf never goes negative for very common terms. With corpus statistics, the corpus's
  // document count and frequencies (a frequency is at most the count).
  const idfOf = (documentFrequency: number, documentCount: number): number =>
    Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
  const inverseDocumentFrequency = (termId: number): number => {
    if (corpus)
      return idfOf(Math.min(corpus.documentCount, corpus.documentFrequency(termNames[termId]!)), corpus.documentCount);
    return idfOf(documentFrequencies[termId] ?? 0, slotOf.size);
  };

  const queryTermsOf = (query: string): Array<[number, number]> => {
    const counts = new Map<number, number>();
    for (const term of split(query)) {
      const termId = termIds.get(term);
      if (termId !== undefined && documentFrequencies[termId]! > 0) counts.set(termId, (counts.get(termId) ?? 0) + 1);
    }
    return [...counts];
  };

  /** Accumulates scores of every live document holding a query term. */
  // Scores accumulate in a dense array by slot (reused between queries) with the list of slots touched.
  let scratch = new Float64Array(0);
  let touched = new Int32Array(0);
  const accumulate = (query: string): Map<number, number> => {
    const scores = new Map<number, number>();
    accumulateDense(query, (slot, score) => scores.set(slot, score));
    return scores;
  };
  const accumulateDense = (query: string, visit: (slot: number, score: number) => void): void => {
    if (scratch.length < idOf.length) {
      scratch = new Float64Array(Math.max(1024, Math.ceil(idOf.length * 1.5)));
      touched = new Int32Array(scratch.length);
    }
    let touchedCount = 0;
    const averageLength = (corpus ? corpus.averageLength : totalLength / slotOf.size) || 1;
    const scorePostings = (weight: number, slots: ArrayLike<number>, frequencies: ArrayLike<number>) => {
      for (let index = 0; index < slots.length; index += 1) {
        const slot = slots[index]!;
        if (idOf[slot] === undefined) continue;
        const frequency = frequencies[index]!;
        const normalizedLength = 1 - b + (b * lengths[slot]!) / averageLength;
        const contribution = (weight * (frequency * (k1 + 1))) / (frequency + k1 * normalizedLength);
        if (!(contribution > 0)) continue;
        if (scratch[slot] === 0) touched[touchedCount++] = slot;
        scratch[slot]! += contribution;
      }
    };
    for (const [termId, queryCount] of queryTermsOf(query)) {
      const weight = queryCount * inverseDocumentFrequency(termId);
      const restored = restoredSlots[termId];
      if (restored) scorePostings(weight, restored, restoredFrequencies[termId]!);
      scorePostings(weight, postingSlots[termId]!, postingFrequencies[termId]!);
    }
    for (let index = 0; index < touchedCount; index += 1) {
      const slot = touched[index]!;
      const score = scratch[slot]!;
      scratch[slot] = 0;
      visit(slot, score);
    }
  };

  const index: Bm25Index = {
    get size() {
      return slotOf.size;
    },
    add(id, document) {
      remove(id);
      const counts = countTerms(document);
      const slot = idOf.length;
      const terms = new Uint32Array(counts.size);
      let length = 0;
      let position = 0;
      for (const [term, count] of counts) {
        const termId = termIdOf(term);
        postingSlots[termId]!.push(slot);
        postingFrequencies[termId]!.push(count);
        documentFrequencies[termId]! += 1;
        terms[position] = termId;
        position += 1;
        length += count;
      }
      slotOf.set(id, slot);
      idOf.push(id);
      lengths.push(length);
      documentTerms.push(terms);
      totalLength += length;
      livePostings += terms.length;
    },
    remove,
    has: (id) => slotOf.has(id),
    search(query, searchOptions = {}) {
      const { limit, candidates } = searchOptions;
      const hits: Bm25Hit[] = [];
      // With a limit, only hits that could still make the top `limit` are kept: a bar raised as the list fills.
      let bar = -Infinity;
      accumulateDense(query, (slot, score) => {
        if (!(score > 0) || score < bar) return;
        const id = idOf[slot]!;
        if (candidates && !candidates.has(id)) return;
        hits.push({ id, score });
        if (limit !== undefined && hits.length >= 4 * limit + 64) {
          hits.sort(byScore);
          hits.length = limit;
          bar = hits[limit - 1]?.score ?? bar;
        }
      });
      hits.sort(byScore);
      return limit === undefined ? hits : hits.slice(0, limit);
    },
    scoreAll(query, ids) {
      const scores = accumulate(query);
      return ids.map((id) => {
        const slot = slotOf.get(id);
        return { id, score: slot === undefined ? 0 : (scores.get(slot) ?? 0) };
      });
    },
    maxScore(query) {
      let total = 0;
      const counts = new Map<string, number>();
      for (const term of split(query)) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        const termId = termIds.get(term);
        // A term no document holds has the largest idf: it still counts toward what could be scored.
        const idf =
          termId !== undefined
            ? inverseDocumentFrequency(termId)
            : corpus
              ? idfOf(Math.min(corpus.documentCount, corpus.documentFrequency(term)), corpus.documentCount)
              : idfOf(0, slotOf.size);
        total += count * idf * (k1 + 1);
      }
      return total;
    },
    statistics() {
      const documentCount = slotOf.size;
      return {
        documentCount,
        averageLength: documentCount === 0 ? 0 : totalLength / documentCount,
        documentFrequency: (term) => {
          const termId = termIds.get(term);
          return termId === undefined ? 0 : documentFrequencies[termId]!;
        },
      };
    },
  };
  if (restore) {
    const { state } = restore;
    for (const [termId, term] of state.terms.entries()) {
      termIds.set(term, termId);
      termNames.push(term);
      const from = state.termOffsets[termId]!;
      const to = state.termOffsets[termId + 1]!;
      postingSlots.push([]);
      postingFrequencies.push([]);
      restoredSlots.push(state.postingDocuments.subarray(from, to));
      restoredFrequencies.push(state.postingFrequencies.subarray(from, to));
      documentFrequencies.push(to - from);
    }
    for (const [slot, id] of state.ids.entries()) {
      slotOf.set(id, slot);
      idOf.push(id);
      const length = state.lengths[slot]!;
      lengths.push(length);
      documentTerms.push(undefined);
      totalLength += length;
    }
    livePostings = state.postingDocuments.length;
  }
  exporters.set(index, () => {
    // Live documents renumbered 0…n-1 in slot order; terms no live document holds are dropped.
    const denseOf = new Int32Array(idOf.length).fill(-1);
    const ids: string[] = [];
    const documentLengths: number[] = [];
    for (const [slot, id] of idOf.entries())
      if (id !== undefined) {
        denseOf[slot] = ids.length;
        ids.push(id);
        documentLengths.push(lengths[slot]!);
      }
    const terms: string[] = [];
    const offsets: number[] = [0];
    let total = 0;
    for (let termId = 0; termId < postingSlots.length; termId += 1)
      if (documentFrequencies[termId]! > 0) total += documentFrequencies[termId]!;
    const postingDocuments = new Uint32Array(total);
    const frequencies = new Float64Array(total);
    let at = 0;
    let exactInFloat32 = true;
    for (const [term, termId] of termIds) {
      if (!(documentFrequencies[termId]! > 0)) continue;
      const lists: Array<[ArrayLike<number>, ArrayLike<number>]> = [
        [postingSlots[termId]!, postingFrequencies[termId]!],
      ];
      if (restoredSlots[termId]) lists.unshift([restoredSlots[termId], restoredFrequencies[termId]!]);
      for (const [slots, termFrequencies] of lists)
        for (let position = 0; position < slots.length; position += 1) {
          const dense = denseOf[slots[position]!]!;
          if (dense < 0) continue;
          postingDocuments[at] = dense;
          const frequency = termFrequencies[position]!;
          frequencies[at] = frequency;
          if (Math.fround(frequency) !== frequency) exactInFloat32 = false;
          at += 1;
        }
      terms.push(term);
      offsets.push(at);
    }
    return {
      ids,
      lengths: Float64Array.from(documentLengths),
      terms,
      termOffsets: Uint32Array.from(offsets),
      postingDocuments: postingDocuments.subarray(0, at),
      // Whole-number weights (the usual case) are exact in float32, at half the bytes.
      postingFrequencies: exactInFloat32 ? Float32Array.from(frequencies.subarray(0, at)) : frequencies.subarray(0, at),
    };
  });
  return index;
}
