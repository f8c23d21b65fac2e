// What the members of one fusion call share (call-scope.ts): BM25 scores of the person's text over the same counted
// jobs, and the person's skills. Shared only inside `shareWithinCall`, only for the same inputs, and never after it.
import {
  createSkillTaxonomy,
  getDefaultSkillTaxonomy,
  parseJob,
  parseResume,
  type CorpusStatistics,
  type SkillTaxonomy,
} from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { scoreJobsWithBm25 } from './bm25-scoring.js';
import { shareWithinCall, sharingWithinCall } from './call-scope.js';
import { personText } from './person.js';
import { createPersonSkills, createSkillResolver } from './skills.js';

const jobs = sampleJobs.map((job) => parseJob(job));
const text = personText({ resume: parseResume(sampleResumes[0]!) });

/** Corpus statistics (of the sample jobs' own BM25 counts, made up but fixed) that count how often they are asked. */
function countingCorpus(): CorpusStatistics & { asked: number } {
  const corpus = {
    asked: 0,
    documentCount: 1_000,
    averageLength: 120,
    documentFrequency(term: string) {
      corpus.asked += 1;
      return 1 + (term.length % 7) * 10;
    },
  };
  return corpus;
}

/** The default taxonomy, counting how often it is asked to find skills in a text. */
function countingTaxonomy(): SkillTaxonomy & { extracted: number } {
  const base = getDefaultSkillTaxonomy();
  const taxonomy = {
    ...base,
    extracted: 0,
    extractNames(value: string) {
      taxonomy.extracted += 1;
      return base.extractNames(value);
    },
  };
  return taxonomy;
}

describe('scoreJobsWithBm25 within one fusion call', () => {
  it('hands a second member the first one’s scores for the same text, settings, statistics and jobs', () => {
    const corpus = countingCorpus();
    const alone = scoreJobsWithBm25(text, jobs, {}, corpus);
    const askedAlone = corpus.asked;
    expect(askedAlone).toBeGreaterThan(0);
    corpus.asked = 0;
    shareWithinCall(() => {
      expect(sharingWithinCall()).toBe(true);
      const first = scoreJobsWithBm25(text, jobs, {}, corpus);
      expect(corpus.asked).toBe(askedAlone);
      const second = scoreJobsWithBm25(text, jobs, {}, corpus);
      // Not worked out again: the statistics were not asked.
      expect(corpus.asked).toBe(askedAlone);
      expect(second).toEqual(alone);
      expect(first).toEqual(alone);
      // Each caller gets its own array.
      second.raw[0] = -1;
      expect(scoreJobsWithBm25(text, jobs, {}, corpus)).toEqual(alone);
    });
    expect(sharingWithinCall()).toBe(false);
  });

  it('works the scores out again for another text, other settings, other statistics or other jobs', () => {
    const corpus = countingCorpus();
    shareWithinCall(() => {
      scoreJobsWithBm25(text, jobs, {}, corpus);
      const cases: [string, () => unknown, () => unknown][] = [
        [
          'text',
          () => scoreJobsWithBm25(`${text} nurse`, jobs, {}, corpus),
          () => scoreJobsWithBm25(`${text} nurse`, jobs, {}, countingCorpus()),
        ],
        [
          'k1',
          () => scoreJobsWithBm25(text, jobs, { k1: 2 }, corpus),
          () => scoreJobsWithBm25(text, jobs, { k1: 2 }, countingCorpus()),
        ],
        [
          'field weights',
          () => scoreJobsWithBm25(text, jobs, { fieldWeights: { title: 9 } }, corpus),
          () => scoreJobsWithBm25(text, jobs, { fieldWeights: { title: 9 } }, countingCorpus()),
        ],
        [
          'jobs',
          () => scoreJobsWithBm25(text, jobs.slice(1), {}, corpus),
          () => scoreJobsWithBm25(text, jobs.slice(1), {}, countingCorpus()),
        ],
      ];
      for (const [, shared, fresh] of cases) {
        const before = corpus.asked;
        expect(shared()).toEqual(fresh());
        expect(corpus.asked).toBeGreaterThan(before);
      }
      const other = countingCorpus();
      scoreJobsWithBm25(text, jobs, {}, other);
      expect(other.asked).toBeGreaterThan(0);
    });
  });

  it('counts an edited job again inside the call, and keeps nothing once the call has started its members', () => {
    const corpus = countingCorpus();
    const own = jobs.map((job) => ({ ...job }));
    shareWithinCall(() => {
      const before = scoreJobsWithBm25(text, own, {}, corpus);
      own[0] = { ...own[0]!, title: `${own[0]!.title} TypeScript Kubernetes` };
      const after = scoreJobsWithBm25(text, own, {}, corpus);
      expect(after).toEqual(
        scoreJobsWithBm25(
          text,
          own.map((job) => ({ ...job })),
          {},
          countingCorpus(),
        ),
      );
      expect(after.raw[0]).not.toBe(before.raw[0]);
    });
    corpus.asked = 0;
    scoreJobsWithBm25(text, own, {}, corpus);
    expect(corpus.asked).toBeGreaterThan(0);
  });

  it('drops what it kept when a member throws, and nests', () => {
    const corpus = countingCorpus();
    expect(() =>
      shareWithinCall(() => {
        scoreJobsWithBm25(text, jobs, {}, corpus);
        throw new Error('member failed');
      }),
    ).toThrow('member failed');
    expect(sharingWithinCall()).toBe(false);
    corpus.asked = 0;
    shareWithinCall(() => {
      shareWithinCall(() => scoreJobsWithBm25(text, jobs, {}, corpus));
      const asked = corpus.asked;
      // Still inside the outer call: kept.
      scoreJobsWithBm25(text, jobs, {}, corpus);
      expect(corpus.asked).toBe(asked);
    });
  });
});

describe('createPersonSkills within one fusion call', () => {
  const listed = ['Python', 'Kafka Streams'];

  it('reads the person once for members with the same taxonomy, listed skills and text', () => {
    const taxonomy = countingTaxonomy();
    const alone = createPersonSkills(createSkillResolver(taxonomy), listed, text);
    taxonomy.extracted = 0;
    shareWithinCall(() => {
      const first = createPersonSkills(createSkillResolver(taxonomy), listed, text);
      const second = createPersonSkills(createSkillResolver(taxonomy), listed, text);
      expect(taxonomy.extracted).toBe(1);
      expect(second.names).toEqual(alone.names);
      expect(first.names).toEqual(alone.names);
      // Each caller gets its own list of names.
      (second.names as string[]).push('changed');
      expect(createPersonSkills(createSkillResolver(taxonomy), listed, text).names).toEqual(alone.names);
      const resolver = createSkillResolver(taxonomy);
      for (const name of ['Python', 'Kafka Streams', 'Cobol', 'Go'])
        expect(second.has(resolver.resolve(name))).toBe(alone.has(resolver.resolve(name)));
    });
    // Outside a call nothing is kept.
    createPersonSkills(createSkillResolver(taxonomy), listed, text);
    expect(taxonomy.extracted).toBe(2);
  });

  it('reads the person again for another text, other listed skills or another taxonomy', () => {
    const taxonomy = countingTaxonomy();
    const other = createSkillTaxonomy(getDefaultSkillTaxonomy().all().slice(0, 50));
    shareWithinCall(() => {
      createPersonSkills(createSkillResolver(taxonomy), listed, text);
      expect(createPersonSkills(createSkillResolver(taxonomy), listed, `${text} Rust`).names).toEqual(
        createPersonSkills(createSkillResolver(getDefaultSkillTaxonomy()), listed, `${text} Rust`).names,
      );
      expect(createPersonSkills(createSkillResolver(taxonomy), ['Rust'], text).names[0]).toBe('Rust');
      expect(taxonomy.extracted).toBe(3);
      const fromOther = createPersonSkills(createSkillResolver(other), listed, text);
      expect(fromOther.names).toEqual(
        createPersonSkills(createSkillResolver(createSkillTaxonomy(other.all())), listed, text).names,
      );
    });
  });
});
