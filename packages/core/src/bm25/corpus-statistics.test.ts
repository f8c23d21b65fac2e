import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { createBm25Index, type Bm25Document } from './index.js';
import { checkCorpusStatistics } from './corpus-statistics.js';

// Hand-written documents: a few trades and software roles, enough for document frequencies to differ.
const documents: Array<[string, Bm25Document]> = [
  ['backend', { title: 'Backend Engineer', description: 'Node.js and PostgreSQL services' }],
  ['frontend', { title: 'Frontend Engineer', description: 'React and TypeScript; some Node.js' }],
  ['nurse', { title: 'Registered Nurse', description: 'Patient care in the ICU' }],
  ['welder', { title: 'Welder', description: 'MIG and TIG welding on the shop floor' }],
  ['driver', { title: 'Delivery Driver', description: 'Van deliveries, clean licence' }],
  ['data', { title: 'Data Engineer', description: 'Python, Spark and PostgreSQL pipelines' }],
];
const fieldWeights = { title: 3, description: 1 };

function fullIndex() {
  const index = createBm25Index({ fieldWeights });
  for (const [id, document] of documents) index.add(id, document);
  return index;
}

describe('Bm25Index.statistics', () => {
  it('counts documents, their mean field-weighted length and each term’s documents, live', () => {
    const index = fullIndex();
    const statistics = index.statistics();
    expect(statistics.documentCount).toBe(6);
    // "engineer" (stemmed as the index stores it) is in three titles; "postgresql" in two descriptions.
    expect(statistics.documentFrequency('engineer')).toBe(3);
    expect(statistics.documentFrequency('postgresql')).toBe(2);
    expect(statistics.documentFrequency('kubernetes')).toBe(0);
    // The mean of each document's own field-weighted length.
    const lengths = documents.map(([id, document]) => {
      const alone = createBm25Index({ fieldWeights });
      alone.add(id, document);
      return alone.statistics().averageLength;
    });
    expect(statistics.averageLength).toBeCloseTo(lengths.reduce((sum, length) => sum + length, 0) / lengths.length, 12);
    index.remove('data');
    expect(statistics.documentFrequency('engineer')).toBe(2);
    expect(createBm25Index().statistics()).toMatchObject({ documentCount: 0, averageLength: 0 });
  });
});

describe('createBm25Index({ corpus })', () => {
  it('scores a document as the whole collection does, whichever few are indexed beside it', () => {
    const full = fullIndex();
    const corpus = full.statistics();
    for (const query of ['node.js postgresql engineer', 'patient care nurse', 'welding', 'kubernetes engineer']) {
      const expected = new Map(
        full
          .scoreAll(
            query,
            documents.map(([id]) => id),
          )
          .map((hit) => [hit.id, hit.score]),
      );
      for (const batch of [['backend'], ['backend', 'nurse'], ['frontend', 'data', 'welder', 'driver']]) {
        const small = createBm25Index({ fieldWeights, corpus });
        for (const id of batch) small.add(id, documents.find(([other]) => other === id)![1]);
        for (const hit of small.scoreAll(query, batch)) expect(hit.score).toBeCloseTo(expected.get(hit.id)!, 12);
        expect(small.maxScore(query)).toBeCloseTo(full.maxScore(query), 12);
      }
    }
  });

  it('without corpus statistics, the batch is the collection (scores change with the batch)', () => {
    const full = fullIndex();
    const small = createBm25Index({ fieldWeights });
    small.add('backend', documents[0]![1]);
    small.add('nurse', documents[2]![1]);
    expect(small.scoreAll('engineer', ['backend'])[0]!.score).not.toBeCloseTo(
      full.scoreAll('engineer', ['backend'])[0]!.score,
      6,
    );
  });

  it('refuses unusable statistics, naming the field', () => {
    const bad: Array<[unknown, string]> = [
      [null, 'corpus'],
      [{ documentCount: -1, averageLength: 1, documentFrequency: () => 0 }, 'corpus.documentCount'],
      [{ documentCount: 2.5, averageLength: 1, documentFrequency: () => 0 }, 'corpus.documentCount'],
      [{ documentCount: 3, averageLength: Number.NaN, documentFrequency: () => 0 }, 'corpus.averageLength'],
      [{ documentCount: 3, averageLength: 2 }, 'corpus.documentFrequency'],
    ];
    for (const [corpus, setting] of bad) {
      expect(() => createBm25Index({ corpus: corpus as never }), setting).toThrow(ValidationError);
      let caught: unknown;
      try {
        checkCorpusStatistics(corpus as never, 'Bm25IndexSettings');
      } catch (error) {
        caught = error;
      }
      expect(caught, setting).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).issues[0]!.path).toBe(setting);
    }
  });
});
