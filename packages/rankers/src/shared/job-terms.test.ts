// The per-job term caches (job-terms.ts) against the paths that count every job on every call: BM25 through a BM25
// index over the batch, pseudo-relevance through Map vectors. Real data: 1,000 LinkedIn postings (2023-24) as jobs and
// Dataturks resumes as queries, from ../shared/data (ROLEFIT_DATA_DIR); the built-in samples where it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryStore, parseJob, parseResume, type Job } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { parseCsv } from '@rolefit/dev-tools';
import { describe, expect, it } from 'vitest';
import { createDefaultRanker } from '../default/index.js';
import {
  compactJobTermVectors,
  compactSimilarityToTop,
  jobSimilarityToTop,
  jobTermVectors,
  prepareJobWordCounts,
} from '../pseudo-relevance/job-vectors.js';
import { similarityToTop, topPositions } from '../pseudo-relevance/pseudo-relevance.js';
import { prepareBm25Counts, scoreJobsWithBm25, scoreJobsWithBm25Index } from './bm25-scoring.js';
import { createJobTextCache, setTermDictionaryLimit, startScoring, termCount } from './job-terms.js';
import { personText } from './person.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const postingsFile = resolve(dataDirectory, 'linkedin-postings-2023-24-head1000/postings_head1000.csv');
const resumesFile = resolve(dataDirectory, 'dataturks-dev/resumes.jsonl');

function realJobs(): Job[] {
  if (!existsSync(postingsFile)) return sampleJobs.map((job) => parseJob(job));
  return (parseCsv(readFileSync(postingsFile, 'utf8')) as Record<string, string>[]).map((row, index) =>
    parseJob({
      id: `linkedin-${row.job_id || index}-${index}`,
      source: 'linkedin',
      title: row.title || 'Untitled',
      company: row.company_name || undefined,
      description: row.description || row.title || 'No description',
      ...(row.skills_desc ? { skills: row.skills_desc.split(/[,;]/u).filter((skill) => skill.trim() !== '') } : {}),
      location: { city: (row.location ?? '').split(',')[0] || undefined },
    }),
  );
}

function realResumes() {
  if (!existsSync(resumesFile)) return sampleResumes.map((resume) => parseResume(resume));
  return readFileSync(resumesFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 6)
    .map((line) => {
      const record = JSON.parse(line) as { id: string; text: string };
      return parseResume({ id: record.id, text: record.text });
    });
}

const jobs = realJobs();
const resumes = realResumes();
// A fresh copy of each job: objects no cache has seen.
const copies = (some: readonly Job[]) => some.map((job) => structuredClone(job));
// Tokenising every job on every call (the reference) is slow on a shared machine.
const SLOW = 180_000;

describe('cached term counts give the scores of counting every job again', () => {
  it(
    'BM25: the same raw scores and ceiling as a BM25 index over the batch, with and without corpus statistics',
    async () => {
      const store = createMemoryStore();
      await store.upsertJobs(jobs);
      const corpus = await store.corpusStatistics();
      const batch = jobs.slice(0, 400);
      for (const resume of resumes) {
        const text = personText({ resume });
        for (const statistics of [corpus, undefined]) {
          const reference = scoreJobsWithBm25Index(text, batch, {}, statistics);
          // The first call counts the jobs, the second reads them from the cache.
          expect(scoreJobsWithBm25(text, batch, {}, statistics)).toEqual(reference);
          expect(scoreJobsWithBm25(text, batch, {}, statistics)).toEqual(reference);
        }
        const weighted = { fieldWeights: { title: 5, company: 0 }, k1: 1.6, b: 0.5 };
        expect(scoreJobsWithBm25(text, batch, weighted, corpus)).toEqual(
          scoreJobsWithBm25Index(text, batch, weighted, corpus),
        );
      }
      expect(scoreJobsWithBm25('anything', [], {}, corpus)).toEqual({ raw: [], ceiling: 0 });
    },
    SLOW,
  );

  it(
    'pseudo-relevance: the same similarities to the best jobs as the Map vectors',
    async () => {
      const store = createMemoryStore();
      await store.upsertJobs(jobs);
      const corpus = await store.corpusStatistics();
      const batch = jobs.slice(0, 500);
      const ids = batch.map((job) => job.id);
      for (const [index, resume] of resumes.entries()) {
        const { raw } = scoreJobsWithBm25Index(personText({ resume }), batch, {}, corpus);
        for (const statistics of [corpus, undefined]) {
          const depth = 1 + (index % 6);
          const expected = similarityToTop(raw, jobTermVectors(batch, statistics), ids, depth);
          const top = topPositions(raw, ids, depth);
          const got = compactSimilarityToTop(compactJobTermVectors(batch, statistics), top);
          expect(got).toEqual(expected);
          // One scratch array instead of a vector per job: the same numbers to the last bit.
          expect(jobSimilarityToTop(batch, top, statistics)).toEqual(expected);
        }
      }
    },
    SLOW,
  );

  it(
    'the default ranker gives the same matches for jobs it has seen as for fresh copies of them',
    async () => {
      const store = createMemoryStore();
      await store.upsertJobs(jobs);
      const corpusStatistics = await store.corpusStatistics();
      const ranker = createDefaultRanker();
      const batch = jobs.slice(0, 300);
      for (const resume of resumes.slice(0, 2)) {
        const first = await ranker.rank({ resume }, batch, { corpusStatistics });
        const again = await ranker.rank({ resume }, batch, { corpusStatistics });
        const fresh = await ranker.rank({ resume }, copies(batch), { corpusStatistics });
        expect(again).toEqual(first);
        expect(fresh).toEqual(first);
      }
    },
    SLOW,
  );

  it(
    'the default ranker read ahead (prepare) gives the same matches as ranking fresh copies it has not read',
    async () => {
      const store = createMemoryStore();
      await store.upsertJobs(jobs);
      const corpusStatistics = await store.corpusStatistics();
      const batch = jobs.slice(300, 600);
      const prepared = createDefaultRanker();
      const ahead = copies(batch);
      await prepared.prepare!(ahead);
      for (const resume of resumes.slice(0, 2)) {
        const cold = await createDefaultRanker().rank({ resume }, copies(batch), { corpusStatistics });
        expect(await prepared.rank({ resume }, ahead, { corpusStatistics })).toEqual(cold);
      }
    },
    SLOW,
  );

  it('prepare counts the jobs ahead, so scoring them counts no new term', () => {
    // Words no other test job holds, so the dictionary grows only when these jobs are counted.
    const unseen = [0, 1, 2].map((index) =>
      parseJob({
        id: `unseen-${index}`,
        source: 'test',
        title: `Qzxv${index} technician`,
        description: `Works with wqpr${index} and plkm${index} daily`,
      }),
    );
    const before = termCount();
    prepareBm25Counts(unseen);
    const afterBm25 = termCount();
    expect(afterBm25).toBeGreaterThan(before);
    scoreJobsWithBm25('technician daily', unseen);
    expect(termCount()).toBe(afterBm25);
    const others = unseen.map((job) => ({ ...job, id: `${job.id}-again`, title: `${job.title} Ywrt${job.id}` }));
    prepareJobWordCounts(others);
    const afterWords = termCount();
    expect(afterWords).toBeGreaterThan(afterBm25);
    compactJobTermVectors(others);
    expect(termCount()).toBe(afterWords);
  });

  it('counts a job again when its text changes', () => {
    let computed = 0;
    const cache = createJobTextCache((job) => {
      computed += 1;
      return `${job.title}|${(job.skills ?? []).join(',')}`;
    });
    const job = parseJob({ id: 'a', source: 'test', title: 'Nurse', description: 'Ward nurse', skills: ['triage'] });
    expect(cache.get(job)).toBe('Nurse|triage');
    expect(cache.get(job)).toBe('Nurse|triage');
    expect(computed).toBe(1);
    job.title = 'Head nurse';
    expect(cache.get(job)).toBe('Head nurse|triage');
    job.skills!.push('wound care');
    expect(cache.get(job)).toBe('Head nurse|triage,wound care');
    job.location = { city: 'Leeds' };
    cache.get(job);
    expect(computed).toBe(4);
  });

  it('checks every text field of a kept job, and counts it again only when one changed', () => {
    let computed = 0;
    const cache = createJobTextCache(() => (computed += 1));
    const job = parseJob({
      id: 'b',
      source: 'test',
      title: 'Welder',
      description: 'MIG and TIG',
      company: 'Acme',
      location: { city: 'Leeds', region: 'West Yorkshire', country: 'GB' },
      skills: ['welding', 'blueprints'],
    });
    cache.get(job);
    const edits: [string, () => void][] = [
      ['title', () => (job.title = 'Senior welder')],
      ['description', () => (job.description = 'MIG, TIG and stick')],
      ['company', () => (job.company = 'Acme Ltd')],
      ['city', () => (job.location = { ...job.location, city: 'York' })],
      ['region', () => (job.location = { ...job.location, region: 'North Yorkshire' })],
      ['country', () => (job.location = { ...job.location, country: 'IE' })],
      ['a skill', () => (job.skills![1] = 'drawings')],
      ['the skills', () => (job.skills = ['welding'])],
      ['no skills', () => (job.skills = [])],
    ];
    for (const [field, edit] of edits) {
      const before = computed;
      edit();
      expect(cache.has(job), field).toBe(false);
      cache.get(job);
      expect(computed, field).toBe(before + 1);
      // Unchanged since: kept, even through a copy of the same values.
      cache.get(job);
      job.location = job.location === undefined ? undefined : { ...job.location };
      expect(cache.has(job), field).toBe(true);
      expect(computed, field).toBe(before + 1);
    }
  });

  it('starts the term dictionary afresh past its limit, with the same scores and without losing a cached job', () => {
    const batch = jobs.slice(0, 200);
    const query = personText(resumes[0]!);
    const before = scoreJobsWithBm25(query, batch);
    const vectorsBefore = compactJobTermVectors(batch);
    const previous = setTermDictionaryLimit(10);
    try {
      expect(termCount()).toBeGreaterThan(10);
      startScoring();
      // Emptied, and every cached job is counted again under the new numbering.
      expect(termCount()).toBe(0);
      expect(scoreJobsWithBm25(query, batch)).toEqual(before);
      expect(termCount()).toBeGreaterThan(10);
      // A batch made before the dictionary started afresh still compares within itself.
      const fresh = compactJobTermVectors(batch);
      expect(compactSimilarityToTop(vectorsBefore, [0, 1, 2])).toEqual(compactSimilarityToTop(fresh, [0, 1, 2]));
    } finally {
      setTermDictionaryLimit(previous);
    }
  });
});
