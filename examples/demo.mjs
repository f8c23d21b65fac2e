#!/usr/bin/env node
// Rolefit demo: a sample resume in, a ranked top-10 of jobs out, on the embedded store, offline.
//   pnpm demo [--resume <id|path.json>] [--ranker default|multi-factor|bm25] [--limit N] [--store FILE] [--apply-profile] [--json]
// pnpm 10 passes a literal `--` on to the script (`pnpm demo -- --json`); a leading one is dropped.
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readArguments } from './arguments.mjs';
import {
  createMemoryStore,
  createPipeline,
  formatSalary,
  parseProfile,
  parseResume,
  ValidationError,
} from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { createBm25Ranker, createDefaultRanker, createMultiFactorRanker } from '@rolefit/rankers';

const { values } = readArguments({
  options: {
    resume: { type: 'string', default: sampleResumes[0].id },
    ranker: { type: 'string', default: 'default' },
    limit: { type: 'string', default: '10' },
    store: { type: 'string', default: '.rolefit-cache/demo-store.json' },
    json: { type: 'boolean', default: false },
    'apply-profile': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    `Usage: pnpm demo [--resume <${sampleResumes.map((resume) => resume.id).join('|')}|file.json>] [--ranker default|multi-factor|bm25] [--limit N] [--store FILE] [--apply-profile] [--json]`,
  );
  process.exit(0);
}

function loadResume(reference) {
  const sample = sampleResumes.find((resume) => resume.id === reference);
  if (sample) return sample;
  try {
    return JSON.parse(readFileSync(reference, 'utf8'));
  } catch (error) {
    throw new Error(
      `--resume must be one of ${sampleResumes.map((resume) => resume.id).join(', ')} or a JSON file (${error.message})`,
    );
  }
}

async function main() {
  // A resume file may carry the person's profile beside the resume fields (Resume input is strict).
  const { profile: profileInput, ...input } = loadResume(values.resume);
  const resume = parseResume(input);
  const profile = profileInput ? parseProfile(profileInput) : undefined;
  const limit = Number.parseInt(values.limit, 10);
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`--limit must be a positive whole number, got ${values.limit}`);
  const rankers = {
    default: () => createDefaultRanker(),
    'multi-factor': () => createMultiFactorRanker(),
    bm25: () => createBm25Ranker(),
  };
  if (!(values.ranker in rankers)) throw new Error(`--ranker must be one of ${Object.keys(rankers).join(', ')}`);

  await mkdir(dirname(resolve(values.store)), { recursive: true });
  const store = createMemoryStore({ path: values.store });
  const pipeline = createPipeline({ store, ranker: rankers[values.ranker]() });
  const ingest = await pipeline.ingest(sampleJobs);
  await store.upsertResume(resume);
  // By default every stored job is ranked; --apply-profile first keeps only jobs that fit the person's
  // places, workplaces, contract types and salary floor.
  const recommendations = await pipeline.recommend({
    resume,
    profile: values['apply-profile'] ? profile : undefined,
    limit,
  });
  await store.close();

  if (values.json) {
    console.log(
      JSON.stringify(
        { resume: resume.id, ingest: { ...ingest, invalid: ingest.invalidCount }, recommendations },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`Rolefit demo — ${resume.contact.name ?? resume.id} (${resume.id}), ranker: ${values.ranker}`);
  console.log(
    `Stored ${ingest.inserted + ingest.updated} jobs from ${ingest.received} postings (${ingest.duplicates} cross-source duplicate${ingest.duplicates === 1 ? '' : 's'} merged) in ${values.store}`,
  );
  if (profile)
    console.log(
      `Looking for: ${profile.desiredTitles.join(', ') || 'any title'}${profile.locations.length ? ` in ${profile.locations.join(' / ')}` : ''}` +
        (values['apply-profile'] ? ' (filters applied)' : ' (add --apply-profile to filter by it)'),
    );
  console.log('');
  const rows = recommendations.map(({ job, match }, index) => ({
    '#': String(index + 1),
    score: match.score.toFixed(3),
    title: job.title,
    company: job.company ?? '',
    where: [job.location?.city, job.location?.country, job.location?.workplace].filter(Boolean).join(', '),
    pay: job.salary ? formatSalary(job.salary) : '',
    why: match.explanation ?? '',
  }));
  printTable(rows);
}

function printTable(rows) {
  if (rows.length === 0) return console.log('(no jobs)');
  const columns = Object.keys(rows[0]);
  const clip = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
  const widths = Object.fromEntries(
    columns.map((column) => [
      column,
      Math.min(column === 'why' ? 70 : 34, Math.max(column.length, ...rows.map((row) => row[column].length))),
    ]),
  );
  const line = (row) =>
    columns
      .map((column) => clip(row[column], widths[column]).padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  console.log(line(Object.fromEntries(columns.map((column) => [column, column]))));
  console.log(columns.map((column) => '-'.repeat(widths[column])).join('  '));
  for (const row of rows) console.log(line(row));
}

main().catch((error) => {
  console.error(
    error instanceof ValidationError ? `Invalid input — ${error.message}` : `demo failed: ${error.message}`,
  );
  process.exit(1);
});
