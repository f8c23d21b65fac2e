// hand-graded-resume-jobs: 30 résumés, each with 6 job ads graded 0–3 by one reader (an AI session) who read both.
// The texts stay in ../shared/data; hand-graded-resume-jobs.labels.json holds only references (source, id, a SHA-256
// prefix of the text), the grades and a reason per grade. The candidates were picked by the written rule in
// pickHandGradedCandidates below (title words, a hand-written field table, seeded random), never by a Rolefit ranker.
import { createHash } from 'node:crypto';
import { parseCsv } from '@rolefit/dev-tools';
import { clean, once, random, seedFor, shuffle, splitByQuery, type DevSetContext } from './context.js';
import labels from './hand-graded-resume-jobs.labels.json' with { type: 'json' };
import type { DevJob, DevResume, DevSet, Qrel } from './types.js';

const NAME = 'hand-graded-resume-jobs';

/** One posting of the candidate pool, with the file it came from. */
export interface PoolPosting {
  job: DevJob;
  /** The file under the data folder. */
  file: string;
}

/** One résumé the set may use, with its stated role. */
export interface RoleResume {
  resume: DevResume;
  file: string;
  /** The role the source states: the category (updated-resume-dataset) or the first designation (dataturks-dev). */
  role: string;
  field: string;
}

/** SHA-256 of a text, first 16 hex digits (the labels' check that a source file has not changed). */
export const textDigest = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Whether a text is mostly Latin letters (postings in Hebrew or Arabic are left out of the pool). */
const mostlyLatin = (text: string): boolean => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((letter) => /[a-z]/i.test(letter)).length / letters.length >= 0.8;
};

/**
 * Every posting the candidates come from: linkedin-postings-2023-24-head1000, jobspy-scraped-postings-israel-2026
 * (all sites but greenhouse, which has no descriptions), usajobs-data-roles-2026, glassdoor-ds-jobs-2020 and
 * wuzzuf-postings-with-skills (description then requirements); a description of 300 characters or more, mostly Latin
 * letters, each description once (its first posting).
 */
export const postingPool = (context: DevSetContext): PoolPosting[] =>
  once(context, 'handGradedJobAdPool', () => readPool(context));

function readPool(context: DevSetContext): PoolPosting[] {
  const pool: PoolPosting[] = [];
  const seen = new Set<string>();
  const add = (file: string, id: string, title: unknown, description: string, company: unknown) => {
    const text = description.trim();
    const key = clean(text);
    if (!clean(title) || key.length < 300 || seen.has(key) || !mostlyLatin(text)) return;
    seen.add(key);
    const job: DevJob = { id, source: file.split('/')[0]!, title: clean(title), description: text };
    if (clean(company) && clean(company) !== '-1') job.company = clean(company).split(' \n')[0]!.split('\n')[0]!;
    pool.push({ job, file });
  };
  const linkedin = 'linkedin-postings-2023-24-head1000/postings_head1000.csv';
  for (const row of parseCsv(context.read(linkedin)))
    add(linkedin, `lip-${clean(row.job_id)}`, row.title, String(row.description ?? ''), row.company_name);
  for (const site of ['linkedin', 'glassdoor', 'google_careers', 'apple']) {
    const file = `jobspy-scraped-postings-israel-2026/${site}_jobs.json`;
    for (const row of JSON.parse(context.read(file)) as Array<Record<string, unknown>>)
      add(file, `js-${site}-${clean(row.id)}`, row.title, String(row.description ?? ''), row.company);
  }
  const usajobs = 'usajobs-data-roles-2026/job_skills.csv';
  parseCsv(context.read(usajobs)).forEach((row, index) =>
    add(usajobs, `usa-${index + 1}`, row.title, String(row.description ?? ''), ''),
  );
  const glassdoor = 'glassdoor-ds-jobs-2020/glassdoor_jobs.csv';
  parseCsv(context.read(glassdoor)).forEach((row, index) =>
    add(glassdoor, `gd-${index + 1}`, row['Job Title'], String(row['Job Description'] ?? ''), row['Company Name']),
  );
  const wuzzuf = 'wuzzuf-postings-with-skills/job_postings_data_final.csv';
  parseCsv(context.read(wuzzuf), { delimiter: '~' }).forEach((row, index) => {
    const parts = [row.job_description, row.job_requirements].map((part) =>
      String(part ?? '') === '-1' ? '' : String(part ?? '').trim(),
    );
    add(wuzzuf, `wz-${index + 1}`, row.job_title, parts.filter(Boolean).join('\n\n'), row.company_name);
  });
  return pool;
}

/** Words of a title or role, lower case ("C#" and ".NET" kept as "c#" and "net"). */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z][a-z0-9#+]*/g) ?? [];

/** Words a role shares with every kind of job, so they never decide a match. */
const GENERIC = new Set(
  (
    'and of the in at for a an to with on or from senior sr junior jr associate lead team head principal staff member ' +
    'trainee intern chief i ii iii iv l1 l2 l3 engineer engineers engineering developer development consultant ' +
    'specialist executive manager officer analyst professional expert certified microsoft client job technical tech'
  ).split(' '),
);

/** Role words spelt otherwise in titles: DotNet as "net", Arts as "art" or "artist". */
const ALIASES: Readonly<Record<string, readonly string[]>> = { dotnet: ['net'], arts: ['arts', 'art', 'artist'] };

/** The words of a role that decide a title match. */
export const roleWords = (role: string): string[] => [
  ...new Set(
    wordsOf(role)
      .flatMap((word) => ALIASES[word] ?? [word])
      .filter((word) => !GENERIC.has(word)),
  ),
];

/**
 * Two words match when equal, or when they share a prefix of 4 letters or more that each word exceeds by at most 3
 * letters and that is the shorter word itself or 5 letters or more (test–testing, designer–designing; not
 * data–database or store–storage).
 */
export function wordsMatch(left: string, right: string): boolean {
  if (left === right) return true;
  let shared = 0;
  while (shared < Math.min(left.length, right.length) && left[shared] === right[shared]) shared++;
  const shorter = Math.min(left.length, right.length);
  return shared >= 4 && Math.max(left.length, right.length) <= shared + 3 && (shared === shorter || shared >= 5);
}

/** Whether a title has a word that matches one of `words`. */
export const titleMatches = (title: string, words: readonly string[]): boolean =>
  wordsOf(title).some((word) => words.some((other) => wordsMatch(word, other)));

/** The broad fields and the title words that place a posting in one (hand-written, before any grading). */
export const FIELDS: Readonly<Record<string, readonly string[]>> = {
  software: (
    'software developer programmer java python net c# web devops cloud qa test tester automation network security ' +
    'system systems sap it application applications frontend backend stack support administrator database sql'
  ).split(' '),
  data: 'data analytics scientist machine learning bi statistics statistician database etl hadoop big'.split(' '),
  hr: 'hr human recruiter recruitment recruiting talent payroll people personnel'.split(' '),
  sales: 'sales marketing retail store customer'.split(' '),
  legal: 'legal law lawyer attorney counsel paralegal compliance advocate'.split(' '),
  health: 'health fitness nurse medical clinical wellness therapist physician pharmacy gym coach'.split(' '),
  arts: 'art arts design designer graphic creative content media video photographer writer animator'.split(' '),
  engineering:
    'mechanical civil electrical electronics structural construction maintenance manufacturing technician hvac'.split(
      ' ',
    ),
  management: 'operations project program pmo business management coordinator strategy planning'.split(' '),
  finance: 'finance financial accountant accounting audit banking investment tax'.split(' '),
};

/** The order in which a dataturks-dev designation's words are tried against the fields (software, the commonest, last). */
const FIELD_ORDER = [
  'finance',
  'hr',
  'sales',
  'legal',
  'health',
  'arts',
  'engineering',
  'data',
  'management',
  'software',
];

/** Each updated-resume-dataset category the set uses, with its field (hand-written). */
export const CATEGORY_FIELDS: Readonly<Record<string, string>> = {
  HR: 'hr',
  Sales: 'sales',
  'Mechanical Engineer': 'engineering',
  'Civil Engineer': 'engineering',
  'Health and fitness': 'health',
  Arts: 'arts',
  Advocate: 'legal',
  'Operations Manager': 'management',
  'Electrical Engineering': 'engineering',
  'Business Analyst': 'management',
  'Java Developer': 'software',
  'Data Science': 'data',
  Testing: 'software',
  'DevOps Engineer': 'software',
  'Web Designing': 'software',
};

/** A dataturks-dev designation's field: the first field (FIELD_ORDER) that one of its role words names, else software. */
export function fieldOfRole(role: string): string {
  const words = roleWords(role);
  return (
    FIELD_ORDER.find((field) => words.some((word) => FIELDS[field]!.some((other) => wordsMatch(word, other)))) ??
    'software'
  );
}

/**
 * The 30 résumés: one per category of CATEGORY_FIELDS from updated-resume-dataset (a seeded pick among the category's
 * distinct texts of 800 characters or more), and 15 dataturks-dev résumés (a seeded pick among those of 1,500
 * characters or more whose first designation has a role word that at least 2 pool titles match).
 */
export function pickResumes(context: DevSetContext): RoleResume[] {
  const next = random(seedFor(`${NAME}/resumes`));
  const picked: RoleResume[] = [];
  const updated = 'updated-resume-dataset/UpdatedResumeDataSet.csv';
  const rows = parseCsv(context.read(updated));
  const seen = new Set<string>();
  const byCategory = new Map<string, RoleResume[]>();
  rows.forEach((row, index) => {
    const text = String(row.Resume ?? '').trim();
    const category = clean(row.Category);
    if (!text || seen.has(clean(text))) return;
    seen.add(clean(text));
    const field = CATEGORY_FIELDS[category];
    if (field === undefined || text.length < 800) return;
    if (!byCategory.has(category)) byCategory.set(category, []);
    byCategory.get(category)!.push({ resume: { id: `ur-${index + 1}`, text }, file: updated, role: category, field });
  });
  for (const category of Object.keys(CATEGORY_FIELDS)) {
    const choices = byCategory.get(category) ?? [];
    if (choices.length > 0) picked.push(choices[Math.floor(next() * choices.length)]!);
  }
  const titles = postingPool(context).map(({ job }) => job.title);
  const dataturks = 'dataturks-dev/resumes.jsonl';
  const eligible: RoleResume[] = [];
  for (const line of context.read(dataturks).split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; text?: string; fields?: { designation?: string[] } };
    const text = String(record.text ?? '');
    const role = clean(record.fields?.designation?.[0]);
    const words = roleWords(role);
    if (text.trim().length < 1500 || words.length === 0) continue;
    if (titles.filter((title) => titleMatches(title, words)).length < 2) continue;
    eligible.push({ resume: { id: record.id, text }, file: dataturks, role, field: fieldOfRole(role) });
  }
  picked.push(...shuffle(eligible, next).slice(0, 15));
  return picked;
}

/** How a candidate was picked. */
export type PickReason = 'title' | 'field' | 'random';

/**
 * Six candidates per résumé, seeded per résumé: 2 postings whose title has a word matching one of the role's words
 * (roleWords, wordsMatch), 2 whose title names the résumé's field (FIELDS) but no role word, and 2 others drawn from
 * the whole pool; a short group is filled from the next one.
 */
export function pickCandidates(
  person: RoleResume,
  pool: readonly PoolPosting[],
): Array<{ posting: PoolPosting; picked: PickReason }> {
  const next = random(seedFor(`${NAME}/${person.resume.id}`));
  const words = roleWords(person.role);
  const titleHits = pool.filter(({ job }) => titleMatches(job.title, words));
  const fieldHits = pool.filter(
    ({ job }) => !titleMatches(job.title, words) && titleMatches(job.title, FIELDS[person.field]!),
  );
  const chosen: Array<{ posting: PoolPosting; picked: PickReason }> = [];
  const taken = new Set<string>();
  const take = (from: readonly PoolPosting[], count: number, picked: PickReason) => {
    for (const posting of shuffle(
      from.filter(({ job }) => !taken.has(job.id)),
      next,
    ).slice(0, count)) {
      taken.add(posting.job.id);
      chosen.push({ posting, picked });
    }
  };
  take(titleHits, 2, 'title');
  take(fieldHits, 4 - chosen.length, 'field');
  take(pool, 6 - chosen.length, 'random');
  return chosen;
}

/** One graded candidate in the labels file. */
interface LabelJob {
  id: string;
  source: string;
  sha256: string;
  title: string;
  picked: PickReason;
  grade: number;
  reason: string;
}

/** One résumé in the labels file. */
interface LabelResume {
  id: string;
  source: string;
  sha256: string;
  role: string;
  field: string;
  jobs: LabelJob[];
}

/** The labels file: the grading criteria (written before grading) and the graded résumés. */
export const HAND_GRADED_LABELS = labels as { criteria: string[]; grader: string; resumes: LabelResume[] };

/** What assembling a graded set reads of one labelled résumé: its id and source, text digests and grades. */
export interface GradedResumeLabel {
  id: string;
  source: string;
  sha256: string;
  jobs: readonly { id: string; source: string; sha256: string; grade: number }[];
}

/**
 * The rows of a hand-graded résumé → jobs set: every labelled text checked against the data folder's by its digest
 * (an error names the one missing or changed), and each résumé's graded jobs. A résumé whose candidates are all
 * graded 0 cannot tell rankers apart (nDCG is undefined): it stays in the labels, out of the set, and in `dropped`.
 */
export function assembleGradedResumeJobs(
  name: string,
  labelled: readonly GradedResumeLabel[],
  resumes: ReadonlyMap<string, { resume: DevResume }>,
  jobs: ReadonlyMap<string, { job: DevJob }>,
): { all: { jobs: DevJob[]; resumes: DevResume[]; qrels: Qrel[] }; dropped: string[] } {
  const qrels: Qrel[] = [];
  const usedJobs = new Map<string, DevJob>();
  const usedResumes: DevResume[] = [];
  const dropped: string[] = [];
  for (const label of labelled) {
    const person = resumes.get(label.id);
    if (!person || textDigest(person.resume.text) !== label.sha256)
      throw new Error(`${name}: résumé ${label.id} (${label.source}) is missing or changed`);
    for (const graded of label.jobs) {
      const posting = jobs.get(graded.id);
      if (!posting || textDigest(posting.job.description) !== graded.sha256)
        throw new Error(`${name}: job ${graded.id} (${graded.source}) is missing or changed`);
    }
    if (label.jobs.every((graded) => graded.grade === 0)) {
      dropped.push(label.id);
      continue;
    }
    usedResumes.push(person.resume);
    for (const graded of label.jobs) {
      usedJobs.set(graded.id, jobs.get(graded.id)!.job);
      qrels.push({ resumeId: label.id, jobId: graded.id, grade: graded.grade });
    }
  }
  return { all: { jobs: [...usedJobs.values()], resumes: usedResumes, qrels }, dropped };
}

/** Builds the hand-graded-resume-jobs set from the labels and the texts in the data folder. */
export function buildHandGradedResumeJobs(context: DevSetContext): DevSet {
  const resumes = new Map(pickResumes(context).map((person) => [person.resume.id, person]));
  const jobs = new Map(postingPool(context).map((posting) => [posting.job.id, posting]));
  // No résumé of this set has only 0 grades (dropped is empty).
  const { all } = assembleGradedResumeJobs(NAME, HAND_GRADED_LABELS.resumes, resumes, jobs);
  const { qrels } = all;
  const counts = [0, 1, 2, 3].map((grade) => qrels.filter((row) => row.grade === grade).length);
  return {
    name: NAME,
    splits: splitByQuery(all, NAME),
    describe: [
      '30 résumés, each ranking 6 job ads that one reader graded 0–3 by reading the résumé and the ad.',
      '',
      'Queries: 15 updated-resume-dataset résumés, one per category (HR, Sales, Mechanical Engineer, Civil Engineer,',
      'Health and fitness, Arts, Advocate, Operations Manager, Electrical Engineering, Business Analyst, Java Developer,',
      'Data Science, Testing, DevOps Engineer, Web Designing), and 15 dataturks-dev (Indeed, mostly IT) résumés, seeded',
      'picks (packages/eval/src/dev-sets/hand-graded-resume-jobs.ts, pickResumes).',
      '',
      'Candidates per query: 6 ads from a pool of linkedin-postings-2023-24-head1000, jobspy-scraped-postings-israel-2026',
      '(not greenhouse), usajobs-data-roles-2026, glassdoor-ds-jobs-2020 and wuzzuf-postings-with-skills (descriptions',
      'of 300 characters or more, mostly Latin letters, each text once): 2 whose title shares a word with the résumé’s',
      'stated role (its category, or its first annotated designation; generic words such as engineer, developer, senior',
      'and manager left out), 2 whose title names a word of the résumé’s broad field (a hand-written table) but no role',
      'word, 2 drawn from the whole pool; seeded per résumé. No Rolefit ranker or score took part in the choice.',
      '',
      `Grades (${counts.map((count, grade) => `${grade}: ${count}`).join(', ')}): one grader, by criteria written before grading.`,
      `Grader: ${HAND_GRADED_LABELS.grader}`,
      'Criteria:',
      ...HAND_GRADED_LABELS.criteria.map((line) => `- ${line}`),
      'The labels file (hand-graded-resume-jobs.labels.json, next to the module) has a one-line reason per grade.',
      'Grading came before any ranker ran on the set, and nothing is tuned on it: both splits are held out.',
      '',
      'Split by résumé, half and half, fixed seed (the harness wants two splits; report both and their union).',
      '',
      '## What this set cannot show',
      '',
      'One grader, no second annotator, so no agreement figure; the grader is a language model, whose sense of fit',
      'may differ from a recruiter’s. 30 queries of 6 candidates: intervals are wide and nDCG moves in big steps.',
      'The ads come from US, Israeli and Egyptian boards of 2020–2026 and the résumés are mostly Indian, so location,',
      'visa and language fit were graded only where an ad states them as requirements. Candidates are picked by title',
      'words, so a relevant ad whose title shares no word with the résumé’s role is rarer here than in a real search,',
      'and the random candidates are nearly always easy zeros. The rule often found no good fit: 17 of the 30 résumés',
      'have no candidate above grade 1, so for them a ranking orders stretches against misfits, and only 16 of the 180',
      'pairs are graded 2 or 3. Grades rest on the opening of each ad and its requirements, not always the whole text.',
    ].join('\n'),
    query: 'resume',
  };
}
