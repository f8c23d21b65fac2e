// Model throughput (issue #21 item 4): the embedder against a plain pipeline('feature-extraction') loop, and the
// LLM yes/no ranker against the naive one-full-prompt-per-job loop, each in the same run, on random-weight models of
// real shapes (speed only, never quality). Each figure is the median of several repeats after a warm-up; the two
// sides of a comparison run interleaved, so a noisy neighbour on a shared CPU slows both, not one.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname } from 'node:path';
import { parseJob, parseResume } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { cosineSimilarity, createLlmRanker, createTransformersEmbedder } from '@rolefit/rankers';
import { llmRankerInternals } from '@rolefit/rankers/testing';
import { defaultRandomModelDirectory, writeRandomBertModel, writeRandomLlamaGguf } from '@rolefit/dev-tools';

const median = (values) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 0) => Number(value.toFixed(digits));
// Three significant digits: a 0.5B model on a 2-core CPU scores a few jobs a minute.
const perSecond = (count, ms) => Number(((count * 1000) / ms).toPrecision(3));

/** Wall and process CPU time (every thread of the process, worker threads included) of `work`. */
async function timed(work) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const value = await work();
  const cpu = process.cpuUsage(cpuStarted);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, value };
}

/** The 1-, 5- and 15-minute load averages, as `/proc/loadavg` gives them ('n/a' where there is none). */
function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}

/**
 * Runs the section. `texts` are whole postings (title + description); `record(name, value, unit)` and `log` are the
 * harness's. `quick` shrinks every workload and takes one repeat.
 */
export async function benchModelThroughput({ texts, quick, record, log }) {
  const repeats = quick ? 1 : 3;
  // ROLEFIT_BENCH_THROUGHPUT=embedder (or llm) runs one half: the LLM half takes tens of minutes on a busy 2-core CPU.
  const parts = (process.env.ROLEFIT_BENCH_THROUGHPUT ?? 'embedder,llm').split(',');
  if (parts.includes('embedder'))
    await benchEmbedderThroughput({
      // ROLEFIT_BENCH_EMBEDDER_POSTINGS=N times N postings (default 100, 24 with --quick).
      texts: texts.slice(0, Number(process.env.ROLEFIT_BENCH_EMBEDDER_POSTINGS ?? (quick ? 24 : 100))),
      repeats,
      record,
      log,
    });
  if (parts.includes('llm')) await benchLlmThroughput({ quick, repeats, record, log });
}

/**
 * Ours (`createTransformersEmbedder`) against the plain loop a user would write,
 * `for (text of texts) await extractor(text, { pooling: 'mean', normalize: true })` with
 * `extractor = await pipeline('feature-extraction', model, { dtype })`, on a MiniLM-L6-shaped BERT (random weights, the
 * real all-MiniLM-L6-v2 tokenizer): the same model file, the same postings, the same dtype on both sides (fp32, and
 * q8 against q8 unless ROLEFIT_BENCH_EMBEDDER_DTYPES says otherwise), each repeat of ours on a fresh embedder (no
 * cache hits). Comparisons:
 * (1) the same work: ours with `longTexts: 'truncate', maxTokens: 512` sees exactly the tokens the plain loop sees
 *     (the tokenizer truncates at 512), so the vectors must agree (lowest cosine recorded over every posting);
 * (2) ours as configured by default, which chunks at the model's 256-token window and embeds every token, so it does
 *     more work per text (token counts recorded);
 * (3) the model alone: the pipeline's own ONNX session run on each posting's pre-tokenised ids, one posting per call,
 *     with no tokenising, pooling or pipeline code: what is left of the plain loop once its overhead is gone.
 * Wall and process CPU time (worker threads included) are both recorded, with the load average before and after:
 * on a shared CPU the wall ratio moves with the neighbours, the CPU one much less.
 */
async function benchEmbedderThroughput({ texts, repeats, record, log }) {
  let model;
  try {
    model = await writeRandomBertModel({
      directory: defaultRandomModelDirectory('minilm-l6', 42),
      shape: 'minilm-l6',
      seed: 42,
    });
  } catch (error) {
    log(`model throughput: embedder skipped (${error.message})`);
    return;
  }
  const { env, pipeline, Tensor } = await import('@huggingface/transformers');
  env.allowRemoteModels = false;
  env.localModelPath = `${dirname(model.directory)}/`;
  const dtypes = (process.env.ROLEFIT_BENCH_EMBEDDER_DTYPES ?? 'fp32,q8').split(',');
  for (const dtype of dtypes) {
    const extractor = await pipeline('feature-extraction', basename(model.directory), { dtype });
    await extractor('warm up', { pooling: 'mean', normalize: true });
    // Each posting as the plain loop's tokenizer call gives it (truncated at 512), for the model-alone run.
    const encoded = texts.map((text) => extractor.tokenizer(text, { truncation: true }));
    const runModelAlone = async () => {
      for (const inputs of encoded) {
        const dims = inputs.input_ids.dims;
        await extractor.model({
          input_ids: inputs.input_ids,
          attention_mask: inputs.attention_mask,
          token_type_ids: inputs.token_type_ids ?? new Tensor('int64', new BigInt64Array(dims[0] * dims[1]), dims),
        });
      }
    };
    const loadBefore = loadAverage();
    const plainRuns = [];
    const oursRuns = [];
    const sameRuns = [];
    const aloneRuns = [];
    let oursTokens = 0;
    let sameTokens = 0;
    let workers = 0;
    let plainVectors;
    let oursVectors;
    let sameVectors;
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const plain = await timed(async () => {
        const vectors = [];
        for (const text of texts) vectors.push((await extractor(text, { pooling: 'mean', normalize: true })).data);
        return vectors;
      });
      plainRuns.push(plain);
      plainVectors = plain.value;
      aloneRuns.push(await timed(runModelAlone));
      const embedder = createTransformersEmbedder({ model: model.directory, dtype });
      await embedder.embed(['warm up']);
      workers = embedder.workers;
      const before = embedder.embeddedTokenCount;
      const ours = await timed(() => embedder.embed(texts));
      oursTokens = embedder.embeddedTokenCount - before;
      oursRuns.push(ours);
      oursVectors = ours.value;
      await embedder.dispose();
      const truncating = createTransformersEmbedder({
        model: model.directory,
        dtype,
        longTexts: 'truncate',
        maxTokens: 512,
      });
      await truncating.embed(['warm up']);
      const beforeSame = truncating.embeddedTokenCount;
      const same = await timed(() => truncating.embed(texts));
      sameTokens = truncating.embeddedTokenCount - beforeSame;
      sameRuns.push(same);
      sameVectors = same.value;
      await truncating.dispose();
    }
    const loadAfter = loadAverage();
    const wall = (runs) => median(runs.map((run) => run.ms));
    const cpu = (runs) => median(runs.map((run) => run.cpuMs));
    const plainMs = wall(plainRuns);
    const oursMs = wall(oursRuns);
    const sameMs = wall(sameRuns);
    const label = `model throughput: embedder ${dtype} vs ${dtype}, ${texts.length} postings`;
    record(`${label}: load average before / after (1, 5, 15 min)`, `${loadBefore} / ${loadAfter}`, '');
    record(
      `${label}: plain pipeline loop (one extractor call per posting)`,
      perSecond(texts.length, plainMs),
      'jobs/s',
    );
    record(
      `${label}: Rolefit embedder, same tokens as plain (longTexts: 'truncate', maxTokens: 512; ${workers} workers)`,
      perSecond(texts.length, sameMs),
      'jobs/s',
    );
    record(
      `${label}: ratio Rolefit / plain on the same tokens, wall (median of ${repeats})`,
      round(plainMs / sameMs, 2),
      'x',
    );
    record(
      `${label}: ratio Rolefit / plain on the same tokens, process CPU time (median of ${repeats})`,
      round(cpu(plainRuns) / cpu(sameRuns), 2),
      'x',
    );
    // The plain loop's time without its tokenising and pooling: how much of it is the model's own work.
    record(
      `${label}: the model alone: the pipeline's ONNX session on the pre-tokenised postings, one per call`,
      perSecond(texts.length, wall(aloneRuns)),
      'jobs/s',
    );
    record(
      `${label}: plain loop time / model-alone time, wall and CPU (median of ${repeats})`,
      `${round(plainMs / wall(aloneRuns), 2)} / ${round(cpu(plainRuns) / cpu(aloneRuns), 2)}`,
      'x',
    );
    record(
      `${label}: Rolefit embedder, defaults (every chunk, ${workers} workers)`,
      perSecond(texts.length, oursMs),
      'jobs/s',
    );
    record(
      `${label}: ratio Rolefit (every chunk) / plain, wall (median of ${repeats})`,
      round(plainMs / oursMs, 2),
      'x',
    );
    const plainTokens = encoded.reduce((sum, inputs) => sum + inputs.input_ids.size, 0);
    record(
      `${label}: tokens embedded, plain (truncated at 512) / Rolefit truncating / Rolefit (every chunk)`,
      `${plainTokens} / ${sameTokens} / ${oursTokens}`,
      'tokens',
    );
    record(
      `${label}: lowest cosine Rolefit truncating vs plain over all ${texts.length} postings`,
      round(Math.min(...texts.map((_, index) => cosineSimilarity(plainVectors[index], sameVectors[index]))), 6),
      '',
    );
    // Texts within one window get the same tokens on both sides: their vectors must agree (chunked ones differ by design).
    const within = texts
      .map((_text, index) => index)
      .filter((index) => extractor.tokenizer(texts[index], { truncation: false }).input_ids.size <= 256);
    if (within.length)
      record(
        `${label}: lowest cosine Rolefit vs plain over the ${within.length} postings within one window`,
        round(Math.min(...within.map((index) => cosineSimilarity(plainVectors[index], oursVectors[index]))), 6),
        '',
      );
    await extractor.dispose();
  }
}

/**
 * The LLM ranker on a llama of a 0.5B-class shape with seeded random weights and the stories260K tokenizer, one
 * person (a long resume: the shared prefix) against sample postings. Naive: each job's full prompt on an empty
 * sequence (`scoreWithoutPrefixReuse`), one job after another, on a context with node-llama-cpp's defaults (flash
 * attention 'auto', which llama.cpp turns on for the CPU, and an f16 KV cache: `kvCacheType: 'f16'`), as a user's loop
 * would have it; and again on our ranker's own context (the same unless `kvCacheType` is set), for the ratio at equal
 * settings.
 * Its cost per job does not depend on how many jobs there are, so it is timed on a few. Ours: one `rank` call over n
 * jobs (ROLEFIT_BENCH_LLM_JOBS, default 16, 8 with --quick; at most half the 62 sample postings, 31), timed two ways:
 * - cold: the ranker's KV cache is empty (as in a fresh ranker once its model is loaded) and the jobs are new to it:
 *   the whole prefix, instruction included, is evaluated inside the timed call. The 5x is held to this one.
 * - prefix cached: a later call for the same person over n other new jobs (new postings of a saved search).
 * Wall and process CPU time are both recorded, with the load average before and after.
 */
async function benchLlmThroughput({ quick, repeats, record, log }) {
  let model;
  try {
    model = await writeRandomLlamaGguf({ shape: '0.5b', seed: 42 });
  } catch (error) {
    log(`model throughput: LLM skipped (${error.message})`);
    return;
  }
  // node-llama-cpp ran fastest with one thread on a 2-core machine shared with other work.
  const threads = availableParallelism() <= 2 ? 1 : Math.floor(availableParallelism() / 2);
  const settings = { model: model.path, threads, contextSize: 2048, gpu: false };
  const resume = parseResume(sampleResumes[0]);
  const all = sampleJobs.map((job) => parseJob(job));
  const count = Math.min(Number(process.env.ROLEFIT_BENCH_LLM_JOBS ?? (quick ? 8 : 16)), Math.floor(all.length / 2));
  const jobs = all.slice(0, count);
  const laterJobs = all.slice(count, count * 2);
  const naiveJobs = jobs.slice(0, quick ? 2 : 3);
  const ranker = createLlmRanker(settings);
  const internals = llmRankerInternals(ranker);
  // The user's loop: node-llama-cpp's default context (f16 KV cache), nothing of ours but the prompt's tokens.
  const plainRanker = createLlmRanker({ ...settings, kvCacheType: 'f16' });
  const plainInternals = llmRankerInternals(plainRanker);
  const naiveLoop = (hooks) =>
    timed(async () => {
      const scores = [];
      for (const job of naiveJobs) scores.push(await hooks.scoreWithoutPrefixReuse({ resume }, job));
      return scores;
    });
  try {
    await ranker.rank({ text: 'warm up' }, all.slice(-1));
    await internals.scoreWithoutPrefixReuse({ text: 'warm up' }, all[all.length - 1]);
    await plainInternals.scoreWithoutPrefixReuse({ text: 'warm up' }, all[all.length - 1]);
    const loadBefore = loadAverage();
    const naiveRuns = [];
    const sameSettingsRuns = [];
    const coldRuns = [];
    const warmRuns = [];
    let largestDifference = 0;
    let largestSameSettingsDifference = 0;
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const naive = await naiveLoop(plainInternals);
      naiveRuns.push({ ms: naive.ms / naiveJobs.length, cpuMs: naive.cpuMs / naiveJobs.length });
      const sameSettings = await naiveLoop(internals);
      sameSettingsRuns.push({ ms: sameSettings.ms / naiveJobs.length, cpuMs: sameSettings.cpuMs / naiveJobs.length });
      // The naive loop leaves the sequence empty (it clears it after each job): the state of a fresh ranker whose
      // model is loaded, with nothing of this prompt, not even the instruction, in its KV cache.
      const cold = await timed(() => ranker.rank({ resume }, jobs));
      coldRuns.push({ ms: cold.ms / jobs.length, cpuMs: cold.cpuMs / jobs.length });
      const warm = await timed(() => ranker.rank({ resume }, laterJobs));
      warmRuns.push({ ms: warm.ms / laterJobs.length, cpuMs: warm.cpuMs / laterJobs.length });
      for (const [index, job] of naiveJobs.entries()) {
        const ours = cold.value.find((match) => match.jobId === job.id).score;
        largestDifference = Math.max(largestDifference, Math.abs(naive.value[index] - ours));
        largestSameSettingsDifference = Math.max(
          largestSameSettingsDifference,
          Math.abs(sameSettings.value[index] - ours),
        );
      }
    }
    const loadAfter = loadAverage();
    const wall = (runs) => median(runs.map((run) => run.ms));
    const cpu = (runs) => median(runs.map((run) => run.cpuMs));
    const prompt = await internals.promptTokens({ resume }, jobs[0]);
    const jobLength = prompt.tokens.length - prompt.prefixLength;
    const prefixLength = prompt.prefixLength;
    const label = `model throughput: LLM ranker (${model.parameterCount} params, random, ${threads} thread(s); prefix ${prefixLength} tokens, job ${jobLength})`;
    record(
      `model throughput: LLM ranker: load average before / after (1, 5, 15 min)`,
      `${loadBefore} / ${loadAfter}`,
      '',
    );
    record(
      `${label}: naive loop, node-llama-cpp's default context (timed on ${naiveJobs.length} jobs)`,
      perSecond(1, wall(naiveRuns)),
      'jobs/s',
    );
    record(
      `model throughput: LLM ranker: naive loop on our ranker's own context (kvCacheType as configured)`,
      perSecond(1, wall(sameSettingsRuns)),
      'jobs/s',
    );
    record(`model throughput: LLM ranker, ${jobs.length} jobs, cold prefix`, perSecond(1, wall(coldRuns)), 'jobs/s');
    record(
      `model throughput: LLM ranker: ratio cold (${jobs.length} jobs) / naive, wall and CPU (median of ${repeats})`,
      `${round(wall(naiveRuns) / wall(coldRuns), 2)} / ${round(cpu(naiveRuns) / cpu(coldRuns), 2)}`,
      'x',
    );
    record(
      `model throughput: LLM ranker, ${laterJobs.length} later jobs, same person, prefix cached`,
      perSecond(1, wall(warmRuns)),
      'jobs/s',
    );
    record(
      `model throughput: LLM ranker: ratio prefix cached / naive, wall and CPU (median of ${repeats})`,
      `${round(wall(naiveRuns) / wall(warmRuns), 2)} / ${round(cpu(naiveRuns) / cpu(warmRuns), 2)}`,
      'x',
    );
    record(
      `model throughput: LLM ranker: ratio cold / naive on our ranker's context, wall and CPU (median of ${repeats})`,
      `${round(wall(sameSettingsRuns) / wall(coldRuns), 2)} / ${round(cpu(sameSettingsRuns) / cpu(coldRuns), 2)}`,
      'x',
    );
    record(
      `model throughput: LLM ranker: ratio prefix cached / naive on our ranker's context, wall and CPU (median of ${repeats})`,
      `${round(wall(sameSettingsRuns) / wall(warmRuns), 2)} / ${round(cpu(sameSettingsRuns) / cpu(warmRuns), 2)}`,
      'x',
    );
    record(
      "model throughput: LLM ranker: largest |score difference| ours vs naive (node-llama-cpp's default context)",
      Number(largestDifference.toExponential(2)),
      '',
    );
    record(
      "model throughput: LLM ranker: largest |score difference| ours vs naive on our ranker's context",
      Number(largestSameSettingsDifference.toExponential(2)),
      '',
    );
    // Ours evaluates the prefix once and each job's tokens; the naive loop both per job. With the prefix cached the
    // ratio cannot pass (prefix + job) / job tokens, nor cold with n jobs (prefix + job) / (prefix / n + job), short of
    // reused job tokens (repeated postings, shared titles): the ceiling of this prompt, whatever the batching.
    record(
      `model throughput: LLM ranker: token-count ceiling, cold ${jobs.length} jobs / prefix cached (first job's lengths)`,
      `${round((prefixLength + jobLength) / (prefixLength / jobs.length + jobLength), 2)} / ${round((prefixLength + jobLength) / jobLength, 2)}`,
      'x',
    );
    // The fewest jobs per call whose cold ceiling reaches 5x (none when even the cached ceiling is below 5).
    const fewest = prefixLength / ((prefixLength + jobLength) / 5 - jobLength);
    record(
      'model throughput: LLM ranker: fewest jobs per cold call whose token-count ceiling reaches 5x',
      fewest > 0 ? Math.ceil(fewest) : 'none',
      'jobs',
    );
  } finally {
    await ranker.dispose();
    await plainRanker.dispose();
  }
}
