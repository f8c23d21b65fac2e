import {
  checkLlamaRuntimeSettings,
  invalidSetting,
  LLAMA_RUNTIME_SETTING_NAMES,
  llamaContextThreads,
  loadLlamaModel,
  rejectUnknownKeys,
  type Job,
  type LlamaRuntimeSettings,
  type LoadedLlamaModel,
  type Match,
  type RankOptions,
  type RankQuery,
  type Ranker,
} from '@rolefit/core';
import type { LlamaContext, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';
import { checkNumberSetting, pushAll, tokenizeLeading } from '@rolefit/core/internal';
import { personText } from '../shared/person.js';
import { checkGgufFile, importOptional, importPeer } from '../shared/model-files.js';
import { checkRankArguments, clampUnit, orderMatches } from '../shared/ranking.js';
import { resolveLlmModelPath } from './model-path.js';
import {
  DEFAULT_LLM_PROMPT_TEMPLATE,
  dataBlock,
  jobSegmentText,
  neutraliseUntrustedText,
  plainPromptPieces,
  type LlmPromptTemplate,
  type PromptPiece,
} from './prompt.js';

/** Default answer variants counted as "yes"; each is resolved to the first token it starts with in the middle of text. */
export const DEFAULT_YES_VARIANTS: readonly string[] = [' yes', ' Yes', ' YES', 'yes', 'Yes'];
/** Default answer variants counted as "no". */
export const DEFAULT_NO_VARIANTS: readonly string[] = [' no', ' No', ' NO', 'no', 'No'];

/** Most tokens a job segment may take; longer ones are cut. */
export const DEFAULT_MAX_JOB_TOKENS = 256;

/** Settings for {@link createLlmRanker}. */
export interface LlmRankerSettings extends LlamaRuntimeSettings {
  /** A GGUF file path, or a hub-style id resolved under `modelsDirectory` (see {@link resolveLlmModelPath}). */
  model: string;
  /** Folder hub-style ids are looked up in (default `$ROLEFIT_MODELS`, else `<repo>/../shared/models`). */
  modelsDirectory?: string | undefined;
  /** Tokens per sequence: prompt prefix + job segment + suffix must fit (default min(2048, the model's training context)). */
  contextSize?: number | undefined;
  /** Tokens evaluated per batch (default: node-llama-cpp's). */
  batchSize?: number | undefined;
  /** Context sequences jobs are spread over, each holding the shared prefix (default 4 when the model runs on a GPU, 1 on the CPU). */
  sequences?: number | undefined;
  /**
   * Number type of the KV cache (default `'f16'`, node-llama-cpp's). `'f32'` doubles its memory; scores are the same
   * up to rounding, and on a 2-core CPU it measured no faster (within noise either way).
   */
  kvCacheType?: 'f16' | 'f32' | undefined;
  /** Answer strings counted as yes (default {@link DEFAULT_YES_VARIANTS}). */
  yesToken?: string | readonly string[] | undefined;
  /** Answer strings counted as no (default {@link DEFAULT_NO_VARIANTS}). */
  noToken?: string | readonly string[] | undefined;
  /** Replaces parts of the default wording. */
  promptTemplate?: { [Part in keyof LlmPromptTemplate]?: LlmPromptTemplate[Part] | undefined } | undefined;
  /** Most tokens of one job segment (default {@link DEFAULT_MAX_JOB_TOKENS}). */
  maxJobTokens?: number | undefined;
  /** Name recorded in each Match (default `llm`). */
  name?: string | undefined;
}

/** The tokenised prompt of one (person, job) pair and where its parts lie, for inspection and tests. */
export interface LlmPromptTokens {
  /** Every token of the prompt, in order. */
  tokens: number[];
  /** Length of the shared prefix (instruction + resume + job fence opening), evaluated once per sequence. */
  prefixLength: number;
  /** Index of the first token of the job text. */
  jobStart: number;
  /** Index after the last token of the job text. */
  jobEnd: number;
  /** Every special/control token id of the model's vocabulary. */
  specialTokenIds: readonly number[];
  /** Token ids counted as yes, and as no. */
  yesTokenIds: readonly number[];
  noTokenIds: readonly number[];
  /** Whether the model's chat template shaped the prompt. */
  usesChatTemplate: boolean;
}

/** An LLM ranker: a Ranker that must be disposed. */
export interface LlmRanker extends Ranker {
  /** Frees the context and the model. The ranker cannot be used afterwards. */
  dispose(): Promise<void>;
}

/** What tests and the benchmark look at inside an LLM ranker; reached through `@rolefit/rankers/testing`, not the ranker object. */
export interface LlmRankerInternals {
  /** Returns the tokenised prompt the ranker evaluates for this person and job. */
  promptTokens(query: RankQuery, job: Job): Promise<LlmPromptTokens>;
  /** P(yes) for one job from the full prompt evaluated on an empty sequence (no prefix reuse): the reference the fast path must equal. */
  scoreWithoutPrefixReuse(query: RankQuery, job: Job): Promise<number>;
}

const internals = new WeakMap<LlmRanker, LlmRankerInternals>();

/** The prompt and reference-score hooks of a ranker made by {@link createLlmRanker}. */
export function llmRankerInternals(ranker: LlmRanker): LlmRankerInternals {
  const found = internals.get(ranker);
  if (found === undefined) throw new TypeError('Not a ranker made by createLlmRanker');
  return found;
}

interface Loaded {
  runtime: LoadedLlamaModel<typeof import('node-llama-cpp')>;
  model: LlamaModel;
  context: LlamaContext;
  sequences: LlamaContextSequence[];
  sequenceContextSize: number;
  yesTokenIds: number[];
  noTokenIds: number[];
  specialTokenIds: number[];
  specialTokenTexts: string[];
  beforeResume: number[];
  betweenResumeAndJob: number[];
  afterJob: number[];
  usesChatTemplate: boolean;
}

const RESUME_SLOT = 'RESUMESLOT9c1e';
const JOB_SLOT = 'JOBSLOT9c1e';

/** Orders token runs as words in a dictionary: shared leading tokens, then the smaller token, then the shorter run. */
function compareTokens(left: readonly number[], right: readonly number[]): number {
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) if (left[index] !== right[index]) return left[index]! - right[index]!;
  return left.length - right.length;
}

/** How many leading tokens two runs share. */
function commonPrefixLength(left: readonly number[], right: readonly number[]): number {
  const length = Math.min(left.length, right.length);
  let index = 0;
  while (index < length && left[index] === right[index]) index += 1;
  return index;
}

/** P(yes) = Σ exp(yes logits) / Σ exp(yes and no logits): the next-token distribution restricted to the answer tokens. */
export function yesProbabilityFromLogits(
  logits: ReadonlyMap<number, number>,
  yesTokenIds: readonly number[],
  noTokenIds: readonly number[],
): number {
  const read = (ids: readonly number[]) => ids.map((id) => logits.get(id) ?? Number.NEGATIVE_INFINITY);
  const yes = read(yesTokenIds);
  const no = read(noTokenIds);
  const highest = Math.max(...yes, ...no);
  if (!Number.isFinite(highest)) return 0.5;
  const weight = (values: number[]) => values.reduce((total, value) => total + Math.exp(value - highest), 0);
  const yesWeight = weight(yes);
  return yesWeight / (yesWeight + weight(no));
}

function variants(value: string | readonly string[] | undefined, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback;
  return typeof value === 'string' ? [value] : value;
}

// Each variant counts through the first token it tokenises to in mid-text position; a token both answers
// start with (e.g. a bare space) says nothing and is dropped from both sides.
function resolveAnswerTokens(
  model: LlamaModel,
  yesVariants: readonly string[],
  noVariants: readonly string[],
): { yes: number[]; no: number[] } {
  const firstTokens = (list: readonly string[]) =>
    new Set(
      list
        .map((text) => model.tokenize(text, false, 'trimLeadingSpace')[0])
        .filter((token) => token !== undefined)
        .map(Number),
    );
  const yes = firstTokens(yesVariants);
  const no = firstTokens(noVariants);
  const shared = [...yes].filter((token) => no.has(token));
  for (const token of shared) {
    yes.delete(token);
    no.delete(token);
  }
  if (yes.size === 0 || no.size === 0)
    throw new Error(`The yes/no answer variants leave no distinct first token (yes: ${[...yes]}, no: ${[...no]}).`);
  return { yes: [...yes].sort((a, b) => a - b), no: [...no].sort((a, b) => a - b) };
}

function tokenizePieces(model: LlamaModel, pieces: readonly PromptPiece[]): number[] {
  const tokens: number[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'tokens') pushAll(tokens, piece.tokens);
    else if (piece.kind === 'text')
      pushAll(tokens, model.tokenize(piece.text, piece.specialTokens, 'trimLeadingSpace') as number[]);
  }
  return tokens;
}

// Splits a layout at the resume and job slots into the three constant token runs around them.
function splitAtSlots(
  model: LlamaModel,
  pieces: readonly PromptPiece[],
): { beforeResume: number[]; betweenResumeAndJob: number[]; afterJob: number[] } {
  const resumeIndex = pieces.findIndex((piece) => piece.kind === 'resume');
  const jobIndex = pieces.findIndex((piece) => piece.kind === 'job');
  if (resumeIndex < 0 || jobIndex < resumeIndex)
    throw new Error('The prompt layout must hold the resume slot before the job slot.');
  return {
    beforeResume: tokenizePieces(model, pieces.slice(0, resumeIndex)),
    betweenResumeAndJob: tokenizePieces(model, pieces.slice(resumeIndex + 1, jobIndex)),
    afterJob: tokenizePieces(model, pieces.slice(jobIndex + 1)),
  };
}

async function chatPromptPieces(model: LlamaModel, template: LlmPromptTemplate): Promise<PromptPiece[] | undefined> {
  const chatTemplate = (model.fileInfo.metadata as unknown as { tokenizer?: { chat_template?: unknown } }).tokenizer
    ?.chat_template;
  if (typeof chatTemplate !== 'string' || chatTemplate.trim() === '') return undefined;
  const { resolveChatWrapper, SpecialToken, SpecialTokensText } =
    await importPeer<typeof import('node-llama-cpp')>('node-llama-cpp');
  const wrapper = resolveChatWrapper(model);
  const block = dataBlock(template);
  const { contextText } = wrapper.generateContextState({
    chatHistory: [
      { type: 'system', text: template.instruction },
      {
        type: 'user',
        text: `${block.beforeResume}${RESUME_SLOT}${block.betweenResumeAndJob}${JOB_SLOT}${block.afterJob}`,
      },
      { type: 'model', response: [] },
    ],
  });
  const pieces: PromptPiece[] = [];
  for (const value of contextText.values) {
    if (typeof value === 'string') {
      const parts = value.split(new RegExp(`(${RESUME_SLOT}|${JOB_SLOT})`));
      for (const part of parts) {
        if (part === RESUME_SLOT) pieces.push({ kind: 'resume' });
        else if (part === JOB_SLOT) pieces.push({ kind: 'job' });
        else if (part !== '') pieces.push({ kind: 'text', text: part, specialTokens: false });
      }
    } else if (value instanceof SpecialTokensText) {
      pieces.push({ kind: 'tokens', tokens: value.tokenize(model.tokenizer, true) as number[] });
    } else if (value instanceof SpecialToken) {
      pieces.push({ kind: 'tokens', tokens: value.tokenize(model.tokenizer) as number[] });
    }
  }
  const slots = pieces.filter((piece) => piece.kind === 'resume' || piece.kind === 'job').map((piece) => piece.kind);
  return slots.join(',') === 'resume,job' ? pieces : undefined;
}

const LLM_RANKER_SETTING_NAMES = {
  ...LLAMA_RUNTIME_SETTING_NAMES,
  model: true,
  modelsDirectory: true,
  contextSize: true,
  batchSize: true,
  sequences: true,
  kvCacheType: true,
  yesToken: true,
  noToken: true,
  promptTemplate: true,
  maxJobTokens: true,
  name: true,
} as const satisfies Record<keyof LlmRankerSettings, true>;
const PROMPT_TEMPLATE_NAMES = {
  instruction: true,
  resumeLabel: true,
  jobLabel: true,
  reminder: true,
  answerPrefix: true,
} as const satisfies Record<keyof LlmPromptTemplate, true>;

/**
 * Ranks jobs with a local GGUF language model through node-llama-cpp: for each job it asks "is this
 * candidate a good fit?" and scores P(yes) = p_yes / (p_yes + p_no) from the next-token distribution
 * (the logits of the yes and no answer tokens, variants summed), never from sampled text.
 *
 * The prompt is instruction + fenced resume + fenced job + reminder (wrapped in the model's chat template
 * when it has one). Everything before the job text is a shared prefix, evaluated once and kept in the KV
 * cache, across calls too while the person is the same. Jobs are taken in token order and each is erased
 * back only to the tokens it shares with the job before (the prefix at least), so a repeated title or
 * posting is not evaluated twice. Jobs are spread over `sequences` sequences evaluated concurrently, the
 * others copying the prefix from the first. The model runs where `gpu` says (default `'auto'`, see
 * `loadLlamaModel` in `@rolefit/core`). Job and resume text are untrusted data: see
 * `neutraliseUntrustedText`; they are tokenised with special-token parsing off.
 *
 * The job segment is the title, skills and the first 300 characters of the description
 * (`jobSegmentText`), cut to `maxJobTokens`; the resume is cut so the whole prompt fits `contextSize`.
 * The model loads on the first call; concurrent calls run one after another.
 */
export function createLlmRanker(settings: LlmRankerSettings): LlmRanker {
  // A typo'd setting (`contextSise`) is a ValidationError naming the nearest one, never silently ignored.
  rejectUnknownKeys('LlmRankerSettings', settings, LLM_RANKER_SETTING_NAMES, { required: true });
  rejectUnknownKeys('LlmRankerSettings.promptTemplate', settings.promptTemplate, PROMPT_TEMPLATE_NAMES);
  checkLlamaRuntimeSettings('LlmRankerSettings', settings);
  // Checked here, not at the first rank: createLlmRanker({}) was accepted and failed only when it first ranked.
  if (typeof settings.model !== 'string' || settings.model.trim() === '')
    throw invalidSetting(
      'LlmRankerSettings',
      'model',
      `must be a GGUF file path or a model id, got ${typeof settings.model === 'string' ? 'an empty string' : typeof settings.model}`,
    );
  const name = settings.name ?? 'llm';
  // A part given as undefined keeps the default one (a spread of promptTemplate would set it to undefined).
  const template: LlmPromptTemplate = { ...DEFAULT_LLM_PROMPT_TEMPLATE };
  for (const part of Object.keys(PROMPT_TEMPLATE_NAMES) as Array<keyof LlmPromptTemplate>) {
    const given = settings.promptTemplate?.[part];
    if (given !== undefined) template[part] = given;
  }
  const maxJobTokens = settings.maxJobTokens ?? DEFAULT_MAX_JOB_TOKENS;
  checkNumberSetting('LlmRankerSettings', 'sequences', settings.sequences, { integer: true, min: 1 });
  if (settings.kvCacheType !== undefined && settings.kvCacheType !== 'f16' && settings.kvCacheType !== 'f32')
    throw invalidSetting(
      'LlmRankerSettings',
      'kvCacheType',
      `must be 'f16' or 'f32', got ${String(settings.kvCacheType)}`,
    );
  checkNumberSetting('LlmRankerSettings', 'maxJobTokens', maxJobTokens, { integer: true, min: 1 });
  checkNumberSetting('LlmRankerSettings', 'contextSize', settings.contextSize, { integer: true, min: 1 });
  checkNumberSetting('LlmRankerSettings', 'batchSize', settings.batchSize, { integer: true, min: 1 });
  let loading: Promise<Loaded> | undefined;
  let disposed = false;
  let queue: Promise<unknown> = Promise.resolve();

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const load = (): Promise<Loaded> => {
    if (disposed) return Promise.reject(new Error('The LLM ranker was disposed.'));
    loading ??= (async () => {
      const modelPath = resolveLlmModelPath(settings.model, settings.modelsDirectory);
      checkGgufFile(modelPath);
      const binding = await importOptional('node-llama-cpp', 'The LLM ranker (createLlmRanker)', () =>
        importPeer<typeof import('node-llama-cpp')>('node-llama-cpp'),
      );
      const runtime = await loadLlamaModel(binding, modelPath, settings);
      const { model } = runtime;
      try {
        const contextSize = settings.contextSize ?? Math.min(2048, model.trainContextSize);
        // On the CPU parallel sequences share the same threads and llama.cpp splits a batch of several
        // sequences into equal parts, which measured slower than one sequence; on a GPU they fill the batch.
        const sequenceCount = settings.sequences ?? (runtime.onGpu ? 4 : 1);
        const context = await model.createContext({
          contextSize,
          sequences: sequenceCount,
          // node-llama-cpp names the option experimental: only set when asked, and only the two plain float types.
          ...(settings.kvCacheType === 'f32'
            ? { experimentalKvCacheKeyType: 'F32' as const, experimentalKvCacheValueType: 'F32' as const }
            : {}),
          ...llamaContextThreads(settings),
          ...(settings.batchSize === undefined ? {} : { batchSize: settings.batchSize }),
        });
        const sequences = Array.from({ length: sequenceCount }, () => context.getSequence());
        const specialTokenIds: number[] = [];
        const vocabularySize = Number(
          (model.fileInfo.metadata as unknown as { tokenizer?: { ggml?: { tokens?: unknown[] } } }).tokenizer?.ggml
            ?.tokens?.length ?? 0,
        );
        for (let token = 0; token < vocabularySize; token += 1)
          if (model.isSpecialToken(token as never)) specialTokenIds.push(token);
        const specialTokenTexts = specialTokenIds
          .map((token) => model.detokenize([token as never], true))
          .filter((text) => text.trim().length > 1);
        const answers = resolveAnswerTokens(
          model,
          variants(settings.yesToken, DEFAULT_YES_VARIANTS),
          variants(settings.noToken, DEFAULT_NO_VARIANTS),
        );
        const beginning =
          model.tokens.shouldPrependBosToken && model.tokens.bos !== null ? [Number(model.tokens.bos)] : [];
        const chatPieces = await chatPromptPieces(model, template);
        const parts = splitAtSlots(model, chatPieces ?? plainPromptPieces(template, beginning));
        return {
          runtime,
          model,
          context,
          sequences,
          sequenceContextSize: sequences[0]!.contextSize,
          yesTokenIds: answers.yes,
          noTokenIds: answers.no,
          specialTokenIds,
          specialTokenTexts,
          ...parts,
          usesChatTemplate: chatPieces !== undefined,
        };
      } catch (error) {
        await runtime.dispose();
        throw error;
      }
    })();
    return loading;
  };

  const tokenizeData = (loaded: Loaded) => (text: string) =>
    loaded.model.tokenize(text, false, 'trimLeadingSpace') as number[];
  const resumeTokens = (loaded: Loaded, query: RankQuery): number[] => {
    const text = neutraliseUntrustedText(personText(query), loaded.specialTokenTexts);
    const budget =
      loaded.sequenceContextSize -
      loaded.beforeResume.length -
      loaded.betweenResumeAndJob.length -
      maxJobTokens -
      loaded.afterJob.length -
      1;
    if (budget < 1)
      throw invalidSetting(
        'LlmRankerSettings',
        'contextSize',
        `${loaded.sequenceContextSize} leaves no room for the resume; raise contextSize or lower maxJobTokens.`,
      );
    return tokenizeLeading(tokenizeData(loaded), text, budget);
  };
  const prefixTokens = (loaded: Loaded, query: RankQuery) => [
    ...loaded.beforeResume,
    ...resumeTokens(loaded, query),
    ...loaded.betweenResumeAndJob,
  ];
  const jobTokens = (loaded: Loaded, job: Job) =>
    tokenizeLeading(
      tokenizeData(loaded),
      neutraliseUntrustedText(jobSegmentText(job), loaded.specialTokenTexts),
      maxJobTokens,
    );

  // Evaluates tokens on a sequence and returns P(yes) read from the logits after the last one.
  const evaluateAnswer = async (
    loaded: Loaded,
    sequence: LlamaContextSequence,
    tokens: readonly number[],
  ): Promise<number> => {
    const last = tokens.length - 1;
    const filter = { tokens: [...loaded.yesTokenIds, ...loaded.noTokenIds] as never[] };
    const input = tokens.map((token, index) =>
      index === last ? ([token, { generateNext: { logits: { filter } } }] as const) : token,
    ) as Parameters<LlamaContextSequence['controlledEvaluate']>[0];
    const output = await sequence.controlledEvaluate(input);
    const logits = output[last]?.next.logits;
    if (logits === undefined) throw new Error('node-llama-cpp returned no logits for the answer position.');
    return clampUnit(
      yesProbabilityFromLogits(logits as ReadonlyMap<number, number>, loaded.yesTokenIds, loaded.noTokenIds),
    );
  };

  // Brings a sequence to hold exactly `prefix`, reusing whatever part of it is already cached.
  const holdPrefix = async (sequence: LlamaContextSequence, prefix: readonly number[]) => {
    const { firstDifferentIndex } = sequence.compareContextTokens(prefix as never[]);
    if (firstDifferentIndex < sequence.nextTokenIndex)
      await sequence.eraseContextTokenRanges([{ start: firstDifferentIndex, end: sequence.nextTokenIndex }]);
    if (firstDifferentIndex < prefix.length)
      await sequence.evaluateWithoutGeneratingNewTokens(prefix.slice(firstDifferentIndex) as never[]);
  };

  // Brings `sequence` to hold `prefix` by copying the state of `source` (which holds it) where node-llama-cpp
  // allows (its internal `_copyStateFromOtherSequence`, llama.cpp's seq_cp: no evaluation), else by evaluating it.
  const copyPrefix = async (
    sequence: LlamaContextSequence,
    source: LlamaContextSequence,
    prefix: readonly number[],
  ) => {
    if (sequence.compareContextTokens(prefix as never[]).firstDifferentIndex < prefix.length) {
      const copy = (
        sequence as unknown as {
          _copyStateFromOtherSequence?: (other: LlamaContextSequence, upTo: number) => Promise<boolean>;
        }
      )._copyStateFromOtherSequence;
      if (typeof copy === 'function' && (await copy.call(sequence, source, prefix.length).catch(() => false))) return;
    }
    await holdPrefix(sequence, prefix);
  };

  const scoreJobs = async (
    loaded: Loaded,
    query: RankQuery,
    jobs: readonly Job[],
    signal: AbortSignal | undefined,
  ): Promise<number[]> => {
    const prefix = prefixTokens(loaded, query);
    // What follows the prefix for each job: its segment, then the constant suffix ending at the answer position.
    const tails = jobs.map((job) => [...jobTokens(loaded, job), ...loaded.afterJob]);
    // Jobs in token order, so that neighbours share their longest runs of leading tokens (a title, the same
    // posting from two boards), which stay in the cache instead of being evaluated again.
    const order = tails.map((_, index) => index).sort((left, right) => compareTokens(tails[left]!, tails[right]!));
    const scores = new Array<number>(jobs.length);
    const used = loaded.sequences.slice(0, Math.max(1, Math.min(loaded.sequences.length, jobs.length)));
    await holdPrefix(used[0]!, prefix);
    for (const sequence of used.slice(1)) await copyPrefix(sequence, used[0]!, prefix);
    const perSequence = Math.ceil(order.length / used.length);
    const walk = async (sequence: LlamaContextSequence, run: readonly number[]) => {
      let held: readonly number[] = [];
      let heldScore = 0;
      for (const index of run) {
        signal?.throwIfAborted();
        const tail = tails[index]!;
        const shared = commonPrefixLength(held, tail);
        if (shared === tail.length && shared === held.length) {
          scores[index] = heldScore; // the same tokens as the job before: the same answer
          continue;
        }
        // At least the last token is evaluated again: its logits are the answer.
        const keep = Math.min(shared, tail.length - 1);
        if (prefix.length + keep < sequence.nextTokenIndex)
          await sequence.eraseContextTokenRanges([{ start: prefix.length + keep, end: sequence.nextTokenIndex }]);
        held = [];
        heldScore = await evaluateAnswer(loaded, sequence, tail.slice(keep));
        held = tail;
        scores[index] = heldScore;
      }
    };
    await Promise.all(
      used.map((sequence, position) =>
        walk(sequence, order.slice(position * perSequence, (position + 1) * perSequence)),
      ),
    );
    return scores;
  };

  const ranker: LlmRanker = {
    name,
    async rank(query, jobs, options: RankOptions = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      if (jobs.length === 0) return [];
      const loaded = await load();
      const scores = await exclusive(() => scoreJobs(loaded, query, jobs, options.signal));
      const matches: Match[] = jobs.map((job, index) => {
        const score = scores[index]!;
        return {
          jobId: job.id,
          score,
          breakdown: { llm: score },
          matchedSkills: [],
          missingSkills: [],
          ranker: name,
          explanation: `language model answers yes with probability ${(score * 100).toFixed(0)}%`,
        };
      });
      return orderMatches(matches, options);
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      const pending = loading;
      if (pending === undefined) return;
      await queue;
      const loaded = await pending.catch(() => undefined);
      if (loaded === undefined) return;
      await loaded.context.dispose();
      await loaded.runtime.dispose();
    },
  };
  internals.set(ranker, {
    async promptTokens(query, job) {
      const loaded = await load();
      const prefix = prefixTokens(loaded, query);
      const job_ = jobTokens(loaded, job);
      return {
        tokens: [...prefix, ...job_, ...loaded.afterJob],
        prefixLength: prefix.length,
        jobStart: prefix.length,
        jobEnd: prefix.length + job_.length,
        specialTokenIds: loaded.specialTokenIds,
        yesTokenIds: loaded.yesTokenIds,
        noTokenIds: loaded.noTokenIds,
        usesChatTemplate: loaded.usesChatTemplate,
      };
    },
    async scoreWithoutPrefixReuse(query, job) {
      const loaded = await load();
      const tokens = [...prefixTokens(loaded, query), ...jobTokens(loaded, job), ...loaded.afterJob];
      return exclusive(async () => {
        const sequence = loaded.sequences[0]!;
        await sequence.clearHistory();
        try {
          return await evaluateAnswer(loaded, sequence, tokens);
        } finally {
          await sequence.clearHistory();
        }
      });
    },
  });
  return ranker;
}
