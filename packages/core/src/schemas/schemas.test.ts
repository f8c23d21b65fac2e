import { describe, expect, it } from 'vitest';
import { ValidationError, isValidationError } from '../errors/index.js';
import {
  annualize,
  parseCourse,
  parseFeedback,
  parseJob,
  parseMatch,
  parseProfile,
  parseResume,
  safeParseWith,
  jobSchema,
  toJsonSchema,
  type EntityName,
} from './index.js';

const validJob = {
  id: 'board:1',
  source: 'board',
  url: 'https://jobs.example.com/1',
  title: '  Senior Backend Engineer ',
  company: 'Acme',
  location: { city: 'Austin', region: 'TX', country: 'US', workplace: 'hybrid' },
  employmentType: 'full-time',
  experienceLevel: 'mid-senior',
  salary: { min: 60, max: 75, currency: 'USD', period: 'hour' },
  description: 'Build APIs.',
  skills: ['Node.js', ' node.js', 'PostgreSQL', ''],
  postedAt: '2026-11-01T10:00:00Z',
  crawledAt: 1_763_000_000_000,
};

function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('Job', () => {
  it('normalises a valid job: trims, dedupes skills, coerces dates, annualises pay', () => {
    const job = parseJob(validJob);
    expect(job.title).toBe('Senior Backend Engineer');
    expect(job.skills).toEqual(['Node.js', 'PostgreSQL']);
    expect(job.postedAt).toEqual(new Date('2026-11-01T10:00:00Z'));
    expect(job.crawledAt).toBeInstanceOf(Date);
    expect(job.salary).toMatchObject({ annualMin: 124_800, annualMax: 156_000 });
  });

  it('keeps a raw record JSON can write back, and refuses one it cannot, naming raw and why', () => {
    const shared = { id: 7, tags: ['a', 'b'] };
    const kept = parseJob({ ...validJob, raw: { first: shared, second: shared, when: null, deep: [[[1]]] } });
    expect(kept.raw).toEqual({ first: shared, second: shared, when: null, deep: [[[1]]] });
    const cyclic: Record<string, unknown> = { id: 1 };
    cyclic.self = { back: cyclic };
    const cases: Array<[unknown, RegExp]> = [
      [{ count: 10n }, /bigint/],
      [{ seen: new Map([['a', 1]]) }, /Map/],
      [[new Set([1])], /Set/],
      [{ callback: () => 1 }, /function/],
      [cyclic, /itself/],
    ];
    for (const [raw, reason] of cases) {
      const error = errorOf(() => parseJob({ ...validJob, raw }));
      expect(error.fields).toEqual(['raw']);
      expect(error.message).toMatch(reason);
    }
  });

  it('refuses a course whose raw record JSON cannot write back, as for a job', () => {
    const error = errorOf(() =>
      parseCourse({ id: 'c:1', source: 'coursera', title: 'SQL basics', raw: { students: 12n } }),
    );
    expect(error.fields).toEqual(['raw']);
  });

  it('checks a raw record of shared parts in time linear in its objects (60 levels of two links to one child)', () => {
    // 2^60 paths from the top, 61 objects: explored once each (a walk of every path would not finish).
    let chain: unknown = { leaf: true };
    for (let level = 0; level < 60; level += 1) chain = { left: chain, right: chain };
    expect(parseJob({ ...validJob, raw: chain }).raw).toBe(chain);
  });

  it('defaults description and skills', () => {
    const job = parseJob({ id: 'x', source: 's', title: 'Cook' });
    expect(job.description).toBe('');
    expect(job.skills).toEqual([]);
  });

  it('names every bad field of a malformed job', () => {
    const error = errorOf(() =>
      parseJob({
        ...validJob,
        title: ' ',
        url: 'not a url',
        location: { workplace: 'moon' },
        salary: { min: 10, period: 'fortnight' },
        postedAt: 'yesterday-ish',
      }),
    );
    expect(error.entity).toBe('Job');
    expect(error.fields).toEqual(
      expect.arrayContaining(['title', 'url', 'location.workplace', 'salary.period', 'postedAt']),
    );
    expect(error.message).toContain('title');
    expect(isValidationError(error)).toBe(true);
  });

  it('rejects a salary whose min exceeds max, naming salary.min', () => {
    expect(errorOf(() => parseJob({ ...validJob, salary: { min: 10, max: 5, period: 'hour' } })).fields).toContain(
      'salary.min',
    );
  });

  it('rejects a lower-case currency', () => {
    expect(
      errorOf(() => parseJob({ ...validJob, salary: { min: 10, currency: 'usd', period: 'hour' } })).fields,
    ).toEqual(['salary.currency']);
  });

  it('reports a missing id and a non-object input', () => {
    expect(errorOf(() => parseJob({ source: 's', title: 't' })).fields).toEqual(['id']);
    expect(errorOf(() => parseJob('a job')).fields).toEqual(['']);
  });

  it('safe-parses without throwing', () => {
    const result = safeParseWith(jobSchema, 'Job', { id: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.fields).toEqual(expect.arrayContaining(['source', 'title']));
  });
});

describe('Resume, Profile, Feedback, Match, Course', () => {
  it('parses a resume with month dates and an ongoing role', () => {
    const resume = parseResume({
      id: 'r1',
      contact: { name: 'Ada', email: 'ada@example.com', links: ['https://github.com/ada'] },
      skills: ['TypeScript'],
      experience: [{ title: 'Engineer', start: '2019-01', end: null }],
      education: [{ degree: 'BSc', end: '2018-06' }],
    });
    expect(resume.experience[0]?.start).toEqual(new Date('2019-01-01T00:00:00Z'));
    expect(resume.experience[0]?.end).toBeNull();
    expect(resume.certifications).toEqual([]);
  });

  it('rejects a bad email and an end before start', () => {
    const error = errorOf(() =>
      parseResume({
        id: 'r',
        contact: { email: 'nope' },
        experience: [{ title: 'X', start: '2020-05', end: '2019-01' }],
      }),
    );
    expect(error.fields).toEqual(expect.arrayContaining(['contact.email', 'experience.0.end']));
  });

  it('parses a profile with defaults', () => {
    const profile = parseProfile({
      desiredTitles: ['Nurse'],
      minSalary: { amount: 30000, currency: 'GBP' },
      workStyle: 'physical',
    });
    expect(profile.minSalary?.period).toBe('year');
    expect(profile.workplace).toEqual([]);
    expect(errorOf(() => parseProfile({ workStyle: 'lazy' })).fields).toEqual(['workStyle']);
  });

  it('needs a rating in 0–3 or an action on feedback', () => {
    expect(parseFeedback({ subjectId: 'r', jobId: 'j', rating: 3 }).timestamp).toBeInstanceOf(Date);
    expect(parseFeedback({ subjectId: 'r', jobId: 'j', action: 'apply' }).action).toBe('apply');
    expect(errorOf(() => parseFeedback({ subjectId: 'r', jobId: 'j', rating: 4 })).fields).toEqual(['rating']);
    expect(errorOf(() => parseFeedback({ subjectId: 'r', jobId: 'j', rating: 1.5 })).fields).toEqual(['rating']);
    expect(errorOf(() => parseFeedback({ subjectId: 'r', jobId: 'j' })).fields).toEqual(['rating']);
  });

  it('keeps match scores and breakdowns in [0, 1]', () => {
    expect(parseMatch({ jobId: 'j', score: 0.4, ranker: 'bm25', breakdown: { skills: 1 } }).matchedSkills).toEqual([]);
    expect(
      errorOf(() => parseMatch({ jobId: 'j', score: 1.2, ranker: 'x', breakdown: { skills: -0.1 } })).fields,
    ).toEqual(['score', 'breakdown.skills']);
  });

  it('parses a course', () => {
    expect(
      parseCourse({ id: 'c', source: 'coursera', title: 'Intro to SQL', skills: ['SQL'], rating: 4.7 }).skills,
    ).toEqual(['SQL']);
    expect(errorOf(() => parseCourse({ id: 'c', source: 'coursera', title: 'X', rating: 9 })).fields).toEqual([
      'rating',
    ]);
  });
});

describe('annualize', () => {
  it('uses 2080 hours, 260 days, 52 weeks and 12 months a year', () => {
    expect(annualize(50, 'hour')).toBe(104_000);
    expect(annualize(400, 'day')).toBe(104_000);
    expect(annualize(2000, 'week')).toBe(104_000);
    expect(annualize(5000, 'month')).toBe(60_000);
    expect(annualize(90_000, 'year')).toBe(90_000);
  });
});

describe('toJsonSchema', () => {
  const entities: EntityName[] = ['Job', 'Resume', 'Profile', 'Feedback', 'Match', 'Course'];

  it.each(entities)('exports %s as JSON Schema with a title and properties', (entity) => {
    const schema = toJsonSchema(entity);
    expect(schema.title).toBe(entity);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object).length).toBeGreaterThan(3);
    expect(() => JSON.stringify(schema)).not.toThrow();
  });

  it('refuses a name that is no entity with a ValidationError listing the names (it was a TypeError inside zod)', () => {
    for (const entity of ['Nope', 'job', 'toString', '__proto__', 7, undefined])
      expect(() => toJsonSchema(entity as EntityName), String(entity)).toThrow(
        expect.objectContaining({
          name: 'ValidationError',
          field: 'entity',
          message: expect.stringMatching(/^Invalid toJsonSchema: entity: must be one of Job, Resume, Profile/),
        }),
      );
  });

  it('describes dates as strings or numbers and enums as enums', () => {
    const properties = toJsonSchema('Job').properties as Record<string, Record<string, unknown>>;
    expect(properties.postedAt?.type).toEqual(['string', 'number']);
    expect(properties.employmentType?.enum).toContain('volunteer');
    expect(toJsonSchema('Job').required).toEqual(expect.arrayContaining(['id', 'source', 'title']));
  });
});

describe('job description cap', () => {
  it('cuts a description over the limit at a space, with a note on the job, and leaves others alone', async () => {
    const { MAX_JOB_DESCRIPTION_LENGTH, parseJob } = await import('./index.js');
    const short = parseJob({ id: 'a', source: 's', title: 'Nurse', description: 'Ward work' });
    expect(short.description).toBe('Ward work');
    expect(short.notes).toBeUndefined();
    const long = 'care '.repeat(MAX_JOB_DESCRIPTION_LENGTH / 5 + 100);
    const job = parseJob({ id: 'b', source: 's', title: 'Nurse', description: long });
    expect(job.description.length).toBeLessThanOrEqual(MAX_JOB_DESCRIPTION_LENGTH);
    expect(job.description.endsWith('care')).toBe(true);
    expect(job.notes).toEqual([
      `description cut from ${long.length} to ${job.description.length} characters (the limit is ${MAX_JOB_DESCRIPTION_LENGTH})`,
    ]);
    // One unbroken run is cut at the limit itself.
    expect(
      parseJob({ id: 'c', source: 's', title: 'x', description: 'x'.repeat(MAX_JOB_DESCRIPTION_LENGTH + 5) })
        .description,
    ).toHaveLength(MAX_JOB_DESCRIPTION_LENGTH);
    // A parsed job parses again to the same job (the note is kept, not doubled).
    expect(parseJob(job)).toEqual(job);
  });
});
