#!/usr/bin/env node
// Crawl → embed → index into Elasticsearch → recommend, for users who outgrow one machine.
//   ELASTICSEARCH_URL=http://localhost:9200 [ROLEFIT_EMBEDDING_MODEL=<hub id or dir>] node examples/elastic.mjs [--jobs FILE] [--resume ID] [--max-retries N]
// Without ROLEFIT_EMBEDDING_MODEL the jobs are indexed without vectors and recommended by lexical search only.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArguments } from './arguments.mjs';
import { createPipeline, parseResume } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { createFileCrawler } from '@rolefit/crawlers';
import { createMultiFactorRanker, createTransformersEmbedder, jobEmbeddingText, personText } from '@rolefit/rankers';
import { createElasticStore } from '@rolefit/store-elastic';

const { values } = readArguments({
  options: {
    jobs: { type: 'string' },
    resume: { type: 'string', default: sampleResumes[0].id },
    prefix: { type: 'string', default: 'rolefit-example' },
    // The client's retries of a request that failed to connect, with a back-off of seconds between them (default 3).
    'max-retries': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'Usage: ELASTICSEARCH_URL=http://localhost:9200 [ROLEFIT_EMBEDDING_MODEL=<hub id or dir>] node examples/elastic.mjs [--jobs FILE.jsonl] [--resume ID] [--prefix INDEX-PREFIX] [--max-retries N]',
  );
  process.exit(0);
}

async function main() {
  const node = process.env.ELASTICSEARCH_URL;
  if (!node)
    throw new Error(
      'set ELASTICSEARCH_URL (e.g. http://localhost:9200); packages/store-elastic/README.md shows a single-node setup',
    );
  const sample = sampleResumes.find((resume) => resume.id === values.resume);
  if (!sample) throw new Error(`--resume must be one of ${sampleResumes.map((resume) => resume.id).join(', ')}`);
  const resume = parseResume(sample);
  const maxRetries = values['max-retries'] === undefined ? undefined : Number(values['max-retries']);
  if (maxRetries !== undefined && !/^\d+$/.test(values['max-retries']))
    throw new Error(`--max-retries must be a whole number of 0 or more, not ${values['max-retries']}`);

  const modelName = process.env.ROLEFIT_EMBEDDING_MODEL;
  const embedder = modelName ? createTransformersEmbedder({ model: modelName }) : undefined;
  if (embedder) await embedder.load();
  const store = await createElasticStore({
    node,
    ...(maxRetries === undefined ? {} : { clientOptions: { maxRetries } }),
    indexPrefix: values.prefix,
    dimensions: embedder?.dimensions,
    replicas: 0,
    refresh: 'wait_for',
  });

  // 1. Crawl: any Crawler works; here a JSON Lines export (the sample jobs unless --jobs is given).
  const scratch = await mkdtemp(join(tmpdir(), 'rolefit-elastic-'));
  try {
    const path = values.jobs ?? join(scratch, 'jobs.jsonl');
    if (!values.jobs) await writeFile(path, sampleJobs.map((job) => JSON.stringify(job)).join('\n'));
    const pipeline = createPipeline({
      store,
      ranker: createMultiFactorRanker(),
      crawlers: [createFileCrawler({ path, name: 'export' })],
    });
    const crawl = await pipeline.crawl();
    console.log(
      `crawled ${crawl.received} postings: ${crawl.inserted} new, ${crawl.updated} updated, ${crawl.duplicates} duplicates, ${crawl.failedCount} refused by Elasticsearch, ${crawl.invalidCount + crawl.errorCount} errors`,
    );

    // 2. Embed every stored job (the embedder caches by content hash, so a re-run re-embeds nothing new).
    if (embedder) {
      let batch = [];
      const flush = async () => {
        const vectors = await embedder.embed(batch.map(jobEmbeddingText), { kind: 'passage' });
        await store.upsertJobVectors(batch.map((job, index) => ({ id: job.id, vector: vectors[index] })));
        batch = [];
      };
      for await (const job of store.iterateJobs()) {
        batch.push(job);
        if (batch.length === 64) await flush();
      }
      if (batch.length) await flush();
      console.log(`embedded jobs with ${embedder.name} on ${embedder.device}`);
    }

    // 3. Recommend: hybrid (BM25 + kNN, fused in the SDK) candidates, re-ranked by the multi-factor ranker.
    const text = personText({ resume });
    const candidates = embedder
      ? await store.searchJobsHybrid(text, (await embedder.embed([text], { kind: 'query' }))[0], { limit: 50 })
      : await store.searchJobs(text, { limit: 50 });
    const matches = await createMultiFactorRanker().rank(
      { resume },
      candidates.map((hit) => hit.job),
      { limit: 10 },
    );
    const byId = new Map(candidates.map((hit) => [hit.job.id, hit.job]));
    console.log(`\nTop ${matches.length} for ${resume.contact.name ?? resume.id}:`);
    matches.forEach((match, index) =>
      console.log(
        `${String(index + 1).padStart(2)}. ${match.score.toFixed(3)}  ${byId.get(match.jobId)?.title} — ${match.explanation ?? ''}`,
      ),
    );
    console.log(
      '\nmost asked-for skills:',
      (await store.popularSkills({ size: 8 })).map((item) => `${item.skill} (${item.count})`).join(', '),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await store.close();
    await embedder?.dispose();
  }
}

main().catch((error) => {
  console.error(`elastic example failed: ${error.message}`);
  process.exit(1);
});
