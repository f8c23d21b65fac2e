#!/usr/bin/env node
// How well the occupation ranker reads a person's and a job's occupation: top-1 / top-3 agreement of what it reads
// with the label the dev sets' sources give, per set and split (train and test reported separately).
//
//   node bench/occupation-reading.mjs [--dev-sets DIR] [--sets a,b] [--misreads train] [--json]
//
// Sets: resume-occupation, recruiter-occupation, applicant-occupation-few (built by
// `node scripts/build-dev-sets.mjs --out DIR --sets resume-occupation,recruiter-occupation,applicant-occupation-few`;
// built into DIR when missing; default DIR <tmp>/occ-sets). The hand-graded sets are never read here.
//
// Labels (packages/eval/src/dev-sets/sources.ts): a person's occupations are their source's label through O*NET
// (updated-resume-dataset's Category column through a hand table, dataturks' annotated designation, job-views
// applicants' positions of interest); a LinkedIn posting's occupation is its title through O*NET's title list. Labels
// are 2018 SOC prefixes ('15-2051' a detailed occupation, '27' only a major group for the Arts category).
//
// Readings: what the occupation ranker reads, as it reads it. People: `personTexts({ resume })` (the résumé as the
// eval harness passes it, a parsed resume with its plain text) into `findOccupations`. Jobs: `jobTexts(job)` (title
// first, then the start of the description) into `findOccupations`. Each read occupation has an O*NET-SOC code (O*NET
// occupations their own; ESCO occupations the knowledge's ESCO→O*NET crosswalk, the O*NET occupation sharing the most
// labels). Agreement: the read occupation's SOC code starts with one of the item's label prefixes (so a major-group
// label agrees with any occupation of that group). top-1: the first read occupation agrees; top-3: one of the first
// three does. An item with nothing read counts as a miss.
//
// Per set and split, both sides of its files are read: "people" (resumes.jsonl) and "jobs" (jobs.jsonl). The query
// side of a set is split in half with no overlap (people for resume-occupation and applicant-occupation-few, jobs for
// recruiter-occupation; marked *); the other side is the queries' candidates and overlaps between splits.
//
// --misreads train prints each train-split item whose top-1 disagrees (label, the first three readings and the label
// text that matched). Look at misreads on train splits only; test is for the figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';
import { bundleSources } from './bundle-sources.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SETS = ['resume-occupation', 'recruiter-occupation', 'applicant-occupation-few'];
/** Which side of each set is its query side (split without overlap). */
const QUERY_SIDE = {
  'resume-occupation': 'people',
  'recruiter-occupation': 'jobs',
  'applicant-occupation-few': 'people',
};

const { values } = parseScriptArguments(import.meta.url, {
  options: {
    'dev-sets': { type: 'string', default: join(tmpdir(), 'occ-sets') },
    sets: { type: 'string', default: SETS.join(',') },
    misreads: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const sets = values.sets.split(',').filter((name) => name !== '');
for (const name of sets) if (!SETS.includes(name)) throw new Error(`unknown set ${name}; known: ${SETS.join(', ')}`);
const devSets = values['dev-sets'];

const entry = `
export { createDevSetContext } from './packages/eval/src/dev-sets/context.ts';
export { updatedResumes, dataturksResumes, applicantResumes, linkedinPostings } from './packages/eval/src/dev-sets/sources.ts';
export { loadOccupationKnowledge, parseJob, parseResume } from './packages/core/src/index.ts';
export { personTexts, jobTexts, jobDescription } from './packages/rankers/src/occupation/texts.ts';
`;
const bundle = await bundleSources('occupation-reading', {
  contents: entry,
  sourcefile: 'occupation-reading-entry.ts',
});
const lib = await import(`${bundle}?${Date.now()}`);

if (!existsSync(devSets) || readdirSync(devSets).length === 0) {
  const { buildDevSets } = await import('../scripts/build-dev-sets.mjs');
  buildDevSets({ out: devSets, sets: SETS });
}

// Labels from the sources, by id.
const context = lib.createDevSetContext(process.env.ROLEFIT_DATA ?? join(root, '..', 'shared', 'data'));
const personLabel = new Map();
for (const person of [
  ...lib.updatedResumes(context),
  ...lib.dataturksResumes(context),
  ...lib.applicantResumes(context),
])
  personLabel.set(person.id, { codes: person.occupations, label: person.label });
const jobLabel = new Map();
for (const posting of lib.linkedinPostings(context))
  jobLabel.set(posting.job.id, { codes: posting.occupations, label: posting.job.title });

const knowledge = await lib.loadOccupationKnowledge();
const readLines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));

const readPerson = (record) =>
  knowledge.findOccupations(lib.personTexts({ resume: lib.parseResume({ id: record.id, text: record.text }) }).parts, {
    limit: 10,
  });
const readJob = (record) => {
  const job = lib.parseJob(record);
  return knowledge.findOccupations(lib.jobTexts(job, lib.jobDescription(job)), { limit: 10 });
};
const agrees = (match, codes) => codes.some((code) => (match.occupation.socCode ?? '').startsWith(code));

function measure(records, labels, read, misreads) {
  let top1 = 0;
  let top3 = 0;
  let count = 0;
  for (const record of records) {
    const label = labels.get(record.id);
    if (label === undefined) continue;
    count++;
    const found = read(record);
    const first = found[0] !== undefined && agrees(found[0], label.codes);
    if (first) top1++;
    if (found.slice(0, 3).some((match) => agrees(match, label.codes))) top3++;
    if (!first && misreads)
      misreads.push(
        `${record.id}  label ${label.codes.join('|')} (${label.label.slice(0, 60)})\n    read: ${
          found
            .slice(0, 3)
            .map((m) => `${m.occupation.socCode ?? '-'} ${m.occupation.label} [${m.label}] ${m.score.toFixed(2)}`)
            .join('; ') || 'nothing'
        }`,
      );
  }
  return { count, top1: count ? top1 / count : null, top3: count ? top3 / count : null };
}

const results = [];
for (const set of sets) {
  for (const split of ['train', 'test']) {
    const folder = join(devSets, set, split);
    const misreads = values.misreads === split ? [] : undefined;
    const people = measure(readLines(join(folder, 'resumes.jsonl')), personLabel, readPerson, misreads);
    const jobs = measure(readLines(join(folder, 'jobs.jsonl')), jobLabel, readJob, misreads);
    results.push({ set, split, people, jobs });
    if (misreads && !values.json) console.log(`\n## misreads ${set}/${split}\n${misreads.join('\n')}`);
  }
}

if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  console.log('\nset / split                      people n, top-1 / top-3        jobs n, top-1 / top-3');
  for (const { set, split, people, jobs } of results) {
    const mark = (side) => (side === QUERY_SIDE[set] ? '*' : ' ');
    const show = (result, side) =>
      `${mark(side)}n=${result.count}`.padEnd(8) +
      ` ${result.top1 === null ? '-' : result.top1.toFixed(3)} / ${result.top3 === null ? '-' : result.top3.toFixed(3)}`;
    console.log(`${`${set}/${split}`.padEnd(32)} ${show(people, 'people').padEnd(30)} ${show(jobs, 'jobs')}`);
  }
  console.log('(* the query side: split without overlap; agreement by O*NET-SOC code prefix)');
}
