import { describe, expect, it } from 'vitest';
import { isValidationError, type ValidationError } from '../errors/index.js';
import { MAX_LONG_TEXT_LENGTH } from './limits.js';
import { parseProfile, parseResume } from './parse.js';
import { checkRankQuery } from './rank-query.js';

/** The ValidationError `checkRankQuery` throws for `query`, or fails the test. */
function refusal(query: unknown): ValidationError {
  try {
    checkRankQuery('Ranker.rank', query);
  } catch (error) {
    if (isValidationError(error)) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(query)}`);
}

const resume = parseResume({
  id: 'r1',
  skills: ['SQL', 'Python'],
  experience: [{ title: 'Data Analyst', company: 'Acme', start: '2019-03', end: null }],
  education: [{ institution: 'MIT', degree: 'BSc', start: '2015-09', end: '2019-06' }],
  text: 'Data analyst, SQL and Python.',
});

describe('checkRankQuery', () => {
  it('returns a valid query as given, other keys included', () => {
    const profile = parseProfile({ desiredTitles: ['Analyst'] });
    const query = { resume, profile, text: 'remote', limit: 3 };
    expect(checkRankQuery('Ranker.rank', query)).toBe(query);
    expect(checkRankQuery('Ranker.rank', {})).toEqual({});
  });

  it('names the field of a text, resume or profile of the wrong kind', () => {
    expect(refusal({ text: 42 }).fields).toEqual(['query.text']);
    expect(refusal({ resume: { ...resume, skills: 'SQL' } }).fields).toEqual(['query.resume.skills']);
    expect(refusal({ resume: 42 }).fields).toEqual(['query.resume']);
    expect(refusal({ profile: { desiredTitles: 'Analyst' } }).fields).toEqual(['query.profile.desiredTitles']);
    expect(refusal({ resume: { skills: ['SQL'] } }).fields).toEqual(['query.resume.id']);
    expect(refusal(null).message).toBe(
      'Invalid Ranker.rank: query: must be a RankQuery ({ resume, profile, text }), got null',
    );
  });

  it('refuses a text longer than a resume may be, and takes one at the cap', () => {
    const error = refusal({ text: 'a'.repeat(MAX_LONG_TEXT_LENGTH + 1) });
    expect(error.fields).toEqual(['query.text']);
    expect(error.message).toContain('MAX_LONG_TEXT_LENGTH');
    expect(() => checkRankQuery('Ranker.rank', { text: 'a'.repeat(MAX_LONG_TEXT_LENGTH) })).not.toThrow();
  });

  it('asks for Date objects in a resume entry, as parseResume makes them', () => {
    const unparsed = { ...resume, experience: [{ title: 'Data Analyst', start: '2019-03' }] };
    const error = refusal({ resume: unparsed });
    expect(error.fields).toEqual(['query.resume.experience.0.start']);
    expect(error.message).toContain('parseResume');
    expect(
      refusal({ resume: { ...resume, education: [{ institution: 'MIT', end: 1_560_000_000_000 }] } }).fields,
    ).toEqual(['query.resume.education.0.end']);
    // The same entries read with parseResume pass; an open end (null) is no date to check.
    expect(() => checkRankQuery('Ranker.rank', { resume: parseResume(unparsed) })).not.toThrow();
  });
});
