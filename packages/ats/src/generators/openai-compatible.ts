import {
  honoursRetryAfter,
  invalidSetting,
  isRetryableStatus,
  parseRetryAfter,
  rejectUnknownKeys,
  retry,
  type FetchFunction,
} from '@rolefit/core';
import { type BodyPrefix, checkNumberSetting, checkSignalOption, readBodyPrefix } from '@rolefit/core/internal';
import { GeneratorError, GeneratorHttpError, GeneratorResponseError } from './errors.js';
import { cutAtStop, toMessages, type ChatMessage, type GenerateOptions, type TextGenerator } from './types.js';

/** Settings for {@link createOpenAiCompatibleGenerator}. */
export interface OpenAiCompatibleGeneratorSettings {
  /** API root up to and without `/chat/completions`, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8080/v1`. */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>` when given. */
  readonly apiKey?: string | undefined;
  /** Model name the server knows. */
  readonly model: string;
  /** The fetch to use; the global one by default. Called with the URL as a string (see `FetchFunction`). */
  readonly fetch?: FetchFunction | undefined;
  /** Time allowed for one request, in milliseconds (default 60,000). */
  readonly timeoutMs?: number | undefined;
  /** Retries after a network failure or a retryable status (core's `isRetryableStatus`: 408, 429, 500, 502-504; default 2). */
  readonly maxRetries?: number | undefined;
  /** Backoff ceiling before the first retry when the server gives no Retry-After, doubled on each retry, with full jitter (default 500 ms). */
  readonly retryDelayMs?: number | undefined;
}

const MAX_RETRY_DELAY_MS = 30_000;
/**
 * Largest answer read, in bytes: a completion of 100,000 tokens is well under 1 MiB of JSON. A server answering with an
 * endless body (a wrong URL, a broken proxy) was read whole by `response.text()`, growing the process by gigabytes
 * past `timeoutMs` (its timer did not get a turn while the body streamed in).
 */
export const MAX_GENERATOR_ANSWER_BYTES = 16 * 1024 * 1024;

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const OPEN_AI_COMPATIBLE_GENERATOR_SETTING_NAMES = {
  baseUrl: true,
  apiKey: true,
  model: true,
  fetch: true,
  timeoutMs: true,
  maxRetries: true,
  retryDelayMs: true,
} satisfies Record<keyof OpenAiCompatibleGeneratorSettings, true>;

/** Creates a generator that calls an OpenAI-compatible `/chat/completions` endpoint (OpenAI, llama.cpp server, vLLM, Ollama...). */
export function createOpenAiCompatibleGenerator(options: OpenAiCompatibleGeneratorSettings): TextGenerator {
  rejectUnknownKeys('OpenAiCompatibleGeneratorSettings', options, OPEN_AI_COMPATIBLE_GENERATOR_SETTING_NAMES, {
    required: true,
  });
  // Checked here: a missing baseUrl was "Cannot read properties of undefined (reading 'replace')".
  if (typeof options.baseUrl !== 'string' || !/^https?:\/\/[^/]/i.test(options.baseUrl))
    throw invalidSetting(
      'OpenAiCompatibleGeneratorSettings',
      'baseUrl',
      `must be the API root as an http(s) URL (http://127.0.0.1:8080/v1), got ${JSON.stringify(String(options.baseUrl)).slice(0, 200)}`,
    );
  if (typeof options.model !== 'string' || options.model.trim() === '')
    throw invalidSetting('OpenAiCompatibleGeneratorSettings', 'model', 'must be the name of a model the server knows');
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const fetchFunction = options.fetch ?? globalThis.fetch;
  const entity = 'OpenAiCompatibleGeneratorSettings';
  const timeoutMs = checkNumberSetting(entity, 'timeoutMs', options.timeoutMs, { min: 1 }) ?? 60_000;
  const maxRetries = checkNumberSetting(entity, 'maxRetries', options.maxRetries, { integer: true, min: 0 }) ?? 2;
  const retryDelayMs = checkNumberSetting(entity, 'retryDelayMs', options.retryDelayMs, { min: 0 }) ?? 500;

  const generate = async (
    prompt: string | readonly ChatMessage[],
    generateOptions: GenerateOptions = {},
  ): Promise<string> => {
    checkSignalOption('GenerateOptions', generateOptions.signal);
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

    const response = await retry(
      async (): Promise<{ response: Response; text: string }> => {
        generateOptions.signal?.throwIfAborted();
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = generateOptions.signal ? AbortSignal.any([generateOptions.signal, timeout]) : timeout;
        let answer: Response;
        try {
          answer = await fetchFunction(url, { method: 'POST', headers, body, signal });
        } catch (error) {
          if (generateOptions.signal?.aborted) throw error;
          if (timeout.aborted)
            throw new GeneratorResponseError(`${url} did not answer within ${timeoutMs} ms`, { cause: error });
          // fetch says only 'fetch failed'; why (ECONNREFUSED, ENOTFOUND…) is in its cause.
          const reason = (error as { cause?: unknown } | null)?.cause;
          throw new NetworkFailure(
            `${url} could not be reached: ${reason instanceof Error ? reason.message : String(error)}`,
            { cause: error },
          );
        }
        return { response: answer, text: await readAnswer(answer, url, timeout, timeoutMs, generateOptions.signal) };
      },
      {
        baseDelayMs: retryDelayMs,
        maxDelayMs: MAX_RETRY_DELAY_MS,
        maxRetries,
        signal: generateOptions.signal,
        shouldRetry: (outcome) => {
          // Only a network failure is retried; a timeout, an abort or a bad body is final.
          if (!outcome.ok) return outcome.error instanceof NetworkFailure;
          const { status, headers: responseHeaders } = outcome.value.response;
          if (!isRetryableStatus(status)) return false;
          return (honoursRetryAfter(status) ? parseRetryAfter(responseHeaders.get('retry-after')) : undefined) ?? true;
        },
      },
    );
    if (!response.response.ok)
      throw new GeneratorHttpError(response.response.status, serverMessage(response.text), url);
    return cutAtStop(readContent(response.text, url), generateOptions.stop);
  };
  return { name: `openai-compatible:${options.model}`, generate };
}

/** The answer's body as text, at most {@link MAX_GENERATOR_ANSWER_BYTES}; a longer one, or one cut off, is a GeneratorResponseError. */
async function readAnswer(
  answer: Response,
  url: string,
  timeout: AbortSignal,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<string> {
  let answerBytes: BodyPrefix;
  try {
    answerBytes = await readBodyPrefix(answer.body, MAX_GENERATOR_ANSWER_BYTES);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted)
      throw new GeneratorResponseError(`${url} did not answer within ${timeoutMs} ms`, { cause: error });
    throw new GeneratorResponseError(`${url}: the answer broke off (${(error as Error)?.message ?? String(error)})`, {
      cause: error,
    });
  }
  if (!answerBytes.complete)
    throw new GeneratorResponseError(
      `${url} answered ${answer.status} with a body of more than ${MAX_GENERATOR_ANSWER_BYTES} bytes`,
    );
  // As response.text() decodes: UTF-8, a byte-order mark dropped, bad bytes as U+FFFD.
  return new TextDecoder().decode(answerBytes.bytes);
}

// A request that never reached the server: the one failure sent again.
class NetworkFailure extends GeneratorError {}

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
    throw new GeneratorResponseError(`${url} answered with a body that is not JSON: ${body.slice(0, 200)}`, {
      cause: error,
    });
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
