import { invalidSetting, rejectUnknownKeys, type Job, type RankQuery } from '@rolefit/core';
import { createLlmRanker, llmRankerInternals, type LlmRankerSettings } from './llm-ranker.js';

/** Options for {@link benchmarkLlmRanker}. */
export interface LlmBenchmarkOptions {
  /** GGUF file (or hub-style id) to measure, as `LlmRankerSettings.model`. */
  model: string;
  /** Jobs scored in both passes. */
  jobs: readonly Job[];
  /** The person; a long resume makes the shared prefix matter. */
  resume: RankQuery;
  /** Sequences of the shared-prefix pass (default 2); the naive pass always uses one. */
  sequences?: number | undefined;
  /** Other ranker settings (threads, contextSize, gpu…). */
  settings?: Omit<LlmRankerSettings, 'model' | 'sequences'> | undefined;
}

const LLM_BENCHMARK_OPTION_NAMES = {
  model: true,
  jobs: true,
  resume: true,
  sequences: true,
  settings: true,
} satisfies Record<keyof LlmBenchmarkOptions, true>;

/** Throughput of the shared-prefix ranker against one full prompt per job. */
export interface LlmBenchmarkResult {
  /** Jobs per second of `rank`, prefix evaluated once per sequence. */
  sharedPrefixJobsPerSecond: number;
  /** Jobs per second when each job's full prompt is evaluated on an empty sequence. */
  naiveJobsPerSecond: number;
  /** shared / naive. */
  ratio: number;
  /** Tokens in the shared prefix and, on average, in a job's own part (segment + suffix). */
  prefixTokens: number;
  jobTokens: number;
}

/**
 * Measures, in one run on one model, the shared-prefix ranker (`rank` over all jobs) against the naive
 * way: each job's whole prompt evaluated from an empty context, one sequence, no prefix reuse. Model
 * loading and a one-job warm-up are excluded from both timings.
 */
export async function benchmarkLlmRanker(options: LlmBenchmarkOptions): Promise<LlmBenchmarkResult> {
  // modelPath is let through here to be named as renamed.
  rejectUnknownKeys(
    'LlmBenchmarkOptions',
    options,
    { ...LLM_BENCHMARK_OPTION_NAMES, modelPath: true },
    { required: true },
  );
  if (Object.hasOwn(options, 'modelPath'))
    throw invalidSetting('LlmBenchmarkOptions', 'modelPath', 'was renamed to model');
  const shared = createLlmRanker({
    ...options.settings,
    model: options.model,
    ...(options.sequences === undefined ? {} : { sequences: options.sequences }),
  });
  const naive = createLlmRanker({ ...options.settings, model: options.model, sequences: 1 });
  const naiveInternals = llmRankerInternals(naive);
  try {
    const warmJob = options.jobs.slice(0, 1);
    await shared.rank({ text: 'warm-up' }, warmJob);
    await naiveInternals.scoreWithoutPrefixReuse({ text: 'warm-up' }, warmJob[0]!);
    let started = performance.now();
    await shared.rank(options.resume, options.jobs);
    const sharedSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    for (const job of options.jobs) await naiveInternals.scoreWithoutPrefixReuse(options.resume, job);
    const naiveSeconds = (performance.now() - started) / 1000;
    let jobTokenTotal = 0;
    let prefixTokens = 0;
    for (const job of options.jobs) {
      const prompt = await naiveInternals.promptTokens(options.resume, job);
      prefixTokens = prompt.prefixLength;
      jobTokenTotal += prompt.tokens.length - prompt.prefixLength;
    }
    const sharedPrefixJobsPerSecond = options.jobs.length / sharedSeconds;
    const naiveJobsPerSecond = options.jobs.length / naiveSeconds;
    return {
      sharedPrefixJobsPerSecond,
      naiveJobsPerSecond,
      ratio: sharedPrefixJobsPerSecond / naiveJobsPerSecond,
      prefixTokens,
      jobTokens: options.jobs.length ? jobTokenTotal / options.jobs.length : 0,
    };
  } finally {
    await shared.dispose();
    await naive.dispose();
  }
}
