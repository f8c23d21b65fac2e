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
import { checkNumberSetting, checkSignalOption, tokenizeTrailing } from '@rolefit/core/internal';
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

/** Tokens a chat template may add around one message (role markers, line breaks), set aside for each message kept. */
const TEMPLATE_TOKENS_PER_MESSAGE = 16;
/** Tokens set aside for what a chat template adds once (a beginning-of-text token, the answer's opening marker). */
const TEMPLATE_TOKENS = 32;

/** A model's tokenizer both ways, as node-llama-cpp's `LlamaModel` has it. */
export interface ChatTokenizer<Token> {
  tokenize(text: string): readonly Token[];
  detokenize(tokens: readonly Token[]): string;
}

/**
 * Cuts chat messages so that their contents hold at most `maxTokens` tokens, the template's own set aside per message,
 * tokenising only what is kept (core's `tokenizeTrailing`: llama.cpp's tokenizer is quadratic on a long run without
 * spaces). System messages (the application's instructions) are kept first, up to half of it; then the others from the
 * last one back keep their ends, as the plain prompt does; a cut message is the text of the tokens kept. A message left
 * no room is dropped, except the last user message, which stays (empty) as the question.
 */
export function fitChatMessages<Token>(
  messages: readonly ChatMessage[],
  maxTokens: number,
  tokenizer: ChatTokenizer<Token>,
): ChatMessage[] {
  const kept: Array<string | undefined> = messages.map(() => undefined);
  let left = Math.max(0, maxTokens);
  const keep = (index: number, cap: number) => {
    const room = Math.min(cap, left) - TEMPLATE_TOKENS_PER_MESSAGE;
    if (room <= 0) return;
    const content = messages[index]!.content;
    // One token more than the room: fewer back means the content was tokenised whole and fits as it is.
    const tokens = tokenizeTrailing((part) => tokenizer.tokenize(part), content, room + 1);
    const fits = tokens.length <= room;
    kept[index] = fits ? content : tokenizer.detokenize(tokens.slice(1));
    left -= TEMPLATE_TOKENS_PER_MESSAGE + Math.min(tokens.length, room);
  };
  const systemCap = Math.floor(left / 2);
  const systemStart = left;
  messages.forEach((message, index) => {
    if (message.role === 'system') keep(index, systemCap - (systemStart - left));
  });
  for (let index = messages.length - 1; index >= 0; index -= 1)
    if (messages[index]!.role !== 'system') keep(index, left);
  const lastUser = messages.findLastIndex((message) => message.role === 'user');
  if (lastUser !== -1) kept[lastUser] ??= '';
  return messages.flatMap((message, index) =>
    kept[index] === undefined ? [] : [{ role: message.role, content: kept[index]! }],
  );
}

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
        // Only what the context holds reaches the session, which tokenises every message whole.
        const messages = fitChatMessages(
          toMessages(prompt),
          contextSize - maxTokens - 1 - TEMPLATE_TOKENS,
          loaded.model,
        );
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
      // Checked before the call waits its turn (a signal of {} was a TypeError inside node-llama-cpp).
      try {
        checkSignalOption('GenerateOptions', generateOptions.signal);
      } catch (error) {
        return Promise.reject(error);
      }
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
