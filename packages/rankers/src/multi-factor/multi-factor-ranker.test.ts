import {
  getDefaultSkillTaxonomy,
  parseJob,
  parseMatch,
  parseResume,
  ValidationError,
  type Job,
  type SkillTaxonomy,
} from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  NOW,
  allJobs,
  backendProfile,
  dataAnalystJob,
  javaJob,
  javascriptResume,
  nodeBackendJob,
  nurseResume,
  nursingJob,
  plainTextResume,
  skillListOnlyJob,
  rankOf,
  rankedIds,
  testTaxonomy,
} from '../testing/fixtures.js';
import { InvalidWeightsError, createMultiFactorRanker } from './index.js';

const ids = rankedIds;
const position = rankOf;
const matchFor = <T extends { jobId: string }>(matches: readonly T[], job: Job): T => {
  const match = matches.find((candidate) => candidate.jobId === job.id);
  if (!match) throw new Error(`no match for ${job.id}`);
  return match;
};
// Experience is off by default; these tests turn it on to check what it says.
const ranker = createMultiFactorRanker({ now: () => NOW, taxonomy: testTaxonomy, weights: { experience: 0.1 } });

describe('createMultiFactorRanker', () => {
  it.each([
    ['a small fixed taxonomy', ranker],
    ['the built-in taxonomy', createMultiFactorRanker({ now: () => NOW })],
  ])(
    'ranks a Node.js backend job above nursing and Java jobs for a JavaScript resume, with %s',
    async (_label, subject) => {
      const matches = await subject.rank({ resume: javascriptResume }, allJobs);
      expect(matches[0]?.jobId).toBe(nodeBackendJob.id);
      expect(position(matches, nodeBackendJob)).toBeLessThan(position(matches, nursingJob));
      expect(position(matches, nodeBackendJob)).toBeLessThan(position(matches, javaJob));
      expect(matchFor(matches, nodeBackendJob).score).toBeGreaterThan(0.6);
      // Only the experience factor (8 years against 2+) speaks for the nursing job.
      expect(matchFor(matches, nursingJob).score).toBeLessThan(0.35);
      expect(matchFor(matches, nursingJob).breakdown.skills).toBe(0);
    },
  );

  it('ranks the nursing job first for a nurse', async () => {
    const matches = await ranker.rank({ resume: nurseResume }, allJobs);
    expect(matches[0]?.jobId).toBe(nursingJob.id);
  });

  it('returns one valid Match per job, scores in [0, 1], best first', async () => {
    const matches = await ranker.rank({ resume: javascriptResume, profile: backendProfile }, allJobs);
    expect(matches).toHaveLength(allJobs.length);
    for (const match of matches) {
      expect(parseMatch(match)).toEqual(match);
      expect(match.ranker).toBe('multi-factor');
      for (const value of [match.score, ...Object.values(match.breakdown)]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    for (let index = 1; index < matches.length; index++)
      expect(matches[index - 1]!.score).toBeGreaterThanOrEqual(matches[index]!.score);
  });

  it('scores the weighted sum of its factors when each has evidence', async () => {
    // Prior 0: a job naming any skill gives the skills factor its full weight.
    const weighted = createMultiFactorRanker({
      now: () => NOW,
      taxonomy: testTaxonomy,
      weights: { skills: 0.5, experience: 0.1, keywords: 0.4 },
      skillEvidencePrior: 0,
    });
    const [match] = await weighted.rank({ resume: javascriptResume }, [nodeBackendJob]);
    const { skills = 0, experience = 0, keywords = 0 } = match!.breakdown;
    expect(match!.score).toBeCloseTo(0.5 * skills + 0.1 * experience + 0.4 * keywords, 12);
  });

  it('reports exactly the enabled factors in the breakdown', async () => {
    const [byDefault] = await createMultiFactorRanker({ now: () => NOW }).rank({ resume: javascriptResume }, [
      nodeBackendJob,
    ]);
    expect(Object.keys(byDefault!.breakdown)).toEqual(['skills', 'keywords']);
    const [withExperience] = await ranker.rank({ resume: javascriptResume }, [nodeBackendJob]);
    expect(Object.keys(withExperience!.breakdown)).toEqual(['skills', 'experience', 'keywords']);
    const custom = createMultiFactorRanker({
      now: () => NOW,
      weights: { keywords: 0, experience: 0.1, title: 0.1, location: 0.1, salary: 0.1, recency: 0.1 },
    });
    const [match] = await custom.rank({ resume: javascriptResume, profile: backendProfile }, [nodeBackendJob]);
    expect(Object.keys(match!.breakdown)).toEqual(['skills', 'experience', 'title', 'location', 'salary', 'recency']);
    expect(match!.breakdown).toMatchObject({ location: 1, salary: 1 });
    expect(match!.breakdown.title).toBeGreaterThan(0.9);
    expect(match!.breakdown.recency).toBeGreaterThan(0.9);
  });

  it('explains the match in one line that names missing skills', async () => {
    const match = matchFor(await ranker.rank({ resume: javascriptResume }, allJobs), nodeBackendJob);
    // AWS counts: the resume mentions it in a highlight, not in its skill list.
    expect(match!.matchedSkills).toEqual(['Node.js', 'TypeScript', 'PostgreSQL', 'Docker', 'AWS']);
    expect(match!.missingSkills).toEqual(['Kubernetes', 'Terraform']);
    expect(match!.explanation).toMatch(
      /^Matches 5 of 7 skills \(missing Kubernetes, Terraform\); 8 years vs 5\+ asked; strong keyword overlap$/,
    );
    expect(match!.explanation).not.toContain('\n');
  });

  it('says when the years are inferred from the level or title rather than asked, or unknown', async () => {
    const senior = parseJob({ id: 'senior', source: 'test', title: 'Senior Data Engineer', skills: ['Python'] });
    const [inferred] = await ranker.rank({ resume: javascriptResume }, [senior]);
    expect(inferred!.explanation).toContain('8 years vs 4+ typical');
    const [unknown] = await ranker.rank({ text: 'Python' }, [senior]);
    expect(unknown!.explanation).toContain('4+ years typical (yours unknown)');
  });

  it('gives lower experience scores to an under-qualified person', async () => {
    const junior = parseResume({
      ...javascriptResume,
      id: 'junior',
      experience: [{ title: 'Web Developer', start: '2024-06', end: null }],
    });
    const [senior] = await ranker.rank({ resume: javascriptResume }, [nodeBackendJob]);
    const [beginner] = await ranker.rank({ resume: junior }, [nodeBackendJob]);
    expect(senior!.breakdown.experience).toBe(1);
    expect(beginner!.breakdown.experience).toBeLessThan(0.25);
    expect(beginner!.score).toBeLessThan(senior!.score);
    expect(beginner!.explanation).toContain('1 year vs 5+ asked');
  });

  it('gives the same order whatever the input order, with ties broken by job id', async () => {
    const twin = (id: string): Job => ({ ...skillListOnlyJob, id });
    const jobs = [...allJobs, twin('z-twin'), twin('a-twin')];
    const forward = await ranker.rank({ resume: javascriptResume }, jobs);
    const backward = await ranker.rank({ resume: javascriptResume }, [...jobs].reverse());
    expect(backward).toEqual(forward);
    const twins = forward.filter((match) => match.jobId.endsWith('twin') || match.jobId === skillListOnlyJob.id);
    expect(twins.map((match) => match.jobId)).toEqual(['a-twin', skillListOnlyJob.id, 'z-twin']);
  });

  it('honours limit and keeps the best', async () => {
    const all = await ranker.rank({ resume: javascriptResume }, allJobs);
    expect(await ranker.rank({ resume: javascriptResume }, allJobs, { limit: 3 })).toEqual(all.slice(0, 3));
    expect(await ranker.rank({ resume: javascriptResume }, allJobs, { limit: 100 })).toEqual(all);
    await expect(ranker.rank({ resume: javascriptResume }, allJobs, { limit: Number.NaN })).rejects.toThrow(
      ValidationError,
    );
  });

  it('works on a resume that has only plain text', async () => {
    const matches = await ranker.rank({ resume: plainTextResume }, allJobs);
    expect(position(matches, nodeBackendJob)).toBeLessThan(position(matches, nursingJob));
    expect(position(matches, nodeBackendJob)).toBeLessThan(position(matches, javaJob));
    const node = matchFor(matches, nodeBackendJob);
    expect(node.matchedSkills).toEqual(expect.arrayContaining(['Node.js', 'TypeScript', 'PostgreSQL', 'Docker']));
    // "6 years of experience" in the text.
    expect(node.explanation).toContain('6 years vs 5+ asked');
  });

  it("scores skills as the cosine of the two skill sets by default, and as the share of the job's skills with coverage", async () => {
    const person = parseResume({ id: 'four-skills', skills: ['Node.js', 'Express', 'Python', 'Rust'] });
    const job = parseJob({ id: 'listed', source: 's', title: 'Position 7', skills: ['Node.js', 'Express', 'MongoDB'] });
    const [cosine] = await ranker.rank({ resume: person }, [job]);
    // 2 shared of the job's 3 and the person's 4.
    expect(cosine!.breakdown.skills).toBeCloseTo(2 / Math.sqrt(3 * 4), 12);
    const coverage = createMultiFactorRanker({ now: () => NOW, skillOverlap: 'coverage' });
    expect((await coverage.rank({ resume: person }, [job]))[0]!.breakdown.skills).toBeCloseTo(2 / 3, 12);
  });

  it('weighs rare job skills more with skillRarity', async () => {
    const person = parseResume({ id: 'node-only', skills: ['Node.js'] });
    const common = parseJob({ id: 'common', source: 's', title: 'Position 1', skills: ['Node.js', 'Git'] });
    const rare = parseJob({ id: 'rare', source: 's', title: 'Position 2', skills: ['Git', 'Erlang'] });
    const rarity = createMultiFactorRanker({ now: () => NOW, skillOverlap: 'coverage', skillRarity: true });
    const matches = await rarity.rank({ resume: person }, [
      common,
      rare,
      parseJob({ id: 'git', source: 's', title: 'Position 3', skills: ['Git'] }),
    ]);
    // Git is in all three jobs (weight ln 2), Node.js in one (ln 4): the person covers ln 4 / (ln 4 + ln 2) of "common".
    expect(matchFor(matches, common).breakdown.skills).toBeCloseTo(Math.log(4) / (Math.log(4) + Math.log(2)), 12);
  });

  it('works on a job that carries only a skill list', async () => {
    const ranker = createMultiFactorRanker({ now: () => NOW, skillOverlap: 'coverage', weights: { experience: 0.1 } });
    const [match] = await ranker.rank({ resume: javascriptResume }, [skillListOnlyJob, nursingJob]);
    expect(match?.jobId).toBe(skillListOnlyJob.id);
    // Listed skills, canonical names; with fewer than 5 listed, the title's skills join them (backend → Back-End Development).
    expect(match?.matchedSkills).toEqual(expect.arrayContaining(['Node.js', 'Express.js']));
    expect(match?.missingSkills).toEqual(['MongoDB']);
    expect(match?.breakdown.skills).toBeCloseTo(match!.matchedSkills.length / (match!.matchedSkills.length + 1), 12);
    expect(match?.breakdown.experience).toBe(0.5);
    expect(match?.explanation).toContain('none stated');
  });

  it('uses the profile for title, location and salary when those factors are on', async () => {
    const picky = createMultiFactorRanker({
      now: () => NOW,
      weights: { skills: 0, experience: 0, keywords: 0, location: 1, salary: 1 },
    });
    const matches = await picky.rank({ profile: backendProfile }, [nodeBackendJob, dataAnalystJob, nursingJob]);
    expect(matches[0]?.jobId).toBe(nodeBackendJob.id);
    expect(matches[0]?.explanation).toBe('Location fits; pay meets your minimum');
    expect(matchFor(matches, nursingJob).explanation).toBe('Location does not fit; pay below your minimum');
    expect(matchFor(matches, dataAnalystJob).explanation).toBe('Location does not fit; pay unknown');
  });

  it('ranks newer postings higher on recency', async () => {
    const recent = createMultiFactorRanker({
      now: () => NOW,
      weights: { skills: 0, experience: 0, keywords: 0, recency: 1 },
      recencyHalfLifeDays: 14,
    });
    const matches = await recent.rank({}, [nursingJob, nodeBackendJob, javaJob]);
    expect(ids(matches)).toEqual([nodeBackendJob.id, javaJob.id, nursingJob.id]);
    expect(matches[0]?.explanation).toBe('Posted 3 days ago');
    expect(matches[1]?.explanation).toBe('Posting date unknown');
  });

  it('works the person side out once per call, not once per job', async () => {
    const base = getDefaultSkillTaxonomy();
    const texts: string[] = [];
    const counting: SkillTaxonomy = {
      ...base,
      extract: (text) => (texts.push(text), base.extract(text)),
      extractNames: (text) => (texts.push(text), base.extractNames(text)),
    };
    const jobs = Array.from({ length: 20 }, (_, index) => parseJob({ ...skillListOnlyJob, id: `job-${index}` }));
    await createMultiFactorRanker({ taxonomy: counting }).rank({ resume: javascriptResume }, jobs);
    const longest = texts.reduce((left, right) => (right.length > left.length ? right : left), '');
    expect(texts.filter((text) => text === longest)).toHaveLength(1);
  });

  it('handles an empty query and an empty job list', async () => {
    expect(await ranker.rank({ resume: javascriptResume }, [])).toEqual([]);
    const matches = await ranker.rank({}, allJobs);
    expect(matches).toHaveLength(allJobs.length);
    for (const match of matches) expect(parseMatch(match).score).toBeLessThanOrEqual(0.5);
  });

  it('validates its settings when created', () => {
    expect(() => createMultiFactorRanker({ weights: { skils: 1 } as never })).toThrow(InvalidWeightsError);
    expect(() => createMultiFactorRanker({ niceToHaveWeight: 2 })).toThrow(ValidationError);
    expect(() => createMultiFactorRanker({ recencyHalfLifeDays: 0 })).toThrow(ValidationError);
    expect(createMultiFactorRanker({ name: 'mine' }).name).toBe('mine');
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(ranker.rank({ resume: javascriptResume }, allJobs, { signal: controller.signal })).rejects.toThrow();
  });
});

describe('createMultiFactorRanker when a factor has no evidence', () => {
  const weights = { skills: 0.5, experience: 0.1, keywords: 0.4 };
  const settings = { now: () => NOW, taxonomy: testTaxonomy, weights };
  // No skills the taxonomy knows, no years asked and no seniority word: neither skills nor experience can say anything.
  const bare = parseJob({ id: 'bare', source: 'test', title: 'Shift Worker', description: 'Evenings and weekends.' });

  it('hands the weight of a factor without evidence to the others, and says why in the explanation', async () => {
    const [match] = await createMultiFactorRanker(settings).rank({ resume: javascriptResume }, [bare]);
    const { skills, experience, keywords = 0 } = match!.breakdown;
    // The breakdown keeps each factor's own (neutral) score; only keywords count in the total.
    expect(skills).toBe(0.5);
    expect(experience).toBe(0.5);
    expect(match!.score).toBeCloseTo(keywords, 12);
    expect(match!.explanation).toMatch(/^The job names no skills; 8 years of experience \(none stated\); /);
    const [neutral] = await createMultiFactorRanker({ ...settings, missingEvidence: 'neutral' }).rank(
      { resume: javascriptResume },
      [bare],
    );
    expect(neutral!.score).toBeCloseTo(0.5 * 0.5 + 0.1 * 0.5 + 0.4 * keywords, 12);
  });

  it('leaves skills out when the person lists none, and experience out when either side is unknown', async () => {
    const person = { text: 'I have worked evenings and weekends.' };
    const [match] = await createMultiFactorRanker(settings).rank(person, [nodeBackendJob]);
    expect(match!.breakdown.skills).toBe(0);
    expect(match!.score).toBeCloseTo(match!.breakdown.keywords!, 12);
    expect(match!.explanation).toMatch(/^You list no skills \(the job names 7 skills\); /);
  });

  it('gives the skills factor n / (n + prior) of its weight for a job naming n skills', async () => {
    const prior = 3;
    const [plain] = await createMultiFactorRanker({ ...settings, skillEvidencePrior: 0 }).rank(
      { resume: javascriptResume },
      [skillListOnlyJob],
    );
    const [shrunk] = await createMultiFactorRanker({ ...settings, skillEvidencePrior: prior }).rank(
      { resume: javascriptResume },
      [skillListOnlyJob],
    );
    const { skills = 0, experience = 0, keywords = 0 } = shrunk!.breakdown;
    expect(shrunk!.breakdown).toEqual(plain!.breakdown);
    const named = shrunk!.matchedSkills.length + shrunk!.missingSkills.length;
    expect(named).toBeGreaterThan(0);
    const share = 0.5 * (named / (named + prior));
    // The job states no years and has no seniority word, so experience has no evidence either.
    expect(experience).toBe(0.5);
    expect(shrunk!.score).toBeCloseTo((share * skills + 0.4 * keywords) / (share + 0.4), 12);
    expect(plain!.score).toBeCloseTo((0.5 * skills + 0.4 * keywords) / 0.9, 12);
  });

  it('is neutral when no enabled factor has evidence, and checks its settings', async () => {
    const skillsOnly = createMultiFactorRanker({ ...settings, weights: { skills: 1, experience: 0, keywords: 0 } });
    const [match] = await skillsOnly.rank({ resume: javascriptResume }, [bare]);
    expect(match!.score).toBe(0.5);
    expect(() => createMultiFactorRanker({ missingEvidence: 'zero' as never })).toThrow(/missingEvidence/);
    expect(() => createMultiFactorRanker({ skillEvidencePrior: -1 })).toThrow(/skillEvidencePrior/);
  });
});

describe('createMultiFactorRanker with related-skill credit', () => {
  it('gives part of a missing skill when the person has a related one, and refuses a credit outside [0, 1]', async () => {
    const { loadOccupationKnowledge } = await import('@rolefit/core');
    const knowledge = await loadOccupationKnowledge();
    // A job skill with a known related skill, from the shipped ESCO / O*NET knowledge.
    const asked = ['Kubernetes', 'PostgreSQL', 'Python', 'Java', 'Machine Learning'].find(
      (name) => knowledge.relatedSkills(name, { limit: 5 }).length > 0,
    )!;
    expect(asked, 'a skill with related skills in the shipped knowledge').toBeDefined();
    const related = knowledge.relatedSkills(asked, { limit: 1 })[0]!;
    const person = parseResume({ id: 'related', skills: [related.skill] });
    const job = parseJob({
      id: 'asks',
      source: 's',
      title: 'Position 9',
      skills: [asked, 'Underwater Basket Weaving'],
    });
    const plain = createMultiFactorRanker({
      now: () => new Date('2026-06-01T00:00:00Z'),
      skillOverlap: 'coverage',
      relatedSkillCredit: 0,
    });
    const credited = createMultiFactorRanker({
      now: () => new Date('2026-06-01T00:00:00Z'),
      skillOverlap: 'coverage',
      relatedSkillCredit: 0.5,
    });
    const before = (await plain.rank({ resume: person }, [job]))[0]!.breakdown.skills!;
    const after = (await credited.rank({ resume: person }, [job]))[0]!;
    expect(after.breakdown.skills! - before).toBeCloseTo((0.5 * related.strength) / 2, 6);
    expect(after.missingSkills).toContain(asked);
    expect(() => createMultiFactorRanker({ relatedSkillCredit: 1.5 })).toThrow(/relatedSkillCredit/);
  });

  it('works the credit out per person: a ranker that ranked one person gives the next what a new ranker gives', async () => {
    const { loadOccupationKnowledge } = await import('@rolefit/core');
    const knowledge = await loadOccupationKnowledge();
    const asked = ['Kubernetes', 'PostgreSQL', 'Python', 'Java', 'Machine Learning'].filter(
      (name) => knowledge.relatedSkills(name, { limit: 5 }).length > 0,
    );
    expect(asked.length).toBeGreaterThan(1);
    const related = asked.map((name) => knowledge.relatedSkills(name, { limit: 1 })[0]!.skill);
    // The first person has a skill related to each asked one; the second none; the third only the first's.
    const people = [
      parseResume({ id: 'knows-related', skills: related }),
      parseResume({ id: 'knows-none', skills: ['Underwater Basket Weaving'] }),
      parseResume({ id: 'knows-one', skills: [related[0]!] }),
    ];
    // Many jobs asking the same skills, so a credit could be reused within a call and across calls.
    const jobs = Array.from({ length: 12 }, (_, index) =>
      parseJob({ id: `asks-${index}`, source: 's', title: `Position ${index}`, skills: [...asked, `Tool ${index}`] }),
    );
    const settings = { now: () => new Date('2026-06-01T00:00:00Z'), relatedSkillCredit: 0.5 } as const;
    const kept = createMultiFactorRanker(settings);
    const scores = new Set<number>();
    for (const resume of [...people, ...people.slice().reverse()]) {
      const got = await kept.rank({ resume }, jobs);
      expect(got).toEqual(await createMultiFactorRanker(settings).rank({ resume }, jobs));
      scores.add(got[0]!.breakdown.skills!);
    }
    // The people differ, so a credit carried from one to the next would show.
    expect(scores.size).toBe(3);
  });
});
