import { checkNumberSetting } from '../errors/number-setting.js';
import {
  checkListArgument,
  checkRecordArgument,
  checkTextArgument,
  describeValue,
  invalidArgument,
} from '../errors/argument.js';
import { rejectUnknownKeys } from '../schemas/strict.js';
import { tokenize } from '../text/index.js';
import { checkCorpusStatistics, type CorpusStatistics } from './corpus-statistics.js';

/** The largest BM25 field weight (a field's tokens count this many times): far above any useful one, far from overflow. */
export const MAX_FIELD_WEIGHT = 1_000_000;

/** BM25 parameters. */
export interface Bm25IndexSettings {
  /** Term-frequency saturation (default 1.2). */
  k1?: number | undefined;
  /** Length normalisation, 0…1 (default 0.75). */
  b?: number | undefined;
  /** Per-field weight, 0 to 1,000,000; a field's tokens count this many times (default 1 for each field). */
  fieldWeights?: Readonly<Record<string, number>> | undefined;
  /** Tokenizer; defaults to the core tokenizer with stop words removed and light stemming. */
  tokenize?: ((text: string) => string[]) | undefined;
  /**
   * Statistics of the whole collection the indexed documents come from (e.g. a store's, see `Bm25Index.statistics`):
   * IDF and the average length are read from it instead of from the documents indexed here, so a document scores
   * the same whichever others are indexed beside it. Default: the index's own documents.
   */
  corpus?: CorpusStatistics | undefined;
}

const BM25_INDEX_SETTING_NAMES = {
  k1: true,
  b: true,
  fieldWeights: true,
  tokenize: true,
  corpus: true,
} satisfies Record<keyof Bm25IndexSettings, true>;

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
  search(
    query: string,
    options?: { limit?: number | undefined; candidates?: ReadonlySet<string> | undefined },
  ): Bm25Hit[];
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

/**
 * Postings restored from a saved state, handed out term by term: a store can decode each term's postings when a
 * search first needs them instead of all of them at load (internal; see createBm25IndexFromPostings).
 */
export interface RestoredPostings {
  /** Term `t`'s postings are numbers `termOffsets[t]` to `termOffsets[t + 1]`. */
  readonly termOffsets: Uint32Array;
  /** Term `t`'s documents and frequencies; `keep`: the postings will be asked for again (a search), so worth caching. */
  term(termId: number, keep: boolean): { documents: Uint32Array; frequencies: Float32Array | Float64Array };
  /** Reads into memory what is still read from elsewhere (a file a new snapshot may replace); called on export. */
  detach?(): void;
}

/** A saved index whose postings are read term by term. */
export interface RestoredBm25 {
  ids: string[];
  lengths: Float64Array;
  terms: string[];
  postings: RestoredPostings;
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
 * it) are recomputed from `documentOf(id)` when first needed, so it must return the text that was indexed, or
 * undefined when that text cannot be had (then they are found by scanning every posting for the document).
 */
export function createBm25IndexFromState(
  options: Bm25IndexSettings,
  state: Bm25State,
  documentOf: (id: string) => Bm25Document | undefined,
): Bm25Index {
  return createBm25Index(options, { state, documentOf });
}

/**
 * Like {@link createBm25IndexFromState}, with postings read term by term when first needed (a search decodes only its
 * terms' postings). `restored` is taken over: its arrays become the index's own.
 */
export function createBm25IndexFromPostings(
  options: Bm25IndexSettings,
  restored: RestoredBm25,
  documentOf: (id: string) => Bm25Document | undefined,
): Bm25Index {
  return buildIndex(options, restored, documentOf);
}

/** A flat state's postings, term by term (views into its arrays). */
function statePostings(state: Bm25State): RestoredPostings {
  const { termOffsets, postingDocuments, postingFrequencies } = state;
  return {
    termOffsets,
    term(termId) {
      const from = termOffsets[termId]!;
      const to = termOffsets[termId + 1]!;
      return { documents: postingDocuments.subarray(from, to), frequencies: postingFrequencies.subarray(from, to) };
    },
  };
}

/** Creates an empty BM25 index. */
export function createBm25Index(
  options: Bm25IndexSettings = {},
  restore?: { state: Bm25State; documentOf: (id: string) => Bm25Document | undefined },
): Bm25Index {
  rejectUnknownKeys('Bm25IndexSettings', options, BM25_INDEX_SETTING_NAMES);
  if (restore === undefined) return buildIndex(options);
  // A restore of the wrong shape was "Cannot read properties of undefined (reading 'ids')" from inside.
  const { state, documentOf } = checkRecordArgument('createBm25Index', 'restore', restore, '{ state, documentOf }') as {
    state: unknown;
    documentOf: unknown;
  };
  if (typeof state !== 'object' || state === null || !Array.isArray((state as Partial<Bm25State>).ids))
    throw invalidArgument(
      'createBm25Index',
      'restore.state',
      `must be a Bm25State (exportBm25State's), got ${describeValue(state)}`,
    );
  if (typeof documentOf !== 'function')
    throw invalidArgument(
      'createBm25Index',
      'restore.documentOf',
      `must be a function, got ${describeValue(documentOf)}`,
    );
  const saved = state as Bm25State;
  // Copies of the arrays the index changes (ids, terms), as before: the caller's state stays as it was.
  return buildIndex(
    options,
    { ids: [...saved.ids], lengths: saved.lengths, terms: [...saved.terms], postings: statePostings(saved) },
    documentOf as (id: string) => Bm25Document | undefined,
  );
}

function buildIndex(
  options: Bm25IndexSettings,
  restore?: RestoredBm25,
  documentOf?: (id: string) => Bm25Document | undefined,
): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  // A finite k1: with Infinity every term's saturation is Infinity / Infinity, a NaN score.
  checkNumberSetting('Bm25IndexSettings', 'k1', k1, { min: 0 });
  checkNumberSetting('Bm25IndexSettings', 'b', b, { min: 0, max: 1 });
  const fieldWeights = options.fieldWeights ?? {};
  // A weight is a number from 0 to MAX_FIELD_WEIGHT: NaN or Infinity made every score of its field NaN, a negative one
  // pushed the documents that hold the query's words below those that don't, and one near Number.MAX_VALUE overflowed
  // the summed document lengths to Infinity (no hits at all).
  for (const [field, weight] of Object.entries(fieldWeights))
    if (weight !== undefined)
      checkNumberSetting('Bm25IndexSettings', `fieldWeights.${field}`, weight, { min: 0, max: MAX_FIELD_WEIGHT });
  const split = options.tokenize ?? defaultTokenize;
  const corpus = options.corpus === undefined ? undefined : checkCorpusStatistics(options.corpus, 'Bm25IndexSettings');

  // An inverted index over integer ids keeps memory flat: per term, parallel arrays of document slots
  // and term frequencies; per document, its term ids (to undo on removal). Removed slots stay in the
  // postings as tombstones and are compacted away once they are half of all entries.
  const termIds = new Map<string, number>();
  const termNames: string[] = restore?.terms ?? [];
  // Postings added here, per term (undefined until a document adds one to a restored term).
  const postingSlots: Array<number[] | undefined> = [];
  const postingFrequencies: Array<number[] | undefined> = [];
  // Postings restored from a saved state stay where they are, read term by term (documents added later go to the
  // arrays above), until a compaction merges them; terms `0 … restoredTerms - 1` are the restored ones.
  let restored = restore?.postings;
  const restoredTerms = restored ? restored.termOffsets.length - 1 : 0;
  const documentFrequencies: number[] = [];
  const slotOf = new Map<string, number>();
  const idOf: Array<string | undefined> = restore?.ids ?? [];
  const lengths: number[] = [];
  const documentTerms: Array<Uint32Array | undefined> = [];
  let totalLength = 0;
  let livePostings = 0;
  let deadPostings = 0;
  /**
   * Documents restored from a saved state: their term ids are recomputed from the text when they are removed. When
   * `documentOf` cannot give the text (undefined: a store's damaged record), they are the terms whose postings hold
   * the slot: every posting is scanned once (slow, but exact, so document frequencies stay right).
   */
  const restoredTermsOf = (slot: number): Uint32Array => {
    const document = documentOf?.(idOf[slot]!);
    if (document === undefined) return termsHolding(slot);
    const counts = countTerms(document);
    return Uint32Array.from([...counts.keys()].flatMap((term) => (termIds.has(term) ? [termIds.get(term)!] : [])));
  };
  /** The terms whose postings hold `slot` (a slot is never reused, so a live slot's postings are exactly its terms). */
  const termsHolding = (slot: number): Uint32Array => {
    const found: number[] = [];
    for (let termId = 0; termId < postingSlots.length; termId += 1) {
      if (!(documentFrequencies[termId]! > 0)) continue;
      const added = postingSlots[termId];
      if (
        (restored && termId < restoredTerms && restored.term(termId, false).documents.includes(slot)) ||
        added?.includes(slot)
      )
        found.push(termId);
    }
    return Uint32Array.from(found);
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
      documentFrequencies.push(0);
    }
    return termId;
  };

  const compact = () => {
    for (let termId = 0; termId < postingSlots.length; termId += 1) {
      let slots = postingSlots[termId] ?? [];
      let frequencies = postingFrequencies[termId] ?? [];
      if (restored && termId < restoredTerms) {
        const { documents, frequencies: counts } = restored.term(termId, false);
        slots = [...documents, ...slots];
        frequencies = [...counts, ...frequencies];
      }
      postingSlots[termId] = slots;
      postingFrequencies[termId] = frequencies;
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
    restored = undefined;
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
    try {
      for (const [termId, queryCount] of queryTermsOf(query)) {
        const weight = queryCount * inverseDocumentFrequency(termId);
        if (restored && termId < restoredTerms) {
          const { documents, frequencies } = restored.term(termId, true);
          scorePostings(weight, documents, frequencies);
        }
        const slots = postingSlots[termId];
        if (slots) scorePostings(weight, slots, postingFrequencies[termId]!);
      }
      for (let index = 0; index < touchedCount; index += 1) visit(touched[index]!, scratch[touched[index]!]!);
    } finally {
      // The scratch is clean again however the search ends: a score left behind by a throw (a visitor's, a restored
      // term's read) kept its slot out of `touched` in every later search, so those jobs were never found again.
      for (let index = 0; index < touchedCount; index += 1) scratch[touched[index]!] = 0;
    }
  };

  const index: Bm25Index = {
    get size() {
      return slotOf.size;
    },
    add(id, document) {
      // Arguments of the wrong kind were TypeErrors from inside ("Cannot convert undefined or null to object").
      checkTextArgument('Bm25Index.add', 'id', id);
      if (typeof document !== 'string')
        checkRecordArgument(
          'Bm25Index.add',
          'document',
          document,
          'a Bm25Document (a text, or { title?, description?, … })',
        );
      remove(id);
      const counts = countTerms(document);
      const slot = idOf.length;
      const terms = new Uint32Array(counts.size);
      let length = 0;
      let position = 0;
      for (const [term, count] of counts) {
        const termId = termIdOf(term);
        let slots = postingSlots[termId];
        if (!slots) {
          postingSlots[termId] = slots = [];
          postingFrequencies[termId] = [];
        }
        slots.push(slot);
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
      // A query that is no string was "Cannot read properties of undefined (reading 'indexOf')" from the tokenizer.
      checkTextArgument('Bm25Index.search', 'query', query);
      checkRecordArgument('Bm25Index.search', 'options', searchOptions, '{ limit?, candidates? }');
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
      checkTextArgument('Bm25Index.scoreAll', 'query', query);
      checkListArgument('Bm25Index.scoreAll', 'ids', ids, 'a list of ids');
      const scores = accumulate(query);
      return ids.map((id) => {
        const slot = slotOf.get(id);
        return { id, score: slot === undefined ? 0 : (scores.get(slot) ?? 0) };
      });
    },
    maxScore(query) {
      checkTextArgument('Bm25Index.maxScore', 'query', query);
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
    // The restored arrays are the index's own (termNames and idOf above); per term only its id and document
    // frequency, per document its slot and length: no per-term arrays until a term gets a new posting.
    const { termOffsets } = restore.postings;
    for (let termId = 0; termId < restoredTerms; termId += 1) {
      termIds.set(termNames[termId]!, termId);
      postingSlots.push(undefined);
      postingFrequencies.push(undefined);
      documentFrequencies.push(termOffsets[termId + 1]! - termOffsets[termId]!);
    }
    const restoredLengths = restore.lengths;
    for (let slot = 0; slot < idOf.length; slot += 1) {
      slotOf.set(idOf[slot]!, slot);
      const length = restoredLengths[slot]!;
      lengths.push(length);
      documentTerms.push(undefined);
      totalLength += length;
    }
    livePostings = termOffsets[restoredTerms] ?? 0;
  }
  exporters.set(index, () => {
    restored?.detach?.();
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
        [postingSlots[termId] ?? [], postingFrequencies[termId] ?? []],
      ];
      if (restored && termId < restoredTerms) {
        const { documents, frequencies: counts } = restored.term(termId, false);
        lists.unshift([documents, counts]);
      }
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
