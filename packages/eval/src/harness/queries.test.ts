import { parseJob, parseResume } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from '@rolefit/rankers';
import type { EvaluationDataset } from './dataset.js';
import { buildLabelledQueries, jobAsQuery, resumeAsJob } from './queries.js';

const dataset: EvaluationDataset = {
  name: 'tiny',
  directory: '/tiny',
  jobs: [
    parseJob({
      id: 'nurse',
      source: 'eval',
      title: 'ICU Nurse',
      description: 'Critical care nursing on a 20-bed unit.',
      skills: ['Critical Care'],
    }),
    parseJob({
      id: 'dev',
      source: 'eval',
      title: 'Node.js Developer',
      description: 'Build APIs in TypeScript.',
      skills: ['Node.js', 'TypeScript'],
    }),
    parseJob({ id: 'unjudged', source: 'eval', title: 'Welder', description: 'MIG welding.' }),
  ],
  resumes: [
    parseResume({
      id: 'r-nurse',
      text: 'Registered nurse\nFive years in intensive care, critical care and patient care.',
    }),
    parseResume({ id: 'r-dev', text: 'Backend developer building Node.js and TypeScript services with PostgreSQL.' }),
    parseResume({ id: 'r-none', text: 'Not judged against anything.' }),
  ],
  // Judgements listed in a different order from the files, to show the files' order wins.
  judgements: [
    { resumeId: 'r-dev', jobId: 'dev', grade: 3 },
    { resumeId: 'r-nurse', jobId: 'dev', grade: 0 },
    { resumeId: 'r-nurse', jobId: 'nurse', grade: 3 },
    { resumeId: 'r-dev', jobId: 'nurse', grade: 0 },
  ],
};

describe('buildLabelledQueries', () => {
  it('with resume queries, ranks exactly the judged jobs of each judged resume', () => {
    const queries = buildLabelledQueries(dataset, 'resume');
    expect(queries.map((query) => query.id)).toEqual(['r-nurse', 'r-dev']);
    const [nurse] = queries;
    expect(nurse?.query.resume?.id).toBe('r-nurse');
    expect(nurse?.query.text).toBeUndefined();
    expect(nurse?.jobs.map((job) => job.id)).toEqual(['nurse', 'dev']);
    expect([...(nurse?.grades ?? [])]).toEqual([
      ['dev', 0],
      ['nurse', 3],
    ]);
  });

  it('with job queries, ranks the judged resumes of each judged job as pseudo-jobs', () => {
    const queries = buildLabelledQueries(dataset, 'job');
    expect(queries.map((query) => query.id)).toEqual(['nurse', 'dev']);
    const [nurse] = queries;
    expect(nurse?.jobs.map((job) => job.id)).toEqual(['r-nurse', 'r-dev']);
    expect(nurse?.grades.get('r-nurse')).toBe(3);
    expect(nurse?.query.text).toContain('ICU Nurse');
    expect(nurse?.query.resume?.skills).toEqual(['Critical Care']);
  });

  it('lets one Ranker serve both directions', async () => {
    const ranker = createBm25Ranker();
    for (const direction of ['resume', 'job'] as const) {
      for (const query of buildLabelledQueries(dataset, direction)) {
        const [best] = await ranker.rank(query.query, query.jobs);
        expect(query.grades.get(best!.jobId), `${direction} ${query.id}`).toBe(3);
      }
    }
  });
});

describe('resumeAsJob', () => {
  it('titles the pseudo-job with the first line (at most 10 words) and finds skills in the text', () => {
    const job = resumeAsJob(dataset.resumes[0]!);
    expect(job).toMatchObject({ id: 'r-nurse', source: 'eval-resume', title: 'Registered nurse' });
    expect(job.description).toContain('intensive care');
    expect(job.skills).toEqual(expect.arrayContaining(['Critical Care', 'Patient Care']));
    const long = resumeAsJob(
      parseResume({ id: 'x', text: 'one two three four five six seven eight nine ten eleven twelve' }),
    );
    expect(long.title).toBe('one two three four five six seven eight nine ten');
  });

  it('keeps a resume with no text as a blank pseudo-job', () => {
    const job = resumeAsJob(parseResume({ id: 'empty', text: '' }));
    expect(job.id).toBe('empty');
    expect(job.description).toBe('');
    expect(job.skills).toEqual([]);
  });
});

describe('jobAsQuery', () => {
  it('puts title, description and skills in the text and the skills in a resume', () => {
    const query = jobAsQuery(dataset.jobs[1]!);
    expect(query.text).toBe('Node.js Developer\nBuild APIs in TypeScript.\nNode.js, TypeScript');
    expect(query.resume).toMatchObject({ id: 'dev', skills: ['Node.js', 'TypeScript'] });
    expect(query.resume?.text).toBeUndefined();
  });
});
