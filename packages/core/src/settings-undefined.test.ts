// A setting given as `undefined` is an absent one, for core's factories (test/settings-undefined.test.ts covers the
// other packages' factories through the settings they hand to rejectUnknownKeys). The compiler keeps each list of
// settings complete: the literal must name every optional setting and no other.
import { describe, expect, it } from 'vitest';
import {
  createBm25Index,
  createIngestion,
  createMemoryStore,
  createPipeline,
  type Bm25IndexSettings,
  type IngestionSettings,
  type Job,
  type MemoryStoreSettings,
  type PipelineSettings,
  type Ranker,
} from './index.js';
import { sampleJobs } from './samples/index.js';

/** The keys of `S` that may be left out. */
type OptionalKeys<S> = { [K in keyof S]-?: object extends Pick<S, K> ? K : never }[keyof S];
/** Every optional setting of `S`, undefined. */
type AllUndefined<S> = Record<OptionalKeys<S>, undefined>;

/** What a factory built: its own property names. */
const shape = (built: object) => Object.keys(built).sort();

const ranker: Ranker = {
  name: 'first',
  rank: async (_query, jobs: readonly Job[]) =>
    jobs.map((job) => ({
      jobId: job.id,
      score: 0.5,
      breakdown: {},
      matchedSkills: [],
      missingSkills: [],
      ranker: 'first',
    })),
};

describe('a setting given as undefined is left out', () => {
  it("core's factories", () => {
    const memory: AllUndefined<MemoryStoreSettings> = {
      autosave: undefined,
      compactAfterBytes: undefined,
      fieldWeights: undefined,
      maxJobBytes: undefined,
      path: undefined,
      rescoreCandidates: undefined,
    };
    const stored = createMemoryStore(memory);
    expect(shape(stored)).toEqual(shape(createMemoryStore()));
    const ingestion: AllUndefined<IngestionSettings> = {
      batchSize: undefined,
      blacklist: undefined,
      crawlers: undefined,
    };
    expect(shape(createIngestion({ store: stored, ...ingestion }))).toEqual(shape(createIngestion({ store: stored })));
    const pipeline: AllUndefined<PipelineSettings> = {
      ...ingestion,
      learner: undefined,
      notifiers: undefined,
      notifyThreshold: undefined,
      retrieval: undefined,
    };
    expect(shape(createPipeline({ store: stored, ranker, ...pipeline }))).toEqual(
      shape(createPipeline({ store: stored, ranker })),
    );
    const bm25: AllUndefined<Bm25IndexSettings> = {
      b: undefined,
      corpus: undefined,
      fieldWeights: undefined,
      k1: undefined,
      tokenize: undefined,
    };
    const scores = (index: ReturnType<typeof createBm25Index>) => {
      for (const job of sampleJobs) index.add(job.id, { title: job.title, description: job.description });
      return index.search('data engineer python');
    };
    const hits = scores(createBm25Index(bm25));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toEqual(scores(createBm25Index()));
  });
});
