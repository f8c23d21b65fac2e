#!/usr/bin/env node
// pnpm bench [--json] [--quick] [--only text,store,rankers,crawlers,crawl-file,throughput,embedding,recommend,parse-start,recall]: speed and memory of the core paths, on real data where ../shared has it.
// `adversarial` (every pathological input of the *adversarial tests at n and 2n, bench/adversarial.mjs; `--check` exits 1 on a ratio above 3) runs only when named.
// `recall` (retrieval recall@K against full ranking on the pooled dev sets, minutes) runs only when named; ROLEFIT_BENCH_1M=1 adds 1M jobs to `recommend`,
// ROLEFIT_BENCH_FULL_RANKING_UP_TO=N ranks every stored job (the comparison) only up to N jobs (default 100000; minutes on a busy machine).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchRecommendScale, generatedJobs } from './recommend-scale.mjs';
import { benchModelThroughput } from './model-throughput.mjs';
import { benchCrawlFile, crawlFileSizes } from './crawl-file.mjs';
import { benchParseStart } from './parse-start.mjs';
import { benchStoreScale, storeScaleSizes, vectorOf } from './store-scale.mjs';
import { formatRecall, measureRetrievalRecall } from './retrieval-recall.mjs';
import { BENCH_USAGE, BenchUsageError, parseBenchArguments } from './bench-arguments.mjs';
import { bundleSources } from './bundle-sources.mjs';
import { createMemoryStore, extractSkills, parseJob, parseResume, parseSalary } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import {
  benchmarkLlmRanker,
  cosineSimilarity,
  createBm25Ranker,
  createDefaultRanker,
  createEmbeddingRanker,
  createFusionRanker,
  createMultiFactorRanker,
  createTransformersEmbedder,
} from '@rolefit/rankers';
import { defaultRandomModelDirectory, parseCsv, writeRandomBertModel, writeRandomLlamaGguf } from '@rolefit/dev-tools';
import * as crawlers from '@rolefit/crawlers';
import { env as transformersEnv, pipeline } from '@huggingface/transformers';

// pnpm 10 passes a literal `--` on to the script (`pnpm bench -- --json`); a leading one is dropped. A misspelled
// option or section is a usage error (exit 2), not a stack trace or a run that times nothing.
let values;
try {
  values = parseBenchArguments(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  console.error(`bench: ${error.message}\n\n${BENCH_USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(BENCH_USAGE);
  process.exit(0);
}
const runs = (section) => values.only === 'all' || values.only.split(',').includes(section);
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const results = {};
// The same figures grouped by section (text, rankers, store, recommend, ...): `--json` prints both.
const sections = {};
let section = 'setup';
const log = (...parts) => values.json || console.log(...parts);

/** Runs `work` repeatedly for at least `minimumMs` and returns operations per second. */
function rate(work, operationsPerCall = 1, minimumMs = 300) {
  work(); // warm up
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    work();
    calls += 1;
    elapsed = performance.now() - started;
  } while (elapsed < minimumMs);
  return (calls * operationsPerCall * 1000) / elapsed;
}

async function time(work) {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const round = (value, digits = 0) => Number(value.toFixed(digits));
const megabytes = (bytes) => round(bytes / 1024 / 1024, 1);

function record(name, value, unit) {
  results[name] = { value, unit };
  (sections[section] ??= {})[name] = { value, unit };
  log(`${name.padEnd(52)} ${String(value).padStart(12)} ${unit}`);
}

// --- real text ---------------------------------------------------------------------------------
const linkedinFile = join(dataDirectory, 'linkedin-postings-2023-24-head1000/postings_head1000.csv');
const glassdoorFile = join(dataDirectory, 'glassdoor-ds-jobs-2020/glassdoor_jobs.csv');
const postings = existsSync(linkedinFile) ? parseCsv(readFileSync(linkedinFile, 'utf8')) : [];
const descriptions = postings.length
  ? postings.map((row) => `${row.title}\n${row.description}`)
  : sampleJobs.map((job) => `${job.title}\n${job.description}`);
const salaryStrings = existsSync(glassdoorFile)
  ? parseCsv(readFileSync(glassdoorFile, 'utf8'))
      .map((row) => row['Salary Estimate'])
      .filter((text) => text && text !== '-1')
  : sampleJobs.flatMap((job) => (job.salary?.text ? [job.salary.text] : []));
log(
  `texts: ${descriptions.length} job descriptions (${postings.length ? 'LinkedIn 2023-24 sample from ../shared' : 'built-in samples'}), ${salaryStrings.length} salary strings`,
);

section = 'text';
if (runs('text')) {
  const descriptionBytes = descriptions.reduce((total, text) => total + Buffer.byteLength(text), 0);
  const skillRate = rate(() => descriptions.forEach((text) => extractSkills(text)), descriptions.length);
  record('skills.extract texts/s', round(skillRate), 'texts/s');
  record('skills.extract MB/s', round((skillRate * descriptionBytes) / descriptions.length / 1024 / 1024, 2), 'MB/s');
  record(
    'salary.parse strings/s',
    round(rate(() => salaryStrings.forEach((text) => parseSalary(text)), salaryStrings.length)),
    'strings/s',
  );
  record(
    'schema.parseJob jobs/s',
    round(rate(() => sampleJobs.forEach((job) => parseJob(job)), sampleJobs.length)),
    'jobs/s',
  );
  await benchResumeParser();
}

/**
 * The résumé text parser (`parseResumeText` of @rolefit/ats, bundled from the sources) on the real résumés in
 * ../shared: the DataTurks dev set (120) and the UpdatedResumeDataSet's rows (962), each as one text; résumés a second
 * and microseconds a thousand characters, CPU time over at least 2 s after one pass to warm up.
 */
async function benchResumeParser() {
  const texts = [];
  const dataturksFile = join(dataDirectory, 'dataturks-dev/resumes.jsonl');
  if (existsSync(dataturksFile))
    for (const line of readFileSync(dataturksFile, 'utf8').split('\n'))
      if (line.trim()) texts.push(JSON.parse(line).text);
  const updatedFile = join(dataDirectory, 'updated-resume-dataset/UpdatedResumeDataSet.csv');
  if (existsSync(updatedFile)) for (const row of parseCsv(readFileSync(updatedFile, 'utf8'))) texts.push(row.Resume);
  if (texts.length === 0)
    return log('ats.parseResumeText: no résumés in ../shared (dataturks-dev, updated-resume-dataset)');
  const { parseResumeText } = await import(
    pathToFileURL(
      await bundleSources('resume-parser-bench', {
        contents: "export { parseResumeText } from './packages/ats/src/parse/parse-resume-text.ts';",
        sourcefile: 'resume-parser-bench.ts',
      }),
    ).href
  );
  const now = new Date(Date.UTC(2026, 5, 15));
  const characters = texts.reduce((total, text) => total + text.length, 0);
  // CPU time of this process (process.cpuUsage), as bench/adversarial.mjs takes it: on the shared machine other
  // processes' load does not add to it as it does to wall time.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const pass = () => texts.forEach((text) => parseResumeText(text, { now }));
  pass();
  let passes = 0;
  const started = cpuMs();
  do {
    pass();
    passes += 1;
  } while (cpuMs() - started < 2_000);
  const perSecond = (passes * texts.length * 1000) / (cpuMs() - started);
  log(
    `ats.parseResumeText: ${texts.length} real résumés, ${characters} characters (DataTurks dev, UpdatedResumeDataSet)`,
  );
  record('ats.parseResumeText résumés/s', round(perSecond), 'résumés/s');
  record('ats.parseResumeText µs/kchar', round(1e9 / ((perSecond * characters) / texts.length)), 'µs/1k chars');
}

// --- synthetic jobs (ranker speed) ---------------------------------------------------------------
function syntheticJobs(count) {
  const jobs = [];
  for (let index = 0; index < count; index += 1) {
    const template = sampleJobs[index % sampleJobs.length];
    jobs.push({ ...template, id: `synthetic-${index}`, title: `${template.title} ${index % 97}` });
  }
  return jobs;
}

const sizes = values.quick ? [10_000] : [10_000, 100_000];
// --- rankers ---------------------------------------------------------------------------------
const resume = parseResume(sampleResumes[0]);
section = 'rankers';
if (runs('rankers')) {
  const rankJobs = syntheticJobs(values.quick ? 2_000 : 10_000).map((job) => parseJob(job));
  for (const [name, ranker] of [
    ['multi-factor', createMultiFactorRanker()],
    ['bm25', createBm25Ranker()],
    // Both members plus the pseudo-relevance step; "fusion-plain" shows what that step costs.
    ['fusion', createFusionRanker({ rankers: [createBm25Ranker(), createMultiFactorRanker()] })],
    [
      'fusion-plain',
      createFusionRanker({ rankers: [createBm25Ranker(), createMultiFactorRanker()], pseudoRelevance: false }),
    ],
  ]) {
    // Fresh job objects for each row: every per-job reading (BM25's counts, multi-factor's readings, which every
    // multi-factor ranker with the same taxonomy shares) is made in the row that times it, not left by a row before.
    const jobs = rankJobs.map((job) => structuredClone(job));
    const { ms } = await time(() => ranker.rank({ resume }, jobs, { limit: 10 }));
    record(`ranker ${name} jobs/s (${rankJobs.length} jobs)`, round((rankJobs.length * 1000) / ms), 'jobs/s');
  }
  // The default ranker's warm re-rank (every job read ahead, as after pipeline.prepare): CPU per query over 1,000 jobs
  // generated from the LinkedIn sample as the recommend section makes them, for each sample resume in turn.
  const defaultJobs = generatedJobs(1_000, postings).map((job) => parseJob(job));
  const defaultRanker = createDefaultRanker();
  await defaultRanker.prepare(defaultJobs);
  const people = sampleResumes.map((person) => parseResume(person));
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const perQuery = [];
  for (let pass = 0; pass < 4; pass += 1) {
    const started = cpuMs();
    for (const person of people) await defaultRanker.rank({ resume: person }, defaultJobs, { limit: 10 });
    // The first pass is a warm-up (the person's readings, the JIT).
    if (pass > 0) perQuery.push((cpuMs() - started) / people.length);
  }
  record(
    `ranker default: warm re-rank of ${defaultJobs.length} jobs, CPU per query (median of 3 rounds × ${people.length} resumes)`,
    round([...perQuery].sort((left, right) => left - right)[1], 1),
    'ms',
  );
}
section = 'crawlers';
if (runs('crawlers')) benchCrawlers();
// A job-board dump read into a store and its job features written, as `rolefit crawl file` does (crawl-file.mjs).
section = 'crawl-file';
if (runs('crawl-file')) await benchCrawlFile({ sizes: crawlFileSizes(values.quick), record, log });
section = 'embedding';
if (runs('embedding')) await benchEmbedding(resume);
section = 'llm';
if (runs('llm')) await benchLlm(resume);
section = 'throughput';
// Embedder vs a plain pipeline loop, LLM ranker vs the naive loop: jobs/s and ratio, median of repeats (minutes on a 2-core CPU).
if (runs('throughput')) await benchModelThroughput({ texts: descriptions, quick: values.quick, record, log });
// MemoryStore at 10k/100k (ROLEFIT_BENCH_STORE_SIZES, ROLEFIT_BENCH_1M=1 adds 1M): files, load, upserts, int8 vector search vs naive f32, BM25.
// `store` and `store-scale` name the same section (the in-process store loop it replaced measured the same things again).
section = 'store';
if (runs('store') || runs('store-scale')) await benchStoreScale({ sizes: storeScaleSizes(values.quick), record, log });
// Two-stage recommend (retrieve K, re-rank) against ranking every stored job, in the same run.
// Sizes: ROLEFIT_BENCH_RECOMMEND_SIZES (comma-separated job counts) or 10k and 100k; ROLEFIT_BENCH_1M=1 adds 1M.
function recommendSizes() {
  const fromEnvironment = process.env.ROLEFIT_BENCH_RECOMMEND_SIZES?.split(',')
    .map(Number)
    .filter((size) => Number.isSafeInteger(size) && size > 0);
  const chosen = fromEnvironment?.length ? fromEnvironment : [...sizes];
  if (process.env.ROLEFIT_BENCH_1M === '1' && !chosen.includes(1_000_000)) chosen.push(1_000_000);
  return chosen;
}
section = 'recommend';
if (runs('recommend'))
  await benchRecommendScale({
    sizes: recommendSizes(),
    postings,
    record,
    log,
    round,
    megabytes,
    fullRankingUpTo: Number(process.env.ROLEFIT_BENCH_FULL_RANKING_UP_TO ?? 100_000),
  });
// The résumé parser's start-up: `rolefit parse - --json` as fresh processes, CPU per run (parse-start.mjs); the CLI and
// the packages it imports are built first where stale.
section = 'parse-start';
if (runs('parse-start')) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-if-stale.mjs'), 'cli'], {
    stdio: ['ignore', 2, 2],
    cwd: root,
  });
  if (build.status === 0) await benchParseStart({ runs: values.quick ? 5 : 10, record, log });
  else log('parse-start: the CLI did not build (see above)');
}
section = 'adversarial';
if (values.only.split(',').includes('adversarial')) {
  // In its own process (V8 on one thread, so CPU time is the timed work's own): its table on stdout, or its JSON taken in.
  const child = spawnSync(
    process.execPath,
    [join(root, 'bench/adversarial.mjs'), ...(values.check ? ['--check'] : []), ...(values.json ? ['--json'] : [])],
    { stdio: ['ignore', values.json ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8' },
  );
  if (values.json && child.status !== null) {
    for (const row of JSON.parse(child.stdout).rows)
      record(`adversarial ${row.group}: ${row.name} time(2n)/time(n) at n ${row.size}`, row.ratio, 'x');
  }
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}
section = 'recall';
if (values.only.split(',').includes('recall')) {
  const recall = await measureRetrievalRecall({ queriesPerSet: values.quick ? 5 : 40 });
  log(formatRecall(recall));
  for (const row of recall.depths) {
    record(
      `retrieval K ${row.depth}: same top-10 set as full ranking (${recall.queries} queries, pool ${recall.pool})`,
      round(row.sameTop10Set * 100, 1),
      '%',
    );
    record(`retrieval K ${row.depth}: same top-10 order as full ranking`, round(row.sameTop10Order * 100, 1), '%');
    record(`retrieval K ${row.depth}: recall@K of the full top 10`, round(row.recallOfFullTop10 * 100, 2), '%');
    record(`retrieval K ${row.depth}: same top-10 set, up to ties`, round(row.sameTop10SetUpToTies * 100, 1), '%');
    record(`retrieval K ${row.depth}: same top-10 order, up to ties`, round(row.sameTop10OrderUpToTies * 100, 1), '%');
    record(
      `retrieval K ${row.depth}: recall@K of the full top 10, up to ties`,
      round(row.recallOfFullTop10UpToTies * 100, 2),
      '%',
    );
    record(
      `retrieval K ${row.depth}: whole full top 10 among the K candidates`,
      round(row.fullTop10AllRetrieved * 100, 1),
      '%',
    );
    record(
      `retrieval K ${row.depth}: same top-10 set with the full top 10 added to the candidates`,
      round(row.sameTop10SetWithFullTop10Added * 100, 1),
      '%',
    );
  }
}

/**
 * LLM yes/no ranker on a 0.5B-class llama with seeded random weights (speed only, never quality): the
 * shared resume prefix against the naive loop that evaluates each job's whole prompt from scratch.
 */
async function benchLlm(resume) {
  const model = await writeRandomLlamaGguf({ shape: '0.5b', seed: 42 });
  // A resume is ranked against many jobs; 20 keeps the run to minutes on a 2-core CPU.
  const jobs = sampleJobs.slice(0, values.quick ? 4 : 20).map((job) => parseJob(job));
  const result = await benchmarkLlmRanker({
    model: model.path,
    jobs,
    resume: { resume },
    settings: { threads: 2, contextSize: 2048 },
  });
  record(
    `llm ranker (${model.parameterCount} params, random): shared prefix`,
    round(result.sharedPrefixJobsPerSecond, 2),
    'jobs/s',
  );
  record(`llm ranker: naive one-prompt-per-job loop`, round(result.naiveJobsPerSecond, 2), 'jobs/s');
  record(
    `llm ranker: ratio shared / naive (prefix ${result.prefixTokens} tokens, job ${round(result.jobTokens)} tokens)`,
    round(result.ratio, 2),
    'x',
  );
}

/** Jobs (or courses) per second each adapter parses from its recorded pages (no network: parsing and mapping only). */
function benchCrawlers() {
  const fixtures = (name) => join(root, 'packages/crawlers/src', name, 'fixtures');
  const json = (folder, file) => JSON.parse(readFileSync(join(fixtures(folder), file), 'utf8'));
  const text = (folder, file) => readFileSync(join(fixtures(folder), file), 'utf8');
  // Each entry parses every recorded page once and returns how many items came out (bad records are skipped, as a crawl does).
  const tryEach = (records, map) =>
    records.reduce((count, record) => {
      try {
        map(record);
        return count + 1;
      } catch {
        return count;
      }
    }, 0);
  const adapters = {
    greenhouse: () =>
      tryEach(json('greenhouse', 'jobs.json').jobs, (record) => crawlers.mapGreenhouseJob(record, 'bench')),
    lever: () =>
      ['page-0.json', 'page-2.json'].reduce(
        (count, file) => count + tryEach(json('lever', file), (record) => crawlers.mapLeverPosting(record, 'bench')),
        0,
      ),
    themuse: () =>
      ['page-0.json', 'page-1.json'].reduce(
        (count, file) => count + tryEach(json('themuse', file).results, (record) => crawlers.mapMuseJob(record)),
        0,
      ),
    dice: () =>
      ['page-1.json', 'page-2.json'].reduce(
        (count, file) => count + tryEach(json('dice', file).data, (record) => crawlers.mapDiceJob(record)),
        0,
      ),
    hh: () =>
      ['page-0.json', 'page-1.json'].reduce(
        (count, file) => count + tryEach(json('hh', file).items, (record) => crawlers.mapHhVacancy(record)),
        0,
      ),
    'json-ld': () =>
      ['single.html', 'graph.html'].reduce((count, file) => {
        const postings = crawlers.extractJsonLdBlocks(text('json-ld', file)).flatMap((block) => {
          try {
            return crawlers.findJobPostings(JSON.parse(block));
          } catch {
            return [];
          }
        });
        return (
          count + tryEach(postings, (posting) => crawlers.mapJobPosting(posting, `https://jobs.example.com/${file}`))
        );
      }, 0),
    linkedin: () =>
      ['search-0.html', 'search-3.html'].reduce(
        (count, file) => count + crawlers.parseLinkedInSearchPage(text('linkedin', file)).jobs.length,
        0,
      ) +
      ['posting-4012345678.html', 'posting-4012345679.html'].reduce(
        (count, file) =>
          count +
          tryEach([text('linkedin', file)], (html) =>
            crawlers.parseLinkedInPosting(html, `https://www.linkedin.com/jobs/view/${file.slice(8, -5)}`),
          ),
        0,
      ),
    coursera: () =>
      ['search-0.json', 'search-3.json'].reduce(
        (count, file) => count + crawlers.parseCourseraPage(json('coursera', file)).courses.length,
        0,
      ),
  };
  // Every round reads and parses the recorded pages from disk, as a crawl receives them.
  for (const [name, parse] of Object.entries(adapters)) {
    let items = 0;
    const perSecond = rate(() => {
      items = parse();
    }, 1);
    record(
      `crawler ${name}: items/s parsed from recorded pages (${items} per round)`,
      round(perSecond * items),
      'items/s',
    );
  }
  const hhReal = join(dataDirectory, 'hh-ru-api-search-response/hh_vacancies_search_page.json');
  if (existsSync(hhReal)) {
    const items = JSON.parse(readFileSync(hhReal, 'utf8')).items;
    record(
      `crawler hh: items/s on the real recorded hh.ru page (${items.length} items)`,
      round(rate(() => tryEach(items, (record) => crawlers.mapHhVacancy(record)), items.length)),
      'items/s',
    );
  }
}

/**
 * Embedding speed on a MiniLM-L6-shaped BERT with seeded random weights and the real tokenizer:
 * speed only, never quality. Our embedder against a plain pipeline('feature-extraction') loop over
 * the same texts and model file, in the same run.
 */
async function benchEmbedding(resume) {
  let model;
  try {
    model = await writeRandomBertModel({
      directory: defaultRandomModelDirectory('minilm-l6', 42),
      shape: 'minilm-l6',
      seed: 42,
    });
  } catch (error) {
    log(`embedding: skipped (${error.message})`);
    results['embedding skipped'] = { value: error.message, unit: '' };
    return;
  }
  transformersEnv.allowRemoteModels = false;
  transformersEnv.localModelPath = `${dirname(model.directory)}/`;
  const extractor = await pipeline('feature-extraction', basename(model.directory), { dtype: 'fp32' });
  // transformers.js's own default on the CPU is fp32; the same weights in int8 give the same-precision comparison.
  const extractorInt8 = await pipeline('feature-extraction', basename(model.directory), { dtype: 'q8' });
  const embedder = createTransformersEmbedder({ model: model.directory });
  await embedder.embed(['warm up']);
  log(
    `embedding: Rolefit embedder defaults on this model: dtype ${embedder.dtype}, ${embedder.workers} worker thread(s), window from its sentence_bert_config.json`,
  );
  for (const plain of [extractor, extractorInt8]) await plain('warm up', { pooling: 'mean', normalize: true });
  const postingCount = values.quick ? 40 : 150;
  const workloads = {
    // Titles and skill phrases: what candidate generation and queries embed.
    short: postings.length ? postings.slice(0, 600).map((row) => row.title) : sampleJobs.map((job) => job.title),
    // Whole postings: what the embedding ranker embeds per job (ours chunks text past the window; the plain loop truncates at 512 tokens).
    postings: descriptions.slice(0, postingCount),
  };
  const plainLoop = (plain, texts) =>
    time(async () => {
      for (const text of texts) await plain(text, { pooling: 'mean', normalize: true });
    });
  const oursOnce = async (settings, texts) => {
    const fresh = createTransformersEmbedder({ model: model.directory, ...settings });
    await fresh.embed(['warm up']);
    const tokensBefore = fresh.embeddedTokenCount;
    const first = await time(() => fresh.embed(texts));
    const tokens = fresh.embeddedTokenCount - tokensBefore;
    const again = await time(() => fresh.embed(texts));
    await fresh.dispose();
    return { ms: first.ms, againMs: again.ms, vectors: first.value, tokens };
  };
  const perSecond = (count, ms) => round((count * 1000) / ms, 1);
  // Interleaved rounds, best of each: a noisy neighbour on this shared CPU slows one run, not the comparison.
  const rounds = values.quick ? 1 : 3;
  const fastest = (left, right) => (left === undefined || right.ms < left.ms ? right : left);
  for (const [name, texts] of Object.entries(workloads)) {
    let plain, plainInt8, ours, oursFloat, oursInThread;
    for (let round = 0; round < rounds; round += 1) {
      plain = fastest(plain, await plainLoop(extractor, texts));
      plainInt8 = fastest(plainInt8, await plainLoop(extractorInt8, texts));
      ours = fastest(ours, await oursOnce({}, texts));
      oursFloat = fastest(oursFloat, await oursOnce({ dtype: 'fp32' }, texts));
      oursInThread = fastest(oursInThread, await oursOnce({ workers: 0 }, texts));
    }
    log(`embedding ${name}: best of ${rounds} interleaved rounds each`);
    record(
      `embedding ${name}: plain pipeline loop (${texts.length} texts, transformers.js default fp32)`,
      perSecond(texts.length, plain.ms),
      'texts/s',
    );
    record(
      `embedding ${name}: Rolefit embedder (defaults: ${embedder.dtype}, ${embedder.workers} workers)`,
      perSecond(texts.length, ours.ms),
      'texts/s',
    );
    record(`embedding ${name}: ratio embedder / plain`, round(plain.ms / ours.ms, 2), 'x');
    // Same weights on both sides: what batching, sorting and the model's window give without int8.
    record(`embedding ${name}: plain pipeline loop, q8`, perSecond(texts.length, plainInt8.ms), 'texts/s');
    record(`embedding ${name}: ratio embedder / plain, both q8`, round(plainInt8.ms / ours.ms, 2), 'x');
    record(`embedding ${name}: Rolefit embedder, fp32`, perSecond(texts.length, oursFloat.ms), 'texts/s');
    record(`embedding ${name}: ratio embedder / plain, both fp32`, round(plain.ms / oursFloat.ms, 2), 'x');
    // The model on the calling thread: what the worker threads add (and what workers: 0 costs).
    record(
      `embedding ${name}: Rolefit embedder on the calling thread (workers: 0)`,
      perSecond(texts.length, oursInThread.ms),
      'texts/s',
    );
    // The plain loop truncates at 512 tokens; ours chunks long texts and embeds every token: compare work done too.
    const plainTokens = texts.reduce(
      (sum, text) => sum + extractor.tokenizer(text, { truncation: true }).input_ids.size,
      0,
    );
    const allTokens = texts.reduce(
      (sum, text) => sum + extractor.tokenizer(text, { truncation: false }).input_ids.size,
      0,
    );
    record(
      `embedding ${name}: plain pipeline loop tokens/s (truncated at 512: ${plainTokens} of the texts' ${allTokens} tokens)`,
      round((plainTokens * 1000) / plain.ms),
      'tokens/s',
    );
    record(
      `embedding ${name}: Rolefit embedder tokens/s (all chunks, special tokens included: ${ours.tokens} tokens)`,
      round((ours.tokens * 1000) / ours.ms),
      'tokens/s',
    );
    record(`embedding ${name}: re-embed from cache`, round((texts.length * 1000) / ours.againMs), 'texts/s');
    // How far int8 moves the vectors of this random model (says nothing about a trained model's quality).
    const agreement = ours.vectors.map((vector, index) => cosineSimilarity(vector, oursFloat.vectors[index]));
    record(
      `embedding ${name}: cosine of q8 to fp32 vectors, lowest (random weights)`,
      round(Math.min(...agreement), 5),
      '',
    );
  }
  // Rank one resume against N stored job vectors: embed the resume once, then exact cosine in the store.
  for (const size of values.quick ? [10_000] : [10_000, 100_000]) {
    const store = createMemoryStore();
    const jobs = syntheticJobs(size);
    await store.upsertJobs(jobs);
    await store.upsertJobVectors(
      jobs.map((job, index) => ({ id: job.id, vector: vectorOf(index + 7, embedder.dimensions) })),
    );
    const ranked = await time(async () => {
      const [vector] = await embedder.embed([`${resume.summary}\n${resume.skills.join(', ')}\n${Date.now()}`], {
        kind: 'query',
      });
      return store.searchJobsByVector(vector, { limit: 10 });
    });
    record(`rank 1 resume vs ${size} stored job vectors (embed + exact cosine)`, round(ranked.ms, 1), 'ms');
  }
  const ranker = createEmbeddingRanker({ embedder });
  const rankJobs = sampleJobs.map((job) => parseJob(job));
  const first = await time(() => ranker.rank({ resume }, rankJobs, { limit: 10 }));
  const second = await time(() => ranker.rank({ resume }, rankJobs, { limit: 10 }));
  record(`ranker embedding: ${rankJobs.length} sample jobs, first rank`, round(first.ms), 'ms');
  record(`ranker embedding: same jobs re-ranked (cache)`, round(second.ms, 1), 'ms');
  await embedder.dispose();
}

if (values.json) console.log(JSON.stringify({ node: process.version, results, sections }, null, 2));
