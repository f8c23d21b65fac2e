import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../testing/validation-message.js';
import { MAX_ID_LENGTH, MAX_LIST_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_SKILLS } from './limits.js';
import { parseMatch, toJsonSchema } from './parse.js';

// Matches are read back from store files and from other processes: capped as the entities are (limits.ts).
const match = { jobId: 'j1', score: 0.5, ranker: 'default' };

const refusal = (value: unknown) => validationErrorOf(() => parseMatch(value));

describe('Match size caps', () => {
  it.each([
    ['jobId', { ...match, jobId: 'j'.repeat(MAX_ID_LENGTH + 1) }, 'MAX_ID_LENGTH'],
    ['ranker', { ...match, ranker: 'r'.repeat(MAX_SHORT_TEXT_LENGTH + 1) }, 'MAX_SHORT_TEXT_LENGTH'],
    ['explanation', { ...match, explanation: 'e'.repeat(MAX_LONG_TEXT_LENGTH + 1) }, 'MAX_LONG_TEXT_LENGTH'],
    ['matchedSkills', { ...match, matchedSkills: Array(1_000_000).fill('Python') }, 'MAX_SKILLS'],
    ['missingSkills', { ...match, missingSkills: Array(MAX_SKILLS + 1).fill('SQL') }, 'MAX_SKILLS'],
    [
      'missingSkills.1',
      { ...match, missingSkills: ['SQL', 's'.repeat(MAX_SHORT_TEXT_LENGTH + 1)] },
      'MAX_SHORT_TEXT_LENGTH',
    ],
  ])('a match with too long a %s is refused, naming the cap', (field, value, cap) => {
    const error = refusal(value);
    expect(error.field).toBe(field);
    expect(error.issues[0]!.message).toContain(cap);
    expect(error.message.length).toBeLessThan(2_000);
  });

  it('refuses a breakdown factor named past MAX_SHORT_TEXT_LENGTH', () => {
    const error = refusal({ ...match, breakdown: { ['k'.repeat(MAX_SHORT_TEXT_LENGTH + 1)]: 0.5 } });
    expect(error.field?.startsWith('breakdown')).toBe(true);
    expect(error.message.length).toBeLessThan(2_000);
  });

  it('refuses a breakdown of more than MAX_LIST_LENGTH factors, with one issue, before reading its entries', () => {
    // A custom ranker's unbounded breakdown: 200,000 factors, each one also invalid (a score past 1).
    const huge = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`factor ${index}`, 2]));
    const error = refusal({ ...match, breakdown: huge });
    expect(error.field).toBe('breakdown');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.message).toBe(`must hold at most ${MAX_LIST_LENGTH} entries (MAX_LIST_LENGTH)`);
    expect(error.message.length).toBeLessThan(2_000);
    const justOver = Object.fromEntries(Array.from({ length: MAX_LIST_LENGTH + 1 }, (_, index) => [`f${index}`, 0.5]));
    expect(refusal({ ...match, breakdown: justOver }).field).toBe('breakdown');
    const atCap = Object.fromEntries(Array.from({ length: MAX_LIST_LENGTH }, (_, index) => [`f${index}`, 0.5]));
    expect(Object.keys(parseMatch({ ...match, breakdown: atCap }).breakdown)).toHaveLength(MAX_LIST_LENGTH);
    const exported = toJsonSchema('Match') as { properties: { breakdown: { maxProperties?: number } } };
    expect(exported.properties.breakdown.maxProperties).toBe(MAX_LIST_LENGTH);
  });

  it('still takes a real-sized match and trims its id and ranker', () => {
    const parsed = parseMatch({
      ...match,
      jobId: ' j1 ',
      ranker: ' default ',
      breakdown: { skills: 0.8 },
      matchedSkills: Array.from({ length: MAX_SKILLS }, (_, index) => `skill ${index}`),
      explanation: 'Python and SQL match.',
    });
    expect(parsed.jobId).toBe('j1');
    expect(parsed.ranker).toBe('default');
    expect(parsed.matchedSkills).toHaveLength(MAX_SKILLS);
  });
});
