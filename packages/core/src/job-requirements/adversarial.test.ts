import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapEmploymentType, parseLocationText } from '../job-fields/job-fields.js';
import { findOptionalSpans } from '../optional-spans/optional-spans.js';
import { expectLinearTime, propertyRuns } from '../testing/scaling.js';
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
  it.each(READER_PATHOLOGICAL)('readJobRequirements runs in linear time: %s', (_name, make) => {
    // The description is cut at 30,000 characters, so sizes stay under that.
    expectLinearTime((text) => readJobRequirements(job(text)), make, { size: 5_000, maxSize: 15_000 });
  });

  // Many skill mentions on one line: each mention's sentence is read in a window around it, not by searching the whole
  // line for its ends (which made 15,000 → 30,000 characters 3.1 times slower). Measured at the largest sizes, where
  // such a quadratic part shows past the linear work.
  it.each(READER_PATHOLOGICAL.filter(([name]) => name.endsWith('on one line')))(
    'readJobRequirements runs in linear time at 15,000 → 30,000 characters: %s',
    (_name, make) => {
      expectLinearTime((text) => readJobRequirements(job(text)), make, { size: 15_000, maxSize: 15_000 });
    },
  );

  it.each(PATHOLOGICAL)(
    'parseLocationText, findOptionalSpans and findDegreeMentions run in linear time: %s',
    (_name, make) => {
      expectLinearTime(
        (text) => [
          parseLocationText(text),
          findOptionalSpans(text),
          findDegreeMentions(text, { mode: 'resume' }),
          mapEmploymentType(text),
        ],
        make,
      );
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
