import { describe, expect, it } from 'vitest';
import {
  buildHandGradedSoftwareResumeJobs,
  pickSoftwareCandidates,
  pickSoftwareResumes,
  SOFTWARE_LABELS,
  softwarePool,
  specialityOf,
  techTermCount,
  usedResumeIds,
} from './hand-graded-software-resume-jobs.js';
import { roleWords, textDigest } from './hand-graded-resume-jobs.js';
import { expectWellFormed, hasData, realContext } from './test-helpers.js';

describe('hand-graded-software-resume-jobs: the written candidate rule', () => {
  it('places a title in the first speciality one of its words names', () => {
    expect(specialityOf('Senior Full Stack React/NodeJS/SQL Developer')).toBe('fullstack');
    expect(specialityOf('Automation Testing Engineer.')).toBe('qa');
    expect(specialityOf('Senior Oracle APEX Developer at KSA')).toBe('database');
    expect(specialityOf('Front End Developer (React.js)')).toBe('frontend');
    expect(specialityOf('Senior Java Developer')).toBe('backend');
    expect(specialityOf('SAP Consultant ( Business One )')).toBe('sap-erp');
    expect(specialityOf('Registered Nurse')).toBeUndefined();
    // A designation is read through its role words, so "Technical" never reads as a technician (support).
    expect(specialityOf(roleWords('Technical Project Manager').join(' '))).toBeUndefined();
    expect(specialityOf(roleWords('Senior System Engineer at Infosys Limited').join(' '))).toBe('software');
  });

  it('counts distinct software terms as whole words', () => {
    expect(techTermCount('Java, SQL and Selenium; C# on .NET')).toBe(5);
    expect(techTermCount('javascript only')).toBe(1);
    expect(techTermCount('a nurse who restocks supplies')).toBe(0);
  });

  it('has 30 graded résumés of 5 candidates, none used by the older hand-graded sets', () => {
    const { resumes, criteria, grader } = SOFTWARE_LABELS;
    expect(criteria.length).toBeGreaterThanOrEqual(4);
    expect(grader).toMatch(/AI session/);
    expect(resumes).toHaveLength(30);
    const used = usedResumeIds();
    for (const resume of resumes) {
      expect(used.has(resume.id), resume.id).toBe(false);
      expect(resume.jobs, resume.id).toHaveLength(5);
      expect(new Set(resume.jobs.map((job) => job.id)).size).toBe(5);
      expect(resume.jobs.filter((job) => job.picked === 'own')).toHaveLength(2);
      expect(new Set(resume.jobs.filter((job) => job.picked === 'other').map((job) => job.speciality)).size).toBe(3);
      for (const job of resume.jobs) {
        expect([0, 1, 2, 3]).toContain(job.grade);
        expect(job.reason.length, `${resume.id} ${job.id}`).toBeGreaterThan(10);
        expect(job.sha256).toMatch(/^[0-9a-f]{16}$/);
      }
    }
  });
});

// Built from the real sources in ../shared/data (the résumé and posting files the labels name).
describe.skipIf(!hasData)('hand-graded-software-resume-jobs on the real data', () => {
  it('picks the labelled résumés and candidates by its written rule, from unchanged texts', () => {
    const context = realContext();
    const pool = softwarePool(context);
    const people = pickSoftwareResumes(context);
    expect(people.map((person) => person.resume.id)).toEqual(SOFTWARE_LABELS.resumes.map((resume) => resume.id));
    for (const [index, person] of people.entries()) {
      const label = SOFTWARE_LABELS.resumes[index]!;
      expect(textDigest(person.resume.text)).toBe(label.sha256);
      expect([person.role, person.speciality]).toEqual([label.role, label.speciality]);
      expect(
        pickSoftwareCandidates(person, pool).map(({ posting, picked }) => [
          posting.job.id,
          picked,
          textDigest(posting.job.description),
        ]),
      ).toEqual(label.jobs.map((job) => [job.id, job.picked, job.sha256]));
    }
  }, 120_000);

  it('builds two splits of whole queries, 5 judged jobs each, with its grade counts in the README', () => {
    const set = buildHandGradedSoftwareResumeJobs(realContext());
    expectWellFormed(set);
    expect(set.query).toBe('resume');
    const qrels = [...set.splits.train.qrels, ...set.splits.test.qrels];
    // Résumés whose 5 candidates are all graded 0 are left out; the rest keep all 5.
    const kept = SOFTWARE_LABELS.resumes.filter((resume) => resume.jobs.some((job) => job.grade > 0));
    expect(qrels).toHaveLength(kept.length * 5);
    expect(kept.length).toBeGreaterThanOrEqual(25);
    expect(new Set(set.splits.train.qrels.map((row) => row.resumeId)).size).toBe(Math.ceil(kept.length / 2));
    const counts = [0, 1, 2, 3].map((grade) => qrels.filter((row) => row.grade === grade).length);
    expect(set.describe).toContain(`Grades (${counts.map((count, grade) => `${grade}: ${count}`).join(', ')})`);
    expect(set.describe).toMatch(/^## What this set cannot show$/m);
  }, 120_000);
});
