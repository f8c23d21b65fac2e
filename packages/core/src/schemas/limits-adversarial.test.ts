import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../testing/validation-message.js';
import { MAX_KEPT_ISSUES, MAX_MESSAGE_ISSUES, ValidationError } from '../errors/index.js';
import { sampleJobs, sampleResumes } from '../samples/index.js';
import { jobSchema, MAX_JOB_DESCRIPTION_LENGTH } from './job.js';
import {
  MAX_ID_LENGTH,
  MAX_LIST_LENGTH,
  MAX_LONG_TEXT_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_SKILLS,
  MAX_URL_LENGTH,
} from './limits.js';
import { parseFeedback, parseJob, parseProfile, parseResume, safeParseWith } from './parse.js';
import { MAX_EXPERIENCE_YEARS } from './strict.js';

// Hostile records made here (no committed files): each field past its cap must be a ValidationError naming the field
// and the cap. Before the caps, every one of these was accepted (a 100 MB title in 1.2 s, 1,000,000 skills in 7.6 s).

const job = { id: 'j1', source: 'test', title: 'Engineer' };

const refusal = (parse: (value: unknown) => unknown, value: unknown) => validationErrorOf(() => parse(value));

describe('size caps of the schemas', () => {
  it.each([
    ['title', { ...job, title: 'a'.repeat(MAX_SHORT_TEXT_LENGTH + 1) }, 'MAX_SHORT_TEXT_LENGTH'],
    ['company', { ...job, company: 'a'.repeat(10_000_000) }, 'MAX_SHORT_TEXT_LENGTH'],
    ['location.city', { ...job, location: { city: ' '.repeat(MAX_SHORT_TEXT_LENGTH + 1) } }, 'MAX_SHORT_TEXT_LENGTH'],
    ['id', { ...job, id: 'a'.repeat(MAX_ID_LENGTH + 1) }, 'MAX_ID_LENGTH'],
    ['url', { ...job, url: `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}` }, 'MAX_URL_LENGTH'],
    [
      'skills',
      { ...job, skills: Array.from({ length: MAX_SKILLS + 1 }, (_, index) => `skill ${index}`) },
      'MAX_SKILLS',
    ],
    ['skills.3', { ...job, skills: ['a', 'b', 'c', 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1)] }, 'MAX_SHORT_TEXT_LENGTH'],
    ['notes', { ...job, notes: Array.from({ length: MAX_LIST_LENGTH + 1 }, () => 'n') }, 'MAX_LIST_LENGTH'],
  ])('a job with too long a %s is refused, naming the field and the cap', (field, value, cap) => {
    const error = refusal(parseJob, value);
    expect(error.field).toBe(field);
    expect(error.issues[0]!.message).toContain(cap);
    expect(error.message.length).toBeLessThan(2_000);
  });

  it('reads no item of a list past its cap: 1,000,000 skills (300,000 of them invalid) make one issue', () => {
    const skills: unknown[] = Array.from({ length: 1_000_000 }, (_, index) => (index % 3 === 0 ? index : `s${index}`));
    const error = refusal(parseJob, { ...job, skills });
    expect(error.issueCount).toBe(1);
    expect(error.issues).toEqual([{ path: 'skills', code: 'too_big', message: expect.stringContaining('5000') }]);
  });

  it('cuts a description past MAX_JOB_DESCRIPTION_LENGTH in parseJob, however long; the schema alone refuses one past MAX_LONG_TEXT_LENGTH', () => {
    const description = 'word '.repeat(MAX_LONG_TEXT_LENGTH); // 5,000,000 characters
    const parsed = parseJob({ ...job, description });
    expect(parsed.description.length).toBeLessThanOrEqual(MAX_JOB_DESCRIPTION_LENGTH);
    expect(parsed.notes).toEqual([expect.stringContaining('description cut from 5000000')]);
    const direct = safeParseWith(jobSchema, 'Job', { ...job, description });
    expect(direct.success).toBe(false);
    if (!direct.success) expect(direct.error.field).toBe('description');
  });

  it('caps résumés, profiles and feedback too', () => {
    expect(refusal(parseResume, { id: 'r1', text: 'a'.repeat(MAX_LONG_TEXT_LENGTH + 1) }).field).toBe('text');
    expect(
      refusal(parseResume, { id: 'r1', experience: [{ title: 'Engineer', highlights: Array(MAX_LIST_LENGTH + 1) }] })
        .field,
    ).toBe('experience.0.highlights');
    expect(refusal(parseResume, { id: 'r1', contact: { name: 'J'.repeat(MAX_SHORT_TEXT_LENGTH + 1) } }).field).toBe(
      'contact.name',
    );
    expect(refusal(parseProfile, { desiredTitles: Array(1_000_000).fill('Engineer') }).field).toBe('desiredTitles');
    expect(
      refusal(parseFeedback, { subjectId: 'r1', jobId: 'j1', rating: 3, note: 'a'.repeat(MAX_LONG_TEXT_LENGTH + 1) })
        .field,
    ).toBe('note');
  });

  it('caps years of experience at a working life: 1e308 was a valid job (store-elastic maps the field as a float, which tops out at 3.4e38)', () => {
    for (const [years, field] of [
      [{ min: 1e308 }, 'experienceYears.min'],
      [{ min: 2, max: MAX_EXPERIENCE_YEARS + 1 }, 'experienceYears.max'],
    ] as const) {
      const error = refusal(parseJob, { ...job, experienceYears: years });
      expect(error.field).toBe(field);
      expect(error.message).toContain(`must be at most ${MAX_EXPERIENCE_YEARS} (years)`);
    }
    expect(parseJob({ ...job, experienceYears: { min: 0, max: MAX_EXPERIENCE_YEARS } }).experienceYears).toEqual({
      min: 0,
      max: MAX_EXPERIENCE_YEARS,
    });
    expect(refusal(parseResume, { id: 'r1', totalYears: 1e9 }).field).toBe('totalYears');
  });

  it('leaves every sample job and résumé valid (they are real-sized)', () => {
    for (const sample of sampleJobs) expect(() => parseJob(sample)).not.toThrow();
    for (const sample of sampleResumes) expect(() => parseResume(sample)).not.toThrow();
  });
});

describe('a ValidationError stays small however bad the input', () => {
  it('lists the first MAX_MESSAGE_ISSUES issues and counts the rest (300,000 invalid items were a 19 MB message)', () => {
    const skills = Array.from({ length: MAX_SKILLS }, () => 1); // every item invalid, the list within its cap
    const error = refusal(parseJob, { ...job, skills });
    expect(error.issueCount).toBe(MAX_SKILLS);
    expect(error.issues).toHaveLength(MAX_KEPT_ISSUES);
    expect(error.message).toMatch(/; and 4980 more issues \(5000 in all\)$/);
    expect(error.message.split('; skills.')).toHaveLength(MAX_MESSAGE_ISSUES);
    expect(error.message.length).toBeLessThan(2_000);
  });

  it('counts 300,000 unknown keys but names only the first ones', () => {
    const extra = Object.fromEntries(Array.from({ length: 300_000 }, (_, index) => [`k${index}`, 1]));
    const error = refusal(parseJob, { ...job, ...extra });
    expect(error.issueCount).toBe(300_000);
    expect(error.issues).toHaveLength(MAX_KEPT_ISSUES);
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.message).toMatch(/and 299980 more issues \(300000 in all\)$/);
  });

  it('cuts a long issue message inside the error message', () => {
    const error = new ValidationError('Thing', [{ path: 'x', message: 'm'.repeat(100_000), code: 'custom' }]);
    expect(error.message.length).toBeLessThan(400);
    expect(error.issues[0]!.message).toHaveLength(100_000);
  });
});
