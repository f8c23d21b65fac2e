import { describe, expect, it } from 'vitest';
import {
  createBm25Index,
  createBm25IndexFromPostings,
  createBm25IndexFromState,
  exportBm25State,
  type Bm25Document,
  type RestoredPostings,
} from './bm25-index.js';

// What a store saves and loads instead of re-tokenising: the postings as flat arrays.
describe('exportBm25State / createBm25IndexFromState', () => {
  const text = (number: number) =>
    number % 3 === 0 ? `welder number ${number}` : `cashier number ${number} and helper`;

  it('gives back the same scores, and stays right through adds, removals and a compaction', () => {
    const documents = new Map<string, Bm25Document>();
    const original = createBm25Index({ fieldWeights: { title: 2.5 } });
    for (let number = 0; number < 3000; number += 1) {
      const document = { title: text(number) };
      documents.set(`doc-${number}`, document);
      original.add(`doc-${number}`, document);
    }
    const state = exportBm25State(original);
    expect(state.postingFrequencies).toBeInstanceOf(Float32Array); // 2.5 × counts are exact in float32
    const restored = createBm25IndexFromState({ fieldWeights: { title: 2.5 } }, state, (id) => documents.get(id));
    for (const query of ['welder', 'cashier helper', 'number 42'])
      expect(restored.search(query, { limit: 20 })).toEqual(original.search(query, { limit: 20 }));

    // Removing restored documents needs their terms: recomputed from documentOf. Enough removals compact the postings.
    for (const index of [original, restored]) {
      for (let number = 0; number < 3000; number += 1)
        if (number % 3 !== 0 || number >= 2000) index.remove(`doc-${number}`);
      index.add('doc-new', { title: 'cashier again' });
    }
    expect(restored.size).toBe(668);
    expect(restored.search('cashier').map((hit) => hit.id)).toEqual(['doc-new']);
    expect(restored.search('welder', { limit: 5 })).toEqual(original.search('welder', { limit: 5 }));
    expect(exportBm25State(restored).postingDocuments.length).toBe(exportBm25State(original).postingDocuments.length);
  });

  it('reads restored postings term by term: a search reads only its own terms, and the scores are the same', () => {
    const documents = new Map<string, Bm25Document>();
    const original = createBm25Index({ fieldWeights: { title: 2 } });
    for (let number = 0; number < 500; number += 1) {
      const document = { title: text(number) };
      documents.set(`doc-${number}`, document);
      original.add(`doc-${number}`, document);
    }
    const state = exportBm25State(original);
    const read: number[] = [];
    const postings: RestoredPostings = {
      termOffsets: state.termOffsets,
      term(termId) {
        read.push(termId);
        const [from, to] = [state.termOffsets[termId]!, state.termOffsets[termId + 1]!];
        return {
          documents: state.postingDocuments.subarray(from, to),
          frequencies: state.postingFrequencies.subarray(from, to),
        };
      },
    };
    const restored = createBm25IndexFromPostings(
      { fieldWeights: { title: 2 } },
      { ids: [...state.ids], lengths: state.lengths, terms: [...state.terms], postings },
      (id) => documents.get(id),
    );
    expect(read).toEqual([]); // nothing read at restore
    expect(restored.search('welder', { limit: 10 })).toEqual(original.search('welder', { limit: 10 }));
    expect(read).toEqual([state.terms.indexOf('welder')]);
    expect(restored.statistics().documentFrequency('cashier')).toBe(original.statistics().documentFrequency('cashier'));
    for (const index of [original, restored]) {
      index.remove('doc-3');
      index.add('doc-new', { title: 'welder and cashier' });
    }
    for (const query of ['welder', 'cashier helper', 'number 42'])
      expect(restored.search(query)).toEqual(original.search(query));
    expect(exportBm25State(restored)).toEqual(exportBm25State(original));
  });

  it('removes a restored document whose text cannot be had, by the postings that hold it', () => {
    // A store whose record of a job is damaged cannot give its text: the index finds its terms in the postings, so
    // document frequencies (and so every other document's score) are as if the text had been read.
    const documents = new Map<string, Bm25Document>();
    const original = createBm25Index({ fieldWeights: { title: 2 } });
    for (let number = 0; number < 300; number += 1) {
      const document = { title: text(number) };
      documents.set(`doc-${number}`, document);
      original.add(`doc-${number}`, document);
    }
    const unreadable = new Set(['doc-3', 'doc-4', 'doc-new']);
    const restored = createBm25IndexFromState({ fieldWeights: { title: 2 } }, exportBm25State(original), (id) =>
      unreadable.has(id) ? undefined : documents.get(id),
    );
    // doc-3 removed, doc-4 replaced (a store's upsert over a damaged record); a document added after the restore.
    for (const index of [original, restored]) {
      index.remove('doc-3');
      index.add('doc-4', { title: 'forklift driver' });
      index.add('doc-new', { title: 'welder and cashier' });
      index.remove('doc-new');
    }
    const before = original.statistics();
    const after = restored.statistics();
    for (const term of ['welder', 'cashier', 'number', 'helper', 'forklift', '3', '4'])
      expect(after.documentFrequency(term), term).toBe(before.documentFrequency(term));
    expect(after.documentCount).toBe(before.documentCount);
    expect(after.averageLength).toBe(before.averageLength);
    for (const query of ['welder', 'cashier helper', 'number 3', 'number 4', 'forklift'])
      expect(restored.search(query)).toEqual(original.search(query));
    expect(restored.search('number 3').some((hit) => hit.id === 'doc-3')).toBe(false);
    expect(exportBm25State(restored)).toEqual(exportBm25State(original));
  });

  it('refuses an object it did not make', () => {
    expect(() => exportBm25State({} as never)).toThrow(TypeError);
  });
});
