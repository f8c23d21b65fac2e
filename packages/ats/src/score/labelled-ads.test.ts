// Measures core's reading of job requirements, and the ATS missing-keyword suggestions built on it, against
// hand-labelled real job ads (packages/core/src/job-requirements/fixtures: references and labels only; the ad
// texts are read from the developer data set, which may not be redistributed).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDefaultSkillTaxonomy, parseJob, readJobRequirements, type Job } from '@rolefit/core';
import { createRandom } from '@rolefit/core/internal';
import { parseCsv } from '@rolefit/dev-tools';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUGGESTION_CONFIDENCE, scoreResumeAgainstJob } from './score.js';

interface LabelledAd {
  id: string;
  file: string;
  key: Record<string, string | number>;
  domain: string;
  required: string[];
  preferred: string[];
  years: { min: number; max?: number } | null;
  degree: string | null;
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = join(repoRoot, 'packages/core/src/job-requirements/fixtures');
const dataDir = process.env.ROLEFIT_DATA ?? join(repoRoot, '../shared/data');
const available = existsSync(join(dataDir, 'SOURCES.md'));
const readAds = (name: string) => (JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as { ads: LabelledAd[] }).ads;
// The set the reading and suggestion rules were tuned on, and a held-out set labelled before any tuning and never tuned on.
const ads = readAds('labelled-ads.json');
const heldOut = readAds('labelled-ads-holdout.json');
// A second held-out set, labelled after the rules were changed and before they were measured on it.
const heldOutTwo = readAds('labelled-ads-holdout-2.json');
// A third, labelled before the employer-sentence rule (core/job-requirements/employer-sentences.ts) was written from
// the earlier sets' errors, and measured once after it.
const heldOutThree = readAds('labelled-ads-holdout-3.json');
// A fourth, picked at random and labelled before any rule change made while it existed, and never tuned on.
const heldOutFour = readAds('labelled-ads-holdout-4.json');
// A fifth, drawn by a seeded random choice and labelled before the precision-first suggestions were written; those
// were chosen on sets 1-4 only. Its wrong suggestions are never printed, so that nobody tunes on it.
const heldOutFive = readAds('labelled-ads-holdout-5.json');
// A sixth, drawn (draw-holdout-6.mjs) from the sources sets 1-5 used least and labelled before anything was run on it.
const heldOutSix = readAds('labelled-ads-holdout-6.json');
// A seventh, drawn (draw-holdout-7.mjs) from domains sets 1-6 drew little and labelled before anything was run on it.
// Its wrong suggestions were first printed to write the rules of 5099ae5: it is no longer held out.
const heldOutSeven = readAds('labelled-ads-holdout-7.json');
// An eighth, drawn (draw-holdout-8.mjs) from every kind of job as the sources have them, labelled before anything was
// run on it. Its wrong suggestions are never printed, so that nobody tunes on it.
const heldOutEight = readAds('labelled-ads-holdout-8.json');
// A ninth, drawn (draw-holdout-9.mjs) like the eighth and labelled (22add98) before anything was run on it. Its wrong
// suggestions are never printed, so that nobody tunes on it.
const heldOutNine = readAds('labelled-ads-holdout-9.json');
// A tenth, drawn (draw-holdout-10.mjs) like the eighth and ninth and labelled (14b8010) before anything was run on it,
// to check the threshold chosen on sets 8 and 9. Its wrong suggestions are never printed, so that nobody tunes on it.
const heldOutTen = readAds('labelled-ads-holdout-10.json');
// Set 5's per-ad suggestion figures with the code before that change (b62fc59), for paired intervals.
const beforeFive = readBefore('holdout-5-before.json');
interface BeforeTally {
  tp: number;
  extracted: number;
  labelled: number;
  found: number;
}
/** One ad's suggestion figures with the code before a change: all suggestions and the top five. */
interface BeforeAd {
  id: string;
  all: BeforeTally;
  top5: BeforeTally;
}
function readBefore(name: string): BeforeAd[] {
  return (JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as { ads: BeforeAd[] }).ads;
}

const fileCache = new Map<string, Array<Record<string, unknown>>>();
function records(file: string): Array<Record<string, unknown>> {
  let rows = fileCache.get(file);
  if (rows === undefined) {
    const text = readFileSync(join(dataDir, file), 'utf8');
    if (file.endsWith('.json')) rows = JSON.parse(text) as Array<Record<string, unknown>>;
    else
      rows = parseCsv(text, {
        delimiter: file.startsWith('google-job-skills') ? ';' : file.startsWith('wuzzuf') ? '~' : ',',
      });
    fileCache.set(file, rows);
  }
  return rows;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '-1' ? value : '');

/** The ad as a Job, found by its stored key; throws when the key no longer finds exactly the labelled ad. */
function loadAd(ad: LabelledAd): Job {
  const rows = records(ad.file);
  const { row, ...fields } = ad.key;
  const found =
    typeof row === 'number'
      ? [rows[row]].filter(
          (candidate) =>
            candidate !== undefined &&
            Object.entries(fields).every(([name, value]) => text(candidate[name]).trim() === String(value).trim()),
        )
      : rows.filter((candidate) =>
          Object.entries(fields).every(([name, value]) => String(candidate[name]) === String(value)),
        );
  const record = found[0];
  if (found.length !== 1 || record === undefined)
    throw new Error(`${ad.id}: key ${JSON.stringify(ad.key)} finds ${found.length} rows in ${ad.file}`);
  if (ad.file.startsWith('google-job-skills')) {
    const description = `Responsibilities\n${text(record.Responsibilities)}\n\nMinimum qualifications\n${text(record['Minimum Qualifications'])}\n\nPreferred qualifications\n${text(record['Preferred Qualifications'])}`;
    return parseJob({
      id: ad.id,
      source: 'labelled',
      title: text(record.Title),
      company: text(record.Company) || undefined,
      description,
    });
  }
  if (ad.file.startsWith('wuzzuf')) {
    const requirements = text(record.job_requirements);
    const description =
      requirements === ''
        ? text(record.job_description)
        : `${text(record.job_description)}\n\nRequirements\n${requirements}`;
    return parseJob({
      id: ad.id,
      source: 'labelled',
      title: text(record.job_title),
      company: text(record.company_name) || undefined,
      description,
    });
  }
  if (ad.file.startsWith('glassdoor-ds'))
    return parseJob({
      id: ad.id,
      source: 'labelled',
      title: text(record['Job Title']),
      // Glassdoor 2020 appends the rating to the company name after a newline.
      company: text(record['Company Name']).split('\n')[0]?.trim() || undefined,
      description: text(record['Job Description']),
    });
  if (ad.file.startsWith('linkedin'))
    return parseJob({
      id: ad.id,
      source: 'labelled',
      title: text(record.title),
      company: text(record.company_name) || undefined,
      description: text(record.description),
    });
  return parseJob({
    id: ad.id,
    source: 'labelled',
    title: text(record.title),
    company: text(record.company) || undefined,
    description: text(record.description),
  });
}

/** A label ("A | B": names the annotator accepts for one skill) as comparison keys: each name and its canonical name, lower case. */
function labelKeys(label: string): Set<string> {
  const taxonomy = getDefaultSkillTaxonomy();
  const keys = new Set<string>();
  for (const name of label.split('|').map((part) => part.trim())) {
    keys.add(name.toLowerCase());
    const canonical = taxonomy.lookup(name)?.name;
    if (canonical !== undefined) keys.add(canonical.toLowerCase());
  }
  return keys;
}

interface Tally {
  truePositives: number;
  extracted: number;
  labelled: number;
  found: number;
}
const emptyTally = (): Tally => ({ truePositives: 0, extracted: 0, labelled: 0, found: 0 });

/** Adds one ad: extracted names against labels; precision counts extracted names that match a label, recall labels matched. */
function count(tally: Tally, extracted: readonly string[], labels: readonly string[]): void {
  const labelSets = labels.map(labelKeys);
  const names = extracted.map((name) => name.toLowerCase());
  tally.extracted += names.length;
  tally.truePositives += names.filter((name) => labelSets.some((keys) => keys.has(name))).length;
  tally.labelled += labelSets.length;
  tally.found += labelSets.filter((keys) => names.some((name) => keys.has(name))).length;
}
/**
 * Adds one ad's suggestions. A suggestion of alternatives ("R, SAS or Python", `anyOf`) is one suggestion, right
 * only when every skill it names is a labelled skill of the ad (`strict`; else when any is); a label is found when
 * any suggestion names it. (The labels list each alternative of a group as a skill of its own.)
 */
function countSuggestions(
  tally: Tally,
  suggested: readonly { keyword: string; anyOf?: readonly string[] | undefined }[],
  labels: readonly string[],
  strict = true,
): void {
  const labelSets = labels.map(labelKeys);
  const namesOf = (missing: (typeof suggested)[number]) =>
    (missing.anyOf ?? [missing.keyword]).map((name) => name.toLowerCase());
  const labelled = (name: string) => labelSets.some((keys) => keys.has(name));
  tally.extracted += suggested.length;
  tally.truePositives += suggested.filter((missing) =>
    strict ? namesOf(missing).every(labelled) : namesOf(missing).some(labelled),
  ).length;
  tally.labelled += labelSets.length;
  tally.found += labelSets.filter((keys) =>
    suggested.some((missing) => namesOf(missing).some((name) => keys.has(name))),
  ).length;
}
const precision = (tally: Tally) => (tally.extracted === 0 ? 1 : tally.truePositives / tally.extracted);
const recall = (tally: Tally) => (tally.labelled === 0 ? 1 : tally.found / tally.labelled);
const round = (value: number) => Math.round(value * 1000) / 1000;

/** The sum of some ads' tallies. */
function sum(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies) {
    total.truePositives += tally.truePositives;
    total.extracted += tally.extracted;
    total.labelled += tally.labelled;
    total.found += tally.found;
  }
  return total;
}

/**
 * 95% percentile bootstrap interval of a micro-averaged figure over ads: the ads are resampled with replacement
 * (2,000 times, seeded), so the interval says how much the figure depends on which ads were drawn.
 */
function bootstrap(perAd: readonly Tally[], figure: (tally: Tally) => number): [number, number] {
  const random = createRandom(20261204);
  const values: number[] = [];
  for (let sample = 0; sample < 2000; sample++) {
    const drawn = perAd.map(() => perAd[Math.floor(random() * perAd.length)] as Tally);
    values.push(figure(sum(drawn)));
  }
  values.sort((a, b) => a - b);
  return [round(values[49] as number), round(values[1949] as number)];
}

/**
 * Paired 95% percentile bootstrap over ads (2,000 resamples, seeded): the same ads drawn for both figures, so the
 * interval of the difference (after minus before) says whether the change holds whichever ads were drawn.
 */
function pairedBootstrap(
  before: readonly Tally[],
  after: readonly Tally[],
  figure: (tally: Tally) => number,
): { before: [number, number]; after: [number, number]; difference: [number, number] } {
  const random = createRandom(20261204);
  const values = { before: [] as number[], after: [] as number[], difference: [] as number[] };
  for (let sample = 0; sample < 2000; sample++) {
    const drawn = before.map(() => Math.floor(random() * before.length));
    const beforeFigure = figure(sum(drawn.map((index) => before[index] as Tally)));
    const afterFigure = figure(sum(drawn.map((index) => after[index] as Tally)));
    values.before.push(beforeFigure);
    values.after.push(afterFigure);
    values.difference.push(afterFigure - beforeFigure);
  }
  const interval = (list: number[]): [number, number] => {
    list.sort((a, b) => a - b);
    return [round(list[49] as number), round(list[1949] as number)];
  };
  return { before: interval(values.before), after: interval(values.after), difference: interval(values.difference) };
}

const tallyOf = (tally: BeforeTally): Tally => ({
  truePositives: tally.tp,
  extracted: tally.extracted,
  labelled: tally.labelled,
  found: tally.found,
});
const beforeTallyOf = (tally: Tally): BeforeTally => ({
  tp: tally.truePositives,
  extracted: tally.extracted,
  labelled: tally.labelled,
  found: tally.found,
});

/**
 * Prints a set's suggestion figures with the code before a change (per ad, in the set's order) and the paired
 * bootstrap intervals of before, after and after minus before for precision, recall and top-five precision.
 */
function printPaired(
  name: string,
  commit: string,
  beforeAds: readonly BeforeAd[],
  after: { suggestions: readonly Tally[]; top5: readonly Tally[] },
): void {
  const before = { all: beforeAds.map((ad) => tallyOf(ad.all)), top5: beforeAds.map((ad) => tallyOf(ad.top5)) };
  const paired = {
    precision: pairedBootstrap(before.all, after.suggestions, precision),
    recall: pairedBootstrap(before.all, after.suggestions, recall),
    top5Precision: pairedBootstrap(before.top5, after.top5, precision),
  };
  const beforeFigures = {
    count: sum(before.all).extracted,
    precision: round(precision(sum(before.all))),
    recall: round(recall(sum(before.all))),
    top5Precision: round(precision(sum(before.top5))),
  };
  console.log(
    `${name}, suggestions before (${commit}): ${JSON.stringify(beforeFigures)}; paired 95% bootstrap intervals (before, after, after minus before): ${JSON.stringify(paired)}`,
  );
}

/** No ad is in two of the given sets: each has its own data-file key and its own id. */
function expectNoAdTwice(sets: ReadonlyArray<readonly LabelledAd[]>): void {
  const all = sets.flat();
  expect(new Set(all.map((ad) => `${ad.file} ${JSON.stringify(ad.key)}`)).size).toBe(all.length);
  expect(new Set(all.map((ad) => ad.id)).size).toBe(all.length);
}

/**
 * A held-out set's per-ad suggestion figures with the code before a round (holdout-<n>-before.json): written once when
 * ROLEFIT_WRITE_HOLDOUT_<n>_BEFORE=1, then read to print the paired intervals of after minus before.
 */
function pairWithBefore(
  number: number,
  ordinal: string,
  commit: string,
  set: readonly LabelledAd[],
  after: { suggestions: readonly Tally[]; top5: readonly Tally[] },
): void {
  const name = `holdout-${number}-before.json`;
  if (process.env[`ROLEFIT_WRITE_HOLDOUT_${number}_BEFORE`] === '1')
    writeFileSync(
      join(fixtures, name),
      `${JSON.stringify(
        {
          about: `Per-ad figures of the ATS missing-keyword suggestions (an empty resume against each ad of labelled-ads-holdout-${number}.json) with the code as it was when the labels were committed (${commit}), before any rule of that round; written once by ROLEFIT_WRITE_HOLDOUT_${number}_BEFORE=1 npx vitest run packages/ats/src/score/labelled-ads.test.ts -t "${ordinal}". tp = suggestions that are labelled skills, extracted = suggestions, labelled = labels, found = labels some suggestion names.`,
          ads: set.map((ad, index) => ({
            id: ad.id,
            all: beforeTallyOf(after.suggestions[index] as Tally),
            top5: beforeTallyOf(after.top5[index] as Tally),
          })),
        },
        null,
        1,
      )}\n`,
    );
  if (!existsSync(join(fixtures, name))) return;
  const before = readBefore(name);
  expect(before.map((ad) => ad.id)).toEqual(set.map((ad) => ad.id));
  printPaired(`labelled ads (${ordinal} held-out set)`, commit, before, after);
}

// Every label file in the order it was made: index n is set n (0: the tuning set).
const SETS_IN_ORDER = [
  ads,
  heldOut,
  heldOutTwo,
  heldOutThree,
  heldOutFour,
  heldOutFive,
  heldOutSix,
  heldOutSeven,
  heldOutEight,
  heldOutNine,
  heldOutTen,
];

/**
 * Measures held-out set n, never tuned on, printing only its figures (its wrong suggestions and misread years stay
 * unseen) and the paired intervals against holdout-<n>-before.json, after checking that it holds 20 ads or more from
 * five sources or more and no ad of an earlier set.
 */
function measureHeldOut(number: number, ordinal: string, commit: string) {
  const set = SETS_IN_ORDER[number] ?? [];
  expect(set.length).toBeGreaterThanOrEqual(20);
  expectNoAdTwice(SETS_IN_ORDER.slice(0, number + 1));
  expect(new Set(set.map((ad) => ad.file.split('/')[0])).size).toBeGreaterThanOrEqual(5);
  const figures = measure(`labelled ads (${ordinal} held-out set)`, set, { printErrors: false });
  pairWithBefore(number, ordinal, commit, set, figures.perAd);
  return figures;
}

// Someone whose resume names none of the ads' skills.
const EMPTY_RESUME = 'Alex Kim\nalex.kim@example.com\n\nSummary\nLooking for a new role.\n';

/** Reads every ad, scores an empty resume against it, and prints and returns the figures against the labels. */
function measure(name: string, set: readonly LabelledAd[], { printErrors = true } = {}) {
  const required = emptyTally();
  const preferred = emptyTally();
  const any = emptyTally();
  const suggestions = emptyTally();
  const anyMemberSuggestions = emptyTally();
  const skillsSuggested = emptyTally();
  let groupSuggestions = 0;
  const topSuggestions = emptyTally();
  const topTenSuggestions = emptyTally();
  let yearsRight = 0;
  let degreesRight = 0;
  const wrongSuggestions: string[] = [];
  const groupsSuggested: string[] = [];
  const misreadings: string[] = [];
  const perAd = { any: [] as Tally[], suggestions: [] as Tally[], top5: [] as Tally[] };
  const byKind: Record<string, { right: number; all: number }> = {};
  for (const ad of set) {
    const job = loadAd(ad);
    const read = readJobRequirements(job);
    const requiredNames = read.requiredSkills.map((skill) => skill.skill);
    const preferredNames = read.preferredSkills.map((skill) => skill.skill);
    count(required, requiredNames, ad.required);
    count(preferred, preferredNames, ad.preferred);
    count(any, [...requiredNames, ...preferredNames], [...ad.required, ...ad.preferred]);
    const adAny = emptyTally();
    count(adAny, [...requiredNames, ...preferredNames], [...ad.required, ...ad.preferred]);
    perAd.any.push(adAny);
    const years = read.years === undefined ? null : read.years;
    if (JSON.stringify(years) === JSON.stringify(ad.years)) yearsRight++;
    else misreadings.push(`${ad.id} years ${JSON.stringify(years)} vs ${JSON.stringify(ad.years)}`);
    if ((read.degree?.level ?? null) === ad.degree) degreesRight++;
    else misreadings.push(`${ad.id} degree ${read.degree?.level ?? null} vs ${ad.degree}`);

    const report = scoreResumeAgainstJob(EMPTY_RESUME, job, { now: new Date('2026-01-15T00:00:00.000Z') });
    const suggested = report.missingKeywords;
    const adLabels = [...ad.required, ...ad.preferred];
    countSuggestions(suggestions, suggested, adLabels);
    countSuggestions(anyMemberSuggestions, suggested, adLabels, false);
    // Each skill named by a suggestion as one (as before groups of alternatives were suggested once).
    count(
      skillsSuggested,
      suggested.flatMap((missing) => missing.anyOf ?? [missing.keyword]),
      adLabels,
    );
    groupSuggestions += suggested.filter((missing) => missing.anyOf !== undefined).length;
    countSuggestions(topSuggestions, suggested.slice(0, 5), adLabels);
    countSuggestions(topTenSuggestions, suggested.slice(0, 10), adLabels);
    const adSuggestions = emptyTally();
    countSuggestions(adSuggestions, suggested, adLabels);
    perAd.suggestions.push(adSuggestions);
    const adTop5 = emptyTally();
    countSuggestions(adTop5, suggested.slice(0, 5), adLabels);
    perAd.top5.push(adTop5);
    const labels = adLabels.map(labelKeys);
    for (const missing of report.missingKeywords) {
      const right = (missing.anyOf ?? [missing.keyword]).every((name) =>
        labels.some((keys) => keys.has(name.toLowerCase())),
      );
      const tier = (byKind[missing.kind] ??= { right: 0, all: 0 });
      tier.all++;
      if (right) tier.right++;
      else wrongSuggestions.push(`${ad.id}: ${missing.keyword} (${missing.kind})`);
      if (printErrors && missing.anyOf !== undefined) groupsSuggested.push(`${ad.id}: ${missing.keyword}`);
    }
  }
  const figures = {
    ads: set.length,
    required: { precision: round(precision(required)), recall: round(recall(required)) },
    preferred: { precision: round(precision(preferred)), recall: round(recall(preferred)) },
    anySkill: { precision: round(precision(any)), recall: round(recall(any)) },
    years: round(yearsRight / set.length),
    degree: round(degreesRight / set.length),
    suggestions: {
      count: suggestions.extracted,
      precision: round(precision(suggestions)),
      recall: round(recall(suggestions)),
      top5Precision: round(precision(topSuggestions)),
      // Groups of alternatives suggested, and precision when a group counts as right when any skill it names is.
      groups: groupSuggestions,
      anyMemberPrecision: round(precision(anyMemberSuggestions)),
      skillsNamed: { count: skillsSuggested.extracted, precision: round(precision(skillsSuggested)) },
      top10: {
        count: topTenSuggestions.extracted,
        precision: round(precision(topTenSuggestions)),
        recall: round(recall(topTenSuggestions)),
      },
    },
  };
  const intervals = {
    suggestions: { precision: bootstrap(perAd.suggestions, precision), recall: bootstrap(perAd.suggestions, recall) },
    top5Precision: bootstrap(perAd.top5, precision),
    anySkill: { precision: bootstrap(perAd.any, precision), recall: bootstrap(perAd.any, recall) },
  };
  console.log(`${name}: ${JSON.stringify(figures)}`);
  console.log(`${name}, 95% bootstrap intervals over ads: ${JSON.stringify(intervals)}`);
  console.log(`${name}, suggestions by kind: ${JSON.stringify(byKind)}`);
  if (printErrors) {
    console.log(`${name}, years and degrees read otherwise than labelled: ${misreadings.join('; ')}`);
    console.log(`${name}, groups of alternatives suggested: ${groupsSuggested.join('; ')}`);
    console.log(
      `${name}, suggestions that are no labelled skill (${wrongSuggestions.length}): ${wrongSuggestions.join('; ')}`,
    );
  }
  return { ...figures, perAd };
}

describe.skipIf(!available)('labelled job ads', () => {
  it('has at least 25 labelled ads, and 15 held out, from several sources and domains', () => {
    expect(ads.length).toBeGreaterThanOrEqual(25);
    expect(heldOut.length).toBeGreaterThanOrEqual(15);
    expect(new Set(heldOut.map((ad) => ad.file.split('/')[0])).size).toBeGreaterThanOrEqual(5);
    expect(heldOutTwo.length).toBeGreaterThanOrEqual(10);
    // No ad is in two sets.
    const all = [...ads, ...heldOut, ...heldOutTwo, ...heldOutThree];
    expect(new Set(all.map((ad) => ad.id)).size).toBe(all.length);
    expect(new Set(all.map((ad) => `${ad.file} ${JSON.stringify(ad.key)}`)).size).toBe(all.length);
    expect(new Set(ads.map((ad) => ad.file.split('/')[0])).size).toBeGreaterThanOrEqual(5);
    expect(new Set(ads.map((ad) => ad.domain)).size).toBeGreaterThanOrEqual(15);
  });

  it('reads the tuning set close to the labels, and suggests only labelled skills', () => {
    const figures = measure('labelled ads (tuning set)', ads);
    // Floors a little below the figures measured after the rules were tuned on this set (see the fixtures README),
    // at 6fe070d: suggestions 0.95 / 0.455, top five 0.957, required 0.931 / 0.438, preferred 0.772, all 0.926 / 0.47.
    // Suggestions since the confidence threshold (DEFAULT_SUGGESTION_CONFIDENCE, chosen on sets 1-4): 0.959 / 0.415 (196).
    expect(figures.suggestions.precision).toBeGreaterThanOrEqual(0.94);
    expect(figures.suggestions.top5Precision).toBeGreaterThanOrEqual(0.93);
    // Since the threshold was chosen on sets 8 and 9 (0.94; fixtures README, tenth set): 0.967 / 0.215 (92).
    // Recall floor lowered with it.
    expect(figures.suggestions.recall).toBeGreaterThanOrEqual(0.2);
    expect(figures.required.precision).toBeGreaterThanOrEqual(0.9);
    expect(figures.preferred.precision).toBeGreaterThanOrEqual(0.7);
    expect(figures.anySkill.precision).toBeGreaterThanOrEqual(0.9);
    expect(figures.required.recall).toBeGreaterThanOrEqual(0.4);
    expect(figures.anySkill.recall).toBeGreaterThanOrEqual(0.42);
    expect(figures.years).toBeGreaterThanOrEqual(0.9);
    expect(figures.degree).toBeGreaterThanOrEqual(0.9);
  });
  it('reads the held-out set close to the labels, and suggests only labelled skills', () => {
    const figures = measure('labelled ads (held-out set)', heldOut);
    expect(figures.ads).toBeGreaterThanOrEqual(15);
    // Labelled before any rule change, but its errors were used to write rules since (employer sentences, and the
    // rules of 6fe070d): no longer a held-out figure. Floors a little below what was measured at 6fe070d
    // (suggestions 0.881 / 0.43, top five 0.864, required 0.862 / 0.444, all 0.878 / 0.44, years 13 of 16, degrees 15 of 16).
    // With the confidence threshold (chosen on sets 1-4, this one included): suggestions 0.892 / 0.396, top five 0.889.
    expect(figures.suggestions.precision).toBeGreaterThanOrEqual(0.86);
    expect(figures.suggestions.top5Precision).toBeGreaterThanOrEqual(0.85);
    // Since the threshold was chosen on sets 8 and 9 (0.94; fixtures README, tenth set): 0.927 / 0.185 (55).
    // Recall floor lowered with it.
    expect(figures.suggestions.recall).toBeGreaterThanOrEqual(0.17);
    expect(figures.required.precision).toBeGreaterThanOrEqual(0.82);
    expect(figures.anySkill.precision).toBeGreaterThanOrEqual(0.84);
    expect(figures.required.recall).toBeGreaterThanOrEqual(0.4);
    expect(figures.anySkill.recall).toBeGreaterThanOrEqual(0.4);
    expect(figures.years).toBeGreaterThanOrEqual(0.75);
    expect(figures.degree).toBeGreaterThanOrEqual(0.87);
  });

  it('reads the second held-out set, and both held-out sets together, close to the labels', () => {
    // Tuned on since (employer sentences, 6fe070d). At 6fe070d: second set suggestions 0.925 / 0.442, required
    // 0.82 / 0.444, all 0.894; both sets (30 ads) suggestions 0.90 / 0.435, top five 0.893, required 0.843 / 0.444,
    // all 0.885 / 0.447. With the confidence threshold: second set suggestions 0.936 / 0.403, both sets 0.911 / 0.399,
    // top five 0.923. Floors a little below.
    const second = measure('labelled ads (second held-out set)', heldOutTwo);
    expect(second.suggestions.precision).toBeGreaterThanOrEqual(0.9);
    // Since the threshold was chosen on sets 8 and 9 (0.94; fixtures README, tenth set): 0.975 / 0.195 (40).
    // Recall floor lowered with it.
    expect(second.suggestions.recall).toBeGreaterThanOrEqual(0.18);
    expect(second.required.precision).toBeGreaterThanOrEqual(0.78);
    expect(second.anySkill.precision).toBeGreaterThanOrEqual(0.85);
    expect(second.years).toBeGreaterThanOrEqual(0.85);
    expect(second.degree).toBeGreaterThanOrEqual(0.85);
    const together = measure('labelled ads (both held-out sets)', [...heldOut, ...heldOutTwo]);
    expect(together.suggestions.precision).toBeGreaterThanOrEqual(0.88);
    expect(together.suggestions.top5Precision).toBeGreaterThanOrEqual(0.9);
    expect(together.suggestions.recall).toBeGreaterThanOrEqual(0.17);
    expect(together.required.precision).toBeGreaterThanOrEqual(0.8);
    expect(together.anySkill.precision).toBeGreaterThanOrEqual(0.85);
    expect(together.anySkill.recall).toBeGreaterThanOrEqual(0.4);
  });
});

describe.skipIf(!available)('labelled job ads, third held-out set', () => {
  it('reads the third held-out set close to the labels', () => {
    expect(heldOutThree.length).toBeGreaterThanOrEqual(10);
    const third = measure('labelled ads (third held-out set)', heldOutThree);
    const all = measure('labelled ads (all three held-out sets)', [...heldOut, ...heldOutTwo, ...heldOutThree]);
    // Held out until 6fe070d, whose rules were chosen on its errors too. At 6fe070d: third set suggestions 0.885 / 0.457
    // (96), top five 0.92, all skills 0.891 / 0.473; the three sets (42 ads) suggestions 0.896 / 0.441 (345).
    // With the confidence threshold: third set 0.93 / 0.43 (86), the three sets 0.916 / 0.407 (310). Floors a little below.
    expect(third.suggestions.precision).toBeGreaterThanOrEqual(0.89);
    // Since the threshold was chosen on sets 8 and 9 (0.94; fixtures README, tenth set): 1.0 / 0.231 (39); the three
    // sets 0.963 / 0.2 (134). Recall floors lowered with it.
    expect(third.suggestions.recall).toBeGreaterThanOrEqual(0.21);
    expect(third.anySkill.precision).toBeGreaterThanOrEqual(0.85);
    expect(all.suggestions.precision).toBeGreaterThanOrEqual(0.89);
    expect(all.suggestions.recall).toBeGreaterThanOrEqual(0.18);
  });
});

describe.skipIf(!available)('labelled job ads, fourth held-out set', () => {
  it('reads the fourth held-out set close to the labels', () => {
    expect(heldOutFour.length).toBeGreaterThanOrEqual(15);
    const all = [...ads, ...heldOut, ...heldOutTwo, ...heldOutThree, ...heldOutFour];
    expect(new Set(all.map((ad) => `${ad.file} ${JSON.stringify(ad.key)}`)).size).toBe(all.length);
    const fourth = measure('labelled ads (fourth held-out set)', heldOutFour);
    // The only held-out set: never tuned on. Before (the code as it was labelled, a0620b6): suggestions 0.854 / 0.418
    // (157), top five 0.864, all skills 0.828 / 0.433. After the rules of 6fe070d (chosen on the other sets' errors),
    // measured once: suggestions 0.874 / 0.412 (151), top five 0.90, all skills 0.846 / 0.424, years 14 of 17, degrees
    // 16 of 17. Since then tuned on: the confidence weights and threshold were chosen on sets 1-4, this one included
    // (suggestions 0.96 / 0.379 (126), top five 0.986). After the rules of 7852bd7: 0.992 / 0.376 (120), top five 1.
    // After the weights and threshold were refitted on sets 1-7 (0.8; fixtures README): 0.947 / 0.394 (132), top five
    // 0.974. Floors a little below.
    expect(fourth.suggestions.precision).toBeGreaterThanOrEqual(0.93);
    // Since the threshold was chosen on sets 8 and 9 (0.94; fixtures README, tenth set): 1.0 / 0.194 (60).
    // Recall floor lowered with it.
    expect(fourth.suggestions.recall).toBeGreaterThanOrEqual(0.18);
    expect(fourth.suggestions.top5Precision).toBeGreaterThanOrEqual(0.93);
    expect(fourth.anySkill.precision).toBeGreaterThanOrEqual(0.8);
    expect(fourth.anySkill.recall).toBeGreaterThanOrEqual(0.39);
    expect(fourth.years).toBeGreaterThanOrEqual(0.75);
    expect(fourth.degree).toBeGreaterThanOrEqual(0.88);
  });
});

describe.skipIf(!available)('labelled job ads, fifth held-out set', () => {
  it('suggests few but right skills on ads never used to choose the rules', () => {
    expect(heldOutFive.length).toBeGreaterThanOrEqual(25);
    const all = [...ads, ...heldOut, ...heldOutTwo, ...heldOutThree, ...heldOutFour, ...heldOutFive];
    expect(new Set(all.map((ad) => `${ad.file} ${JSON.stringify(ad.key)}`)).size).toBe(all.length);
    expect(new Set(all.map((ad) => ad.id)).size).toBe(all.length);
    expect(new Set(heldOutFive.map((ad) => ad.file.split('/')[0])).size).toBeGreaterThanOrEqual(5);
    // Only the figures are printed: the wrong suggestions and misread years stay unseen.
    const fifth = measure('labelled ads (fifth held-out set)', heldOutFive, { printErrors: false });
    expect(beforeFive.map((ad) => ad.id)).toEqual(heldOutFive.map((ad) => ad.id));
    printPaired('labelled ads (fifth held-out set)', 'b62fc59', beforeFive, fifth.perAd);
    // With the confidence threshold (weights and threshold chosen on sets 1-4 only): suggestions 0.934 / 0.433 (257),
    // top five 0.955; before (b62fc59) 0.901 / 0.474 (292), top five 0.902. (A first version, whose one-word aliases
    // written as names such as "AWS" did not count as named, gave 0.933 / 0.429 (254); see the fixtures README.)
    // After the rules written from set 6's errors: 0.936 / 0.433 (250). After those of 7852bd7 (from sets 1-6, set 5's
    // errors read): 0.944 / 0.433 (248). Floors a little below.
    expect(fifth.suggestions.precision).toBeGreaterThanOrEqual(0.92);
    // Since the threshold was chosen on sets 8 and 9 (0.94; fixtures README, tenth set): 0.992 / 0.247 (128).
    // Recall floor lowered with it.
    expect(fifth.suggestions.recall).toBeGreaterThanOrEqual(0.23);
    expect(fifth.suggestions.top5Precision).toBeGreaterThanOrEqual(0.93);
    expect(fifth.anySkill.precision).toBeGreaterThanOrEqual(0.86);
    expect(fifth.anySkill.recall).toBeGreaterThanOrEqual(0.46);
  });
});

describe.skipIf(!available)('labelled job ads, sixth held-out set', () => {
  it('reads the sixth held-out set, drawn from the sources the others used least', () => {
    expect(heldOutSix.length).toBeGreaterThanOrEqual(20);
    const all = [...ads, ...heldOut, ...heldOutTwo, ...heldOutThree, ...heldOutFour, ...heldOutFive, ...heldOutSix];
    expect(new Set(all.map((ad) => `${ad.file} ${JSON.stringify(ad.key)}`)).size).toBe(all.length);
    expect(new Set(all.map((ad) => ad.id)).size).toBe(all.length);
    expect(new Set(heldOutSix.map((ad) => ad.file.split('/')[0])).size).toBeGreaterThanOrEqual(4);
    const sixth = measure('labelled ads (sixth held-out set)', heldOutSix);
    // The held-out figures, measured once at 1a4b5f0 before any rule was changed after reading this set's errors:
    // suggestions 0.851 [0.745, 0.929] / 0.423 (154), top five 0.865, all skills 0.838 / 0.474, years 20 / 20,
    // degrees 18 / 20. Its errors were read after that, so later figures on it are not held out. Floors below them.
    // After the rules written from its errors (offers, agency notices, "At <company>,", BS.c, a degree's field without
    // "in"; see the fixtures README): 0.923 / 0.423 (142), all skills 0.906 / 0.474 — not a held-out figure. After the
    // rules of 7852bd7 (from sets 1-6): 0.942 / 0.423 (139), all skills 0.917 / 0.474, degrees 19 / 20.
    expect(sixth.suggestions.precision).toBeGreaterThanOrEqual(0.92);
    // Since the threshold was chosen on sets 8 and 9 (0.94; fixtures README, tenth set): 0.986 / 0.237 (72).
    // Recall floor lowered with it.
    expect(sixth.suggestions.recall).toBeGreaterThanOrEqual(0.22);
    expect(sixth.anySkill.precision).toBeGreaterThanOrEqual(0.8);
    expect(sixth.anySkill.recall).toBeGreaterThanOrEqual(0.44);
    expect(sixth.years).toBeGreaterThanOrEqual(0.9);
    expect(sixth.degree).toBeGreaterThanOrEqual(0.85);
  });
});

describe.skipIf(!available)('labelled job ads, seventh held-out set', () => {
  it('suggests few but right skills on ads of domains the other sets drew little (studied since 5099ae5)', () => {
    expect(heldOutSeven.length).toBeGreaterThanOrEqual(20);
    expectNoAdTwice([ads, heldOut, heldOutTwo, heldOutThree, heldOutFour, heldOutFive, heldOutSix, heldOutSeven]);
    expect(new Set(heldOutSeven.map((ad) => ad.file.split('/')[0])).size).toBeGreaterThanOrEqual(5);
    // Its errors were read to write the rules of 5099ae5, so it is no longer held out and they are printed.
    const seventh = measure('labelled ads (seventh held-out set)', heldOutSeven);
    pairWithBefore(7, 'seventh', '7d0e403', heldOutSeven, seventh.perAd);
    // Held out: before any rule of that round (7d0e403), measured once: suggestions 0.881 (176) [0.825, 0.924] / 0.437,
    // top five 0.871, all skills 0.867 / 0.514, years 18 / 20, degrees 18 / 20. After the rules of 7852bd7 (chosen on
    // sets 1-6 only), measured once: suggestions 0.891 (174) [0.833, 0.936] / 0.437, top five 0.871, all skills 0.878 /
    // 0.514, years and degrees unchanged. After the rules of 5099ae5, written from its errors (no longer a held-out
    // figure): 0.928 (167) [0.885, 0.961] / 0.437, top five 0.918, all skills 0.907 / 0.514. Floors a little below.
    expect(seventh.suggestions.precision).toBeGreaterThanOrEqual(0.91);
    // Since the threshold was chosen on sets 8 and 9 (0.94; fixtures README, tenth set): 0.972 / 0.212 (72).
    // Recall floor lowered with it.
    expect(seventh.suggestions.recall).toBeGreaterThanOrEqual(0.2);
    expect(seventh.suggestions.top5Precision).toBeGreaterThanOrEqual(0.89);
    expect(seventh.anySkill.precision).toBeGreaterThanOrEqual(0.88);
    expect(seventh.anySkill.recall).toBeGreaterThanOrEqual(0.49);
    expect(seventh.years).toBeGreaterThanOrEqual(0.85);
    expect(seventh.degree).toBeGreaterThanOrEqual(0.85);
  });
});

describe.skipIf(!available)('labelled job ads, eighth held-out set', () => {
  it('suggests few but right skills on ads of every kind, as the sources have them, never used to choose the rules', () => {
    const eighth = measureHeldOut(8, 'eighth', '336cf88');
    // Held out: before any rule of that round (336cf88), measured once: suggestions 0.885 (270) [0.83, 0.933] / 0.477
    // [0.412, 0.531], top five 0.94, all skills 0.87 / 0.536, years 17 / 20, degrees 15 / 20. After the rules of 5099ae5
    // (chosen on sets 1-7 only), measured once: the same in every figure (paired difference [0, 0]). After the confidence
    // weights and threshold were refitted on sets 1-7 (threshold 0.8) and the place rule of 94d7793, measured once:
    // suggestions 0.877 (284) [0.819, 0.928] / 0.496, top five 0.916, all skills 0.87 / 0.536, years and degrees
    // unchanged; paired difference from 336cf88: precision [-0.019, 0], recall [+0.005, +0.038]. Floors a little below.
    // Since then a calibration set: the threshold (0.94) was chosen on sets 8 and 9 pooled (fixtures README, tenth set),
    // so its figures are no longer held out: 0.927 (137) [0.885, 0.966] / 0.268, top five 0.934. Floors a little below
    // (precision raised, recall lowered with the threshold).
    expect(eighth.suggestions.precision).toBeGreaterThanOrEqual(0.91);
    expect(eighth.suggestions.recall).toBeGreaterThanOrEqual(0.25);
    expect(eighth.suggestions.top5Precision).toBeGreaterThanOrEqual(0.9);
    expect(eighth.anySkill.precision).toBeGreaterThanOrEqual(0.85);
    expect(eighth.anySkill.recall).toBeGreaterThanOrEqual(0.51);
    expect(eighth.years).toBeGreaterThanOrEqual(0.8);
    expect(eighth.degree).toBeGreaterThanOrEqual(0.7);
  });
});

describe.skipIf(!available)('labelled job ads, ninth held-out set', () => {
  it('suggests few but right skills on a second draw of every kind of job, never used to choose the rules', () => {
    const ninth = measureHeldOut(9, 'ninth', '22add98');
    // Held out: before any rule of this round (22add98), measured once (output unread until the end): suggestions
    // 0.892 (167) [0.824, 0.94] / 0.353, top five 0.868. After the refit on sets 1-7 (threshold 0.8) and the place rule
    // of 94d7793, measured once: 0.892 (176) [0.825, 0.942] / 0.368 [0.291, 0.447], top five 0.868, all skills 0.871 /
    // 0.397, years 14 / 20, degrees 16 / 20; paired difference precision [-0.011, +0.008], recall [+0.002, +0.028].
    // Floors a little below.
    // Since then a calibration set, like set 8 (threshold 0.94 chosen on both): 0.975 (80) [0.941, 1] / 0.192, top five
    // 0.966. Floors a little below (precision raised, recall lowered with the threshold).
    expect(ninth.suggestions.precision).toBeGreaterThanOrEqual(0.95);
    expect(ninth.suggestions.recall).toBeGreaterThanOrEqual(0.18);
    expect(ninth.suggestions.top5Precision).toBeGreaterThanOrEqual(0.84);
    expect(ninth.anySkill.precision).toBeGreaterThanOrEqual(0.85);
    expect(ninth.anySkill.recall).toBeGreaterThanOrEqual(0.37);
    expect(ninth.years).toBeGreaterThanOrEqual(0.65);
    expect(ninth.degree).toBeGreaterThanOrEqual(0.75);
  });

  it('prints sets 8 and 9 together: the ads never tuned on', () => {
    // Each set's suggestions with the code before its round (holdout-8-before.json: 336cf88; holdout-9-before.json:
    // 22add98) against the code now, pooled over the 40 ads; figures only.
    const pooled = [heldOutEight, heldOutNine].map((set, index) => ({
      set,
      after: measure(`labelled ads (never tuned on: set ${index + 8})`, set, { printErrors: false }).perAd,
    }));
    const before = [...readBefore('holdout-8-before.json'), ...readBefore('holdout-9-before.json')];
    const after = {
      suggestions: pooled.flatMap((entry) => entry.after.suggestions),
      top5: pooled.flatMap((entry) => entry.after.top5),
    };
    expect(before.map((ad) => ad.id)).toEqual(pooled.flatMap((entry) => entry.set.map((ad) => ad.id)));
    const total = sum(after.suggestions);
    console.log(
      `labelled ads (sets 8 and 9 pooled, 40 ads never tuned on): ${JSON.stringify({
        count: total.extracted,
        precision: round(precision(total)),
        recall: round(recall(total)),
        top5Precision: round(precision(sum(after.top5))),
      })}`,
    );
    printPaired('labelled ads (sets 8 and 9 pooled)', '336cf88 / 22add98', before, after);
    // At the threshold chosen on these very sets (0.94): 0.945 (217), recall 0.232; not a held-out figure.
    expect(precision(total)).toBeGreaterThanOrEqual(0.93);
  });
});

/** One setting of the suggestions: the confidence threshold and at most `cap` suggestions per ad (surest first). */
interface SuggestionSetting {
  threshold: number;
  cap: number | undefined;
}

/**
 * The rule fixed before sets 8 and 9 were used to choose anything (fixtures README, "Protocol of this round"): the
 * lowest threshold on the grid with pooled precision >= 0.92 and no cap; a cap (10 or 5) only if no threshold reaches
 * it, then the capped setting with the highest recall among those that do (ties: the larger cap, the lower threshold);
 * else 0.8 with no cap.
 */
function chooseSetting(
  rows: ReadonlyArray<SuggestionSetting & { precision: number; recall: number }>,
  target = 0.92,
): SuggestionSetting {
  const uncapped = rows.find((row) => row.cap === undefined && row.precision >= target);
  if (uncapped !== undefined) return { threshold: uncapped.threshold, cap: undefined };
  let best: (typeof rows)[number] | undefined;
  for (const row of rows)
    if (row.cap !== undefined && row.precision >= target)
      if (
        best === undefined ||
        row.recall > (best.recall as number) ||
        (row.recall === best.recall &&
          ((row.cap as number) > (best.cap as number) || (row.cap === best.cap && row.threshold < best.threshold)))
      )
        best = row;
  return best === undefined ? { threshold: 0.8, cap: undefined } : { threshold: best.threshold, cap: best.cap };
}

describe('the suggestion setting rule', () => {
  const row = (threshold: number, cap: number | undefined, precision: number, recall: number) => ({
    threshold,
    cap,
    precision,
    recall,
  });
  it('takes the lowest uncapped threshold that reaches the target, a cap only when none does', () => {
    expect(
      chooseSetting([row(0.8, undefined, 0.9, 0.5), row(0.82, undefined, 0.93, 0.4), row(0.84, undefined, 0.95, 0.3)]),
    ).toEqual({ threshold: 0.82, cap: undefined });
    expect(
      chooseSetting([
        row(0.8, undefined, 0.9, 0.5),
        row(0.8, 10, 0.92, 0.3),
        row(0.82, 5, 0.95, 0.3),
        row(0.8, 5, 0.93, 0.2),
      ]),
    ).toEqual({ threshold: 0.8, cap: 10 });
    expect(chooseSetting([row(0.8, undefined, 0.9, 0.5), row(0.8, 10, 0.91, 0.3)])).toEqual({
      threshold: 0.8,
      cap: undefined,
    });
  });
});

describe.skipIf(!available)('labelled job ads, the suggestion threshold chosen on sets 8 and 9', () => {
  it('chooses the suggestion threshold on sets 8 and 9 pooled, by the rule fixed before they were used', () => {
    // Sets 8 and 9 (40 ads whose wrong suggestions were never printed) are the calibration sets of this round: the
    // confidence weights stay as fitted on sets 1-7 and only the threshold (and, failing it, a cap) is chosen here.
    // Figures only; the wrong suggestions stay unprinted.
    const grid = Array.from({ length: 10 }, (_, index) => Math.round((0.8 + 0.02 * index) * 100) / 100);
    const caps = [undefined, 10, 5];
    const calibration = [...heldOutEight, ...heldOutNine].map((ad) => ({
      job: loadAd(ad),
      labels: [...ad.required, ...ad.preferred],
    }));
    const rows: Array<SuggestionSetting & { count: number; precision: number; recall: number }> = [];
    for (const threshold of grid) {
      const suggested = calibration.map(
        ({ job }) =>
          scoreResumeAgainstJob(EMPTY_RESUME, job, {
            now: new Date('2026-01-15T00:00:00.000Z'),
            minimumConfidence: threshold,
          }).missingKeywords,
      );
      for (const cap of caps) {
        const tally = emptyTally();
        calibration.forEach(({ labels }, index) => {
          const list = suggested[index] ?? [];
          countSuggestions(tally, cap === undefined ? list : list.slice(0, cap), labels);
        });
        rows.push({
          threshold,
          cap,
          count: tally.extracted,
          precision: round(precision(tally)),
          recall: round(recall(tally)),
        });
      }
    }
    for (const row of rows) console.log(`labelled ads (sets 8 and 9 pooled, calibration): ${JSON.stringify(row)}`);
    const chosen = chooseSetting(rows);
    console.log(`labelled ads (sets 8 and 9 pooled, calibration): chosen ${JSON.stringify(chosen)}`);
    expect(chosen.cap).toBeUndefined();
    expect(DEFAULT_SUGGESTION_CONFIDENCE).toBe(chosen.threshold);
  });
});

describe.skipIf(!available)('labelled job ads, tenth held-out set', () => {
  it('suggests few but right skills on a third draw of every kind of job, checking the threshold chosen on sets 8 and 9', () => {
    const tenth = measureHeldOut(10, 'tenth', '14b8010');
    // Held out: before this round (14b8010, threshold 0.8), written once unread: suggestions 0.92 (250) [0.86, 0.954] /
    // 0.408, top five 0.921. With the threshold chosen on sets 8 and 9 (0.94, 2180c4f), measured once: 0.979 (140)
    // [0.93, 1] / 0.253 [0.143, 0.352], top five 0.955 [0.902, 1], all skills 0.883 / 0.438, years 20 / 20, degrees
    // 17 / 20; paired difference precision [+0.028, +0.101], recall [-0.197, -0.122]. Floors a little below.
    expect(tenth.suggestions.precision).toBeGreaterThanOrEqual(0.95);
    expect(tenth.suggestions.recall).toBeGreaterThanOrEqual(0.23);
    expect(tenth.suggestions.top5Precision).toBeGreaterThanOrEqual(0.93);
    expect(tenth.anySkill.precision).toBeGreaterThanOrEqual(0.85);
    expect(tenth.anySkill.recall).toBeGreaterThanOrEqual(0.41);
    expect(tenth.years).toBeGreaterThanOrEqual(0.9);
    expect(tenth.degree).toBeGreaterThanOrEqual(0.8);
  });
});

// For refitting core's confidence weights (fixtures/fit-confidence.py): every suggestion for an empty resume over
// sets 1-7 with its evidence and whether it is a labelled skill. Sets 8 and 9 (held out) are never written out.
const dumpFile = process.env.ROLEFIT_DUMP_SUGGESTIONS;
describe.skipIf(!available || dumpFile === undefined)('labelled job ads, suggestions of sets 1-7 for fitting', () => {
  it('writes every suggestion of sets 1-7 with its evidence', () => {
    const rows: unknown[] = [];
    const files: Array<[string, LabelledAd[]]> = [
      ['labelled-ads.json', ads],
      ['labelled-ads-holdout.json', heldOut],
      ['labelled-ads-holdout-2.json', heldOutTwo],
      ['labelled-ads-holdout-3.json', heldOutThree],
      ['labelled-ads-holdout-4.json', heldOutFour],
      ['labelled-ads-holdout-5.json', heldOutFive],
      ['labelled-ads-holdout-6.json', heldOutSix],
      ['labelled-ads-holdout-7.json', heldOutSeven],
    ];
    for (const [file, set] of files)
      for (const ad of set) {
        const job = loadAd(ad);
        const read = readJobRequirements(job);
        const skills = [...read.requiredSkills, ...read.preferredSkills];
        const labels = [...ad.required, ...ad.preferred].map(labelKeys);
        const report = scoreResumeAgainstJob(EMPTY_RESUME, job, {
          now: new Date('2026-01-15T00:00:00.000Z'),
          minimumConfidence: 0,
        });
        // A group of alternatives ("R, SAS or Python") gives one row per skill it names.
        for (const missing of report.missingKeywords)
          for (const keyword of missing.anyOf ?? [missing.keyword]) {
            const skill = skills.find((candidate) => candidate.skill.toLowerCase() === keyword.toLowerCase());
            rows.push({
              file,
              ad: ad.id,
              labels: labels.length,
              keyword,
              kind: missing.kind,
              required: skill?.required ?? missing.kind !== 'preferred-skill',
              frequency: skill?.frequency ?? missing.frequency,
              evidence: skill?.evidence,
              foundIn: skill?.foundIn,
              right: labels.some((keys) => keys.has(keyword.toLowerCase())),
            });
          }
      }
    writeFileSync(
      dumpFile as string,
      JSON.stringify({
        labels: files
          .flatMap(([, set]) => set)
          .reduce((total, ad) => total + ad.required.length + ad.preferred.length, 0),
        rows,
      }),
    );
    expect(rows.length).toBeGreaterThan(1000);
  });
});

if (!available)
  console.log(`labelled job ads skipped: no developer data at ${dataDir} (set ROLEFIT_DATA to the shared data folder)`);
