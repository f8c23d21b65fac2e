import { parseJob, parseProfile, parseResume, type FeedbackInput, type Job } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { createMultiFactorRanker } from '@rolefit/rankers';
import { likedJobIds, meanMatchScore, skillGapPath, withSkill } from './skill-gap.js';
import { recommendSpecialisations } from './specialisations.js';

const NOW = new Date('2026-12-01T00:00:00.000Z');
const jobs: Job[] = sampleJobs.map((job) => parseJob(job));
const byId = new Map(jobs.map((job) => [job.id, job]));

function person(id: string) {
  const sample = sampleResumes.find((resume) => resume.id === id);
  if (!sample) throw new Error(`no sample resume ${id}`);
  const { profile, ...resume } = sample;
  return { resume: parseResume(resume), profile: parseProfile(profile) };
}

const STRONG_FITS: Record<string, string[]> = {
  'resume-software-engineer': ['sample-001', 'sample-002', 'sample-003', 'sample-004', 'sample-005'],
  'resume-data-analyst': ['sample-014', 'sample-015', 'sample-016', 'sample-017', 'sample-018'],
  'resume-registered-nurse': ['sample-020', 'sample-021', 'sample-022', 'sample-023', 'sample-024'],
  'resume-accountant': ['sample-042', 'sample-043', 'sample-044', 'sample-045', 'sample-046'],
};

describe('skillGapPath', () => {
  it.each(Object.entries(STRONG_FITS))(
    'adding the top gap skill raises the mean match score by the reported gain (%s)',
    async (id, targetIds) => {
      const { resume, profile } = person(id);
      const targetJobs = targetIds.map((jobId) => byId.get(jobId) as Job);
      const path = await skillGapPath({ resume, profile, targetJobs, now: NOW });
      const top = path.gaps[0];
      expect(top).toBeDefined();
      // Recomputed independently with a fresh ranker on a copy of the resume with that skill.
      const ranker = createMultiFactorRanker({ now: () => NOW, skillOverlap: 'coverage', relatedSkillCredit: 0 });
      const before = await meanMatchScore(ranker, resume, profile, targetJobs);
      const after = await meanMatchScore(ranker, withSkill(resume, top?.skill ?? ''), profile, targetJobs);
      expect(after - before).toBeGreaterThan(0);
      expect(path.baseMeanScore).toBeCloseTo(before, 12);
      expect(top?.gain).toBeCloseTo(after - before, 12);
      expect(top?.meanScoreWith).toBeCloseTo(after, 12);
      // The person really lacked it, and the jobs it names really ask for it.
      expect(resume.skills.map((skill) => skill.toLowerCase())).not.toContain(top?.skill.toLowerCase());
      expect(top?.targetCount).toBe(top?.jobIds.length);
      for (const jobId of top?.jobIds ?? []) expect(targetIds).toContain(jobId);
    },
  );

  it('ranks by priority and puts the skill most targets need near the top for the accountant', async () => {
    const { resume, profile } = person('resume-accountant');
    const path = await skillGapPath({
      resume,
      profile,
      targetJobs: (STRONG_FITS['resume-accountant'] ?? []).map((jobId) => byId.get(jobId) as Job),
      now: NOW,
    });
    const priorities = path.gaps.map((gap) => gap.priority);
    expect(priorities).toEqual([...priorities].sort((left, right) => right - left));
    // Four of the five FP&A postings ask for budgeting, which she lacks.
    expect(path.gaps[0]).toMatchObject({ skill: 'Budgeting', targetCount: 4 });
  });

  it('orders the plan foundations → core → specialise, each gap once, most impactful first within a step', async () => {
    const { resume, profile } = person('resume-software-engineer');
    const path = await skillGapPath({
      resume,
      profile,
      targetJobs: jobs.filter((job) => /engineer/i.test(job.title)),
      now: NOW,
      limit: 12,
    });
    const order = ['foundations', 'core', 'specialise'];
    const stages = path.plan.map((step) => order.indexOf(step.stage));
    expect(stages).toEqual([...stages].sort((left, right) => left - right));
    expect(path.plan.map((step) => step.step)).toEqual(path.plan.map((_step, index) => index + 1));
    expect(path.plan.flatMap((step) => step.skills.map((gap) => gap.skill)).sort()).toEqual(
      path.gaps.map((gap) => gap.skill).sort(),
    );
    for (const step of path.plan) {
      const priorities = step.skills.map((gap) => gap.priority);
      expect(priorities).toEqual([...priorities].sort((left, right) => right - left));
      for (const gap of step.skills) expect(gap.stage).toBe(step.stage);
    }
    expect(path.gaps.length).toBeLessThanOrEqual(12);
  });

  it('takes the targets from feedback: ratings 3 and 2 and applications, not dismissals', () => {
    const feedback: FeedbackInput[] = [
      { subjectId: 'resume-data-analyst', jobId: 'sample-014', rating: 3 },
      { subjectId: 'resume-data-analyst', jobId: 'sample-016', rating: 2 },
      { subjectId: 'resume-data-analyst', jobId: 'sample-017', action: 'apply' },
      { subjectId: 'resume-data-analyst', jobId: 'sample-009', rating: 1 },
      { subjectId: 'resume-data-analyst', jobId: 'sample-057', rating: 3, action: 'dismiss' },
      { subjectId: 'someone-else', jobId: 'sample-015', rating: 3 },
      // A later change of mind wins.
      { subjectId: 'resume-data-analyst', jobId: 'sample-018', rating: 3, timestamp: '2026-11-01T00:00:00Z' },
      { subjectId: 'resume-data-analyst', jobId: 'sample-018', rating: 0, timestamp: '2026-11-02T00:00:00Z' },
    ];
    expect(likedJobIds(feedback, ['resume-data-analyst'])).toEqual(['sample-014', 'sample-016', 'sample-017']);
  });

  it('builds a path from feedback and from a specialisation', async () => {
    const { resume, profile } = person('resume-data-analyst');
    const feedback: FeedbackInput[] = [
      { subjectId: resume.id, jobId: 'sample-016', rating: 3 },
      { subjectId: resume.id, jobId: 'sample-017', rating: 2 },
      { subjectId: resume.id, jobId: 'sample-999', rating: 3 },
    ];
    const fromFeedback = await skillGapPath({ resume, profile, feedback, jobs: sampleJobs, now: NOW });
    expect(fromFeedback.targets).toEqual({
      source: 'feedback',
      jobIds: ['sample-016', 'sample-017'],
      unknownIds: ['sample-999'],
    });
    expect(fromFeedback.gaps.map((gap) => gap.skill)).toEqual(expect.arrayContaining(['Snowflake', 'A/B Testing']));

    const [specialisation] = (await recommendSpecialisations({ jobs, resume, profile, limit: 1 })).specialisations;
    if (!specialisation) throw new Error('no specialisation');
    const fromSpecialisation = await skillGapPath({ resume, profile, specialisation, jobs, now: NOW });
    expect(fromSpecialisation.targets.source).toBe('specialisation');
    expect(fromSpecialisation.targets.label).toBe(specialisation.name);
    expect(fromSpecialisation.targets.jobIds).toEqual(specialisation.evidence.postingIds);
    for (const gap of fromSpecialisation.gaps) expect(gap.gain).toBeGreaterThan(0);
  });

  it('needs targets, and jobs or a store to look ids up in', async () => {
    const { resume } = person('resume-registered-nurse');
    // Neither compiles (SkillGapTargets); a JavaScript caller is refused.
    await expect(skillGapPath({ resume } as never)).rejects.toThrow(/targetJobs/);
    await expect(skillGapPath({ resume, feedback: [] } as never)).rejects.toThrow(/jobs or a store/);
  });
});
