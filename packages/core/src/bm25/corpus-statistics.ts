import { invalidSetting } from '../errors/index.js';

/**
 * What a ranker needs to know about the whole collection a batch of jobs was drawn from (a store's jobs) to score a
 * job the same whichever other jobs share its batch: BM25's document count, average length and document frequencies.
 * Terms are tokens as core's `tokenize` makes them with stop words removed and stemming (what the BM25 index stores).
 */
export interface CorpusStatistics {
  /** Number of documents (jobs) in the collection. */
  readonly documentCount: number;
  /** Mean document length in field-weighted tokens (title ×3, skills ×2, description, company, place ×1 in a MemoryStore). */
  readonly averageLength: number;
  /** Number of documents that hold `term` (0 for a term none holds). */
  documentFrequency(term: string): number;
}

/** Returns `statistics` when it is usable; throws a ValidationError naming the bad field otherwise. */
export function checkCorpusStatistics(statistics: CorpusStatistics, owner: string): CorpusStatistics {
  if (typeof statistics !== 'object' || statistics === null)
    throw invalidSetting(owner, 'corpus', `must be corpus statistics, got ${String(statistics)}`);
  const { documentCount, averageLength } = statistics;
  if (!(Number.isInteger(documentCount) && documentCount >= 0))
    throw invalidSetting(owner, 'corpus.documentCount', `must be a whole number ≥ 0, got ${String(documentCount)}`);
  if (!(typeof averageLength === 'number' && Number.isFinite(averageLength) && averageLength >= 0))
    throw invalidSetting(owner, 'corpus.averageLength', `must be a finite number ≥ 0, got ${String(averageLength)}`);
  if (typeof statistics.documentFrequency !== 'function')
    throw invalidSetting(owner, 'corpus.documentFrequency', 'must be a function of a term');
  return statistics;
}
