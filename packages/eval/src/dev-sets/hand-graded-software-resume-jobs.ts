// hand-graded-software-resume-jobs: 30 résumés of software, data and IT people, each with 5 software/data/IT job ads
// graded 0–3 by one reader (an AI session) who read both. Every candidate is in the same broad field as its résumé, so
// the set asks for fine-grained ranking inside a field (frontend against backend, QA against support, and so on).
// The texts stay in ../shared/data; hand-graded-software-resume-jobs.labels.json holds only references (source, id, a
// SHA-256 prefix of the text), the grades and a reason per grade. Résumés and candidates are picked by the written,
// seeded rules below (a hand-written speciality table of title words), never by a Rolefit ranker.
import { parseCsv } from '@rolefit/dev-tools';
import { clean, random, seedFor, shuffle, splitByQuery, type DevSetContext } from './context.js';
import handGradedJobResumes from './hand-graded-job-resumes.json' with { type: 'json' };
import {
  assembleGradedResumeJobs,
  HAND_GRADED_LABELS,
  type PoolPosting,
  postingPool,
  roleWords,
  titleMatches,
  wordsOf,
} from './hand-graded-resume-jobs.js';
import labels from './hand-graded-software-resume-jobs.labels.json' with { type: 'json' };
import type { DevResume, DevSet } from './types.js';

const NAME = 'hand-graded-software-resume-jobs';

/**
 * The specialities of software, data and IT work and the title words that name them (hand-written, before any
 * grading). A title or designation belongs to the first speciality, in this order, that one of its words matches
 * (titleMatches: equal, or the same stem).
 */
export const SPECIALITIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['sap-erp', 'sap erp odoo salesforce dynamics abap crm maximo'.split(' ')],
  ['embedded', 'embedded firmware fpga asic silicon hardware rtl verification chip'.split(' ')],
  ['mobile', 'mobile android ios flutter swift kotlin'.split(' ')],
  ['fullstack', 'fullstack stack'.split(' ')],
  ['qa', 'qa test tester testing quality automation sdet'.split(' ')],
  ['security', 'security cyber cybersecurity soc penetration'.split(' ')],
  ['devops', 'devops cloud sre reliability infrastructure kubernetes platform azure aws gcp'.split(' ')],
  ['data', 'data analytics scientist machine learning ai bi etl hadoop big statistician'.split(' ')],
  ['database', 'database dba sql oracle'.split(' ')],
  ['network', 'network networks networking wireless telecom'.split(' ')],
  ['support', 'support desk helpdesk administrator admin it'.split(' ')],
  ['frontend', 'frontend front ui ux react angular javascript js web vue'.split(' ')],
  ['backend', 'backend back java python net c# php node golang laravel ruby scala'.split(' ')],
  ['software', 'software developer programmer programming application applications systems architect'.split(' ')],
];

/**
 * The speciality of a title (SPECIALITIES, first match), or undefined when no word names one. A designation is
 * passed as its roleWords, so generic words (engineer, developer, technical, …) never decide it.
 */
export function specialityOf(title: string): string | undefined {
  return SPECIALITIES.find(([, words]) => titleMatches(title, words))?.[0];
}

/** Title words of ads outside software and IT even when another word names a speciality ("Customer Support"). */
const OUTSIDE = new Set(
  (
    'sales customer clinical medical nurse nursing civil mechanical electrical guard marketing recruiter recruitment ' +
    'accountant accounting financial physician therapist teacher legal attorney paralegal pharmacy police talent ' +
    'acquisition'
  ).split(' '),
);

/** Words and phrases of software and IT work; a text must use at least MIN_TECH_TERMS of them (whole words). */
const TECH_TERMS: readonly string[] = (
  'software|programming|developer|java|python|sql|javascript|linux|unix|cloud|aws|azure|database|api|apis|coding|' +
  'git|selenium|agile|scrum|devops|docker|kubernetes|html|css|c#|.net|sap|erp|etl|hadoop|spark|machine learning|' +
  'data warehouse|tableau|power bi|jenkins|rest|microservices|oracle|windows server|active directory|networking|' +
  'tcp/ip|firmware|embedded|android|ios|react|angular|node.js|php|spring|jira'
).split('|');

/** How many distinct TECH_TERMS a résumé or an ad must use to count as software, data or IT. */
export const MIN_TECH_TERMS = 3;

const quoteForRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\/#]/g, '\\$&');
const TECH_PATTERNS = TECH_TERMS.map((term) => new RegExp(`(?<![a-z0-9])${quoteForRegExp(term)}(?![a-z0-9])`, 'i'));

/** How many distinct TECH_TERMS a text uses. */
export const techTermCount = (text: string): number => TECH_PATTERNS.filter((pattern) => pattern.test(text)).length;

/**
 * The candidate pool: postings of hand-graded-resume-jobs' pool (postingPool: five boards, descriptions of 300
 * characters or more, mostly Latin letters, each text once) whose title names a speciality and no OUTSIDE word, and
 * whose description uses at least MIN_TECH_TERMS of TECH_TERMS.
 */
export function softwarePool(context: DevSetContext): Array<PoolPosting & { speciality: string }> {
  const pool: Array<PoolPosting & { speciality: string }> = [];
  for (const posting of postingPool(context)) {
    const speciality = specialityOf(posting.job.title);
    if (speciality === undefined || wordsOf(posting.job.title).some((word) => OUTSIDE.has(word))) continue;
    if (techTermCount(posting.job.description) < MIN_TECH_TERMS) continue;
    pool.push({ ...posting, speciality });
  }
  return pool;
}

/** updated-resume-dataset's software, data and IT categories, with their speciality (hand-written). */
export const CATEGORY_SPECIALITIES: Readonly<Record<string, string>> = {
  'Java Developer': 'backend',
  'Python Developer': 'backend',
  'DotNet Developer': 'backend',
  'Web Designing': 'frontend',
  Testing: 'qa',
  'Automation Testing': 'qa',
  'DevOps Engineer': 'devops',
  'Network Security Engineer': 'security',
  Database: 'database',
  Hadoop: 'data',
  'ETL Developer': 'data',
  'Data Science': 'data',
  'SAP Developer': 'sap-erp',
  Blockchain: 'software',
};

/** One résumé of the set, with its stated role and that role's speciality. */
export interface SoftwareResume {
  resume: DevResume;
  file: string;
  /** The category (updated-resume-dataset) or the first designation (dataturks-dev). */
  role: string;
  speciality: string;
}

/** Résumé ids the two older hand-graded sets use (none is used again here). */
export function usedResumeIds(): Set<string> {
  const used = new Set(HAND_GRADED_LABELS.resumes.map((resume) => resume.id));
  for (const job of (handGradedJobResumes as { jobs: Array<{ candidates: Array<{ resume: string }> }> }).jobs)
    for (const candidate of job.candidates) used.add(candidate.resume);
  return used;
}

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** Jaccard overlap of two word sets. */
function overlap(left: Set<string>, right: Set<string>): number {
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared || 1);
}

/** Two résumés whose word sets overlap this much are one person's texts (updated-resume-dataset repeats people). */
export const NEAR_DUPLICATE = 0.6;

/** How many résumés the set has, and how many of them come from updated-resume-dataset at most. */
export const RESUME_COUNT = 30;
export const MAX_UPDATED = 15;

/**
 * The 30 résumés. Eligible: updated-resume-dataset's distinct texts in a CATEGORY_SPECIALITIES category, and
 * dataturks-dev résumés whose first designation names a speciality (SPECIALITIES; a designation of no speciality, such
 * as "Consultant" or "Team Lead", is left out); 1,000 characters or more, at least MIN_TECH_TERMS of TECH_TERMS, not
 * used by hand-graded-resume-jobs or hand-graded-job-resumes, and not a near-duplicate (NEAR_DUPLICATE) of a used
 * résumé. Then, in a seeded order, up to 15 updated-resume-dataset résumés and dataturks-dev ones to make 30, each
 * skipped when it is a near-duplicate of one already taken.
 */
export function pickSoftwareResumes(context: DevSetContext): SoftwareResume[] {
  const used = usedResumeIds();
  const usedWords: Array<Set<string>> = [];
  const eligible: SoftwareResume[] = [];
  const consider = (person: SoftwareResume, ok: boolean) => {
    if (used.has(person.resume.id)) usedWords.push(wordSet(person.resume.text));
    else if (ok && person.resume.text.trim().length >= 1000 && techTermCount(person.resume.text) >= MIN_TECH_TERMS)
      eligible.push(person);
  };
  const updated = 'updated-resume-dataset/UpdatedResumeDataSet.csv';
  const seen = new Set<string>();
  parseCsv(context.read(updated)).forEach((row, index) => {
    const text = String(row.Resume ?? '').trim();
    if (!text || seen.has(clean(text))) return;
    seen.add(clean(text));
    const role = clean(row.Category);
    const speciality = CATEGORY_SPECIALITIES[role] ?? '';
    consider({ resume: { id: `ur-${index + 1}`, text }, file: updated, role, speciality }, speciality !== '');
  });
  const dataturks = 'dataturks-dev/resumes.jsonl';
  for (const line of context.read(dataturks).split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; text?: string; fields?: { designation?: string[] } };
    const role = clean(record.fields?.designation?.[0]);
    const speciality = specialityOf(roleWords(role).join(' ')) ?? '';
    consider(
      { resume: { id: record.id, text: String(record.text ?? '') }, file: dataturks, role, speciality },
      speciality !== '',
    );
  }
  const fresh = eligible.filter(
    (person) => !usedWords.some((words) => overlap(wordSet(person.resume.text), words) >= NEAR_DUPLICATE),
  );
  const picked: Array<SoftwareResume & { words: Set<string> }> = [];
  const take = (from: readonly SoftwareResume[], count: number) => {
    let taken = 0;
    for (const person of shuffle(from, random(seedFor(`${NAME}/resumes/${from[0]?.file ?? ''}`)))) {
      if (taken >= count) break;
      const words = wordSet(person.resume.text);
      if (picked.some((other) => overlap(words, other.words) >= NEAR_DUPLICATE)) continue;
      picked.push({ ...person, words });
      taken++;
    }
  };
  take(
    fresh.filter((person) => person.file === updated),
    MAX_UPDATED,
  );
  take(
    fresh.filter((person) => person.file === dataturks),
    RESUME_COUNT - picked.length,
  );
  return picked.map(({ words: _words, ...person }) => person);
}

/** How a candidate was picked: from the résumé's own speciality, or from another one. */
export type SoftwarePick = 'own' | 'other';

/**
 * Five candidates per résumé, seeded per résumé: 2 ads of the résumé's own speciality, then 1 ad from each of 3
 * other specialities drawn at random among those with ads (a short own group is filled from other specialities).
 */
export function pickSoftwareCandidates(
  person: SoftwareResume,
  pool: ReadonlyArray<PoolPosting & { speciality: string }>,
): Array<{ posting: PoolPosting; picked: SoftwarePick }> {
  const next = random(seedFor(`${NAME}/${person.resume.id}`));
  const chosen: Array<{ posting: PoolPosting; picked: SoftwarePick }> = [];
  for (const posting of shuffle(
    pool.filter((posting) => posting.speciality === person.speciality),
    next,
  ).slice(0, 2))
    chosen.push({ posting, picked: 'own' });
  const others = shuffle(
    SPECIALITIES.map(([name]) => name).filter(
      (name) => name !== person.speciality && pool.some((posting) => posting.speciality === name),
    ),
    next,
  );
  for (const speciality of others) {
    if (chosen.length >= 5) break;
    const [posting] = shuffle(
      pool.filter((candidate) => candidate.speciality === speciality),
      next,
    );
    chosen.push({ posting: posting!, picked: 'other' });
  }
  return chosen;
}

/** One graded candidate in the labels file. */
interface LabelJob {
  id: string;
  source: string;
  sha256: string;
  title: string;
  speciality: string;
  picked: SoftwarePick;
  grade: number;
  reason: string;
}

/** One résumé in the labels file. */
interface LabelResume {
  id: string;
  source: string;
  sha256: string;
  role: string;
  speciality: string;
  jobs: LabelJob[];
}

/** The labels file: the grading criteria (written before grading), the grader, and the graded résumés. */
export const SOFTWARE_LABELS = labels as { criteria: string[]; grader: string; resumes: LabelResume[] };

/** Builds the hand-graded-software-resume-jobs set from the labels and the texts in the data folder. */
export function buildHandGradedSoftwareResumeJobs(context: DevSetContext): DevSet {
  const resumes = new Map(pickSoftwareResumes(context).map((person) => [person.resume.id, person]));
  const jobs = new Map(postingPool(context).map((posting) => [posting.job.id, posting]));
  const { all, dropped } = assembleGradedResumeJobs(NAME, SOFTWARE_LABELS.resumes, resumes, jobs);
  const { qrels, resumes: usedResumes } = all;
  const counts = [0, 1, 2, 3].map((grade) => qrels.filter((row) => row.grade === grade).length);
  return {
    name: NAME,
    splits: splitByQuery(all, NAME),
    describe: [
      ...DESCRIBE_HEAD,
      '',
      ...gradesSection(counts, usedResumes.length, dropped),
      '',
      ...DESCRIBE_LIMITS,
    ].join('\n'),
    query: 'resume',
  };
}

const DESCRIBE_HEAD = [
  '30 résumés of software, data and IT people, each ranking 5 software, data or IT job ads that one reader graded',
  '0–3 by reading the résumé and the ad. Every candidate is in the résumé’s own broad field, so a ranker must tell',
  'specialities apart (backend from frontend, QA from support, data from DBA, SAP from the rest), not fields.',
  '',
  'Queries: updated-resume-dataset résumés of the software, data and IT categories and dataturks-dev (Indeed)',
  'résumés whose first designation names a speciality; 1,000 characters or more; none used by hand-graded-resume-jobs',
  'or hand-graded-job-resumes, nor a near-duplicate (word-set overlap 0.6 or more) of one they use; a seeded pick of',
  'up to 15 of the first and the rest from the second (packages/eval/src/dev-sets/hand-graded-software-resume-jobs.ts,',
  'pickSoftwareResumes).',
  '',
  'Candidates per query: 5 ads from hand-graded-resume-jobs’ pool (linkedin-postings-2023-24-head1000,',
  'jobspy-scraped-postings-israel-2026 but greenhouse, usajobs-data-roles-2026, glassdoor-ds-jobs-2020,',
  'wuzzuf-postings-with-skills) whose title names a speciality of a hand-written table (SAP/ERP, embedded, mobile, QA,',
  'security, DevOps, data, database, network, support, full stack, frontend, backend, general software) and no word',
  'outside IT (sales, customer, clinical, …), and whose text uses 3 or more of a list of software terms: 2 of the',
  'résumé’s own speciality and 1 from each of 3 other specialities drawn at random; seeded per résumé. No Rolefit',
  'ranker or score took part in the choice.',
];

/** The README's grades section: counts, grader, criteria, the résumés left out and the split. */
function gradesSection(counts: number[], queries: number, dropped: readonly string[]): string[] {
  return [
    `Grades (${counts.map((count, grade) => `${grade}: ${count}`).join(', ')}): one grader, by criteria written before grading.`,
    `${queries} queries: graded résumés with every candidate graded 0 are left out (${dropped.join(', ') || 'none'};` +
      ' they stay in the labels file).',
    `Grader: ${SOFTWARE_LABELS.grader}`,
    'Criteria:',
    ...SOFTWARE_LABELS.criteria.map((line) => `- ${line}`),
    'The labels file (hand-graded-software-resume-jobs.labels.json, next to the module) has a one-line reason per grade.',
    'Grading came before any ranker ran on the set, and nothing is tuned on it: both splits are held out.',
    '',
    'Split by résumé, half and half, fixed seed (the harness wants two splits; report both and their union).',
  ];
}

const DESCRIBE_LIMITS = [
  '## What this set cannot show',
  '',
  'One grader, no second annotator, so no agreement figure; the grader is a language model, whose sense of fit may',
  'differ from a recruiter’s. 29 queries of 5 candidates: intervals are wide and nDCG moves in big steps. Candidates',
  'are picked by title words, 2 of them from the résumé’s own speciality, so a ranker that rewards a shared title',
  'word gets some credit from how they were picked. The ads come from US, Israeli and Egyptian boards of 2020–2026',
  'and the résumés are mostly Indian, so location, visa and language were graded only where an ad states them as',
  'requirements. Grades rest on the opening of each résumé and ad and the ad’s requirements, not always the whole text.',
  'The grades are low: 12 of the 29 résumés have no candidate above grade 1 (a random pick inside one field rarely',
  'finds the right stack and level), so for them a ranking orders stretches against misfits.',
  '',
  '## Measured (2026-12-05, when the set was made; nothing tuned on this set, so both splits and their union are held out)',
  '',
  '`node bench/query-adaptive-fusion.mjs --evaluate DIR` (`pnpm eval --data` gave the same BM25, multi-factor,',
  'occupation and, then, `fusion` figures); nDCG@10, Δ a paired-bootstrap 95% interval over queries; "default" is',
  'the agreement variant (BM25 1 + occupation 1 + 2 by agreement, expansion 0.5; the default when this set was made),',
  '"previous" is DEFAULT_RANKER_CANDIDATES[\'sum bm25 1 occupation 1 +prf .5\'] (the default again since this set joined',
  'the leave-one-dataset-out choice). A random order scores 0.681 (train 0.649, test 0.715).',
  '',
  '| split (queries) | BM25 | multi-factor | occupation | default | previous | default − BM25 | previous − BM25 |',
  '|---|---|---|---|---|---|---|---|',
  '| all (29) | 0.877 | 0.879 | 0.836 | 0.878 | 0.880 | +0.001 [−0.070, +0.074] | +0.003 [−0.061, +0.071] |',
  '| test (14) | 0.864 | 0.887 | 0.848 | 0.924 | 0.944 | +0.060 [−0.030, +0.155] | +0.080 [+0.010, +0.163] |',
  '| train (15) | 0.888 | 0.871 | 0.824 | 0.835 | 0.820 | −0.053 [−0.148, +0.033] | −0.068 [−0.148, +0.003] |',
  '',
  'On the whole set the default is level with BM25 (ahead on 7 résumés, behind on 8, equal on 14); the occupation',
  'ranker alone is 0.041 below BM25 (−0.041 [−0.119, +0.043]). Where the default loses, the occupation member reads',
  'the field and not the speciality: a Hadoop engineer and an SAP BO developer are read as software developers, so a',
  '.NET or payments "Software Developer" ad becomes their "same occupation" and goes first; or it misreads a text',
  '(a data scientist as a psychologist, an IT project manager as a fast-food worker, a "QA & Automation Lead" ad as',
  'an accounting manager), while BM25’s shared words pick the right stack.',
  '',
  'These figures predate the occupation knowledge’s better reading of plain-text résumés and ads (the same day), and',
  'the set then joined the dev sets: `pnpm eval --report` reports it with the others (see the ranking guide).',
];
