// Multi-factor's per-job readings (job-readings.ts): read once per job for every ranker with the same taxonomy and
// skills-list minimum, and a reading put in place (as the saved readings are) is what ranking uses. Jobs and resume:
// the hand-written fixtures of ../testing/fixtures.ts.
import { DEFAULT_MINIMUM_LISTED_SKILLS, getDefaultSkillTaxonomy, parseJob, type SkillTaxonomy } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createSkillResolver } from '../shared/skills.js';
import { allJobs, javascriptResume, NOW, nodeBackendJob, testTaxonomy } from '../testing/fixtures.js';
import { createMultiFactorRanker } from './index.js';
import { multiFactorReadingCache, readMultiFactorJob } from './job-readings.js';

const comparable = (reading: ReturnType<typeof readMultiFactorJob>) =>
  JSON.stringify({ ...reading, titleWords: [...reading.titleWords] });

describe('multiFactorReadingCache', () => {
  it('is one cache per taxonomy and skills-list minimum (the default minimum is the one left out)', () => {
    const taxonomy = getDefaultSkillTaxonomy();
    expect(multiFactorReadingCache(taxonomy)).toBe(multiFactorReadingCache(taxonomy, DEFAULT_MINIMUM_LISTED_SKILLS));
    expect(multiFactorReadingCache(taxonomy, 0)).not.toBe(multiFactorReadingCache(taxonomy));
    expect(multiFactorReadingCache(testTaxonomy)).not.toBe(multiFactorReadingCache(taxonomy));
  });

  it('keeps what readMultiFactorJob reads, and a reading per minimum', () => {
    const job = parseJob({ ...nodeBackendJob, skills: ['Node.js'] });
    const cache = multiFactorReadingCache(testTaxonomy);
    expect(cache.has(job)).toBe(false);
    expect(comparable(cache.get(job))).toBe(comparable(readMultiFactorJob(job, createSkillResolver(testTaxonomy))));
    expect(cache.has(job)).toBe(true);
    expect(cache.get(job)).toBe(cache.get(job));
    // Minimum 0: only the one listed skill, not the skills found in the text.
    expect(
      multiFactorReadingCache(testTaxonomy, 0)
        .get(job)
        .skills.map((skill) => skill.name),
    ).toEqual(['Node.js']);
    expect(cache.get(job).skills.length).toBeGreaterThan(1);
  });

  it('two multi-factor rankers with the same taxonomy read each job once', async () => {
    const base = testTaxonomy;
    const titles: string[] = [];
    const counting: SkillTaxonomy = { ...base, extract: (text) => (titles.push(text), base.extract(text)) };
    const jobs = allJobs.map((job, index) => parseJob({ ...job, id: `once-${index}`, title: `${job.title} ${index}` }));
    const read = () => titles.filter((text) => jobs.some((job) => job.title === text)).length;
    await createMultiFactorRanker({ taxonomy: counting, now: () => NOW }).rank({ resume: javascriptResume }, jobs);
    const once = read();
    expect(once).toBeGreaterThanOrEqual(jobs.length);
    // Another ranker (another resolver) with the same taxonomy: the jobs' readings are there already.
    await createMultiFactorRanker({ taxonomy: counting, now: () => NOW }).rank({ resume: javascriptResume }, jobs);
    expect(read()).toBe(once);
    // Another skills-list minimum reads them again.
    await createMultiFactorRanker({ taxonomy: counting, minimumListedSkills: 0 }).rank(
      { resume: javascriptResume },
      jobs,
    );
    expect(read()).toBeGreaterThan(once);
  });

  it('a reading put in place for a job (the saved readings) is what ranking uses, not the job read again', async () => {
    const job = parseJob({ ...nodeBackendJob, id: 'put-in-place' });
    multiFactorReadingCache(testTaxonomy).set(job, {
      skills: [{ name: 'Quantum Basketweaving', key: 'quantum basketweaving', known: false, required: true }],
      range: { min: 30, source: 'stated' },
      titleWords: new Set(['basketweav']),
    });
    const ranker = createMultiFactorRanker({ taxonomy: testTaxonomy, now: () => NOW, weights: { experience: 0.1 } });
    const [match] = await ranker.rank({ resume: javascriptResume }, [job]);
    expect(match?.matchedSkills).toEqual([]);
    expect(match?.missingSkills).toEqual(['Quantum Basketweaving']);
    expect(match?.explanation).toMatch(/30\+/u);
  });
});
