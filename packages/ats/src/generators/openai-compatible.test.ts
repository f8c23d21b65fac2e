import { afterEach, describe, expect, it } from 'vitest';
import { writeLargeBody } from '../../../core/src/testing/large-body.js';
import { startLocalChatServer, sendCompletion, type LocalChatServer } from './local-chat-server.js';
import {
  createOpenAiCompatibleGenerator,
  GeneratorError,
  GeneratorHttpError,
  GeneratorResponseError,
} from './index.js';
import { MAX_GENERATOR_ANSWER_BYTES } from './openai-compatible.js';

let server: LocalChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createOpenAiCompatibleGenerator against a local chat-completions server', () => {
  it('sends the model, messages, options and bearer key, and reads choices[0].message.content', async () => {
    server = await startLocalChatServer((request, response) => {
      const valid =
        request.url === '/v1/chat/completions' &&
        request.headers.authorization === 'Bearer test-key' &&
        request.body.model === 'tiny';
      if (!valid) {
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'bad request shape' } }));
        return;
      }
      sendCompletion(response, 'Hello from 127.0.0.1. STOP here');
    });
    const generator = createOpenAiCompatibleGenerator({
      baseUrl: `${server.baseUrl}/`,
      apiKey: 'test-key',
      model: 'tiny',
    });
    const text = await generator.generate(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hello.' },
      ],
      { maxTokens: 32, temperature: 0, stop: ['STOP'], seed: 7 },
    );
    expect(text).toBe('Hello from 127.0.0.1. ');
    expect(generator.name).toBe('openai-compatible:tiny');
    expect(server.requests[0]?.body).toEqual({
      model: 'tiny',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hello.' },
      ],
      max_tokens: 32,
      temperature: 0,
      stop: ['STOP'],
      seed: 7,
    });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('turns a plain prompt into one user message and sends no Authorization without a key', async () => {
    server = await startLocalChatServer((_request, response) => sendCompletion(response, 'ok'));
    const generator = createOpenAiCompatibleGenerator({ baseUrl: server.baseUrl, model: 'tiny' });
    expect(await generator.generate('ping')).toBe('ok');
    expect(server.requests[0]?.body.messages).toEqual([{ role: 'user', content: 'ping' }]);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('retries a 429 after the Retry-After the server gives, then succeeds', async () => {
    server = await startLocalChatServer((_request, response, index) => {
      if (index === 0) {
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        response.end(JSON.stringify({ error: { message: 'slow down' } }));
        return;
      }
      sendCompletion(response, 'second time lucky');
    });
    // With a ten-minute base backoff the test would time out unless the 1-second Retry-After is what the client waits.
    const generator = createOpenAiCompatibleGenerator({
      baseUrl: server.baseUrl,
      model: 'tiny',
      maxRetries: 2,
      retryDelayMs: 600_000,
    });
    expect(await generator.generate('hi')).toBe('second time lucky');
    expect(server.requests).toHaveLength(2);
  });

  it('retries a 503 with backoff and gives up after maxRetries with a typed error', async () => {
    server = await startLocalChatServer((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('overloaded');
    });
    const generator = createOpenAiCompatibleGenerator({
      baseUrl: server.baseUrl,
      model: 'tiny',
      maxRetries: 2,
      retryDelayMs: 1,
    });
    const error = await generator.generate('hi').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorHttpError);
    expect((error as GeneratorHttpError).status).toBe(503);
    expect((error as GeneratorHttpError).serverMessage).toBe('overloaded');
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 400 and reports the server message', async () => {
    server = await startLocalChatServer((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ error: { message: "'messages' must not be empty", type: 'invalid_request_error' } }),
      );
    });
    const generator = createOpenAiCompatibleGenerator({ baseUrl: server.baseUrl, model: 'tiny' });
    const error = await generator.generate('hi').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorHttpError);
    expect(error).toMatchObject({
      name: 'GeneratorHttpError',
      status: 400,
      serverMessage: "'messages' must not be empty",
    });
    expect((error as Error).message).toContain("400: 'messages' must not be empty");
    expect(server.requests).toHaveLength(1);
  });

  it('says why a server could not be reached (the cause fetch keeps), after its retries', async () => {
    // A port that was just listening on 127.0.0.1 and is closed now: the connection is refused.
    const closed = await startLocalChatServer((_request, response) => response.end());
    const baseUrl = closed.baseUrl;
    await closed.close();
    const generator = createOpenAiCompatibleGenerator({ baseUrl, model: 'tiny', maxRetries: 1, retryDelayMs: 1 });
    const error = (await generator.generate('hi').catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(/could not be reached: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
  });
});

describe('createOpenAiCompatibleGenerator, an answer without end', () => {
  it('stops reading past MAX_GENERATOR_ANSWER_BYTES with a GeneratorResponseError', async () => {
    // 64 MiB of spaces as the answer (a wrong URL, a broken proxy): response.text() read it all; with an endless body
    // the process grew by gigabytes past timeoutMs.
    const bodyBytes = 4 * MAX_GENERATOR_ANSWER_BYTES;
    let written = () => 0;
    server = await startLocalChatServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      written = writeLargeBody(response, bodyBytes, ' ');
    });
    const generator = createOpenAiCompatibleGenerator({ baseUrl: server.baseUrl, model: 'tiny', maxRetries: 0 });
    const error = await generator.generate('Say hello.').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorResponseError);
    expect((error as Error).message).toBe(
      `${server.baseUrl}/chat/completions answered 200 with a body of more than ${MAX_GENERATOR_ANSWER_BYTES} bytes`,
    );
    // What the server got out before the generator let go: the cap and socket buffers, not the body.
    expect(written()).toBeLessThan(bodyBytes * 0.75);
  });
});
