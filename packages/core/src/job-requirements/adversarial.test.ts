import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapEmploymentType, parseLocationText } from '../job-fields/job-fields.js';
import { findOptionalSpans } from '../optional-spans/optional-spans.js';
import { propertyRuns } from '../testing/scaling.js';
import { employmentTypeSchema } from '../schemas/common.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { findDegreeMentions } from './degrees.js';
import { readJobRequirements } from './read.js';
import { PATHOLOGICAL, READER_PATHOLOGICAL } from './adversarial-inputs.js';

const job = (description: string) => ({ title: 'Engineer', description, skills: [] as string[] });

/** Fails unless a job's requirements read from `description` are well-formed, and its optional spans lie inside it. */
function expectWellFormedRequirements(description: string, title: string): void {
  const requirements = readJobRequirements({ title, description, skills: [] });
  for (const skill of [...requirements.requiredSkills, ...requirements.preferredSkills]) {
    expect(skill.skill.length).toBeGreaterThan(0);
    expect(skill.frequency).toBeGreaterThanOrEqual(1);
  }
  const years = requirements.years;
  if (years !== undefined) {
    expect(Number.isFinite(years.min) && years.min >= 0).toBe(true);
    if (years.max !== undefined) expect(years.max).toBeGreaterThanOrEqual(years.min);
  }
  for (const [start, end] of findOptionalSpans(description))
    expect(0 <= start && start <= end && end <= description.length).toBe(true);
  parseLocationText(description);
}

describe('job fields, optional spans, degrees and readJobRequirements on adversarial input', () => {
  // Their time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests), the cases of many
  // skill mentions on one line also at 15,000 → 30,000 characters: each mention's sentence is read in a window around
  // it, not by searching the whole line for its ends (which made 15,000 → 30,000 characters 3.1 times slower).
  it.each(PATHOLOGICAL)(
    'parseLocationText, findOptionalSpans, findDegreeMentions and mapEmploymentType read 40,000 characters of it into spans inside it: %s',
    (_name, make) => {
      const text = make(40_000);
      const location = parseLocationText(text);
      for (const value of Object.values(location ?? {}))
        if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(text.length);
      for (const [start, end] of findOptionalSpans(text))
        expect(0 <= start && start <= end && end <= text.length).toBe(true);
      for (const mention of findDegreeMentions(text, { mode: 'resume' }))
        expect(mention.text).toBe(text.slice(mention.start, mention.end));
      const type = mapEmploymentType(text);
      if (type !== undefined) employmentTypeSchema.parse(type);
    },
  );

  // Its time at n and 2n (under the 30,000-character cut) is measured by `pnpm bench --only adversarial` (no timings in
  // tests).
  it.each(READER_PATHOLOGICAL)('reads 40,000 characters of it into well-formed requirements: %s', (_name, make) => {
    expectWellFormedRequirements(make(40_000), 'Engineer');
  });

  it('never throws; requirements are well-formed', () => {
    const tokens = [
      'Requirements:',
      'Nice to have:',
      'Preferred',
      'is a plus',
      '(preferred)',
      'ideally',
      'Python',
      'SQL',
      'AWS',
      '5+ years',
      '3-5 years of experience',
      "Bachelor's degree",
      'BS/MS in Computer Science',
      'PhD',
      'or equivalent experience',
      'MS Office',
      'Senior',
      'Benefits:',
      'ABOUT US:',
      '<p>',
      '</p>',
      '<li>',
      'Remote',
      'Austin, TX',
      ';',
      '|',
      'or',
      '\n\n',
      '•',
      'Full-time',
    ];
    fc.assert(
      fc.property(
        textFrom(tokens),
        textFrom(['Senior', 'Junior', 'Lead', 'Engineer', 'Python', 'II', '-', '/']),
        (description, title) => expectWellFormedRequirements(description, title),
      ),
      { numRuns: propertyRuns() },
    );
  });
});
