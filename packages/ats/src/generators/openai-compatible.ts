import { rejectUnknownKeys } from '@rolefit/core';
import { GeneratorError, GeneratorHttpError, GeneratorResponseError } from './errors.js';
import { cutAtStop, toMessages, type ChatMessage, type GenerateOptions, type TextGenerator } from './types.js';

/** Options for {@link createOpenAiCompatibleGenerator}. */
export interface OpenAiCompatibleGeneratorOptions {
  /** API root up to and without `/chat/completions`, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8080/v1`. */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>` when given. */
  readonly apiKey?: string;
  /** Model name the server knows. */
  readonly model: string;
  /** The fetch to use; the global one by default. */
  readonly fetch?: typeof fetch;
  /** Time allowed for one request, in milliseconds (default 60,000). */
  readonly timeoutMs?: number;
  /** Retries after a 429, a 5xx or a network failure (default 2). */
  readonly maxRetries?: number;
  /** First backoff delay when the server gives no Retry-After, doubled on each retry (default 500 ms). */
  readonly retryDelayMs?: number;
}

const MAX_RETRY_DELAY_MS = 30_000;

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const OPEN_AI_COMPATIBLE_GENERATOR_OPTIONS_NAMES = { baseUrl: true, apiKey: true, model: true, fetch: true, timeoutMs: true, maxRetries: true, retryDelayMs: true } satisfies Record<keyof OpenAiCompatibleGeneratorOptions, true>;

/** Creates a generator that calls an OpenAI-compatible `/chat/completions` endpoint (OpenAI, llama.cpp server, vLLM, Ollama...). */
export function createOpenAiCompatibleGenerator(options: OpenAiCompatibleGeneratorOptions): TextGenerator {
  rejectUnknownKeys('OpenAiCompatibleGeneratorOptions', options, OPEN_AI_COMPATIBLE_GENERATOR_OPTIONS_NAMES);
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const fetchFunction = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxRetries = options.maxRetries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 500;

  const generate = async (prompt: string | readonly ChatMessage[], generateOptions: GenerateOptions = {}): Promise<string> => {
    const body = JSON.stringify({
      model: options.model,
      messages: toMessages(prompt),
      max_tokens: generateOptions.maxTokens,
      temperature: generateOptions.temperature,
      stop: generateOptions.stop && generateOptions.stop.length > 0 ? generateOptions.stop : undefined,
      seed: generateOptions.seed,
    });
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

    for (let attempt = 0; ; attempt++) {
      generateOptions.signal?.throwIfAborted();
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = generateOptions.signal ? AbortSignal.any([generateOptions.signal, timeout]) : timeout;
      let response: Response;
      try {
        response = await fetchFunction(url, { method: 'POST', headers, body, signal });
      } catch (error) {
        if (generateOptions.signal?.aborted) throw error;
        if (timeout.aborted) throw new GeneratorResponseError(`${url} did not answer within ${timeoutMs} ms`, { cause: error });
        if (attempt < maxRetries) {
          await sleep(backoff(attempt, retryDelayMs), generateOptions.signal);
          continue;
        }
        throw new GeneratorError(`${url} could not be reached: ${String(error)}`, { cause: error });
      }
      const text = await response.text();
      if (!response.ok) {
        const retryable = response.status === 429 || response.status >= 500;
        if (retryable && attempt < maxRetries) {
          const delay = retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt, retryDelayMs);
          await sleep(Math.min(delay, MAX_RETRY_DELAY_MS), generateOptions.signal);
          continue;
        }
        throw new GeneratorHttpError(response.status, serverMessage(text), url);
      }
      return cutAtStop(readContent(text, url), generateOptions.stop);
    }
  };
  return { name: `openai-compatible:${options.model}`, generate };
}

function backoff(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** attempt, MAX_RETRY_DELAY_MS);
}

// Retry-After is either seconds or an HTTP date.
function retryAfterMs(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// OpenAI puts the message in `error.message`; other servers use `error` as a string or `message`.
function serverMessage(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (isRecord(parsed)) {
      const error = parsed.error;
      if (typeof error === 'string') return error;
      if (isRecord(error) && typeof error.message === 'string') return error.message;
      if (typeof parsed.message === 'string') return parsed.message;
      if (typeof parsed.detail === 'string') return parsed.detail;
    }
  } catch {
    // Not JSON: the body itself is the best message there is.
  }
  return body.trim().slice(0, 500) || '(empty body)';
}

function readContent(body: string, url: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new GeneratorResponseError(`${url} answered with a body that is not JSON: ${body.slice(0, 200)}`, { cause: error });
  }
  const choices = isRecord(parsed) ? parsed.choices : undefined;
  const first: unknown = Array.isArray(choices) ? choices[0] : undefined;
  const message = isRecord(first) ? first.message : undefined;
  const content = isRecord(message) ? message.content : undefined;
  if (typeof content === 'string') return content;
  if (content === null) return '';
  throw new GeneratorResponseError(`${url} answered without choices[0].message.content`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
