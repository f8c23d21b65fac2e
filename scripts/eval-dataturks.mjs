#!/usr/bin/env node
// The parser's per-field precision/recall/F1 on the DataTurks labelled resumes (shared/data/dataturks-dev), by half
// (even / odd index, as packages/ats/src/parse/experience-dataturks.test.ts splits them), relaxed match, each resume read
// the way `rolefit parse - --json` reads a text on stdin (decodeResumeText, then parseResumeText). With --errors even|odd
// it also lists, for each resume of that half but those in the held-out real-resume set, the predicted values that match no label and the labels that no
// predicted value matches. Fields are scored only on resumes where they are labelled (annotation is incomplete). Skills
// are labelled as spans of whole lists; they are scored item by item, split as dataturksSkillItems documents
// (packages/ats/src/testing/dataturks.ts), against resume.skills.
//
//   node scripts/eval-dataturks.mjs [--errors even|odd] [--fields companies,designation,...] [--show dt-1,dt-2]
//
// --show prints the experience and education entries read from the resumes named (title | company | location, and
// degree | field | institution).
//
// The parser is bundled from the sources (esbuild; @rolefit/core from its dist: node scripts/build-if-stale.mjs core).
// ROLEFIT_DATA points at the data folder (default ../shared/data beside the checkout).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const usage = (fields) => {
  console.error(`usage: node scripts/eval-dataturks.mjs [--errors even|odd] [--fields ${fields}] [--show ID,...]`);
  process.exit(2);
};
const errorsHalf = option('--errors');
const shown = new Set(option('--show')?.split(',') ?? []);
if (errorsHalf !== undefined && !['even', 'odd'].includes(errorsHalf)) usage('name,companies,...');

const entry = `
export { decodeResumeText, parseResumeText } from './packages/ats/src/parse/index.ts';
export { f1Of, relaxedMatch, scoreFields } from './packages/ats/src/parse/evaluation.ts';
export { DATATURKS_FILE, DATATURKS_SCORED_FIELDS, dataturksExpected, dataturksPredicted, readDataturks } from './packages/ats/src/testing/index.ts';
`;
// Written under packages/ats/node_modules so that the bundle finds the package's dependencies as the sources do.
const bundleFolder = path.join(root, 'packages/ats/node_modules/.cache');
mkdirSync(bundleFolder, { recursive: true });
const bundle = path.join(bundleFolder, `eval-dataturks-${process.pid}.mjs`);
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: bundle,
  logLevel: 'error',
});
// The bundle lives elsewhere, so the data folder is named here rather than found from the module's own place.
process.env.ROLEFIT_DATA ??= path.resolve(root, '../shared/data');
let parser;
try {
  parser = await import(pathToFileURL(bundle).href);
} finally {
  rmSync(bundle, { force: true });
}
const { decodeResumeText, parseResumeText, f1Of, relaxedMatch, scoreFields } = parser;
const { readDataturks, DATATURKS_FILE, DATATURKS_SCORED_FIELDS, dataturksExpected, dataturksPredicted } = parser;
const fields = option('--fields')?.split(',') ?? [...DATATURKS_SCORED_FIELDS];
if (fields.some((field) => !DATATURKS_SCORED_FIELDS.includes(field))) usage(DATATURKS_SCORED_FIELDS.join(','));

const records = readDataturks();
if (records.length === 0) {
  console.error(`eval-dataturks: no resumes at ${DATATURKS_FILE}`);
  process.exit(1);
}

/** The labels and what the parser reads for each field, for one resume (a field unlabelled there gets no values). */
function readOne(record) {
  const text = decodeResumeText(new TextEncoder().encode(record.text));
  const resume = parseResumeText(text, { id: record.id });
  if (shown.has(record.id)) {
    console.log(`${record.id} experience:`);
    for (const entry of resume.experience)
      console.log(`  ${entry.title} | ${entry.company ?? ''} | ${entry.location ?? ''}`);
    console.log(`${record.id} education:`);
    for (const entry of resume.education)
      console.log(`  ${entry.degree ?? ''} | ${entry.field ?? ''} | ${entry.institution ?? ''}`);
  }
  const predicted = dataturksPredicted(resume, record);
  const expected = dataturksExpected(record);
  return {
    id: record.id,
    expected: Object.fromEntries(fields.map((field) => [field, expected[field]])),
    predicted: Object.fromEntries(fields.map((field) => [field, predicted[field]])),
  };
}

const halves = { even: [], odd: [] };
records.forEach((record, index) => halves[index % 2 === 0 ? 'even' : 'odd'].push(readOne(record)));

for (const [half, pairs] of Object.entries(halves)) {
  console.log(`\nDataTurks ${half} half (${pairs.length} resumes), relaxed match`);
  console.log(`${'field'.padEnd(12)} precision  recall     F1  predicted expected`);
  for (const score of scoreFields(pairs, fields, relaxedMatch)) {
    const f1 = f1Of(score);
    console.log(
      `${score.field.padEnd(12)} ${score.precision.toFixed(3).padStart(9)} ${score.recall.toFixed(3).padStart(7)} ${(f1 === undefined ? '-' : f1.toFixed(3)).padStart(6)} ${String(score.predicted).padStart(10)} ${String(score.expected).padStart(8)}`,
    );
  }
}

if (errorsHalf) {
  // Resumes that are also in the held-out real-resume set are not listed: their errors are not to be read.
  const labels = JSON.parse(readFileSync(path.join(root, 'packages/ats/src/parse/real-resumes/labels.json'), 'utf8'));
  const heldOut = new Set(labels.flatMap((label) => /^dataturks-dev\/.*#(.+)$/.exec(label.source)?.slice(1) ?? []));
  console.log(
    `\nErrors on the ${errorsHalf} half (+ predicted, matching no label; - label, matched by nothing), less ${heldOut.size} resumes of the real-resume set`,
  );
  const distinct = (values) => [...new Set(values)];
  for (const pair of halves[errorsHalf]) {
    if (heldOut.has(pair.id)) continue;
    const lines = [];
    for (const field of fields) {
      const predicted = distinct(pair.predicted[field]);
      const expected = distinct(pair.expected[field]);
      for (const value of predicted)
        if (!expected.some((gold) => relaxedMatch(value, gold))) lines.push(`  ${field} + ${JSON.stringify(value)}`);
      for (const gold of expected)
        if (!predicted.some((value) => relaxedMatch(value, gold))) lines.push(`  ${field} - ${JSON.stringify(gold)}`);
    }
    if (lines.length > 0) console.log(`${pair.id}\n${lines.join('\n')}`);
  }
}
