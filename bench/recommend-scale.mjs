// Recommend over N stored jobs end to end for one resume (issue #21 item 1): the pipeline's two stages (retrieve K
// candidates from the store, the default ranker re-ranks them; no model) against ranking every stored job, in the
// same run. Used by bench/run.mjs (section `recommend`); sizes 10k and 100k, 1M with ROLEFIT_BENCH_1M=1.
import {
  createMemoryStore,
  createPipeline,
  DEFAULT_RETRIEVAL_DEPTH,
  parseResume,
  retrieveCandidates,
} from '@rolefit/core';
import { createRandom } from '@rolefit/core/internal';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { createDefaultRanker, writeJobFeatures } from '@rolefit/rankers';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';

const FRESH_PROCESS = fileURLToPath(new URL('./recommend-fresh-process.mjs', import.meta.url));

/** One recommend in a fresh process over the saved store (with the saved job readings, or `-` for none): its timings. */
function freshProcess(storePath, featuresPath, warmth = 'cold', size = 0) {
  const started = performance.now();
  // As in store-scale.mjs: a store of 1M jobs needs more than node's default heap.
  const heap = size > 300_000 ? ['--max-old-space-size=16384'] : [];
  const output = execFileSync(process.execPath, [...heap, FRESH_PROCESS, storePath, featuresPath, warmth], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return { ...JSON.parse(output), wallMs: performance.now() - started };
}

const CITIES = ['Austin', 'Berlin', 'London', 'Toronto', 'Bangalore', 'Chicago', 'Remote', 'Paris', 'Sydney', 'Denver'];
const WORKPLACES = ['remote', 'hybrid', 'onsite'];
const LEVELS = ['', 'Senior ', 'Junior ', 'Lead ', 'Staff ', 'Principal '];

/**
 * `count` jobs generated from real postings (or the built-in samples): each takes the title and the start of one
 * posting's text and the end of another's, a company, a city and a posting date, so no two are the same text.
 */
export function generatedJobs(count, postings, seed = 21) {
  const base = postings.length
    ? postings
    : sampleJobs.map((job) => ({ title: job.title, description: job.description, company_name: job.company }));
  const random = createRandom(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const jobs = [];
  const day = 86_400_000;
  for (let index = 0; index < count; index += 1) {
    const first = pick(base);
    const second = pick(base);
    const description =
      `${(first.description ?? '').slice(0, 700)}\n${(second.description ?? '').slice(-400)}`.trim() || first.title;
    jobs.push({
      id: `generated-${index}`,
      source: 'bench',
      title: `${pick(LEVELS)}${first.title}`.slice(0, 200),
      company: second.company_name || first.company_name || `Company ${index % 1000}`,
      location: { city: pick(CITIES), country: 'US', workplace: pick(WORKPLACES) },
      description,
      postedAt: new Date(Date.UTC(2026, 0, 1) - Math.floor(random() * 365) * day).toISOString(),
    });
  }
  return jobs;
}

/** Wall time, and this process's CPU time (user + system): on a busy shared machine the CPU time is the steadier figure. */
async function time(work) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value };
}

const median = (values) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];

/**
 * For each size: store the jobs; time a new resume's first recommend before the store is read ahead (after a warm-up
 * with another resume), then the read-ahead of every stored job (`pipeline.prepare()`), then recommend for a resume
 * not ranked before in this process at the default retrieval depth K (its first run, and the median of 5), split
 * into retrieval (as recommend runs it, with the ranker's retrieval texts; and by the person's text alone) and
 * re-rank, against one recommend that ranks every job.
 */
export async function benchRecommendScale({
  sizes,
  postings,
  record,
  log,
  round,
  megabytes,
  fullRankingUpTo = Infinity,
}) {
  const resume = parseResume(sampleResumes[0]);
  const warmUp = parseResume(sampleResumes[1] ?? sampleResumes[0]);
  const unreadResume = parseResume(sampleResumes[2] ?? sampleResumes[0]);
  for (const size of sizes) {
    // 1M stored jobs and their readings outgrow node's default heap (about 4 GB): say how to run it instead of crashing.
    if (size > 300_000 && getHeapStatistics().heap_size_limit < 12 * 1024 ** 3) {
      log(`recommend ${size} jobs: skipped; run with node --max-old-space-size=16384 (the heap limit is under 12 GB)`);
      continue;
    }
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    // Saved to a file (once, at the end) so a fresh process can load it as `rolefit recommend` does.
    const directory = mkdtempSync(join(tmpdir(), 'rolefit-bench-recommend-'));
    const storePath = join(directory, 'jobs.rolefit');
    const featuresPath = `${storePath}.features`;
    const store = createMemoryStore({ path: storePath, autosave: false });
    await store.open();
    const jobs = generatedJobs(size, postings);
    for (let start = 0; start < jobs.length; start += 10_000) await store.upsertJobs(jobs.slice(start, start + 10_000));
    jobs.length = 0;
    await store.flush();
    const ranker = createDefaultRanker();
    // The pipeline's ranker notes when its re-rank starts and ends, so each recommend below splits into retrieval
    // (from the call to the re-rank: feedback lookup, count, the ranker's retrieval texts, the BM25 searches, fusion),
    // re-rank, and what follows it (joining matches to jobs, recording them for the subject); the three add up.
    const stageTimes = { rankStart: 0, rankEnd: 0 };
    const timedRanker = {
      ...ranker,
      async rank(...args) {
        stageTimes.rankStart = performance.now();
        const matches = await ranker.rank(...args);
        stageTimes.rankEnd = performance.now();
        return matches;
      },
    };
    const pipeline = createPipeline({ store, ranker: timedRanker });
    // The first call loads the occupation ranker's knowledge (ESCO / O*NET, about 1 s, once per process).
    await pipeline.recommend({ resume: warmUp, subjectId: 'warm-up' });
    // A new resume before the store is read ahead: the candidates the warm-up did not bring are read now.
    const unread = await time(() => pipeline.recommend({ resume: unreadResume, subjectId: 'unread' }));
    // Every stored job read ahead (what a long-running process does after loading its store, and after a crawl).
    const rssBeforePrepare = process.memoryUsage().rss;
    const prepared = await time(() => pipeline.prepare());
    const rssPrepare = process.memoryUsage().rss - rssBeforePrepare;
    const again = await time(() => pipeline.prepare());
    // The readings saved for later processes (what `rolefit crawl` writes): every job is read already, so this
    // mostly encodes them. Then a fresh process recommends once without the file and once with it.
    const saved = await time(async () => writeJobFeatures(featuresPath, await store.listJobs({})));
    // This process keeps its store open (and so its `<path>.lock`, since 26f56e9): the fresh processes load a copy of
    // the saved file, as another process's `rolefit recommend` would load it once this one had closed it.
    const freshStorePath = join(directory, 'fresh.rolefit');
    copyFileSync(storePath, freshStorePath);
    const freshWithout = freshProcess(freshStorePath, '-', 'cold', size);
    const freshWith = freshProcess(freshStorePath, featuresPath, 'cold', size);
    const freshWarm = freshProcess(freshStorePath, featuresPath, 'warm', size);
    const sameTop = JSON.stringify(freshWith.top) === JSON.stringify(freshWithout.top);
    // From here on `resume` is new to this process: its first run is the first of the 5.
    const runs = [];
    const cpu = [];
    const splits = [];
    for (let repeat = 0; repeat < 5; repeat += 1) {
      const started = performance.now();
      const run = await time(() => pipeline.recommend({ resume, subjectId: `run-${repeat}` }));
      const ended = performance.now();
      runs.push(run.ms);
      cpu.push(run.cpuMs);
      splits.push({
        total: ended - started,
        retrieval: stageTimes.rankStart - started,
        rerank: stageTimes.rankEnd - stageTimes.rankStart,
        after: ended - stageTimes.rankEnd,
      });
    }
    // The run whose total is the median: its three parts add up to its total.
    const medianSplit = [...splits].sort((left, right) => left.total - right.total)[Math.floor(splits.length / 2)];
    // The two stages apart, as recommend runs them: retrieval with the ranker's retrieval texts (for the default
    // ranker one BM25 search of the person's text plus one per occupation of the person and one of the occupations
    // closest to them, fused), then the re-rank of those candidates. Also, for comparison, retrieval by the person's
    // text alone (one BM25 search; what this line measured before the ranker gave retrieval texts).
    const rankerTexts = ranker.retrievalTexts ? () => ranker.retrievalTexts({ resume }) : undefined;
    const textCount = rankerTexts ? (await rankerTexts()).length : 0;
    const retrieval = [];
    const retrievalCpu = [];
    const retrievalPersonOnly = [];
    const textsMs = [];
    const rerank = [];
    const rerankCpu = [];
    let candidates;
    for (let repeat = 0; repeat < 3; repeat += 1) {
      const retrieved = await time(() =>
        retrieveCandidates({ store, query: { resume }, filter: {}, ...(rankerTexts ? { texts: rankerTexts } : {}) }),
      );
      retrieval.push(retrieved.ms);
      retrievalCpu.push(retrieved.cpuMs);
      candidates = retrieved.value;
      if (rankerTexts) textsMs.push((await time(rankerTexts)).ms);
      retrievalPersonOnly.push((await time(() => retrieveCandidates({ store, query: { resume }, filter: {} }))).ms);
      const options = { limit: 10, corpusStatistics: candidates.corpusStatistics };
      const reranked = await time(() => ranker.rank({ resume }, candidates.jobs, options));
      rerank.push(reranked.ms);
      rerankCpu.push(reranked.cpuMs);
    }
    // The same candidates as fresh copies: objects the ranker has not read, so every per-job cache misses (what
    // each re-rank cost before the rankers kept their per-job readings, and what a resume's first run pays per new job).
    const copies = candidates.jobs.map((job) => structuredClone(job));
    const cold = await time(() =>
      ranker.rank({ resume }, copies, { limit: 10, corpusStatistics: candidates.corpusStatistics }),
    );
    const K = DEFAULT_RETRIEVAL_DEPTH;
    record(
      `recommend ${size} jobs: two-stage end to end (K ${K}, default ranker, median of 5)`,
      round(median(runs), 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: two-stage end to end, first run for this resume (store read ahead)`,
      round(runs[0], 1),
      'ms',
    );
    record(`recommend ${size} jobs: first run for this resume (store read ahead), CPU time`, round(cpu[0], 1), 'ms');
    record(
      `recommend ${size} jobs: first run for a new resume, store not read ahead (after one warm-up resume)`,
      round(unread.ms, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process, first run without saved readings (the recommend call)`,
      round(freshWithout.firstMs, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process, first run without saved readings, CPU`,
      round(freshWithout.firstCpuMs, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process, first run with the saved readings (the recommend call)`,
      round(freshWith.firstMs, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process, first run with the saved readings, CPU`,
      round(freshWith.firstCpuMs, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process with the saved readings, second run`,
      round(freshWith.secondMs, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process with the saved readings, second run, CPU`,
      round(freshWith.secondCpuMs, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process, build the knowledge's lazy indexes first (once per process)`,
      round(freshWarm.lazyIndexesMs),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process, the knowledge's lazy indexes, CPU`,
      round(freshWarm.lazyIndexesCpuMs),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process with the saved readings, first run after those indexes`,
      round(freshWarm.firstMs, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process with the saved readings, first run after those indexes, CPU`,
      round(freshWarm.firstCpuMs, 1),
      'ms',
    );
    record(`recommend ${size} jobs: fresh process, store load`, round(freshWith.openMs), 'ms');
    record(`recommend ${size} jobs: fresh process, occupation knowledge load`, round(freshWith.knowledgeMs), 'ms');
    record(
      `recommend ${size} jobs: fresh process, occupation knowledge load, CPU`,
      round(freshWith.knowledgeCpuMs),
      'ms',
    );
    record(`recommend ${size} jobs: fresh process, open the saved readings`, round(freshWith.featuresOpenMs, 1), 'ms');
    record(
      `recommend ${size} jobs: fresh process with the saved readings, whole process wall`,
      round(freshWith.wallMs),
      'ms',
    );
    record(
      `recommend ${size} jobs: fresh process with the saved readings, whole process CPU (to the end of its second run)`,
      round(freshWith.processCpuMs),
      'ms',
    );
    record(`recommend ${size} jobs: fresh process without them, whole process wall`, round(freshWithout.wallMs), 'ms');
    record(`recommend ${size} jobs: save the readings of every job (after the read-ahead)`, round(saved.ms), 'ms');
    record(`recommend ${size} jobs: saved readings file`, megabytes(statSync(featuresPath).size), 'MB');
    // 1 when the fresh process's top 10 (ids and scores) with the saved readings equals the one without.
    record(
      `recommend ${size} jobs: fresh process, same top 10 and scores with the saved readings (1 = yes)`,
      sameTop ? 1 : 0,
      '',
    );
    record(
      `recommend ${size} jobs: fresh process, candidates read back from the saved readings`,
      freshWith.counts.read,
      'jobs',
    );
    record(`recommend ${size} jobs: read ahead every stored job (pipeline.prepare), wall`, round(prepared.ms), 'ms');
    record(`recommend ${size} jobs: read ahead every stored job, CPU time`, round(prepared.cpuMs), 'ms');
    record(`recommend ${size} jobs: read ahead, RSS growth`, megabytes(rssPrepare), 'MB');
    record(`recommend ${size} jobs: read ahead again (every job already read)`, round(again.ms), 'ms');
    record(`recommend ${size} jobs: two-stage end to end, CPU time (median of 5)`, round(median(cpu), 1), 'ms');
    record(
      `recommend ${size} jobs: two-stage end to end, the median run split: retrieval (call to re-rank: feedback lookup, ranker retrieval texts, BM25 searches, fusion)`,
      round(medianSplit.retrieval, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: two-stage end to end, the median run split: re-rank`,
      round(medianSplit.rerank, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: two-stage end to end, the median run split: after the re-rank (joining matches, recording them for the subject)`,
      round(medianSplit.after, 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: two-stage end to end, the median run split: retrieval's share`,
      round((medianSplit.retrieval / medianSplit.total) * 100, 1),
      '%',
    );
    const searches = 1 + textCount;
    record(
      `recommend ${size} jobs: retrieval called on its own as recommend calls it (BM25 top ${K} of the person's text and ${textCount} ranker retrieval texts, ${searches} searches fused, median of 3)`,
      round(median(retrieval), 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: retrieval called on its own as recommend calls it, CPU time (median of 3)`,
      round(median(retrievalCpu), 1),
      'ms',
    );
    if (rankerTexts)
      record(
        `recommend ${size} jobs: of which the ranker's retrieval texts (reading the person's occupations, median of 3)`,
        round(median(textsMs), 1),
        'ms',
      );
    record(
      `recommend ${size} jobs: retrieval called on its own by the person's text alone (one BM25 top ${K} search, no ranker texts: not what recommend runs; median of 3)`,
      round(median(retrievalPersonOnly), 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: re-rank ${K} candidates called on its own (median of 3)`,
      round(median(rerank), 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: re-rank ${K} candidates, CPU time (median of 3)`,
      round(median(rerankCpu), 1),
      'ms',
    );
    record(
      `recommend ${size} jobs: re-rank the same ${K} candidates as jobs the ranker has not read (fresh copies, one run)`,
      round(cold.ms, 1),
      'ms',
    );
    record(`recommend ${size} jobs: re-rank of jobs not read yet, CPU time`, round(cold.cpuMs, 1), 'ms');
    record(
      `recommend ${size} jobs: re-rank speed-up from the per-job caches (CPU)`,
      round(cold.cpuMs / median(rerankCpu), 1),
      'x',
    );
    if (size <= fullRankingUpTo) {
      const full = await time(() =>
        createPipeline({ store, ranker, retrieval: { depth: size } }).recommend({ resume, subjectId: 'full' }),
      );
      record(`recommend ${size} jobs: rank every job (one run)`, round(full.ms), 'ms');
      record(`recommend ${size} jobs: rank every job, CPU time`, round(full.cpuMs), 'ms');
      record(`recommend ${size} jobs: speed-up two-stage / every job`, round(full.ms / median(runs), 1), 'x');
      const same =
        full.value.map((item) => item.job.id).join() ===
        (await pipeline.recommend({ resume })).map((item) => item.job.id).join();
      log(
        `recommend ${size} jobs: two-stage top 10 ${same ? 'equals' : 'differs from'} the every-job top 10 for this resume`,
      );
    } else log(`recommend ${size} jobs: ranking every job skipped (over ${fullRankingUpTo})`);
    record(
      `recommend ${size} jobs: process RSS growth (store + index + ranker)`,
      megabytes(process.memoryUsage().rss - rssBefore),
      'MB',
    );
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
