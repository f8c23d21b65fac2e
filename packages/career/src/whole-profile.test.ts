import { parseJob, type Job, type ProfileInput } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { recommendSpecialisations, type Specialisation } from './index.js';

// Issue #20 item 5: career guidance reads the whole profile, and a profile without a resume gets a real ranking.
const jobs: Job[] = sampleJobs.map((job) => parseJob(job));
const desk: ProfileInput = { workStyle: 'mental', workplace: ['remote'], preferences: 'data analysis' };
const handsOn: ProfileInput = { workStyle: 'physical', workplace: ['onsite'], preferences: 'building, tools' };
const top = async (profile: ProfileInput, limit = 4) =>
  (await recommendSpecialisations({ jobs, profile, limit })).specialisations;
const titlesOf = (list: Specialisation[]) => list.map((item) => item.name);

describe('recommendSpecialisations for a profile without a resume', () => {
  it('gives opposite profiles different, sensible lists', async () => {
    const [deskList, handsOnList] = await Promise.all([top(desk), top(handsOn)]);
    expect(titlesOf(deskList).filter((name) => titlesOf(handsOnList).includes(name))).toEqual([]);
    for (const item of deskList) {
      expect(item.evidence.physicalShare).toBeLessThan(0.3);
      expect(item.name).toMatch(/analyst|engineer|data|developer/i);
    }
    expect(deskList[0]?.name).toMatch(/data analyst/i);
    for (const item of handsOnList) {
      expect(item.evidence.physicalShare).toBeGreaterThan(0.6);
      expect(item.scores.workplace).toBe(1);
      expect(item.name).toMatch(/carpenter|electrician|plumber|welder|technician|machinist/i);
    }
  });

  it('scores above zero and explains which preference matched', async () => {
    const [deskList, handsOnList] = await Promise.all([top(desk), top(handsOn)]);
    for (const item of [...deskList, ...handsOnList]) expect(item.scores.score).toBeGreaterThan(0);
    expect(deskList[0]?.reasons.join('\n')).toMatch(/desk \(mental\) work/);
    expect(deskList[0]?.reasons.join('\n')).toMatch(/mention what you asked for: .*data/);
    expect(deskList[0]?.reasons.join('\n')).toMatch(/postings remote \(you asked for remote\)/);
    expect(handsOnList[0]?.reasons.join('\n')).toMatch(
      /hands-on \(physical\) work: hands-on work \(O\*NET: \d+% of the tools/,
    );
    expect(handsOnList[0]?.reasons.join('\n')).toMatch(/tools/);
  });

  it('ranks by each preference on its own: work style, workplace, free text and desired titles', async () => {
    expect((await top({ workStyle: 'physical' }, 5)).every((item) => (item.evidence.physicalShare ?? 0) > 0.5)).toBe(
      true,
    );
    expect((await top({ workStyle: 'mental' }, 5)).every((item) => (item.evidence.physicalShare ?? 1) < 0.3)).toBe(
      true,
    );
    const remote = await top({ workplace: ['remote'] }, 3);
    for (const item of remote) expect(item.scores.workplace).toBeGreaterThan(0.5);
    const [caring] = await top({ preferences: 'nursing on a ward, patient care' }, 1);
    for (const posting of caring?.evidence.samplePostings ?? []) expect(posting.title).toMatch(/nurs/i);
    const [titled] = await top({ desiredTitles: ['Electrician'] }, 1);
    expect(titled?.name).toMatch(/electrician/i);
    expect(titled?.reasons).toContain("matches your desired title 'Electrician'");
  });

  it('lowers what the free text avoids', async () => {
    const all = (
      await recommendSpecialisations({
        jobs,
        profile: { preferences: 'hands-on trade work with tools' },
        limit: Infinity,
      })
    ).specialisations;
    const avoiding = (
      await recommendSpecialisations({
        jobs,
        profile: { preferences: 'hands-on trade work with tools. Not interested in plumbing or welding' },
        limit: Infinity,
      })
    ).specialisations;
    const rankOf = (list: Specialisation[], pattern: RegExp) => list.findIndex((item) => pattern.test(item.name));
    expect(rankOf(avoiding, /plumber/i)).toBeGreaterThan(rankOf(all, /plumber/i));
    expect(avoiding.find((item) => /plumber/i.test(item.name))?.reasons.join('\n')).toMatch(
      /what you avoid: .*plumbing/i,
    );
  });

  it('builds a Coursera search for each recommended specialisation', async () => {
    for (const item of await top(desk)) {
      expect(item.courseSearch.query).toBe(item.name);
      expect(item.courseSearch.url).toBe(
        `https://www.coursera.org/search?query=${encodeURIComponent(item.name).replace(/%20/g, '+')}`,
      );
    }
  });

  it('ranks by demand alone for an empty profile, as without a person', async () => {
    const empty = await recommendSpecialisations({ jobs, profile: {}, limit: 3 });
    for (const item of empty.specialisations) expect(item.scores.score).toBeCloseTo(item.scores.demand, 12);
  });
});
