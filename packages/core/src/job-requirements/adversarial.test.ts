import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapEmploymentType, parseLocationText } from '../job-fields/job-fields.js';
import { findOptionalSpans } from '../optional-spans/optional-spans.js';
import { expectLinearTime, medianMilliseconds, propertyRuns, timeSafetyFactor } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { findDegreeMentions } from './degrees.js';
import { readJobRequirements } from './read.js';

const job = (description: string) => ({ title: 'Engineer', description, skills: [] as string[] });

const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['a number, then spaces', (size) => `5${' '.repeat(size)}`],
  ['"$5", spaces, a word', (size) => `$5${' '.repeat(size)}x`],
  ['"<a " repeated', (size) => '<a '.repeat(size / 3)],
  ['one long word', (size) => 'a'.repeat(size)],
  ['dots', (size) => '.'.repeat(size)],
  ['many requirements', (size) => '5 years of Python. '.repeat(size / 19)],
  ['spaces, then a separator', (size) => `Berlin${' '.repeat(size)}x;`],
  ['a line with spaces, then a colon', (size) => `Nice to have${' '.repeat(size)}x:`],
  ['"Certified" and degree words repeated', (size) => 'Certified Associate Master Certificate '.repeat(size / 39)],
];

// For readJobRequirements' own readers: lists of fields of study and of groups, and the words around broad fields
// and loose aliases.
const READER_PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ...PATHOLOGICAL,
  ['"in" and spaces, no "or related field"', (size) => `in ${'in '.repeat(size / 6)}${' '.repeat(size / 2)}or related`],
  ['"in x or related" repeated', (size) => 'in Physics or related '.repeat(size / 22)],
  ['"teams including" repeated', (size) => 'teams including Python, '.repeat(size / 24)],
  [
    '"under the" and a loose alias repeated',
    (size) => 'under the supervision physician outreach IT Specialist '.repeat(size / 55),
  ],
  ['upper-case letters without "We"', (size) => 'A'.repeat(size)],
  ['a skill list on one line', (size) => 'Python, SQL, teamwork, '.repeat(size / 23)],
  ['soft skills on one line', (size) => 'communication skills and teamwork '.repeat(size / 34)],
  [
    'a company name, abbreviations and fields before nouns repeated',
    (size) => 'Acme Recruitment SOC, LAN and WAN construction documentation sales orders '.repeat(size / 74),
  ],
  [
    'offers, agency notices and degrees before fields repeated',
    (size) =>
      'will give you exposure to Spark to all staffing agencies BS.c Electrical Engineering or MS.c Computer Science '.repeat(
        size / 106,
      ),
  ],
  ['"give you" and spaces, no "exposure"', (size) => `give you${' '.repeat(size)}x`],
  [
    'possessives, plural practitioners, R&D and "both" degrees in one sentence',
    (size) =>
      "our silicon and product roadmap systems engineers R&D Software Engineer both a Bachelor's and Master's degree ".repeat(
        size / 104,
      ),
  ],
  [
    'a degree field list of "e.g." and hiring-process notes repeated',
    (size) =>
      `Bachelor's degree in a field, ${'e.g., math, i.e. data, '.repeat(size / 46)}workplace accommodation you're applying this recruitment`,
  ],
  ['"our" and spaces before a skill', (size) => `our${' '.repeat(size)}product roadmap`],
  [
    'negations, travel, teams worked with, spelled-out names and glued headings repeated',
    (size) =>
      'no cold calling travel to trade shows partner with Field Sales Mine Safety Health Administration (MSHA) EducationBachelor interviewing lifecycle '.repeat(
        size / 139,
      ),
  ],
  ['places read as activities repeated', (size) => 'the emergency room and data centers, '.repeat(size / 37)],
  [
    'capitalised words, then an abbreviation',
    (size) => `${'Mine Safety '.repeat(size / 12)}Health Administration (MSHA)`,
  ],
];

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

  it.each(READER_PATHOLOGICAL)('finishes 40,000 characters of it in 100 ms (× safety factor): %s', (_name, make) => {
    expect(medianMilliseconds((text) => readJobRequirements(job(text)), make(40_000))).toBeLessThan(
      100 * timeSafetyFactor(),
    );
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
        (description, title) => {
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
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});
