#!/usr/bin/env node
// Recommend jobs for a resume file: a PDF (or DOCX, or plain text) in, a ranked list of jobs out, offline.
//   node examples/recommend-pdf.mjs [RESUME.pdf] [--jobs FILE.jsonl] [--ranker default|multi-factor|bm25] [--limit N] [--json]
// Without RESUME, an invented nurse's resume written for Rolefit (packages/ats/src/parse/fixtures/labelled/02-liam-novak.pdf).
// Without --jobs, the 62 sample postings (`@rolefit/core/samples`); a JSON Lines file holds one Job per line.
import { fileURLToPath } from 'node:url';
import { readArguments } from './arguments.mjs';
import { createMemoryStore, createPipeline, formatSalary, ValidationError } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { createFileCrawler } from '@rolefit/crawlers';
import { isResumeParseError, parseResumeFile } from '@rolefit/ats';
import { createBm25Ranker, createDefaultRanker, createMultiFactorRanker } from '@rolefit/rankers';

const usage =
  'Usage: node examples/recommend-pdf.mjs [RESUME.pdf|.docx|.txt] [--jobs FILE.jsonl] [--ranker default|multi-factor|bm25] [--limit N] [--json]';
const { values, positionals } = readArguments({
  allowPositionals: true,
  options: {
    jobs: { type: 'string' },
    ranker: { type: 'string', default: 'default' },
    limit: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const progress = (line) => process.stderr.write(`recommend-pdf: ${line}\n`);
const defaultResume = fileURLToPath(
  new URL('../packages/ats/src/parse/fixtures/labelled/02-liam-novak.pdf', import.meta.url),
);

async function main() {
  if (positionals.length > 1) throw new Error(`give one resume file, got ${positionals.length}\n${usage}`);
  const limit = Number.parseInt(values.limit, 10);
  if (!Number.isInteger(limit) || limit < 1 || String(limit) !== values.limit.trim())
    throw new Error(`--limit must be a positive whole number, got ${values.limit}`);
  const rankers = { default: createDefaultRanker, 'multi-factor': createMultiFactorRanker, bm25: createBm25Ranker };
  if (!(values.ranker in rankers)) throw new Error(`--ranker must be one of ${Object.keys(rankers).join(', ')}`);

  const file = positionals[0] ?? defaultResume;
  progress(`reading ${file}`);
  // PDF and DOCX are read in a worker thread under time, memory and size limits; a bad file is a ResumeParseError.
  // The default time limit (4 s) is sized for untrusted uploads to a server; your own file on a busy machine gets 30 s.
  const resume = await parseResumeFile(file, { timeoutMs: 30_000 });
  progress(
    `read ${resume.contact.name ?? 'a resume without a name'}: ${resume.experience.length} roles, ${resume.skills.length} skills`,
  );

  // An in-memory store (no path: nothing is written); jobs go in through the pipeline, which validates and dedupes them.
  const store = createMemoryStore();
  const pipeline = createPipeline({
    store,
    ranker: rankers[values.ranker](),
    crawlers: values.jobs ? [createFileCrawler({ path: values.jobs, name: 'jobs-file' })] : [],
  });
  const ingest = values.jobs ? await pipeline.crawl() : await pipeline.ingest(sampleJobs);
  for (const { error } of ingest.errors ?? []) progress(`${values.jobs}: ${error.message.split('\n')[0]}`);
  if (ingest.inserted + ingest.updated === 0) throw new Error(`no jobs stored from ${values.jobs ?? 'the samples'}`);
  progress(
    `stored ${ingest.inserted + ingest.updated} jobs from ${values.jobs ?? 'the sample postings'}; ranking with ${values.ranker}`,
  );
  const recommendations = await pipeline.recommend({ resume, limit });
  await store.close();

  if (values.json) {
    console.log(
      JSON.stringify(
        {
          file,
          resume: {
            name: resume.contact.name,
            titles: resume.experience.map((role) => role.title),
            skills: resume.skills,
          },
          recommendations,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    `Jobs for ${resume.contact.name ?? file} — ${resume.experience[0]?.title ?? 'no role found'}; skills: ${resume.skills.slice(0, 8).join(', ')}${resume.skills.length > 8 ? ', …' : ''}`,
  );
  console.log('');
  recommendations.forEach(({ job, match }, index) =>
    console.log(
      `${String(index + 1).padStart(2)}. ${match.score.toFixed(3)}  ${job.title} — ${job.company ?? '?'}${job.location?.city ? `, ${job.location.city}` : ''}${job.salary ? ` (${formatSalary(job.salary)})` : ''}\n      ${match.explanation ?? ''}`,
    ),
  );
}

main().catch((error) => {
  const reason = isResumeParseError(error)
    ? `cannot read the resume (${error.code}): ${error.message}`
    : error instanceof ValidationError
      ? `invalid input — ${error.message}`
      : error.message;
  console.error(`recommend-pdf failed: ${reason}`);
  process.exit(1);
});
