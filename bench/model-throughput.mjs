// Model throughput (issue #21 item 4): the embedder against a plain pipeline('feature-extraction') loop, and the
// LLM yes/no ranker against the naive one-full-prompt-per-job loop, each in the same run, on random-weight models of
// real shapes (speed only, never quality). Each figure is the median of several repeats after a warm-up; the two
// sides of a comparison run interleaved, so a noisy neighbour on a shared CPU slows both, not one.
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

async function timed(work) {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
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
    await benchEmbedderThroughput({ texts: texts.slice(0, quick ? 24 : 100), repeats, record, log });
  if (parts.includes('llm')) await benchLlmThroughput({ quick, repeats, record, log });
}

/**
 * Ours (`createTransformersEmbedder`, the same dtype) against
 * `for (text of texts) await extractor(text, { pooling: 'mean', normalize: true })`, on a MiniLM-L6-shaped BERT.
 * Two comparisons: (1) the same work: ours with `longTexts: 'truncate', maxTokens: 512` sees exactly the tokens the
 * plain loop sees (it truncates at 512), so the vectors must agree (lowest cosine recorded over every posting);
 * (2) ours as configured by default, which chunks at the model's 256-token window and embeds every token, so it does
 * more work per text (token counts recorded). Each repeat of ours uses a fresh embedder (no cache hits).
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
  const { env, pipeline } = await import('@huggingface/transformers');
  env.allowRemoteModels = false;
  env.localModelPath = `${dirname(model.directory)}/`;
  for (const dtype of ['fp32', 'q8']) {
    const extractor = await pipeline('feature-extraction', basename(model.directory), { dtype });
    await extractor('warm up', { pooling: 'mean', normalize: true });
    const plainTimes = [];
    const oursTimes = [];
    const sameTimes = [];
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
      plainTimes.push(plain.ms);
      plainVectors = plain.value;
      const embedder = createTransformersEmbedder({ model: model.directory, dtype });
      await embedder.embed(['warm up']);
      workers = embedder.workers;
      const before = embedder.embeddedTokenCount;
      const ours = await timed(() => embedder.embed(texts));
      oursTokens = embedder.embeddedTokenCount - before;
      oursTimes.push(ours.ms);
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
      sameTimes.push(same.ms);
      sameVectors = same.value;
      await truncating.dispose();
    }
    const plainMs = median(plainTimes);
    const oursMs = median(oursTimes);
    const label = `model throughput: embedder ${dtype}, ${texts.length} postings`;
    record(`${label}: plain pipeline loop`, perSecond(texts.length, plainMs), 'jobs/s');
    record(`${label}: Rolefit embedder (${workers} workers)`, perSecond(texts.length, oursMs), 'jobs/s');
    record(`${label}: ratio Rolefit (every chunk) / plain (median of ${repeats})`, round(plainMs / oursMs, 2), 'x');
    const plainTokens = texts.reduce(
      (sum, text) => sum + extractor.tokenizer(text, { truncation: true }).input_ids.size,
      0,
    );
    record(
      `${label}: tokens embedded, plain (truncated at 512) / Rolefit (every chunk)`,
      `${plainTokens} / ${oursTokens}`,
      'tokens',
    );
    const sameMs = median(sameTimes);
    record(
      `${label}: Rolefit embedder, same tokens as plain (longTexts: 'truncate', maxTokens: 512)`,
      perSecond(texts.length, sameMs),
      'jobs/s',
    );
    record(
      `${label}: ratio Rolefit / plain on the same tokens (median of ${repeats})`,
      round(plainMs / sameMs, 2),
      'x',
    );
    record(`${label}: tokens embedded, plain / Rolefit truncating`, `${plainTokens} / ${sameTokens}`, 'tokens');
    record(
      `${label}: lowest cosine Rolefit truncating vs plain over all ${texts.length} postings`,
      round(Math.min(...texts.map((_, index) => cosineSimilarity(plainVectors[index], sameVectors[index]))), 6),
      '',
    );
    // Texts within one window get the same tokens on both sides: their vectors must agree (chunked ones differ by design).
    const within = texts
      .map((text, index) => index)
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
 * sequence (`scoreWithoutPrefixReuse`); its cost per job does not depend on how many jobs there are, so it is timed
 * on a few. Ours: `rank` over all of them, cold (the prefix evaluated in the call) and warm (a later call for the same
 * person, e.g. new postings of a saved search, starting from the cached prefix).
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
  const jobs = all.slice(0, quick ? 8 : 16);
  const laterJobs = all.slice(jobs.length, jobs.length * 2);
  const naiveJobs = jobs.slice(0, quick ? 2 : 3);
  const ranker = createLlmRanker(settings);
  const internals = llmRankerInternals(ranker);
  try {
    await ranker.rank({ text: 'warm up' }, jobs.slice(0, 1));
    await internals.scoreWithoutPrefixReuse({ text: 'warm up' }, jobs[0]);
    const naiveTimes = [];
    const coldTimes = [];
    const warmTimes = [];
    let largestDifference = 0;
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const naive = await timed(async () => {
        const scores = [];
        for (const job of naiveJobs) scores.push(await internals.scoreWithoutPrefixReuse({ resume }, job));
        return scores;
      });
      naiveTimes.push(naive.ms / naiveJobs.length);
      await ranker.rank({ text: `another person ${repeat}` }, jobs.slice(0, 1)); // the cache now holds someone else
      const cold = await timed(() => ranker.rank({ resume }, jobs));
      coldTimes.push(cold.ms / jobs.length);
      const warm = await timed(() => ranker.rank({ resume }, laterJobs));
      warmTimes.push(warm.ms / laterJobs.length);
      for (const [index, job] of naiveJobs.entries())
        largestDifference = Math.max(
          largestDifference,
          Math.abs(naive.value[index] - cold.value.find((match) => match.jobId === job.id).score),
        );
    }
    const prompt = await internals.promptTokens({ resume }, jobs[0]);
    const label = `model throughput: LLM ranker (${model.parameterCount} params, random, ${threads} thread(s); prefix ${prompt.prefixLength} tokens, job ${prompt.tokens.length - prompt.prefixLength})`;
    const naiveMs = median(naiveTimes);
    record(`${label}: naive loop (timed on ${naiveJobs.length} jobs)`, perSecond(1, naiveMs), 'jobs/s');
    record(`model throughput: LLM ranker, ${jobs.length} jobs, cold prefix`, perSecond(1, median(coldTimes)), 'jobs/s');
    record(
      `model throughput: LLM ranker: ratio cold / naive (median of ${repeats})`,
      round(naiveMs / median(coldTimes), 2),
      'x',
    );
    record(
      `model throughput: LLM ranker, ${laterJobs.length} later jobs, same person, prefix cached`,
      perSecond(1, median(warmTimes)),
      'jobs/s',
    );
    record(
      `model throughput: LLM ranker: ratio prefix cached / naive (median of ${repeats})`,
      round(naiveMs / median(warmTimes), 2),
      'x',
    );
    record(
      'model throughput: LLM ranker: largest |score difference| ours vs naive',
      Number(largestDifference.toExponential(2)),
      '',
    );
    // Ours evaluates the prefix once and each job's tokens; the naive loop both per job. With the prefix cached the
    // ratio cannot pass (prefix + job) / job tokens, nor cold with n jobs (prefix + job) / (prefix / n + job), short of
    // reused job tokens (repeated postings, shared titles): the ceiling of this prompt, whatever the batching.
    const jobLength = prompt.tokens.length - prompt.prefixLength;
    record(
      `model throughput: LLM ranker: token-count ceiling, cold ${jobs.length} jobs / prefix cached (first job's lengths)`,
      `${round((prompt.prefixLength + jobLength) / (prompt.prefixLength / jobs.length + jobLength), 2)} / ${round((prompt.prefixLength + jobLength) / jobLength, 2)}`,
      'x',
    );
  } finally {
    await ranker.dispose();
  }
}
