// The pathological inputs of the `*adversarial.test.ts` files, each with the function it was written against, for the
// linear-time benchmark (`pnpm bench --only adversarial [--check]`, bench/adversarial.mjs). The generators live once,
// beside their tests (`adversarial-inputs.ts`, `testing/hostile-files.ts`); the tests assert what each input must
// produce, this file only times it. Bundled from the sources with esbuild (several of these functions are not exported).
import { measureScaling } from '../packages/core/src/testing/scaling.js';
import { PATHOLOGICAL as DATES } from '../packages/core/src/dates/adversarial-inputs.js';
import { findDateRanges } from '../packages/core/src/dates/parse.js';
import { PATHOLOGICAL as EXPERIENCE } from '../packages/core/src/experience/adversarial-inputs.js';
import { findExperienceRequirements, parseExperience } from '../packages/core/src/experience/parse.js';
import { mapEmploymentType, parseLocationText } from '../packages/core/src/job-fields/job-fields.js';
import {
  PATHOLOGICAL as JOB_TEXTS,
  READER_PATHOLOGICAL,
} from '../packages/core/src/job-requirements/adversarial-inputs.js';
import { findDegreeMentions } from '../packages/core/src/job-requirements/degrees.js';
import { findOptionalSpans } from '../packages/core/src/optional-spans/optional-spans.js';
import { readJobRequirements } from '../packages/core/src/job-requirements/read.js';
import { PATHOLOGICAL as SALARIES } from '../packages/core/src/salary/adversarial-inputs.js';
import { parseSalary } from '../packages/core/src/salary/parse.js';
import { SHAPES } from '../packages/core/src/schemas/adversarial-inputs.js';
import { PATHOLOGICAL as SKILL_TEXTS } from '../packages/core/src/skills/adversarial-inputs.js';
import { extractSkills } from '../packages/core/src/skills/taxonomy.js';
import { PATHOLOGICAL as MARKUP } from '../packages/core/src/text/adversarial-inputs.js';
import { htmlToText, normalizeText } from '../packages/core/src/text/normalize.js';
import { RESUMES, SECTIONS, withHeadings } from '../packages/ats/src/parse/adversarial-inputs.js';
import { extractContact } from '../packages/ats/src/contact/index.js';
import { parseEducationSection } from '../packages/ats/src/parse/education.js';
import { parseExperienceSection } from '../packages/ats/src/parse/experience.js';
import { parseResumeText } from '../packages/ats/src/parse/parse-resume-text.js';
import { splitSections } from '../packages/ats/src/sections/index.js';
import { checkPageCount } from '../packages/ats/src/pdf/stream-budget.js';
import { strayPageCounts } from '../packages/ats/src/testing/hostile-files.js';
import { GENERATED, source } from '../packages/ats/src/truthfulness/adversarial-inputs.js';
import { checkTruthfulness } from '../packages/ats/src/truthfulness/check.js';
import { ROBOTS_MATCHING, ROBOTS_TEXTS, robotsWithRules } from '../packages/crawlers/src/http/adversarial-inputs.js';
import { parseRobotsTxt } from '../packages/crawlers/src/http/robots.js';
import { PAGES as JSON_LD_PAGES } from '../packages/crawlers/src/json-ld/adversarial-inputs.js';
import { extractJsonLdBlocks } from '../packages/crawlers/src/json-ld/json-ld-crawler.js';
import { PAGES as LINKEDIN_PAGES } from '../packages/crawlers/src/linkedin/adversarial-inputs.js';
import { findElements, inlineText } from '../packages/crawlers/src/linkedin/markup.js';

export { measureScaling };

/** One function on one pathological input shape: `make(n)` builds the input of size n, `run` is timed on it. */
export interface AdversarialCase {
  /** The function (and package) under test. */
  group: string;
  /** The input shape, as the test names it. */
  name: string;
  run: (input: never) => unknown;
  make: (size: number) => unknown;
  /** Size n to start from (the measurement doubles it while a run at n takes under 5 ms). */
  size?: number;
  /** Largest n tried. */
  maxSize?: number;
}

const NOW = new Date(Date.UTC(2026, 5, 15));

function cases<Input>(
  group: string,
  inputs: readonly (readonly [string, (size: number) => Input])[],
  run: (input: Input) => unknown,
  sizes: { size?: number; maxSize?: number } = {},
): AdversarialCase[] {
  return inputs.map(([name, make]) => ({ group, name, run: run as (input: never) => unknown, make, ...sizes }));
}

/** Every case, grouped by function. */
export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  ...cases('core parseSalary', SALARIES, (text) => parseSalary(text)),
  ...cases('core extractSkills', SKILL_TEXTS, (text) => extractSkills(text)),
  ...cases('core htmlToText', MARKUP, (text) => htmlToText(text)),
  ...cases('core normalizeText', MARKUP, (text) => normalizeText(text)),
  ...cases('core parseExperience', EXPERIENCE, (text) => [findExperienceRequirements(text), parseExperience(text)]),
  ...cases('core findDateRanges', DATES, (text) => findDateRanges(text, { now: NOW })),
  // The description is cut at 30,000 characters, so n stays under 15,000.
  ...cases(
    'core readJobRequirements',
    READER_PATHOLOGICAL,
    (text) => readJobRequirements({ title: 'Engineer', description: text, skills: [] }),
    { size: 5_000, maxSize: 15_000 },
  ),
  ...cases('core parseLocationText+findOptionalSpans+findDegreeMentions+mapEmploymentType', JOB_TEXTS, (text) => [
    parseLocationText(text),
    findOptionalSpans(text),
    findDegreeMentions(text, { mode: 'resume' }),
    mapEmploymentType(text),
  ]),
  ...SHAPES.map(
    ([name, make, parse]): AdversarialCase => ({
      group: 'core parseJob/parseResume/parseProfile/parseJobFilter',
      name,
      make,
      run: ((value: unknown) => {
        try {
          parse(value);
        } catch {
          // A ValidationError is the answer (adversarial.test.ts checks its type).
        }
      }) as (input: never) => unknown,
    }),
  ),
  ...cases('ats parseResumeText', [...RESUMES, ...SECTIONS], (text) => parseResumeText(text, { now: NOW })),
  ...cases('ats parseResumeText, under headings', [...RESUMES, ...SECTIONS], (text) =>
    parseResumeText(withHeadings(text), { now: NOW }),
  ),
  ...cases('ats extractContact+splitSections', RESUMES, (text) => [extractContact(text), splitSections(text)]),
  ...cases('ats parseExperienceSection+parseEducationSection', SECTIONS, (text) => [
    parseExperienceSection(text, { now: NOW }),
    parseEducationSection(text, { now: NOW }),
  ]),
  ...cases('ats checkTruthfulness', GENERATED, (text) => checkTruthfulness(text, source), {
    size: 40_000,
    maxSize: 80_000,
  }),
  ...cases(
    'ats checkPageCount (bytes)',
    [['stray /Count entries, no object around them', strayPageCounts]],
    (bytes) => {
      try {
        checkPageCount(bytes, 100);
      } catch {
        // Over the page cap is an answer too.
      }
    },
    { size: 2_500_000, maxSize: 10_000_000 },
  ),
  ...cases('crawlers extractJsonLdBlocks', JSON_LD_PAGES, (html) => extractJsonLdBlocks(html)),
  ...cases('crawlers findElements+inlineText', LINKEDIN_PAGES, (html) => [
    findElements(html, 'div', 'x'),
    inlineText(html),
  ]),
  ...ROBOTS_MATCHING.map(
    ([name, make]): AdversarialCase => ({
      group: 'crawlers robots isAllowed',
      name,
      make: (size) => robotsWithRules(make(size)),
      run: (({ policy, path }: ReturnType<typeof robotsWithRules>) => policy.isAllowed(path)) as (
        input: never,
      ) => unknown,
    }),
  ),
  ...cases('crawlers parseRobotsTxt', ROBOTS_TEXTS, (text) => parseRobotsTxt(text, 'Rolefit').isAllowed('/x')),
];
