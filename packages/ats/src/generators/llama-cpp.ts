import {
  checkLlamaRuntimeSettings,
  ggufFileProblem,
  LLAMA_RUNTIME_SETTING_NAMES,
  llamaContextThreads,
  loadLlamaModel,
  readModelSetting,
  rejectUnknownKeys,
  type LlamaRuntimeSettings,
  type LoadedLlamaModel,
} from '@rolefit/core';
import { basename } from 'node:path';
import { checkNumberSetting, tokenizeTrailing } from '@rolefit/core/internal';
import { GeneratorDependencyError, ModelFileNotFoundError } from './errors.js';
import { cutAtStop, toMessages, type ChatMessage, type GenerateOptions, type TextGenerator } from './types.js';

type NodeLlamaCpp = typeof import('node-llama-cpp');
type LlamaModel = LoadedLlamaModel<NodeLlamaCpp>['model'];
type LlamaContext = Awaited<ReturnType<LlamaModel['createContext']>>;
type ChatHistoryItem = import('node-llama-cpp').ChatHistoryItem;

/** Settings for {@link createLlamaCppGenerator}; `gpu`, `threads` and `logLevel` as every llama.cpp model of Rolefit takes them (`LlamaRuntimeSettings` (from `@rolefit/core`)). */
export type LlamaCppGeneratorSettings = LlamaCppGeneratorBaseSettings &
  (
    | {
        /** Path to a GGUF model file (the same word as the LLM ranker's and the embedder's `model`). */
        readonly model: string;
        readonly modelPath?: undefined;
      }
    | {
        /** @deprecated Use `model`; `modelPath` is its old name and is read the same way. */
        readonly modelPath: string;
        readonly model?: undefined;
      }
  );

/** The settings of {@link LlamaCppGeneratorSettings} other than the model. */
export interface LlamaCppGeneratorBaseSettings extends LlamaRuntimeSettings {
  /** Context size in tokens: prompt plus answer (default 2048). */
  readonly contextSize?: number | undefined;
  /** `'auto'` uses the model's chat template when it has one; `'none'` always uses plain completion (default `'auto'`). */
  readonly chatTemplate?: 'auto' | 'none' | undefined;
}

/** A text generator backed by a local GGUF model; call `dispose()` when done. */
export interface LlamaCppGenerator extends TextGenerator {
  /** Whether the loaded model is prompted through its chat template; loads the model when needed. */
  usesChatTemplate(): Promise<boolean>;
  /** Frees the model, its context and the llama.cpp backend. */
  dispose(): Promise<void>;
}

interface Loaded {
  readonly module: NodeLlamaCpp;
  readonly runtime: LoadedLlamaModel<NodeLlamaCpp>;
  readonly model: LlamaModel;
  readonly context: LlamaContext;
  readonly chat: boolean;
}

const DEFAULT_MAX_TOKENS = 256;

/** Throws a ModelFileNotFoundError unless `path` is a file starting with the GGUF magic bytes (llama.cpp's own error says less). */
function checkGgufFile(path: string): void {
  const problem = ggufFileProblem(path);
  if (problem === 'no such file') throw new ModelFileNotFoundError(path);
  if (problem !== undefined) throw new ModelFileNotFoundError(path, problem);
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const LLAMA_CPP_GENERATOR_OPTIONS_NAMES = {
  ...LLAMA_RUNTIME_SETTING_NAMES,
  model: true,
  modelPath: true,
  contextSize: true,
  chatTemplate: true,
} satisfies Record<keyof LlamaCppGeneratorBaseSettings | 'model' | 'modelPath', true>;

/** Creates a generator that runs a GGUF model in-process with node-llama-cpp (an optional peer dependency), loading it on first use. */
export function createLlamaCppGenerator(options: LlamaCppGeneratorSettings): LlamaCppGenerator {
  rejectUnknownKeys('LlamaCppGeneratorSettings', options, LLAMA_CPP_GENERATOR_OPTIONS_NAMES, { required: true });
  checkLlamaRuntimeSettings('LlamaCppGeneratorSettings', options);
  const modelFile = readModelSetting('LlamaCppGeneratorSettings', options, 'the path of a GGUF model file');
  const contextSize =
    checkNumberSetting('LlamaCppGeneratorSettings', 'contextSize', options.contextSize, { integer: true, min: 1 }) ??
    2048;
  let loading: Promise<Loaded> | undefined;
  // One context sequence serves every call, so calls take turns.
  let queue: Promise<unknown> = Promise.resolve();

  const load = (): Promise<Loaded> => {
    loading ??= (async () => {
      checkGgufFile(modelFile);
      let module: NodeLlamaCpp;
      try {
        // The specifier in a variable: an app's bundler leaves this optional peer alone instead of failing the build
        // when it is not installed.
        const specifier = 'node-llama-cpp';
        module = (await import(specifier)) as NodeLlamaCpp;
      } catch (error) {
        throw new GeneratorDependencyError('node-llama-cpp', { cause: error });
      }
      const runtime = await loadLlamaModel(module, modelFile, options);
      const { model } = runtime;
      try {
        const context = await model.createContext({ contextSize, ...llamaContextThreads(options) });
        const template = model.fileInfo.metadata?.tokenizer?.chat_template;
        const chat = options.chatTemplate !== 'none' && typeof template === 'string' && template.trim() !== '';
        return { module, runtime, model, context, chat };
      } catch (error) {
        await runtime.dispose();
        throw error;
      }
    })();
    // A failed load may succeed later (file copied in, package installed), so it is not cached.
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };

  const run = async (prompt: string | readonly ChatMessage[], generateOptions: GenerateOptions): Promise<string> => {
    const loaded = await load();
    const maxTokens = Math.max(1, Math.min(generateOptions.maxTokens ?? DEFAULT_MAX_TOKENS, contextSize - 8));
    const sampling = {
      maxTokens,
      temperature: generateOptions.temperature ?? 0,
      ...(generateOptions.seed === undefined ? {} : { seed: generateOptions.seed }),
      ...(generateOptions.signal === undefined ? {} : { signal: generateOptions.signal }),
      ...(generateOptions.stop && generateOptions.stop.length > 0
        ? { customStopTriggers: [...generateOptions.stop] }
        : {}),
    };
    const sequence = loaded.context.getSequence();
    try {
      if (loaded.chat) {
        const messages = toMessages(prompt);
        const lastUser = messages.findLastIndex((message) => message.role === 'user');
        const question = lastUser === -1 ? '' : (messages[lastUser]?.content ?? '');
        const history: ChatHistoryItem[] = messages
          .filter((_, index) => index !== lastUser)
          .map((message) =>
            message.role === 'assistant'
              ? { type: 'model', response: [message.content] }
              : { type: message.role, text: message.content },
          );
        const session = new loaded.module.LlamaChatSession({ contextSequence: sequence, autoDisposeSequence: false });
        try {
          if (history.length > 0) session.setChatHistory(history);
          return cutAtStop(await session.prompt(question, sampling), generateOptions.stop);
        } finally {
          session.dispose({ disposeSequence: false });
        }
      }
      // No chat template: the messages become one plain text, and the model continues it.
      const text = typeof prompt === 'string' ? prompt : renderPlain(prompt);
      // Keep the end of a prompt that does not fit: that is where the answer format is asked for. Only as much of the
      // end is tokenised as the context holds: llama.cpp's tokenizer is quadratic on a long run without spaces.
      const tokens = tokenizeTrailing((part) => loaded.model.tokenize(part), text, contextSize - maxTokens - 1);
      const completion = new loaded.module.LlamaCompletion({ contextSequence: sequence, autoDisposeSequence: false });
      try {
        return cutAtStop(await completion.generateCompletion(tokens, sampling), generateOptions.stop);
      } finally {
        completion.dispose({ disposeSequence: false });
      }
    } finally {
      sequence.dispose();
    }
  };

  return {
    name: `llama.cpp:${basename(modelFile)}`,
    generate(prompt, generateOptions = {}) {
      const result = queue.then(() => run(prompt, generateOptions));
      queue = result.catch(() => undefined);
      return result;
    },
    async usesChatTemplate() {
      return (await load()).chat;
    },
    async dispose() {
      const pending = loading;
      loading = undefined;
      if (pending === undefined) return;
      const loaded = await pending.catch(() => undefined);
      if (loaded === undefined) return;
      await queue;
      await loaded.context.dispose();
      await loaded.runtime.dispose();
    },
  };
}

function renderPlain(messages: readonly ChatMessage[]): string {
  return messages.map((message) => message.content).join('\n\n') + '\n\n';
}
