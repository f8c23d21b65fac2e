#!/usr/bin/env node
// Writes datasets/sample-dev/jobs.jsonl and resumes.jsonl from core's sample data, so the dev set stays in
// sync with the samples. The judgements (qrels.tsv) and README.md are written by hand and left alone.
//
//   node scripts/build-sample-dev-set.mjs           rewrite the two files
//   node scripts/build-sample-dev-set.mjs --check   exit 1 when they are out of date
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const samples = new URL('packages/core/src/samples/', root);
const target = new URL('datasets/sample-dev/', root);

const jobs = JSON.parse(readFileSync(new URL('jobs.json', samples), 'utf8'));
const resumes = JSON.parse(readFileSync(new URL('resumes.json', samples), 'utf8'));

const lines = (records) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';
const files = {
  // Every field of each posting; the loader validates them with core's parseJob.
  'jobs.jsonl': lines(jobs),
  // Only the plain text: the structured fields and the profile are what a ranker would have to read from it.
  'resumes.jsonl': lines(resumes.map((resume) => ({ id: resume.id, text: resume.text }))),
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([name, content]) => {
    const file = new URL(name, target);
    return !existsSync(file) || readFileSync(file, 'utf8') !== content;
  });
  for (const [name] of stale)
    console.error(`${fileURLToPath(new URL(name, target))} is out of date; run node scripts/build-sample-dev-set.mjs`);
  process.exit(stale.length === 0 ? 0 : 1);
}

mkdirSync(target, { recursive: true });
for (const [name, content] of Object.entries(files)) writeFileSync(new URL(name, target), content);
console.error(
  `wrote ${Object.keys(files).join(', ')} to ${fileURLToPath(target)} (${jobs.length} jobs, ${resumes.length} resumes)`,
);
