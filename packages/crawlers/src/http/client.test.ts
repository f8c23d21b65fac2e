import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { ValidationError } from '@rolefit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, sendJson, type TestServer } from '../testing/index.js';
import { createHttpClient, DEFAULT_USER_AGENT, type HttpClientSettings } from './client.js';
import {
  CacheMissError,
  HttpStatusError,
  HttpTimeoutError,
  PrivateAddressError,
  ResponseTooLargeError,
  RobotsDisallowedError,
  TooManyRedirectsError,
  UnsupportedUrlError,
} from './errors.js';
import type { LookupFunction } from './ssrf.js';

const servers: TestServer[] = [];
const directories: string[] = [];

async function serve(...args: Parameters<typeof startTestServer>): Promise<TestServer> {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
}

/** Loopback tests must opt in to private networks; no disk cache unless a test asks for one. */
function loopbackClient(settings: HttpClientSettings = {}) {
  return createHttpClient({
    allowPrivateNetworks: 'loopback',
    cacheDirectory: false,
    minIntervalMs: 0,
    retryBaseDelayMs: 5,
    ...settings,
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('createHttpClient: politeness', () => {
  it('sends the descriptive User-Agent and returns status, headers and the final URL', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/hello') sendJson(response, { hello: 'world' }, 200, { 'x-test': 'yes' });
    });
    const response = await loopbackClient().getJson<{ hello: string }>(`${server.origin}/hello`);
    expect(response).toMatchObject({
      status: 200,
      body: { hello: 'world' },
      fromCache: false,
      url: `${server.origin}/hello`,
    });
    expect(response.headers['x-test']).toBe('yes');
    expect(server.requestsFor('/hello')[0]?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(server.requestsFor('/hello')[0]?.headers.accept).toBe('application/json');
  });

  it('spaces requests to one host by the minimum interval', async () => {
    const server = await serve((request, response) => {
      if (request.url?.startsWith('/item')) response.end('ok');
    });
    // When the client sends each request (the real fetch, to the real server, timed as it is called): what the limiter
    // spaces. The server's arrival times also carry the loopback's latency, which on a busy machine differs by tens of
    // milliseconds from one request to the next (the first opens the connection), so they are only counted.
    const sent: number[] = [];
    const timedFetch: typeof fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/item')) sent.push(performance.now());
      return fetch(input, init);
    };
    const client = loopbackClient({ minIntervalMs: 150, fetch: timedFetch });
    await Promise.all([1, 2, 3].map((index) => client.getText(`${server.origin}/item${index}`)));
    expect(server.received.filter((request) => request.path.startsWith('/item'))).toHaveLength(3);
    expect(sent).toHaveLength(3);
    for (let index = 1; index < sent.length; index++) {
      // Timer granularity allows a millisecond or two of slack; without the limiter the gap is ~0.
      expect((sent[index] ?? 0) - (sent[index - 1] ?? 0)).toBeGreaterThanOrEqual(145);
    }
  });

  it('caps concurrency per host', async () => {
    const server = await serve(async (request, response) => {
      if (request.url === '/robots.txt') return;
      await delay(80);
      response.end('ok');
    });
    const client = loopbackClient({ perHostConcurrency: 2 });
    await Promise.all([1, 2, 3, 4, 5, 6].map((index) => client.getText(`${server.origin}/slow${index}`)));
    expect(server.received.filter((request) => request.path.startsWith('/slow'))).toHaveLength(6);
    expect(server.maxInFlight()).toBe(2);
  });

  it('caps concurrency across hosts', async () => {
    const handler = async (request: { url?: string }, response: { end: (body: string) => void }) => {
      if (request.url === '/robots.txt') return;
      await delay(80);
      response.end('ok');
    };
    const first = await serve(handler);
    const second = await serve(handler);
    let inFlight = 0;
    let maxInFlight = 0;
    // Count in the fetch itself: two servers cannot see each other's load.
    const countingFetch: typeof fetch = async (input, init) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        const response = await fetch(input, init);
        await response.clone().arrayBuffer();
        return response;
      } finally {
        inFlight -= 1;
      }
    };
    const client = loopbackClient({
      perHostConcurrency: 3,
      globalConcurrency: 3,
      respectRobots: false,
      fetch: countingFetch,
    });
    await Promise.all(
      [first, second].flatMap((server) => [1, 2, 3].map((index) => client.getText(`${server.origin}/slow${index}`))),
    );
    expect(first.maxInFlight() + second.maxInFlight()).toBeGreaterThanOrEqual(3);
    expect(maxInFlight).toBe(3);
  });
});

describe('createHttpClient: retries and failures', () => {
  it('retries a 429 only after its Retry-After of 2 seconds', async () => {
    let calls = 0;
    const server = await serve((request, response) => {
      if (request.url !== '/limited') return;
      calls += 1;
      if (calls === 1) response.writeHead(429, { 'retry-after': '2' }).end();
      else response.end('finally');
    });
    const response = await loopbackClient().getText(`${server.origin}/limited`);
    expect(response.body).toBe('finally');
    const [first, second] = server.requestsFor('/limited');
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(2000);
  });

  it('retries 503 and 502 with backoff, then succeeds', async () => {
    let calls = 0;
    const server = await serve((request, response) => {
      if (request.url !== '/flaky') return;
      calls += 1;
      if (calls === 1) response.writeHead(503).end();
      else if (calls === 2) response.writeHead(502).end();
      else response.end('up');
    });
    const response = await loopbackClient().getText(`${server.origin}/flaky`);
    expect(response.body).toBe('up');
    expect(server.requestsFor('/flaky')).toHaveLength(3);
  });

  it('gives up after maxRetries and reports the last status', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/down') response.writeHead(503).end();
    });
    const error = await loopbackClient({ maxRetries: 2 })
      .getText(`${server.origin}/down`)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 503, url: `${server.origin}/down` });
    expect(server.requestsFor('/down')).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const server = await serve(() => undefined);
    const error = await loopbackClient()
      .getText(`${server.origin}/missing`)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 404, url: `${server.origin}/missing` });
    expect(server.requestsFor('/missing')).toHaveLength(1);
  });

  it('retries a refused connection and then reports a network error', async () => {
    const server = await serve(() => undefined);
    const origin = server.origin;
    await server.close();
    const error = await loopbackClient({ maxRetries: 1, respectRobots: false })
      .getText(`${origin}/gone`)
      .catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('HttpNetworkError');
  });

  it('times out a slow response with HttpTimeoutError', async () => {
    const server = await serve(async (request, response) => {
      if (request.url !== '/slow') return;
      await delay(500);
      response.end('late');
    });
    const error = await loopbackClient({ timeoutMs: 100 })
      .getText(`${server.origin}/slow`)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100, url: `${server.origin}/slow` });
  });

  it("aborts an in-flight request and a queued one with the caller's reason", async () => {
    const server = await serve(async (request, response) => {
      if (request.url === '/robots.txt') return;
      await delay(500);
      response.end('late');
    });
    const client = loopbackClient({ perHostConcurrency: 1 });
    const controller = new AbortController();
    const inFlight = client
      .getText(`${server.origin}/a`, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    const queued = client
      .getText(`${server.origin}/b`, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    await delay(50);
    const reason = new Error('stop');
    controller.abort(reason);
    expect(await inFlight).toBe(reason);
    expect(await queued).toBe(reason);
    expect(server.requestsFor('/b')).toHaveLength(0);
  });

  it('decodes a gzip-encoded body', async () => {
    const text = 'compressed '.repeat(100);
    const server = await serve((request, response) => {
      if (request.url !== '/gzip') return;
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain; charset=utf-8' });
      response.end(gzipSync(text));
    });
    expect((await loopbackClient().getText(`${server.origin}/gzip`)).body).toBe(text);
  });

  it('aborts a body streamed past the cap, without Content-Length', async () => {
    let chunksSent = 0;
    const server = await serve(async (request, response) => {
      if (request.url !== '/huge') return;
      response.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no Content-Length to trust
      const chunk = 'x'.repeat(1024);
      for (let index = 0; index < 1000 && !response.destroyed; index++) {
        chunksSent += 1;
        if (!response.write(chunk)) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      response.end();
    });
    const error = await loopbackClient({ maxResponseBytes: 10 * 1024 })
      .getText(`${server.origin}/huge`)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ maxBytes: 10 * 1024 });
    expect(chunksSent).toBeLessThan(1000);
  });

  it('accepts a body exactly at the cap', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/fits') response.end('y'.repeat(2048));
    });
    expect((await loopbackClient({ maxResponseBytes: 2048 }).getText(`${server.origin}/fits`)).body).toHaveLength(2048);
  });
});

describe('createHttpClient: robots.txt', () => {
  it('refuses a disallowed path, fetches an allowed one, and reads robots.txt once', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/robots.txt') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('User-agent: *\nDisallow: /private\nAllow: /private/open$\n\nUser-agent: OtherBot\nDisallow: /\n');
      } else response.end(`page ${request.url}`);
    });
    const client = loopbackClient();
    await expect(client.getText(`${server.origin}/private/secret`)).rejects.toBeInstanceOf(RobotsDisallowedError);
    expect((await client.getText(`${server.origin}/public`)).body).toBe('page /public');
    expect((await client.getText(`${server.origin}/private/open`)).body).toBe('page /private/open');
    await expect(client.getText(`${server.origin}/private/open/more`)).rejects.toBeInstanceOf(RobotsDisallowedError);
    expect(server.requestsFor('/robots.txt')).toHaveLength(1);
    expect(server.requestsFor('/private/secret')).toHaveLength(0);
  });

  it('disallows the whole host when robots.txt answers 5xx', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/robots.txt') response.writeHead(500).end();
      else response.end('ok');
    });
    await expect(loopbackClient({ maxRetries: 0 }).getText(`${server.origin}/page`)).rejects.toBeInstanceOf(
      RobotsDisallowedError,
    );
    expect(server.requestsFor('/page')).toHaveLength(0);
  });
});

describe('createHttpClient: disk cache', () => {
  it('serves a second request from disk, then revalidates a stale entry with a 304', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rolefit-cache-test-'));
    directories.push(directory);
    const server = await serve((request, response) => {
      if (request.url !== '/cached') return;
      if (request.headers['if-none-match'] === '"v1"') {
        response.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      response.writeHead(200, {
        etag: '"v1"',
        'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT',
        'content-type': 'text/plain',
      });
      response.end('cached body');
    });
    const client = loopbackClient({ cacheDirectory: directory, cacheTtlMs: 150 });
    const url = `${server.origin}/cached`;
    expect(await client.getText(url)).toMatchObject({ body: 'cached body', fromCache: false });
    expect(await client.getText(url)).toMatchObject({ body: 'cached body', fromCache: true });
    expect(server.requestsFor('/cached')).toHaveLength(1);

    await delay(200);
    expect(await client.getText(url)).toMatchObject({ status: 200, body: 'cached body', fromCache: true });
    const revalidation = server.requestsFor('/cached')[1];
    expect(revalidation?.headers['if-none-match']).toBe('"v1"');
    expect(revalidation?.headers['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');

    // The 304 refreshed the entry: fresh again, no third request; a new client reads the same files.
    expect(
      await createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: directory, cacheTtlMs: 150 }).getText(
        url,
      ),
    ).toMatchObject({ fromCache: true });
    expect(server.requestsFor('/cached')).toHaveLength(2);
  });

  it('keys entries by request headers and honours only-if-cached and no-cache', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rolefit-cache-test-'));
    directories.push(directory);
    let version = 0;
    const server = await serve((request, response) => {
      if (request.url !== '/data') return;
      version += 1;
      response.end(`${request.headers['accept-language'] ?? 'none'} ${version}`);
    });
    const client = loopbackClient({ cacheDirectory: directory });
    const url = `${server.origin}/data`;
    await expect(client.getText(url, { cache: 'only-if-cached' })).rejects.toBeInstanceOf(CacheMissError);
    expect((await client.getText(url, { headers: { 'Accept-Language': 'de' } })).body).toBe('de 1');
    expect((await client.getText(url, { headers: { 'Accept-Language': 'fr' } })).body).toBe('fr 2');
    expect((await client.getText(url, { headers: { 'accept-language': 'de' }, cache: 'only-if-cached' })).body).toBe(
      'de 1',
    );
    expect((await client.getText(url, { headers: { 'accept-language': 'de' }, cache: 'no-cache' })).body).toBe('de 3');
  });

  it('refuses a cache mode it does not know, naming cache and the modes, before any request', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rolefit-cache-test-'));
    directories.push(directory);
    const server = await serve((request, response) => {
      if (request.url === '/data') response.end('fresh');
    });
    const client = loopbackClient({ cacheDirectory: directory });
    const url = `${server.origin}/data`;
    expect((await client.getText(url)).body).toBe('fresh');
    // 'reload' (a fetch() mode) and a typo were served from the cache as 'default' is, without a word.
    for (const [mode, got] of [
      ['reload', '"reload"'],
      ['no_cache', '"no_cache"'],
      [null, 'null'],
      [42, 'a number (42)'],
    ] as const) {
      for (const call of [client.getText, client.getJson]) {
        const error = await call(url, { cache: mode as never }).catch((caught: unknown) => caught);
        expect(error, String(mode)).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).setting, String(mode)).toBe('cache');
        expect((error as Error).message).toBe(
          `Invalid HttpRequestOptions: cache: must be one of default, no-cache, only-if-cached, got ${got}`,
        );
      }
    }
    expect(server.requestsFor('/data')).toHaveLength(1);
  });
});

describe('createHttpClient: redirects and SSRF guard', () => {
  const publicLookup =
    (table: Record<string, string>): LookupFunction =>
    async (hostname) => {
      const address = table[hostname];
      if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return [{ address, family: address.includes(':') ? 6 : 4 }];
    };

  it('follows a redirect to an allowed URL and reports the final URL', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/old') response.writeHead(301, { location: '/new' }).end();
      else if (request.url === '/new') response.end('moved here');
    });
    const response = await loopbackClient().getText(`${server.origin}/old`);
    expect(response).toMatchObject({ body: 'moved here', url: `${server.origin}/new` });
  });

  it('stops after too many redirects', async () => {
    const server = await serve((request, response) => {
      if (request.url?.startsWith('/loop'))
        response.writeHead(302, { location: `/loop${Number(request.url.slice(5) || 0) + 1}` }).end();
    });
    await expect(loopbackClient({ maxRedirects: 3 }).getText(`${server.origin}/loop0`)).rejects.toBeInstanceOf(
      TooManyRedirectsError,
    );
    expect(server.received.filter((request) => request.path.startsWith('/loop'))).toHaveLength(4);
  });

  it('refuses the loopback server unless private networks are allowed', async () => {
    const server = await serve((request, response) => {
      response.end('should not be reached');
    });
    const error = await createHttpClient({ cacheDirectory: false })
      .getText(`${server.origin}/`)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrivateAddressError);
    expect(error).toMatchObject({ host: '127.0.0.1', address: '127.0.0.1' });
    expect(server.received).toHaveLength(0);
  });

  it('never serves a client that refuses private networks a response cached by one that reaches them', async () => {
    // One cache directory (as ~/.cache/rolefit/http is shared by every client): `rolefit crawl --base-url
    // http://127.0.0.1:…` cached the board, and a default client then read it from there, past the guard, until the
    // entry went stale (found crawling a local server as an integrator).
    const directory = await mkdtemp(join(tmpdir(), 'rolefit-cache-test-'));
    directories.push(directory);
    const server = await serve((request, response) => {
      if (request.url === '/board') response.end('private board');
    });
    const url = `${server.origin}/board`;
    const shared = { cacheDirectory: directory, minIntervalMs: 0, maxRetries: 0, respectRobots: false };
    expect(await createHttpClient({ ...shared, allowPrivateNetworks: 'loopback' }).getText(url)).toMatchObject({
      body: 'private board',
      fromCache: false,
    });
    for (const settings of [{}, { allowedHosts: ['example.com'] }]) {
      const guarded = createHttpClient({ ...shared, ...settings });
      for (const cache of ['default', 'only-if-cached'] as const) {
        const error = await guarded.getText(url, { cache }).catch((caught: unknown) => caught);
        expect(error, cache).toBeInstanceOf(cache === 'default' ? PrivateAddressError : CacheMissError);
      }
    }
    expect(server.requestsFor('/board')).toHaveLength(1);
    // Clients of the same scope still share the entry; one allowed everything keeps its own.
    expect(
      await createHttpClient({ ...shared, allowPrivateNetworks: 'loopback' }).getText(url, { cache: 'only-if-cached' }),
    ).toMatchObject({ body: 'private board', fromCache: true });
    expect(await createHttpClient({ ...shared, allowPrivateNetworks: true }).getText(url)).toMatchObject({
      fromCache: false,
    });
    expect(server.requestsFor('/board')).toHaveLength(2);
  });

  it('refuses a host that resolves to 10.x, or to any private address among several', async () => {
    let fetched = 0;
    const fetchSpy: typeof fetch = async () => {
      fetched += 1;
      return new Response('no');
    };
    const lookup: LookupFunction = async (hostname) =>
      hostname === 'mixed.example'
        ? [
            { address: '93.184.216.34', family: 4 },
            { address: '::ffff:169.254.169.254', family: 6 },
          ]
        : [{ address: '10.0.0.5', family: 4 }];
    const client = createHttpClient({ cacheDirectory: false, fetch: fetchSpy, lookup });
    await expect(client.getText('http://intranet.example/admin')).rejects.toMatchObject({
      name: 'PrivateAddressError',
      host: 'intranet.example',
      address: '10.0.0.5',
    });
    await expect(client.getText('http://mixed.example/')).rejects.toMatchObject({
      name: 'PrivateAddressError',
      address: '::ffff:169.254.169.254',
    });
    await expect(client.getText('http://[::1]:8080/')).rejects.toBeInstanceOf(PrivateAddressError);
    expect(fetched).toBe(0);
  });

  it('lets an allow-listed host through', async () => {
    const client = createHttpClient({
      cacheDirectory: false,
      minIntervalMs: 0,
      allowedHosts: ['intranet.example'],
      lookup: publicLookup({ 'intranet.example': '10.0.0.5' }),
      fetch: async (input) =>
        String(input).endsWith('/robots.txt') ? new Response('', { status: 404 }) : new Response('inside'),
    });
    expect((await client.getText('http://intranet.example/')).body).toBe('inside');
  });

  it('re-checks every redirect: refuses a hop to a private address or a non-http scheme', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/to-loopback') response.writeHead(302, { location: `${server.origin}/secret` }).end();
      else if (request.url === '/to-internal')
        response.writeHead(307, { location: 'http://internal.example/metadata' }).end();
      else if (request.url === '/to-file') response.writeHead(302, { location: 'file:///etc/passwd' }).end();
      else if (request.url === '/secret') response.end('secret');
    });
    // public.example resolves to a public address (injected); the injected fetch carries it to the loopback server.
    const client = createHttpClient({
      cacheDirectory: false,
      minIntervalMs: 0,
      lookup: publicLookup({ 'public.example': '93.184.216.34', 'internal.example': '10.0.0.5' }),
      fetch: (input, init) => fetch(String(input).replace('http://public.example', server.origin), init),
    });
    const toLoopback = await client.getText('http://public.example/to-loopback').catch((caught: unknown) => caught);
    expect(toLoopback).toBeInstanceOf(PrivateAddressError);
    expect(toLoopback).toMatchObject({ host: '127.0.0.1', url: `${server.origin}/secret` });
    await expect(client.getText('http://public.example/to-internal')).rejects.toMatchObject({
      name: 'PrivateAddressError',
      host: 'internal.example',
      address: '10.0.0.5',
    });
    await expect(client.getText('http://public.example/to-file')).rejects.toBeInstanceOf(UnsupportedUrlError);
    expect(server.requestsFor('/to-loopback')).toHaveLength(1); // the allowed hop itself was fetched
    expect(server.requestsFor('/secret')).toHaveLength(0);
  });

  it('refuses non-http schemes up front', async () => {
    await expect(loopbackClient().getText('file:///etc/passwd')).rejects.toBeInstanceOf(UnsupportedUrlError);
    await expect(loopbackClient().getText('not a url')).rejects.toBeInstanceOf(UnsupportedUrlError);
  });
});
