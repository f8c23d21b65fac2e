import { readModelSetting, rejectUnknownKeys } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import { join, resolve } from 'node:path';
import type { Job, Match, Ranker } from '@rolefit/core';
import { devicesToTry, jobEmbeddingText } from '../embedding/index.js';
import { checkModelDirectory, importOptional, importPeer } from '../shared/model-files.js';
import { personText } from '../shared/person.js';
import { checkRankArguments, clampUnit, orderMatches } from '../shared/ranking.js';

/** Settings for {@link createOnnxClassifierRanker}. */
export type OnnxClassifierSettings = OnnxClassifierBaseSettings &
  (
    | {
        /** Directory in Hugging Face layout: `onnx/model.onnx` plus the tokenizer files. */
        model: string;
        modelPath?: undefined;
      }
    | {
        /** @deprecated Use `model`; `modelPath` is its old name and is read the same way. */
        modelPath: string;
        model?: undefined;
      }
  );

/** The settings of {@link OnnxClassifierSettings} other than the model. */
export interface OnnxClassifierBaseSettings {
  /** `auto` (default) uses CUDA where onnxruntime-node's CUDA provider is installed, else the CPU. */
  device?: 'auto' | 'cpu' | 'cuda' | undefined;
  /** Index of the positive label when there are two or more (default: the last). */
  positiveLabel?: number | undefined;
  /** Pairs per inference call (default 16). */
  batchSize?: number | undefined;
  /** Longest input in tokens (default 256). */
  maxTokens?: number | undefined;
  /** Name recorded in each Match (default `onnx-classifier`). */
  name?: string | undefined;
}

/** A ranker running an external sequence-classification model; reports the device it loaded on. */
export interface OnnxClassifierRanker extends Ranker {
  /** The device used, once loaded. */
  readonly device: 'cpu' | 'cuda' | undefined;
  /** Loads the tokenizer and session (rank does it on first use). */
  load(): Promise<void>;
  /** Releases the session. */
  dispose(): Promise<void>;
}

interface Tokenized {
  input_ids: { data: BigInt64Array; dims: number[] };
  attention_mask: { data: BigInt64Array; dims: number[] };
  token_type_ids?: { data: BigInt64Array; dims: number[] };
}

interface Loaded {
  tokenizer: (texts: string[], options: Record<string, unknown>) => Tokenized;
  session: {
    inputNames: readonly string[];
    outputNames: readonly string[];
    run(feeds: Record<string, unknown>): Promise<Record<string, { data: Float32Array; dims: readonly number[] }>>;
    release(): Promise<void>;
  };
  Tensor: new (type: 'int64', data: BigInt64Array, dims: number[]) => unknown;
  device: 'cpu' | 'cuda';
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const ONNX_CLASSIFIER_SETTINGS_NAMES = {
  model: true,
  modelPath: true,
  device: true,
  positiveLabel: true,
  batchSize: true,
  maxTokens: true,
  name: true,
} satisfies Record<keyof OnnxClassifierBaseSettings | 'model' | 'modelPath', true>;

/**
 * Scores (person, job) pairs with a sequence-classification ONNX model (input: person text [SEP] job text, output
 * logits `[batch, labels]`): softmax of the positive label, or a sigmoid for one label. Runs onnxruntime-node directly
 * with the model's own tokenizer (via @huggingface/transformers), never downloading anything.
 */
export function createOnnxClassifierRanker(settings: OnnxClassifierSettings): OnnxClassifierRanker {
  rejectUnknownKeys('OnnxClassifierSettings', settings, ONNX_CLASSIFIER_SETTINGS_NAMES, { required: true });
  const name = settings.name ?? 'onnx-classifier';
  const directory = resolve(
    readModelSetting('OnnxClassifierSettings', settings, 'a directory holding an ONNX model in Hugging Face layout'),
  );
  const count = (setting: 'batchSize' | 'maxTokens' | 'positiveLabel', min: number) =>
    checkNumberSetting('OnnxClassifierSettings', setting, settings[setting], { integer: true, min });
  const batchSize = count('batchSize', 1) ?? 16;
  count('maxTokens', 1);
  count('positiveLabel', 0);
  let loading: Promise<Loaded> | undefined;
  let loaded: Loaded | undefined;

  const load = async (): Promise<Loaded> => {
    const modelFile = join(directory, 'onnx', 'model.onnx');
    checkModelDirectory(
      'sequence-classification model',
      directory,
      ['tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'],
      'Export a cross-encoder or classifier to ONNX in Hugging Face layout (e.g. Xenova/ms-marco-MiniLM-L-6-v2: onnx/model.onnx plus its tokenizer files) and pass that directory as model.',
    );
    const feature = 'The ONNX classifier ranker (createOnnxClassifierRanker)';
    const transformers = await importOptional('@huggingface/transformers', feature, () =>
      importPeer<typeof import('@huggingface/transformers')>('@huggingface/transformers'),
    );
    const runtime = await importOptional('onnxruntime-node', feature, () =>
      importPeer<typeof import('onnxruntime-node')>('onnxruntime-node'),
    );
    transformers.env.allowLocalModels = true;
    transformers.env.allowRemoteModels = false;
    const tokenizer = (await transformers.AutoTokenizer.from_pretrained(directory, {
      local_files_only: true,
    })) as unknown as Loaded['tokenizer'];
    const devices = devicesToTry(settings.device);
    let lastError: unknown;
    for (const device of devices) {
      try {
        const session = (await runtime.InferenceSession.create(modelFile, {
          executionProviders: [device],
        })) as unknown as Loaded['session'];
        return { tokenizer, session, Tensor: runtime.Tensor as unknown as Loaded['Tensor'], device };
      } catch (error) {
        lastError = error;
      }
    }
    throw new Error(`cannot load ${modelFile} on ${devices.join(' or ')}: ${(lastError as Error)?.message}`, {
      cause: lastError,
    });
  };
  const ready = async () => {
    loading ??= load().then((value) => (loaded = value));
    return loading;
  };

  const scorePairs = async (person: string, jobs: readonly Job[], signal?: AbortSignal): Promise<number[]> => {
    const model = await ready();
    const scores: number[] = [];
    for (let start = 0; start < jobs.length; start += batchSize) {
      signal?.throwIfAborted();
      const batch = jobs.slice(start, start + batchSize);
      const encoded = model.tokenizer(
        batch.map(() => person || ' '),
        {
          text_pair: batch.map((job) => jobEmbeddingText(job)),
          padding: true,
          truncation: true,
          max_length: settings.maxTokens ?? 256,
        },
      );
      const feeds: Record<string, unknown> = {};
      for (const input of model.session.inputNames) {
        const tensor =
          input === 'input_ids'
            ? encoded.input_ids
            : input === 'attention_mask'
              ? encoded.attention_mask
              : input === 'token_type_ids'
                ? encoded.token_type_ids
                : undefined;
        if (tensor === undefined) {
          if (input !== 'token_type_ids') throw new Error(`the model asks for an unknown input "${input}"`);
          feeds[input] = new model.Tensor(
            'int64',
            new BigInt64Array(encoded.input_ids.data.length),
            encoded.input_ids.dims,
          );
        } else feeds[input] = new model.Tensor('int64', tensor.data, tensor.dims);
      }
      const outputs = await model.session.run(feeds);
      const logits = outputs.logits ?? outputs[model.session.outputNames[0] ?? ''];
      if (!logits) throw new Error('the model returned no logits');
      const labels = logits.dims[1] ?? 1;
      const positive = settings.positiveLabel ?? labels - 1;
      for (let row = 0; row < batch.length; row += 1) {
        const values = Array.from(logits.data.subarray(row * labels, (row + 1) * labels));
        if (labels === 1) scores.push(1 / (1 + Math.exp(-(values[0] ?? 0))));
        else {
          const top = Math.max(...values);
          const exponentials = values.map((value) => Math.exp(value - top));
          scores.push((exponentials[positive] ?? 0) / exponentials.reduce((sum, value) => sum + value, 0));
        }
      }
    }
    return scores;
  };

  return {
    name,
    get device() {
      return loaded?.device;
    },
    load: async () => {
      await ready();
    },
    async dispose() {
      const model = loaded;
      loaded = undefined;
      loading = undefined;
      await model?.session.release();
    },
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      const scores = await scorePairs(personText(query), jobs, options.signal);
      const matches: Match[] = jobs.map((job, position) => {
        const score = clampUnit(scores[position] ?? 0);
        return {
          jobId: job.id,
          score,
          breakdown: { [name]: score },
          matchedSkills: [],
          missingSkills: [],
          ranker: name,
          explanation: `classifier probability ${score.toFixed(2)}`,
        };
      });
      return orderMatches(matches, options);
    },
  };
}
