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
import {
  entriesTitledAsTheName,
  RESUMES,
  SECTIONS,
  withHeadings,
} from '../packages/ats/src/parse/adversarial-inputs.js';
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
import { jobsWithBlacklist, jobsWithFilterLists } from '../packages/core/src/filter/adversarial-inputs.js';
import { matchesJobFilter } from '../packages/core/src/filter/job-filter.js';
import { LOCATION_TEXTS } from '../packages/core/src/job-fields/adversarial-inputs.js';
import { blacklistReason } from '../packages/core/src/pipeline/crawl-all.js';
import { parseJob } from '../packages/core/src/schemas/parse.js';
import { OCCUPATION_PREFIXES, SKILL_PREFIXES } from '../packages/core/src/skills/esco/adversarial-inputs.js';
import { loadOccupationKnowledge } from '../packages/core/src/skills/esco/index.js';
import {
  ENCODING_BYTES,
  FENCE_FORGERIES,
  SENTENCE_TEXTS,
  TOKEN_RUNS,
} from '../packages/core/src/text/adversarial-inputs.js';
import { decodeTextBytes, detectTextEncoding } from '../packages/core/src/text/encoding.js';
import { cleanUntrustedText } from '../packages/core/src/text/fence.js';
import { sentenceSpans } from '../packages/core/src/text/sentences.js';
import { tokenize } from '../packages/core/src/text/tokenize.js';
import { EDUCATION_SECTIONS, LABELLED_LAYOUTS, MOJIBAKE } from '../packages/ats/src/parse/adversarial-inputs.js';
import { readLabelledLayout } from '../packages/ats/src/parse/labelled-fields.js';
import { repairLatin1Mojibake } from '../packages/ats/src/parse/lines.js';
import { piecesWithClaims } from '../packages/ats/src/tailor/adversarial-inputs.js';
import { claimFinder } from '../packages/ats/src/tailor/claim-finder.js';
import {
  longNamesAgainstFibonacciWords,
  longNamesAgainstTheirWords,
  WITH_LONG_SOURCE,
} from '../packages/ats/src/truthfulness/adversarial-inputs.js';
import { DESCRIPTIONS, LINE_CHUNKS } from '../packages/crawlers/src/file/adversarial-inputs.js';
import { lineBreaks } from '../packages/crawlers/src/file/line-breaks.js';
import { recordsUnderLongName } from '../packages/crawlers/src/mapping/adversarial-inputs.js';
import { jobInputFromExport } from '../packages/crawlers/src/mapping/export-fields.js';
import { withFieldsFromText } from '../packages/crawlers/src/mapping/fields.js';
import { SENTENCE_RUNS } from '../packages/rankers/src/embedding/adversarial-inputs.js';
import { splitSentences } from '../packages/rankers/src/embedding/chunking.js';
import { BRACKET_RUNS, BRACKETED_TAGS } from '../packages/core/src/text/bracket-inputs.js';
import { jobFingerprint } from '../packages/core/src/pipeline/dedupe.js';
import { getDefaultSkillTaxonomy } from '../packages/core/src/skills/index.js';
import { roleTitle } from '../packages/career/src/titles.js';
import { sampleJobs } from '../packages/core/src/samples/index.js';
import { createBm25Ranker } from '../packages/rankers/src/bm25/bm25-ranker.js';
import { QUERY_TEXTS } from '../packages/rankers/src/shared/adversarial-inputs.js';
import { numberedList } from '../packages/ats/src/testing/hostile-files.js';
import { readWordNumbering, wordXmlToLines } from '../packages/ats/src/docx/word-xml.js';
import { HOSTILE_RTF } from '../packages/ats/src/rtf/adversarial-inputs.js';
import { rtfToLines } from '../packages/ats/src/rtf/rtf-to-text.js';
import { HOSTILE_ODT_XML } from '../packages/ats/src/odt/adversarial-inputs.js';
import { odtXmlToLines, readOdtListStyles } from '../packages/ats/src/odt/odt-xml.js';
import { HOSTILE_HTML, HOSTILE_HTML_BYTES } from '../packages/ats/src/html/adversarial-inputs.js';
import { decodeHtmlBytes } from '../packages/ats/src/html/html-encoding.js';
import { htmlToLines } from '../packages/ats/src/html/html-to-text.js';
import { ResumeParseError } from '../packages/ats/src/parse/errors.js';
import { FLOATING_BOXES, HOSTILE_NOTES } from '../packages/ats/src/docx/adversarial-inputs.js';
import { HYPHENATED_TEXTS, ITEM_PAGES } from '../packages/ats/src/pdf/adversarial-inputs.js';
import { joinHyphenatedLines, layoutPage } from '../packages/ats/src/pdf/layout.js';

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
const knowledge = await loadOccupationKnowledge();
const taxonomy = getDefaultSkillTaxonomy();
const bm25Ranker = createBm25Ranker();
const rankedJobs = sampleJobs.slice(0, 30).map((job, index) => parseJob({ ...job, id: `sample-${index}` }));

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
  // Many skill mentions on one line, at the largest sizes, where a quadratic part shows past the linear work (searching
  // the whole line for each mention's sentence made 15,000 → 30,000 characters 3.1 times slower).
  ...cases(
    'core readJobRequirements, 15,000 → 30,000',
    READER_PATHOLOGICAL.filter(([name]) => name.endsWith('on one line')),
    (text) => readJobRequirements({ title: 'Engineer', description: text, skills: [] }),
    { size: 15_000, maxSize: 15_000 },
  ),
  ...cases('core parseLocationText+findOptionalSpans+findDegreeMentions+mapEmploymentType', JOB_TEXTS, (text) => [
    parseLocationText(text),
    findOptionalSpans(text),
    findDegreeMentions(text, { mode: 'resume' }),
    mapEmploymentType(text),
  ]),
  // Round 27: the degree patterns built at their first use and kept (39645fc8): n short calls cost n times one call,
  // never a build each (each mode's patterns asked).
  ...cases(
    'core findDegreeMentions (calls)',
    [
      [
        'n calls on short degree lines, both modes',
        (size) => Array.from({ length: size }, (_, index) => `BSc ${index} or M.Tech`),
      ],
    ],
    (texts) => {
      let count = 0;
      for (const text of texts)
        count +=
          findDegreeMentions(text, { mode: 'resume' }).length + findDegreeMentions(text, { mode: 'education' }).length;
      return count;
    },
    { size: 2_000, maxSize: 16_000 },
  ),
  ...cases('core tokenize', TOKEN_RUNS, (text) => tokenize(text)),
  ...cases('core cleanUntrustedText', FENCE_FORGERIES, (text) =>
    cleanUntrustedText(text, { tags: ['JOB_POSTING_DATA'] }),
  ),
  ...cases('core sentenceSpans', SENTENCE_TEXTS, (text) => sentenceSpans(text)),
  ...cases(
    'core detectTextEncoding+decodeTextBytes (bytes)',
    ENCODING_BYTES,
    (bytes) => decodeTextBytes(bytes, detectTextEncoding(bytes)),
    {
      size: 200_000,
      maxSize: 400_000,
    },
  ),
  ...cases('core parseLocationText', LOCATION_TEXTS, (text) => parseLocationText(text)),
  // n jobs and lists of n (jobs × list when each listed value was tested per job).
  ...cases(
    'core matchesJobFilter (jobs)',
    [['n jobs, lists of n ids and other companies', jobsWithFilterLists]],
    // A fresh copy each run, as one store query passes it: validated and its lookup sets built once, then every job.
    ({ list, filter }) => {
      const query = { ...filter };
      return list.filter((job) => matchesJobFilter(job, query)).length;
    },
    { size: 500, maxSize: 8_000 },
  ),
  ...cases(
    'core blacklistReason (jobs)',
    [['n jobs, a blacklist of n companies', jobsWithBlacklist]],
    ({ list, blacklist }) => list.filter((job) => blacklistReason(job, blacklist) !== undefined).length,
    { size: 500, maxSize: 8_000 },
  ),
  ...cases('core OccupationKnowledge.findOccupations', OCCUPATION_PREFIXES, (text) =>
    knowledge.findOccupations([{ text, title: false }]),
  ),
  ...cases('core OccupationKnowledge.findSkills', SKILL_PREFIXES, (text) => knowledge.findSkills(text)),
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
  // Round 22: a quadratic part (each entry's title looked for in every experience line) shows past the linear reading
  // of the entries only at the larger sizes (at 20,000 -> 40,000 characters the ratio was 2.4, at 160,000 -> 320,000 3.4).
  ...cases(
    'ats extractContact, 80,000 → 160,000',
    [['entries titled as the header name over many short lines', entriesTitledAsTheName]],
    (text) => extractContact(text),
    { size: 80_000, maxSize: 160_000 },
  ),
  ...cases('ats parseExperienceSection+parseEducationSection', SECTIONS, (text) => [
    parseExperienceSection(text, { now: NOW }),
    parseEducationSection(text, { now: NOW }),
  ]),
  ...cases('ats parseEducationSection', EDUCATION_SECTIONS, (text) => parseEducationSection(text, { now: NOW })),
  ...cases('ats readLabelledLayout', LABELLED_LAYOUTS, (text) => readLabelledLayout(text, { now: NOW })),
  ...cases('ats repairLatin1Mojibake', MOJIBAKE, (text) => repairLatin1Mojibake(text)),
  ...cases(
    'ats checkTruthfulness, long source',
    WITH_LONG_SOURCE,
    ({ generated, from }) => checkTruthfulness(generated, from),
    {
      size: 40_000,
      maxSize: 40_000,
    },
  ),
  // Round 22: the quadratic part (a search of the source per long name) shows past the linear work at the larger sizes.
  ...cases(
    'ats checkTruthfulness, long source, 80,000 → 160,000',
    [['distinct long names whose first words the source writes', longNamesAgainstTheirWords]],
    ({ generated, from }) => checkTruthfulness(generated, from),
    { size: 80_000, maxSize: 160_000 },
  ),
  // Round 23: the suffix automaton on its worst source (a Fibonacci word: the most copied states) at the larger sizes.
  ...cases(
    'ats checkTruthfulness, long source, 80,000 → 160,000',
    [['long names against a Fibonacci word of two words', longNamesAgainstFibonacciWords]],
    ({ generated, from }) => checkTruthfulness(generated, from),
    { size: 80_000, maxSize: 160_000 },
  ),
  ...cases(
    'ats claimFinder (pieces)',
    [['n pieces of six claims each', piecesWithClaims]],
    ({ claims, pieces }) => {
      const find = claimFinder(claims);
      let total = 0;
      for (const piece of pieces) total += find(piece).length;
      return total;
    },
    { size: 4_000, maxSize: 16_000 },
  ),
  ...cases('ats checkTruthfulness', GENERATED, (text) => checkTruthfulness(text, source), {
    size: 40_000,
    maxSize: 80_000,
  }),
  // Round 23: ranks on one long line, where each claim looked for its line's start back to it (numberedItem): 2.9 at
  // 40,000 → 80,000 characters, 3.1-3.4 from 80,000 to 320,000 (1.5 s for 'top 1% #1 ' at 160,000).
  ...cases(
    'ats checkTruthfulness, 80,000 → 160,000',
    GENERATED.filter(([name]) => name === 'one rank repeated' || name.startsWith("a thing's number as a rank")),
    (text) => checkTruthfulness(text, source),
    { size: 80_000, maxSize: 160_000 },
  ),
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
  // A chunk of the read stream is at most 64 KiB: 32,768 → 65,536 characters.
  ...cases(
    'crawlers lineBreaks',
    LINE_CHUNKS,
    (chunk) => {
      let count = 0;
      for (const _ of lineBreaks(chunk, 0)) count++;
      return count;
    },
    { size: 32_768, maxSize: 32_768 },
  ),
  // A record as the file crawler handles it once read: validated (which cuts the description), then its text read.
  ...cases(
    'crawlers parseJob+withFieldsFromText',
    DESCRIPTIONS,
    (description) =>
      withFieldsFromText(parseJob({ id: 'hostile-1', source: 'file', title: 'Senior Data Engineer', description })),
    { size: 50_000, maxSize: 100_000 },
  ),
  ...cases(
    'crawlers jobInputFromExport (records)',
    [['n / 1,000 records under a column name of n characters', recordsUnderLongName]],
    (records) => {
      for (const record of records) jobInputFromExport(record);
    },
    { size: 65_536, maxSize: 262_144 },
  ),
  ...cases('rankers splitSentences', SENTENCE_RUNS, (text) => splitSentences(text)),
  ...cases('crawlers parseRobotsTxt', ROBOTS_TEXTS, (text) => parseRobotsTxt(text, 'Rolefit').isAllowed('/x')),
  // Round 16: brackets that never close, where /\(.*?\)/g, /\[[^\]]*\]/g and /^(.*?)\s*\(([^()]+)\)\s*$/ retried from
  // each bracket (or space) to the end.
  ...cases('core jobFingerprint', BRACKET_RUNS, (title) => jobFingerprint({ title, company: 'Acme' })),
  ...cases('career roleTitle', BRACKET_RUNS, (title) => roleTitle(title)),
  ...cases('core SkillTaxonomy.lookup', BRACKETED_TAGS, (term) => taxonomy.lookup(term), { maxSize: 640_000 }),
  // Round 16: a DOCX list numbered from a crafted start, or with a long level text: each item's marker was as long as
  // the number written out (a million "M"s for a start of 1e9 in roman numerals).
  ...cases(
    'ats readWordNumbering+wordXmlToLines (items)',
    [
      [
        'n items of a list starting at 1e9, roman numerals',
        (size) => numberedList(size, { start: '1000000000', format: 'upperRoman' }),
      ],
      [
        'n items of a list starting at 1e9, letters',
        (size) => numberedList(size, { start: '1000000000', format: 'lowerLetter' }),
      ],
      ['n items under a level text of 10,000 "%1"', (size) => numberedList(size, { levelText: '%1'.repeat(10_000) })],
    ],
    ({ numbering, body }) => wordXmlToLines(body, readWordNumbering(numbering)).lines.length,
    { size: 500, maxSize: 4_000 },
  ),
  // RTF read in one pass (packages/ats/src/rtf): n bytes of nesting, \bin runs, \uN storms, destinations and breaks; a
  // file refused (groups past the depth cap) counts its typed error's code.
  ...cases('ats rtfToLines (bytes)', HOSTILE_RTF, (bytes) => {
    try {
      return rtfToLines(bytes).body.length;
    } catch (error) {
      if (error instanceof ResumeParseError) return error.code;
      throw error;
    }
  }),
  // ODT's content.xml read in one streaming pass (packages/ats/src/odt): nesting, frames, lists, tables, counted spaces.
  ...cases('ats odtXmlToLines', HOSTILE_ODT_XML, (xml) => {
    try {
      return odtXmlToLines(xml, readOdtListStyles(xml)).body.length;
    } catch (error) {
      if (error instanceof ResumeParseError) return error.code;
      throw error;
    }
  }),
  // An HTML résumé page read in one pass (packages/ats/src/html): unclosed elements, lists, tables, white space.
  ...cases('ats htmlToLines', HOSTILE_HTML, (html) => htmlToLines(html).length),
  // An HTML page's bytes decoded in the encoding a browser would find (BOM, meta prescan of 1024 bytes, default).
  ...cases('ats decodeHtmlBytes', HOSTILE_HTML_BYTES, (bytes) => decodeHtmlBytes(bytes).length),
  // Round 25: floating text boxes and group shapes read by where they sit (75a01d4c, ec1d8bce), n boxes (under the
  // 20,000 a paragraph lays out): the page layout's column search tries up to 1,000 gutters over every box.
  // Footnotes and endnotes: the body's references gathered, a notes part's notes sliced from its lines.
  ...cases('ats wordXmlToLines (notes)', HOSTILE_NOTES, (xml) => {
    try {
      const readout = wordXmlToLines(xml);
      return readout.notes.length + readout.noteReferences.length;
    } catch (error) {
      if (error instanceof ResumeParseError) return error.code;
      throw error;
    }
  }),
  ...cases('ats wordXmlToLines (floating boxes)', FLOATING_BOXES, (xml) => wordXmlToLines(xml).lines.length, {
    size: 1_000,
    maxSize: 8_000,
  }),
  // Round 25: one page of n text items at 10,000 → 20,000 (MAX_GUTTER_ITEMS), where the column search's arrays of every
  // line's start became large objects past 16,384 lines (about 25 s a page, against 0.9 s at 16,300).
  ...cases('ats layoutPage (items), 10,000 → 20,000', ITEM_PAGES, (items) => layoutPage(items).length, {
    size: 10_000,
    maxSize: 10_000,
  }),
  // Round 27: words broken at line ends, judged by the letters either side and the words the text spells (4f76b499).
  ...cases('ats joinHyphenatedLines', HYPHENATED_TEXTS, (text) => joinHyphenatedLines(text).length),
  // A pasted text as the query, against 30 sample jobs: the BM25 ranker's work is all synchronous (the promise it returns
  // is settled by then). 50,000 → 100,000 characters: at 200,000 → 400,000 young-generation collections of the token
  // arrays (57,000 strings) made the ratio 3.7, 1.3–2 with --max-semi-space-size=128 (ADVERSARIAL.md, round 16).
  ...cases('rankers Bm25Ranker.rank', QUERY_TEXTS, (text) => bm25Ranker.rank({ text }, rankedJobs), {
    size: 50_000,
    maxSize: 50_000,
  }),
];
