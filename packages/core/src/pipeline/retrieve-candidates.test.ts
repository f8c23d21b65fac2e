import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/index.js';
import type { Embedder, JobFilter, Ranker, Store } from '../interfaces/index.js';
import { createRandom } from '../random/index.js';
import { parseResume, type JobInput } from '../schemas/index.js';
import { createMemoryStore } from '../store/index.js';
import { tokenize } from '../text/index.js';
import { createPipeline, DEFAULT_RETRIEVAL_DEPTH, retrieveCandidates } from './index.js';

// Core's tests cannot import @rolefit/rankers. This ranker scores each job on its own (skill overlap with the resume,
// then title words), never relative to the other jobs it is given, so ranking K candidates agrees with ranking every job
// exactly when retrieval kept the true top 10: the comparison below can only fail through retrieval.
const overlapRanker: Ranker = {
  name: 'test-overlap',
  async rank(query, jobs, options) {
    const wanted = new Set((query.resume?.skills ?? []).map((skill) => skill.toLowerCase()));
    const words = new Set(tokenize(query.resume?.summary ?? '', { removeStopwords: true, stem: true }));
    return jobs
      .map((job) => {
        const skills = job.skills.filter((skill) => wanted.has(skill.toLowerCase()));
        const title = tokenize(job.title, { removeStopwords: true, stem: true }).filter((word) =>
          words.has(word),
        ).length;
        const score = Math.min(1, (skills.length / Math.max(1, wanted.size)) * 0.8 + Math.min(title, 2) * 0.1);
        return {
          jobId: job.id,
          score,
          breakdown: { skills: skills.length / Math.max(1, wanted.size) },
          matchedSkills: skills,
          missingSkills: [],
          ranker: 'test-overlap',
        };
      })
      .sort((left, right) => right.score - left.score || (left.jobId < right.jobId ? -1 : 1))
      .slice(0, options?.limit);
  },
};

const SKILLS = [
  'Python',
  'SQL',
  'Kubernetes',
  'React',
  'TypeScript',
  'Go',
  'Rust',
  'Java',
  'Spark',
  'Kafka',
  'AWS',
  'Terraform',
  'Figma',
  'Excel',
  'Tableau',
  'PostgreSQL',
  'Docker',
  'Node.js',
  'Swift',
  'Kotlin',
];
const ROLES = [
  'Backend Engineer',
  'Data Engineer',
  'Frontend Developer',
  'Data Analyst',
  'Platform Engineer',
  'Product Designer',
  'Mobile Developer',
  'Site Reliability Engineer',
  'Accountant',
  'Nurse',
];
const WORKPLACES = ['remote', 'hybrid', 'onsite'] as const;

/** A seeded store's worth of jobs: random role, 3–6 random skills, a workplace and a posting date. */
function generatedJobs(count: number, seed = 7): JobInput[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const skills = [...new Set(Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(SKILLS)))];
    const title = `${pick(['Senior ', 'Junior ', '', 'Lead '])}${pick(ROLES)}`;
    return {
      id: `job-${index}`,
      source: 'generated',
      title,
      company: `Company ${index % 97}`,
      location: { city: 'Austin', country: 'US', workplace: pick(WORKPLACES) },
      skills,
      description: `${title} working with ${skills.join(', ')}. ${pick(['Fast-growing team.', 'Stable business.', 'Mission-driven.'])}`,
      postedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    };
  });
}

const resume = parseResume({
  id: 'resume-1',
  skills: ['Python', 'Kafka', 'Spark', 'SQL'],
  summary: 'Data engineer building streaming pipelines',
});

/** A real MemoryStore that records the filters its search and list calls received (observation only). */
function recordingStore(store: Store): {
  store: Store;
  calls: Array<{ method: string; filter: JobFilter | undefined }>;
} {
  const calls: Array<{ method: string; filter: JobFilter | undefined }> = [];
  const wrapped = Object.create(store) as Store;
  wrapped.searchJobs = (query, options) => (
    calls.push({ method: 'searchJobs', filter: options?.filter }), store.searchJobs(query, options)
  );
  wrapped.searchJobsByVector = (vector, options) => (
    calls.push({ method: 'searchJobsByVector', filter: options?.filter }), store.searchJobsByVector(vector, options)
  );
  wrapped.listJobs = (filter, page) => (calls.push({ method: 'listJobs', filter }), store.listJobs(filter, page));
  wrapped.countJobs = (filter) => (calls.push({ method: 'countJobs', filter }), store.countJobs(filter));
  return { store: wrapped, calls };
}

/** Bag of words hashed into 64 dimensions: a deterministic stand-in for a model (core's tests cannot load one). */
const hashingEmbedder: Embedder = {
  name: 'test-hashing',
  dimensions: 64,
  async embed(texts) {
    return texts.map((text) => {
      const vector = new Float32Array(64);
      for (const word of tokenize(text, { removeStopwords: true, stem: true })) {
        let hash = 0;
        for (const character of word) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
        vector[hash % 64]! += 1;
      }
      return vector;
    });
  },
};

describe('two-stage recommend', () => {
  it('returns the same top 10 as ranking every job, on a generated store of 3,000 jobs', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(generatedJobs(3000));
    const full = await createPipeline({ store, ranker: overlapRanker, retrieval: { depth: 100_000 } }).recommend({
      resume,
      subjectId: 'full',
    });
    const twoStage = await createPipeline({ store, ranker: overlapRanker, retrieval: { depth: 200 } }).recommend({
      resume,
      subjectId: 'two-stage',
    });
    expect(full).toHaveLength(10);
    expect(twoStage.map((item) => item.job.id)).toEqual(full.map((item) => item.job.id));
    expect(twoStage.map((item) => item.match.score)).toEqual(full.map((item) => item.match.score));
    // Ranking every job is reported as such; the two-stage run says it re-ranked K = 200 retrieved candidates.
    expect(full[0]!.match.retrieval).toEqual({ method: 'all', depth: 100_000, candidates: 3000 });
    for (const item of twoStage) {
      expect(item.match.retrieval).toMatchObject({ method: 'retrieved', depth: 200, candidates: 200 });
      expect(item.match.retrieval!.fusedRank).toBeLessThanOrEqual(200);
      expect(item.match.retrieval!.lexicalRank).toBe(item.match.retrieval!.fusedRank);
    }
    // The history keeps how each match was retrieved.
    expect((await store.listMatches('two-stage'))[0]!.retrieval?.depth).toBe(200);
  });

  it('a depth too small to hold the true top 10 shows in the comparison (the check above can fail)', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(generatedJobs(3000));
    const full = await createPipeline({ store, ranker: overlapRanker, retrieval: { depth: 100_000 } }).recommend({
      resume,
    });
    const shallow = await createPipeline({ store, ranker: overlapRanker, retrieval: { depth: 12 } }).recommend({
      resume,
    });
    expect(shallow.map((item) => item.job.id)).not.toEqual(full.map((item) => item.job.id));
  });

  it('hands the ranker the store’s corpus statistics with the candidates, whether K holds every job or not', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(generatedJobs(400));
    const seen: Array<{ candidates: number; documentCount: number | undefined; frequency: number | undefined }> = [];
    const recording: Ranker = {
      name: 'test-overlap',
      rank: (query, jobs, options) => {
        seen.push({
          candidates: jobs.length,
          documentCount: options?.corpusStatistics?.documentCount,
          frequency: options?.corpusStatistics?.documentFrequency('kafka'),
        });
        return overlapRanker.rank(query, jobs, options);
      },
    };
    const { corpusStatistics } = await retrieveCandidates({
      store,
      query: { resume },
      filter: {},
      settings: { depth: 50 },
    });
    const kafka = (await store.listJobs()).filter((job) =>
      tokenize([job.title, ...job.skills, job.description, job.company ?? ''].join(' '), {
        removeStopwords: true,
        stem: true,
      }).includes('kafka'),
    ).length;
    expect(kafka).toBeGreaterThan(0);
    expect(corpusStatistics?.documentCount).toBe(400);
    expect(corpusStatistics?.documentFrequency('kafka')).toBe(kafka);
    for (const depth of [50, 1000])
      await createPipeline({ store, ranker: recording, retrieval: { depth } }).recommend({ resume });
    expect(seen).toEqual([
      { candidates: 50, documentCount: 400, frequency: kafka },
      { candidates: 400, documentCount: 400, frequency: kafka },
    ]);
  });

  it('applies filters inside the store: every search and count gets the filter, and every candidate passes it', async () => {
    const memory = createMemoryStore();
    await memory.upsertJobs(generatedJobs(1500));
    const { store, calls } = recordingStore(memory);
    const given: number[] = [];
    const countingRanker: Ranker = {
      name: 'test-overlap',
      rank: (query, jobs, options) => (given.push(jobs.length), overlapRanker.rank(query, jobs, options)),
    };
    const pipeline = createPipeline({
      store,
      ranker: countingRanker,
      retrieval: { depth: 50, embedder: hashingEmbedder },
    });
    await memory.upsertJobVectors(
      (await memory.listJobs()).map((job, index) => ({
        id: job.id,
        vector: new Float32Array(64).fill(0).map((_, d) => ((index + d) % 7) + 1),
      })),
    );
    const filter: JobFilter = { workplace: ['remote'] };
    const results = await pipeline.recommend({ resume, filter, limit: 50 });
    // The ranker saw K candidates, all of them remote, though most stored jobs are not.
    expect(given).toEqual([50]);
    expect(results).toHaveLength(50);
    for (const item of results) expect(item.job.location?.workplace).toBe('remote');
    const searches = calls.filter((call) => call.method === 'searchJobs' || call.method === 'searchJobsByVector');
    expect(searches.map((call) => call.method).sort()).toEqual(['searchJobs', 'searchJobsByVector']);
    for (const call of calls) expect(call.filter).toEqual(filter);
  });

  it('fuses BM25 and vector search by reciprocal rank fusion, reporting the rank in each list', async () => {
    const store = createMemoryStore();
    await store.upsertJobs([
      ...generatedJobs(300),
      // Shares no word with the resume, so BM25 cannot find it; its vector is the resume's own.
      {
        id: 'vector-only',
        source: 'generated',
        title: 'Mystery role',
        company: 'Elsewhere',
        description: 'Unusual wording entirely.',
      },
    ]);
    const text = 'Python, Kafka, Spark, SQL\nData engineer building streaming pipelines';
    const [resumeVector] = await hashingEmbedder.embed([text]);
    const jobs = await store.listJobs();
    await store.upsertJobVectors(
      jobs.map((job) => ({
        id: job.id,
        vector: job.id === 'vector-only' ? resumeVector! : new Float32Array(64).fill(1),
      })),
    );
    const { jobs: candidates, retrieval } = await retrieveCandidates({
      store,
      query: { resume },
      filter: {},
      settings: { depth: 40, embedder: hashingEmbedder },
    });
    expect(candidates).toHaveLength(40);
    const found = retrieval.get('vector-only');
    expect(found).toMatchObject({ method: 'retrieved', depth: 40, candidates: 40, vectorRank: 1 });
    expect(found?.lexicalRank).toBeUndefined();
    const both = [...retrieval.values()].filter(
      (entry) => entry.lexicalRank !== undefined && entry.vectorRank !== undefined,
    );
    expect(both.length).toBeGreaterThan(0);
    // Without an embedder, the same store is searched by BM25 alone.
    const lexical = await retrieveCandidates({ store, query: { resume }, filter: {}, settings: { depth: 40 } });
    expect(lexical.retrieval.has('vector-only')).toBe(false);
    expect([...lexical.retrieval.values()].every((entry) => entry.vectorRank === undefined)).toBe(true);
  });

  it('leaves dismissed jobs out without counting them towards K, and fills with the newest jobs when the lists run out', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(generatedJobs(200));
    const pipeline = createPipeline({ store, ranker: overlapRanker, retrieval: { depth: 30 } });
    const first = await pipeline.recommend({ resume, limit: 30 });
    await pipeline.feedback({ subjectId: 'resume-1', jobId: first[0]!.job.id, action: 'dismiss' });
    const second = await pipeline.recommend({ resume, limit: 30 });
    expect(second).toHaveLength(30);
    expect(second.map((item) => item.job.id)).not.toContain(first[0]!.job.id);
    // A query that shares no word with any job: the newest jobs fill K, with no list rank.
    const filled = await retrieveCandidates({
      store,
      query: { text: 'zzzz qqqq' },
      filter: {},
      settings: { depth: 5 },
    });
    expect(filled.jobs.map((job) => job.id)).toEqual(['job-199', 'job-198', 'job-197', 'job-196', 'job-195']);
    expect(filled.retrieval.get('job-199')).toEqual({ method: 'retrieved', depth: 5, candidates: 5 });
  });

  it("also retrieves by the ranker's retrievalTexts (asked only when more than K jobs pass), through recommend", async () => {
    const store = createMemoryStore();
    await store.upsertJobs([
      ...generatedJobs(60),
      { id: 'cleaner', source: 'test', title: 'Office cleaner', description: 'Cleaning offices at night.' },
    ]);
    const asked: string[] = [];
    // A ranker that knows a janitor is a cleaner: it scores the cleaner job 1 and everything else 0.
    const occupationLike: Ranker = {
      name: 'test-occupation-like',
      async retrievalTexts(query) {
        asked.push(query.text ?? '');
        return ['cleaner\ncaretaker'];
      },
      async rank(_query, jobs) {
        return jobs
          .map((job) => ({
            jobId: job.id,
            score: job.id === 'cleaner' ? 1 : 0,
            breakdown: {},
            matchedSkills: [],
            missingSkills: [],
            ranker: 'test-occupation-like',
          }))
          .sort((left, right) => right.score - left.score || (left.jobId < right.jobId ? -1 : 1));
      },
    };
    const query = { text: 'Janitor at a school, 2011 to now' };
    // Without the texts BM25 finds nothing; the newest jobs fill K and miss the cleaner job.
    const plain = await retrieveCandidates({ store, query, filter: {}, settings: { depth: 5 } });
    expect(plain.jobs.map((job) => job.id)).not.toContain('cleaner');
    const pipeline = createPipeline({ store, ranker: occupationLike, retrieval: { depth: 5 } });
    const [best] = await pipeline.recommend({ text: query.text, limit: 1 });
    expect(best?.job.id).toBe('cleaner');
    expect(best?.match.retrieval).toEqual({ method: 'retrieved', depth: 5, candidates: 5, fusedRank: 1 });
    expect(asked).toEqual([query.text]);
    // With every job within K nothing is retrieved, so the ranker is not asked.
    const all = createPipeline({ store, ranker: occupationLike, retrieval: { depth: 100 } });
    await all.recommend({ text: query.text, limit: 1 });
    expect(asked).toHaveLength(1);
  });

  it("retrieves a job by its place when the place is all it shares with the person's text", async () => {
    const store = createMemoryStore();
    // 100 cashier jobs elsewhere (each shares "cashier" with the person), and the oldest job, the only one in
    // Cleveland, whose title shares no word with them: only the store's index of each job's place can find it.
    await store.upsertJobs([
      {
        id: 'cleveland',
        source: 'test',
        title: 'Shift lead',
        location: { city: 'Cleveland', region: 'OH', country: 'US' },
        postedAt: '2025-01-01',
      },
      ...Array.from({ length: 100 }, (_, index) => ({
        id: `cashier-${index}`,
        source: 'test',
        title: `Cashier ${index}`,
        location: { city: 'Bellingham', region: 'WA', country: 'US' },
        postedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
      })),
    ]);
    const query = { text: 'Cashier at Rite Aid (Cleveland)' };
    const retrieved = await retrieveCandidates({ store, query, filter: {}, settings: { depth: 5 } });
    expect(retrieved.jobs[0]?.id).toBe('cleveland');
    expect(retrieved.retrieval.get('cleveland')).toMatchObject({ method: 'retrieved', lexicalRank: 1 });
    // The place counts towards the corpus statistics the ranker gets, as it counts in the rankers' own BM25.
    expect(retrieved.corpusStatistics?.documentFrequency('cleveland')).toBe(1);
    expect(retrieved.corpusStatistics?.documentFrequency('bellingham')).toBe(100);
  });

  it('rejects unknown and out-of-range retrieval settings, naming the field', () => {
    const store = createMemoryStore();
    const errorOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as Error & { fields?: string[] };
      }
      throw new Error('expected an error');
    };
    const typo = errorOf(() => createPipeline({ store, ranker: overlapRanker, retrieval: { dept: 100 } as never }));
    expect(isValidationError(typo)).toBe(true);
    expect(typo.message).toContain("unknown key 'dept' (did you mean 'depth'?)");
    // The old candidateLimit setting is gone: retrieval.depth replaces it.
    expect(
      errorOf(() => createPipeline({ store, ranker: overlapRanker, candidateLimit: 10 } as never)).message,
    ).toContain("unknown key 'candidateLimit'");
    for (const [retrieval, field] of [
      [{ depth: 0 }, 'depth'],
      [{ depth: 2.5 }, 'depth'],
      [{ rrfK: -1 }, 'rrfK'],
      [{ embedder: {} }, 'embedder'],
    ] as const) {
      const error = errorOf(() => createPipeline({ store, ranker: overlapRanker, retrieval: retrieval as never }));
      expect(isValidationError(error), field).toBe(true);
      expect(error.fields).toEqual([field]);
    }
    expect(DEFAULT_RETRIEVAL_DEPTH).toBeGreaterThanOrEqual(50);
  });
});
