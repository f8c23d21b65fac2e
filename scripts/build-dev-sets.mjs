#!/usr/bin/env node
// Builds labelled dev sets for `pnpm eval` from the public data in ../shared/data (see its SOURCES.md).
// That data is not ours to redistribute, so the sets are written outside the repository.
//
//   node scripts/build-dev-sets.mjs [--out DIR] [--sets a,b]
//
// ROLEFIT_DATA  data folder (default <repo>/../shared/data)
// --out         output folder (default <os.tmpdir()>/rolefit-dev-sets); refused inside the repository
// --sets        only these sets (default: all): lirecommend, lirecommend-profile, job-views, ember, wuzzuf-skills,
//               resume-occupation, applicant-occupation-few, recruiter-occupation, google-recruiter-few,
//               resume-skill-jobs-few
//
// Another tool can import this file: it exports SETS (the set names) and buildDevSets({ out, sets, data }), and
// runs the command line only when it is the script node was started with.
//
// Each set gets <out>/<set>/train and <out>/<set>/test, each a full dataset (jobs.jsonl, resumes.jsonl,
// qrels.tsv, README.md). Splits use a fixed seed, so a rebuild gives the same files.
// Needs core built (packages/core/dist), for core's CSV reader and seeded generator.
// The sets added for issue #22 (occupation-graded and Google ones) live in scripts/dev-sets/.
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildNewSet, NEW_SETS } from './dev-sets/index.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Whether node was started with this file (through any symbolic link), rather than it being imported. */
const isMain = (() => {
  try {
    return (
      process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
})();
const coreEntry = join(repo, 'packages/core/dist/index.js');
// The CSV reader is a development tool (@rolefit/dev-tools), not part of core's public API.
const toolsEntry = join(repo, 'tools/dist/index.js');
for (const entry of [coreEntry, toolsEntry]) {
  if (existsSync(entry)) continue;
  if (!isMain) throw new Error(`build-dev-sets: ${entry} is missing; build the packages first (pnpm build)`);
  console.error(`build-dev-sets: ${entry} is missing; build the packages first (pnpm build)`);
  process.exit(1);
}
const { createRandom: random } = await import(pathToFileURL(join(repo, 'packages/core/dist/internal.js')).href);
const { parseCsv } = await import(pathToFileURL(toolsEntry).href);

/** Every set this script builds, in build order. */
export const SETS = Object.freeze([
  'lirecommend',
  'lirecommend-profile',
  'job-views',
  'ember',
  'wuzzuf-skills',
  ...NEW_SETS,
]);
const SEED = 20_261_123;

/** Set by {@link buildDevSets}: where the public data is read from and where the sets are written. */
let dataRoot;
let outRoot;

const insideRepo = (path) => {
  const relation = relative(repo, path);
  return relation === '' || (!relation.startsWith('..') && !isAbsolute(relation));
};

// ─── helpers ─────────────────────────────────────────────────────────────────────────────────────

/** Seed for one purpose, so adding a set does not change another set's split. */
const seedFor = (label) =>
  [...label].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16_777_619) >>> 0, SEED);

function shuffle(items, next) {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

const read = (...parts) => readFileSync(join(dataRoot, ...parts), 'utf8');
const clean = (value) =>
  value === undefined || value === null || value === 'NA' ? '' : String(value).replace(/\s+/g, ' ').trim();

/** Writes one dataset folder. */
function writeDataset(directory, { jobs, resumes, qrels, readme }) {
  mkdirSync(directory, { recursive: true });
  const lines = (records) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';
  writeFileSync(join(directory, 'jobs.jsonl'), lines(jobs));
  writeFileSync(join(directory, 'resumes.jsonl'), lines(resumes));
  writeFileSync(
    join(directory, 'qrels.tsv'),
    ['resumeId\tjobId\tgrade', ...qrels.map((row) => `${row.resumeId}\t${row.jobId}\t${row.grade}`)].join('\n') + '\n',
  );
  writeFileSync(join(directory, 'README.md'), readme);
}

/** Keeps the jobs and resumes a split's judgements name, in their original order. */
function subset(all, qrels) {
  const jobIds = new Set(qrels.map((row) => row.jobId));
  const resumeIds = new Set(qrels.map((row) => row.resumeId));
  return {
    jobs: all.jobs.filter((job) => jobIds.has(job.id)),
    resumes: all.resumes.filter((resume) => resumeIds.has(resume.id)),
    qrels,
  };
}

/** Splits the queries of a multi-query set in half: resume ids, or job ids when `query` is `job`. */
function splitByQuery(all, label, query = 'resume') {
  const key = query === 'job' ? 'jobId' : 'resumeId';
  const ids = shuffle([...new Set(all.qrels.map((row) => row[key]))].sort(), random(seedFor(label)));
  const train = new Set(ids.slice(0, Math.ceil(ids.length / 2)));
  return {
    train: subset(
      all,
      all.qrels.filter((row) => train.has(row[key])),
    ),
    test: subset(
      all,
      all.qrels.filter((row) => !train.has(row[key])),
    ),
  };
}

/**
 * Splits the items of a one-query set in half, stratified by grade; items in one group (reposts with the same
 * text) stay on one side, so a posting never counts in both.
 */
function splitByItem(all, label, groupOf) {
  const next = random(seedFor(label));
  // Group first (a repost may carry another grade), then stratify the groups by their first member's grade.
  const groups = new Map();
  const gradeOfGroup = new Map();
  for (const row of all.qrels) {
    const key = groupOf(row.jobId);
    if (!groups.has(key)) {
      groups.set(key, []);
      gradeOfGroup.set(key, row.grade);
    }
    groups.get(key).push(row.jobId);
  }
  const trainJobs = new Set();
  for (const grade of [...new Set(gradeOfGroup.values())].sort()) {
    const keys = [...groups.keys()].filter((key) => gradeOfGroup.get(key) === grade).sort();
    const total = keys.reduce((sum, key) => sum + groups.get(key).length, 0);
    let taken = 0;
    for (const key of shuffle(keys, next)) {
      if (taken >= total / 2) break;
      for (const id of groups.get(key)) trainJobs.add(id);
      taken += groups.get(key).length;
    }
  }
  return {
    train: subset(
      all,
      all.qrels.filter((row) => trainJobs.has(row.jobId)),
    ),
    test: subset(
      all,
      all.qrels.filter((row) => !trainJobs.has(row.jobId)),
    ),
  };
}

function summary(split, query = 'resume') {
  const counts = {};
  for (const row of split.qrels) counts[row.grade] = (counts[row.grade] ?? 0) + 1;
  const grades = Object.keys(counts)
    .sort()
    .reverse()
    .map((grade) => `${grade}: ${counts[grade]}`)
    .join(', ');
  const count = (n, noun, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
  const queries = new Set(split.qrels.map((row) => (query === 'job' ? row.jobId : row.resumeId))).size;
  return `${count(queries, 'query', 'queries')}, ${count(split.jobs.length, 'job')}, ${count(split.resumes.length, 'resume')}, ${count(split.qrels.length, 'judgement')} (grades ${grades})`;
}

/** Writes a set's two splits; `query` is the side that ranks the other (`job`: a job ranks its judged resumes). */
function writeSet(name, splits, describe, query = 'resume') {
  rmSync(join(outRoot, name), { recursive: true, force: true });
  for (const part of ['train', 'test']) {
    const split = splits[part];
    const readme = `# ${name} / ${part}\n\nquery: ${query}\n\n${describe}\n\nThis split: ${summary(split, query)}.\n\nBuilt by scripts/build-dev-sets.mjs from ${dataRoot} (see SOURCES.md there). Not for redistribution: the source data has no licence to share it.\n`;
    writeDataset(join(outRoot, name, part), { ...split, readme });
    console.error(`${name}/${part}: ${summary(split, query)}`);
  }
}

// ─── lirecommend: one person's 0–3 ratings of 413 LinkedIn postings ──────────────────────────────

const EMPLOYMENT_TYPES = {
  'full-time': 'full-time',
  'part-time': 'part-time',
  contract: 'contract',
  temporary: 'temporary',
  internship: 'internship',
  volunteer: 'volunteer',
};
const EXPERIENCE_LEVELS = {
  internship: 'internship',
  'entry level': 'entry',
  associate: 'associate',
  'mid-senior level': 'mid-senior',
  director: 'director',
  executive: 'executive',
};

function linkedInLocation(text) {
  const parts = clean(text)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return /united states/i.test(parts[0]) ? { country: 'US' } : { region: parts[0] };
  const last = parts.at(-1);
  // "Seattle, WA" (city, state) or "Ohio, United States" (state, country).
  if (/united states/i.test(last))
    return parts.length === 2
      ? { region: parts[0], country: 'US' }
      : { city: parts[0], region: parts[1], country: 'US' };
  return { city: parts[0], region: last, country: 'US' };
}

function lirecommendJobs() {
  const rows = read('lirecommend-dev', 'ratings.jsonl')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  return rows.map((row) => {
    const header = (label) => new RegExp(`^${label} is (.*)$`, 'mi').exec(row.text)?.[1]?.trim().toLowerCase();
    const job = {
      id: row.id,
      source: 'lirecommend',
      title: clean(row.title) || clean(row.text.split('\n')[0]) || row.id,
      description: row.text,
    };
    if (clean(row.company)) job.company = clean(row.company);
    const location = linkedInLocation(row.location);
    if (location) job.location = location;
    const employmentType = EMPLOYMENT_TYPES[header('Employment type') ?? ''];
    if (employmentType) job.employmentType = employmentType;
    const experienceLevel = EXPERIENCE_LEVELS[header('Seniority level') ?? ''];
    if (experienceLevel) job.experienceLevel = experienceLevel;
    // Salaries are in $K a year (hourly rates already annualised by the source).
    const min = typeof row.min_salary === 'number' ? row.min_salary * 1000 : undefined;
    const max = typeof row.max_salary === 'number' ? row.max_salary * 1000 : undefined;
    if (min !== undefined || max !== undefined) {
      const low = Math.min(min ?? max, max ?? min);
      const high = Math.max(min ?? max, max ?? min);
      job.salary = { min: low, max: high, currency: 'USD', period: 'year' };
    }
    return { job, rating: row.rating, text: row.text };
  });
}

// Our paraphrase of the rater's focus as SOURCES.md states it, not the rater's own words.
const LIRECOMMEND_PROFILE_TEXT = [
  'Software engineer with a machine learning focus.',
  'Looking for machine learning engineering and software engineering roles: ML engineer, AI/ML developer, software engineer, data engineer, Python developer.',
  'Most interested in machine learning engineering roles with a high salary (around $160K a year).',
  'Not interested in work outside software and machine learning, such as driving a bus.',
].join('\n');

function buildLirecommend(name, text) {
  const rated = lirecommendJobs();
  const resumeId = 'lirecommend-rater';
  const all = {
    jobs: rated.map((entry) => entry.job),
    resumes: [{ id: resumeId, text }],
    qrels: rated.map((entry) => ({ resumeId, jobId: entry.job.id, grade: entry.rating })),
  };
  const textOf = new Map(rated.map((entry) => [entry.job.id, entry.text]));
  const splits = splitByItem(all, 'lirecommend', (jobId) => textOf.get(jobId));
  const describe =
    name === 'lirecommend'
      ? [
          'One person rated 413 LinkedIn postings 0–3 for how much they want them (lirecommend-dev/ratings.jsonl:',
          '3 = extremely desirable, 0 = completely outside their interest). The ratings are the judgements of a single',
          'pseudo-resume, `lirecommend-rater`, whose text is empty: no resume was published, so content rankers see',
          'nothing of the person and tie. This set is for rankers that learn from ratings (fit on train, report on test).',
          'Split by posting, half and half per grade with a fixed seed; reposts with identical text stay together.',
        ].join('\n')
      : [
          'The lirecommend ratings (see the lirecommend set), with a pseudo-resume that describes the rater instead of',
          'an empty one. Its text is OUR PARAPHRASE of the rater\'s focus as SOURCES.md describes it ("one rater with an',
          'ML/software-engineering focus"; 3 = e.g. ML engineering at $160K, 0 = e.g. bus driver), not words the rater',
          'wrote. Treat results as indicative: the text is short and written after seeing the rating description.',
          'Split by posting, half and half per grade with a fixed seed; reposts with identical text stay together.',
          '',
          'Pseudo-resume text:',
          '',
          ...text.split('\n').map((line) => `> ${line}`),
        ].join('\n');
  writeSet(name, splits, describe);
}

// ─── job-views: applicants' views of job postings (implicit feedback, US, Dec 2014) ──────────────

/** Negatives sampled per applicant. */
const JOB_VIEWS_NEGATIVES = 10;
/** A single view at least this long (seconds; the median single view is 38 s) counts as a longer look. */
const JOB_VIEWS_LONG_VIEW_SECONDS = 30;

/**
 * The job-views applicants' profiles: positions of interest (in file order, no repeats) and work history (each past
 * position with employer, place, dates and description). `textOf` gives the resume text the sets use.
 */
function jobViewsApplicants() {
  const folder = 'job-views-implicit-feedback';
  const experience = parseCsv(read(folder, 'Experience.csv'));
  const interests = parseCsv(read(folder, 'Positions_Of_Interest.csv'));
  const interestsOf = new Map();
  for (const row of interests) {
    const id = clean(row['Applicant.ID']);
    const position = clean(row['Position.Of.Interest']);
    if (!position) continue;
    if (!interestsOf.has(id)) interestsOf.set(id, []);
    if (!interestsOf.get(id).includes(position)) interestsOf.get(id).push(position);
  }
  const historyOf = new Map();
  for (const row of experience) {
    const id = clean(row['Applicant.ID']);
    const position = clean(row['Position.Name']);
    const description = clean(row['Job.Description']);
    if (!position && !description) continue;
    const place = [clean(row.City), clean(row['State.Code'])].filter(Boolean).join(', ');
    const dates = [clean(row['Start.Date']), clean(row['End.Date']) || (clean(row['Start.Date']) ? 'present' : '')]
      .filter(Boolean)
      .join(' – ');
    const where = [position, clean(row['Employer.Name']) && `at ${clean(row['Employer.Name'])}`, place && `(${place})`]
      .filter(Boolean)
      .join(' ');
    const head = [where, dates].filter(Boolean).join(', ');
    if (!historyOf.has(id)) historyOf.set(id, []);
    historyOf.get(id).push(description ? `${head}\n${description}` : head);
  }
  const textOf = (applicant) => {
    const interestsText = interestsOf.get(applicant)?.length
      ? `Positions of interest: ${interestsOf.get(applicant).join(', ')}`
      : '';
    return [interestsText, ...(historyOf.get(applicant) ?? [])].filter(Boolean).join('\n\n');
  };
  return { interestsOf, historyOf, textOf };
}

function buildJobViews() {
  const folder = 'job-views-implicit-feedback';
  const views = parseCsv(read(folder, 'Job_Views.csv'));

  const jobs = new Map();
  const pairs = new Map(); // applicant → job → { views, seconds }
  for (const view of views) {
    const jobId = `jv-${view['Job.ID']}`;
    if (!jobs.has(jobId)) {
      const title = clean(view.Position) || clean(view.Title).replace(/ @ .*$/, '') || jobId;
      const job = {
        id: jobId,
        source: 'job-views',
        title,
        description: clean(view.Industry) ? `Industry: ${clean(view.Industry)}` : '',
      };
      if (clean(view.Company)) job.company = clean(view.Company);
      const location = { city: clean(view.City), region: clean(view['State.Code']), country: 'US' };
      for (const key of ['city', 'region']) if (!location[key]) delete location[key];
      job.location = location;
      jobs.set(jobId, job);
    }
    const applicant = clean(view['Applicant.ID']);
    if (!pairs.has(applicant)) pairs.set(applicant, new Map());
    const seen = pairs.get(applicant).get(jobId) ?? { views: 0, seconds: 0 };
    seen.views += 1;
    const seconds = Number(view['View.Duration']);
    if (Number.isFinite(seconds)) seen.seconds = Math.max(seen.seconds, seconds);
    pairs.get(applicant).set(jobId, seen);
  }

  // Resume text: positions of interest, then each past position with employer, place, dates and description.
  const applicants = jobViewsApplicants();

  const resumes = [];
  const qrels = [];
  const titleKey = (title) =>
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const jobsByState = new Map();
  for (const job of jobs.values()) {
    const state = job.location.region ?? '';
    if (!jobsByState.has(state)) jobsByState.set(state, []);
    jobsByState.get(state).push(job.id);
  }
  const allJobIds = [...jobs.keys()];
  const next = random(seedFor('job-views negatives'));
  for (const applicant of [...pairs.keys()].sort()) {
    const text = applicants.textOf(applicant);
    if (!text) continue;
    const resumeId = `jv-applicant-${applicant}`;
    resumes.push({ id: resumeId, text });
    const viewed = pairs.get(applicant);
    for (const [jobId, seen] of viewed) {
      const grade = seen.views >= 2 ? 3 : seen.seconds >= JOB_VIEWS_LONG_VIEW_SECONDS ? 2 : 1;
      qrels.push({ resumeId, jobId, grade });
    }
    // Negatives: jobs other applicants viewed, from the applicant's own state when there are enough, never
    // one with the same title as a job the applicant viewed (that could be a posting they would want).
    const viewedTitles = new Set([...viewed.keys()].map((jobId) => titleKey(jobs.get(jobId).title)));
    const states = [...new Set([...viewed.keys()].map((jobId) => jobs.get(jobId).location.region ?? ''))];
    const local = states.flatMap((state) => jobsByState.get(state) ?? []);
    const pool = local.length >= 3 * JOB_VIEWS_NEGATIVES ? local : allJobIds;
    const negatives = new Set();
    for (let attempt = 0; negatives.size < JOB_VIEWS_NEGATIVES && attempt < 50 * JOB_VIEWS_NEGATIVES; attempt++) {
      const jobId = pool[Math.floor(next() * pool.length)];
      if (viewed.has(jobId) || negatives.has(jobId) || viewedTitles.has(titleKey(jobs.get(jobId).title))) continue;
      negatives.add(jobId);
    }
    for (const jobId of [...negatives].sort()) qrels.push({ resumeId, jobId, grade: 0 });
  }
  const usedJobs = new Set(qrels.map((row) => row.jobId));
  const all = { jobs: [...jobs.values()].filter((job) => usedJobs.has(job.id)), resumes, qrels };
  writeSet(
    'job-views',
    splitByQuery(all, 'job-views'),
    [
      'Applicants of the Kaggle "Job Recommendation" data (job-views-implicit-feedback) and the jobs they viewed.',
      'Queries are the applicants with any profile text; the text is their positions of interest and their work',
      'history (position, employer, place, dates, description), so an applicant with neither is left out.',
      "Jobs have only a title (the posting's position), company, place and industry: the source has no job text.",
      '',
      'Grades (views are implicit feedback; nobody rated anything):',
      '- 3: viewed two or more times (the applicant came back to it)',
      `- 2: viewed once for ${JOB_VIEWS_LONG_VIEW_SECONDS} s or more (the median single view is 38 s)`,
      `- 1: viewed once for less than ${JOB_VIEWS_LONG_VIEW_SECONDS} s, or the duration is unknown`,
      `- 0: not viewed: ${JOB_VIEWS_NEGATIVES} jobs per applicant sampled (fixed seed) from jobs other applicants viewed,`,
      "  in the applicant's own state(s) when there are enough there, never one with the title of a job they viewed.",
      '  Sampled negatives are presumed, not observed: some would have interested the applicant.',
      '',
      'Split by applicant, half and half, fixed seed.',
    ].join('\n'),
  );
}

// ─── ember: one profile and the postings its owner saved or discarded (2018) ─────────────────────

/** Reads a Python list-of-strings literal such as `['a', "b's"]`, as the source stores each posting. */
function parsePythonStringList(text) {
  const items = [];
  let index = text.indexOf('[') + 1;
  if (index === 0) throw new Error('not a Python list');
  const escapes = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
    0: '\0',
  };
  for (;;) {
    while (/[\s,]/.test(text[index] ?? '')) index += 1;
    if (index >= text.length) throw new Error('unterminated Python list');
    if (text[index] === ']') return items;
    const quote = text[index];
    if (quote !== "'" && quote !== '"') throw new Error(`unexpected ${JSON.stringify(text[index])} in a Python list`);
    index += 1;
    let value = '';
    while (text[index] !== quote) {
      if (index >= text.length) throw new Error('unterminated Python string');
      if (text[index] === '\\') {
        const code = text[index + 1];
        const width = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
        if (width > 0) {
          value += String.fromCodePoint(parseInt(text.slice(index + 2, index + 2 + width), 16));
          index += 2 + width;
        } else {
          value += escapes[code] ?? `\\${code}`;
          index += 2;
        }
      } else value += text[index++];
    }
    index += 1;
    items.push(value);
  }
}

/** Opening lines that are headings, not titles. */
const GENERIC_HEADINGS =
  /^(\**\s*)?(job description|description|who we are|about (the|us|the team)|overview|location:.*|job type:.*|sector:.*|technology group)\s*:?\**$/i;

function emberTitle(lines) {
  const line =
    lines
      .map((candidate) => candidate.replace(/\*+/g, '').trim())
      .find((candidate) => candidate && !GENERIC_HEADINGS.test(candidate)) ?? '';
  return line.split(/\s+/).slice(0, 10).join(' ') || 'Job posting';
}

function buildEmber() {
  const folder = 'ember-profile-job-labels';
  const profile = parseCsv(read(folder, 'chris_profile.csv'))[0]?.profile ?? '';
  const rows = parseCsv(read(folder, 'chris_complete_training.csv'));
  const resumeId = 'ember-chris';
  const jobs = [];
  const qrels = [];
  const textOf = new Map();
  for (const row of rows) {
    const label = Number(row.labels);
    // 1 = saved, -1 = discarded, 0 = never labelled (unjudged, left out).
    if (label !== 1 && label !== -1) continue;
    const lines = parsePythonStringList(row.jobs);
    const id = `ember-${clean(row[''])}`;
    const description = lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    jobs.push({ id, source: 'ember', title: emberTitle(lines), description });
    qrels.push({ resumeId, jobId: id, grade: label === 1 ? 2 : 0 });
    textOf.set(id, description);
  }
  const all = { jobs, resumes: [{ id: resumeId, text: profile }], qrels };
  writeSet(
    'ember',
    splitByItem(all, 'ember', (jobId) => textOf.get(jobId)),
    [
      'One LinkedIn profile (ember-profile-job-labels/chris_profile.csv: About, experience and recommendations) and',
      'the Glassdoor postings its owner saved (grade 2) or discarded (grade 0); the 706 unlabelled postings are left',
      'out. Postings have no title in the source: the title here is the first line that is not a heading such as',
      '"Job Description", cut to 10 words. Only 48 labels (11 saved): a smoke test, not a measurement.',
      'Split by posting, half and half per grade with a fixed seed; postings with identical text stay together.',
    ].join('\n'),
  );
}

// ─── wuzzuf-skills: the board's own skill tags decide relevance ──────────────────────────────────

const WUZZUF_QUERIES = 400;
const WUZZUF_PER_GRADE = 5;
const WUZZUF_NEGATIVES = 10;
const wuzzufGrade = (overlap) => (overlap >= 0.5 ? 3 : overlap >= 0.3 ? 2 : overlap >= 0.15 ? 1 : 0);

function buildWuzzufSkills() {
  const folder = 'wuzzuf-postings-with-skills';
  const postings = parseCsv(read(folder, 'job_postings_data_final.csv'), { delimiter: '~' });
  const tags = new Map();
  for (const row of parseCsv(read(folder, 'job_skills.csv'), { delimiter: '~' })) {
    const key = `${clean(row.job_title)}\u0000${clean(row.company_name)}`;
    const skill = clean(row.job_skill).toLowerCase();
    if (skill === '' || skill === '-1') continue;
    if (!tags.has(key)) tags.set(key, new Set());
    tags.get(key).add(skill);
  }
  const usable = [];
  postings.forEach((row, index) => {
    const title = clean(row.job_title);
    const company = clean(row.company_name);
    const skills = tags.get(`${title}\u0000${company}`);
    // The scrape dropped the line breaks between bullets ("managersProven working…"); put them back where an
    // all-lower-case word runs into a capital, which leaves JavaScript, PowerPoint and the like whole.
    const requirements = clean(row.job_requirements).replace(/\b([a-z]{2,}[).]?)(?=[A-Z][a-z])/g, '$1\n');
    if (!title || !skills || skills.size < 3 || requirements.length < 200) return;
    const city = clean(row.Location_Part1).replace(/,$/, '');
    const country = clean(row.Location_Part2);
    usable.push({ id: `wz-${index + 1}`, title, company, skills: [...skills].sort(), requirements, city, country });
  });
  const jaccard = (left, right) => {
    const other = new Set(right.skills);
    const shared = left.skills.filter((skill) => other.has(skill)).length;
    return shared / (left.skills.length + right.skills.length - shared);
  };

  const next = random(seedFor('wuzzuf-skills'));
  const queries = shuffle(usable, next).slice(0, WUZZUF_QUERIES);
  const qrels = [];
  const judged = new Set();
  const resumes = [];
  for (const query of queries) {
    // The same ad posted twice (same title and company) is the query itself, not a candidate.
    const candidates = usable.filter(
      (posting) => posting.id !== query.id && !(posting.title === query.title && posting.company === query.company),
    );
    // Grade-0 jobs split by whether they share any tag with the query ("near") or none ("far").
    const byGrade = new Map([
      [1, []],
      [2, []],
      [3, []],
    ]);
    const near = [];
    const far = [];
    for (const posting of candidates) {
      const overlap = jaccard(query, posting);
      const grade = wuzzufGrade(overlap);
      (grade > 0 ? byGrade.get(grade) : overlap > 0 ? near : far).push(posting);
    }
    const picked = [];
    for (const grade of [3, 2, 1])
      for (const posting of shuffle(byGrade.get(grade), next).slice(0, WUZZUF_PER_GRADE)) picked.push([posting, grade]);
    if (picked.length === 0) continue;
    // Half the negatives share a tag or two with the query (overlap under 0.15), half share none.
    for (const posting of [
      ...shuffle(near, next).slice(0, WUZZUF_NEGATIVES / 2),
      ...shuffle(far, next).slice(0, WUZZUF_NEGATIVES / 2),
    ])
      picked.push([posting, 0]);
    const resumeId = `wz-person-${query.id.slice(3)}`;
    resumes.push({ id: resumeId, text: query.requirements });
    for (const [posting, grade] of picked) {
      qrels.push({ resumeId, jobId: posting.id, grade });
      judged.add(posting.id);
    }
  }
  const jobs = usable
    .filter((posting) => judged.has(posting.id))
    .map((posting) => ({
      id: posting.id,
      source: 'wuzzuf',
      title: posting.title,
      description: '',
      company: posting.company,
      ...(posting.city || posting.country
        ? {
            location: {
              ...(posting.city ? { city: posting.city } : {}),
              ...(posting.country ? { country: posting.country } : {}),
            },
          }
        : {}),
      skills: posting.skills,
    }));
  writeSet(
    'wuzzuf-skills',
    splitByQuery({ jobs, resumes, qrels }, 'wuzzuf-skills'),
    [
      'Wuzzuf postings (wuzzuf-postings-with-skills) and the skill tags the job board shows for each.',
      'Requirement texts get back the line breaks the scrape lost between bullets (an all-lower-case word run into a capital).',
      "Queries are postings' requirement texts (plain text, no structure, no title), standing in for a person who",
      'meets them. Jobs carry only a title, company, place and the skill list (no description).',
      '',
      "Grades come from the board's tags, never from Rolefit's own extraction: Jaccard overlap of the query",
      "posting's tags with the job's tags, 3: >= 0.5, 2: >= 0.3, 1: >= 0.15, 0: below (up to 5 jobs per grade 1-3",
      'sampled with a fixed seed, and 10 grade-0 jobs: 5 sharing a tag with the query, 5 sharing none).',
      'The same ad reposted (same title and company) is never a candidate for itself.',
      '',
      `Split by query, half and half, fixed seed (${WUZZUF_QUERIES} postings sampled as queries; those without any job graded 1 or more are left out).`,
    ].join('\n'),
  );
}

// ─── main ────────────────────────────────────────────────────────────────────────────────────────

/** What the modules in scripts/dev-sets/ get from here, so every set reads, splits and writes the same way. */
const context = () => ({
  dataRoot,
  read,
  clean,
  parseCsv,
  random,
  seedFor,
  shuffle,
  splitByQuery,
  writeSet,
  linkedInLocation,
  jobViewsApplicants,
});

/**
 * Builds `sets` (default: all) from the data in `data` (default ROLEFIT_DATA or <repo>/../shared/data) into `out`
 * (default <os.tmpdir()>/rolefit-dev-sets). Throws for an unknown set, an output folder inside the repository or a
 * missing data folder.
 */
export function buildDevSets({ out, sets = SETS, data } = {}) {
  dataRoot = resolve(data ?? process.env.ROLEFIT_DATA ?? join(repo, '..', 'shared', 'data'));
  outRoot = resolve(out ?? join(tmpdir(), 'rolefit-dev-sets'));
  if (insideRepo(outRoot))
    throw new RangeError(
      `--out ${outRoot} is inside the repository; the source data may not be redistributed, so write it elsewhere`,
    );
  for (const name of sets) if (!SETS.includes(name)) throw new RangeError(`unknown set "${name}"`);
  if (!existsSync(dataRoot)) throw new Error(`data folder ${dataRoot} not found (set ROLEFIT_DATA)`);
  mkdirSync(outRoot, { recursive: true });
  const shared = context();
  for (const name of sets) {
    if (name === 'lirecommend') buildLirecommend('lirecommend', '');
    if (name === 'lirecommend-profile') buildLirecommend('lirecommend-profile', LIRECOMMEND_PROFILE_TEXT);
    if (name === 'job-views') buildJobViews();
    if (name === 'ember') buildEmber();
    if (name === 'wuzzuf-skills') buildWuzzufSkills();
    if (NEW_SETS.includes(name)) buildNewSet(name, shared);
  }
  console.error(`dev sets written to ${outRoot}`);
  return outRoot;
}

if (isMain) {
  const usage = (message) => {
    console.error(
      `build-dev-sets: ${message}\nUsage: node scripts/build-dev-sets.mjs [--out DIR] [--sets ${SETS.join(',')}]`,
    );
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({
      options: { out: { type: 'string' }, sets: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usage(error.message);
  }
  const out = resolve(values.out ?? join(tmpdir(), 'rolefit-dev-sets'));
  if (insideRepo(out))
    usage(`--out ${out} is inside the repository; the source data may not be redistributed, so write it elsewhere`);
  const sets =
    values.sets === undefined
      ? SETS
      : values.sets
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
  for (const name of sets) if (!SETS.includes(name)) usage(`unknown set "${name}"`);
  const data = resolve(process.env.ROLEFIT_DATA ?? join(repo, '..', 'shared', 'data'));
  if (!existsSync(data)) {
    console.error(`build-dev-sets: data folder ${data} not found (set ROLEFIT_DATA)`);
    process.exit(1);
  }
  buildDevSets({ out, sets, data });
}
