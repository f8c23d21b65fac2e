import { tokenize } from '../text/index.js';

/** BM25 parameters. */
export interface Bm25Options {
  /** Term-frequency saturation (default 1.2). */
  k1?: number;
  /** Length normalisation, 0…1 (default 0.75). */
  b?: number;
  /** Per-field weight; a field's tokens count this many times (default 1 for each field). */
  fieldWeights?: Readonly<Record<string, number>>;
  /** Tokenizer; defaults to the core tokenizer with stop words removed and light stemming. */
  tokenize?: (text: string) => string[];
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
}

const defaultTokenize = (text: string) => tokenize(text, { removeStopwords: true, stem: true });

/** Creates an empty BM25 index. */
export function createBm25Index(options: Bm25Options = {}): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  if (!(k1 >= 0)) throw new RangeError(`BM25 k1 must be >= 0, got ${k1}`);
  if (!(b >= 0 && b <= 1)) throw new RangeError(`BM25 b must be in [0, 1], got ${b}`);
  const fieldWeights = options.fieldWeights ?? {};
  const split = options.tokenize ?? defaultTokenize;

  const termFrequencies = new Map<string, Map<string, number>>(); // id → term → weighted tf
  const lengths = new Map<string, number>();
  const postings = new Map<string, Set<string>>(); // term → ids
  let totalLength = 0;

  const termsOf = (document: Bm25Document): Map<string, number> => {
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

  const remove = (id: string): boolean => {
    const terms = termFrequencies.get(id);
    if (!terms) return false;
    for (const term of terms.keys()) {
      const ids = postings.get(term);
      ids?.delete(id);
      if (ids?.size === 0) postings.delete(term);
    }
    totalLength -= lengths.get(id) ?? 0;
    termFrequencies.delete(id);
    lengths.delete(id);
    return true;
  };

  // BM25+ style floor: the idf never goes negative for very common terms.
  const inverseDocumentFrequency = (term: string): number => {
    const documentFrequency = postings.get(term)?.size ?? 0;
    return Math.log(1 + (termFrequencies.size - documentFrequency + 0.5) / (documentFrequency + 0.5));
  };

  const score = (queryTerms: ReadonlyMap<string, number>, id: string): number => {
    const terms = termFrequencies.get(id);
    if (!terms) return 0;
    const averageLength = totalLength / termFrequencies.size || 1;
    const length = lengths.get(id) ?? 0;
    let total = 0;
    for (const [term, queryCount] of queryTerms) {
      const frequency = terms.get(term);
      if (!frequency) continue;
      total += queryCount * inverseDocumentFrequency(term) * ((frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * length) / averageLength)));
    }
    return total;
  };

  const queryTermsOf = (query: string) => {
    const counts = new Map<string, number>();
    for (const term of split(query)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  };

  return {
    get size() {
      return termFrequencies.size;
    },
    add(id, document) {
      remove(id);
      const terms = termsOf(document);
      let length = 0;
      for (const [term, count] of terms) {
        length += count;
        let ids = postings.get(term);
        if (!ids) postings.set(term, (ids = new Set()));
        ids.add(id);
      }
      termFrequencies.set(id, terms);
      lengths.set(id, length);
      totalLength += length;
    },
    remove,
    has: (id) => termFrequencies.has(id),
    search(query, searchOptions = {}) {
      const queryTerms = queryTermsOf(query);
      const touched = new Set<string>();
      for (const term of queryTerms.keys())
        for (const id of postings.get(term) ?? []) if (!searchOptions.candidates || searchOptions.candidates.has(id)) touched.add(id);
      const hits = [...touched].map((id) => ({ id, score: score(queryTerms, id) })).filter((hit) => hit.score > 0);
      hits.sort((left, right) => right.score - left.score || (left.id < right.id ? -1 : 1));
      return searchOptions.limit === undefined ? hits : hits.slice(0, searchOptions.limit);
    },
    scoreAll(query, ids) {
      const queryTerms = queryTermsOf(query);
      return ids.map((id) => ({ id, score: score(queryTerms, id) }));
    },
    maxScore(query) {
      let total = 0;
      for (const [term, count] of queryTermsOf(query)) total += count * inverseDocumentFrequency(term) * (k1 + 1);
      return total;
    },
  };
}
