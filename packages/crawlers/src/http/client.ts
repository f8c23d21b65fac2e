import { homedir, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import {
  honoursRetryAfter,
  invalidSetting,
  isRetryableStatus,
  parseRetryAfter,
  rejectUnknownKeys,
  retry,
  type FetchFunction,
} from '@rolefit/core';
import {
  checkNumberSetting,
  checkRecordArgument,
  checkSignalOption,
  describeValue,
  readBodyPrefix,
} from '@rolefit/core/internal';
import { Agent, fetch as undiciFetch } from 'undici';
import { createResponseCache, type CacheEntry, type ResponseCache } from './cache.js';
import {
  CacheMissError,
  CrawlError,
  HttpNetworkError,
  HttpStatusError,
  HttpTimeoutError,
  InvalidJsonError,
  InvalidRedirectError,
  RateLimitedError,
  ResponseTooLargeError,
  RobotsDisallowedError,
  TooManyRedirectsError,
  UnsupportedUrlError,
} from './errors.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobotsTxt, type RobotsPolicy } from './robots.js';
import { createRequestScheduler } from './scheduler.js';
import { assertPublicHost, createCheckedLookup, type LookupFunction } from './ssrf.js';

/** The User-Agent sent unless settings name another. */
export const DEFAULT_USER_AGENT = 'Rolefit/0.1 (+https://github.com/rolefit/rolefit)';

/** Settings for {@link createHttpClient}; every field has a polite default. */
export interface HttpClientSettings {
  /**
   * The fetch to use. By default, undici's fetch through an agent whose sockets connect only to the addresses the
   * private-address check accepted (DNS pinning: no rebinding between check and connect); with
   * `allowPrivateNetworks: true`, the global fetch. It is called with the URL as a string (see `FetchFunction`).
   */
  fetch?: FetchFunction | undefined;
  /** User-Agent header (default {@link DEFAULT_USER_AGENT}). */
  userAgent?: string | undefined;
  /** Token matched against robots.txt `User-agent` lines (default the User-Agent up to its first `/`). */
  robotsProductToken?: string | undefined;
  /** Least time between request starts to one host (host:port), in ms (default 1000). */
  minIntervalMs?: number | undefined;
  /** Most requests in flight to one host (default 2). */
  perHostConcurrency?: number | undefined;
  /** Most requests in flight overall (default 8). */
  globalConcurrency?: number | undefined;
  /** Retries after the first attempt, for network errors and core's retryable statuses (408, 429, 500, 502, 503, 504; default 3). */
  maxRetries?: number | undefined;
  /** First backoff ceiling, doubled each retry; the wait is a random share of it (default 500). */
  retryBaseDelayMs?: number | undefined;
  /** Cap on any wait between attempts (default 30000); a Retry-After above it fails with RateLimitedError at once. */
  maxRetryDelayMs?: number | undefined;
  /** Per-attempt limit for connecting and reading the body, in ms (default 30000). */
  timeoutMs?: number | undefined;
  /** Largest decoded body accepted, in bytes (default 10 MB). */
  maxResponseBytes?: number | undefined;
  /** Most redirects followed (default 5). */
  maxRedirects?: number | undefined;
  /** Obey robots.txt (default true). */
  respectRobots?: boolean | undefined;
  /**
   * Directory of the on-disk cache, or false for none (default {@link defaultCacheDirectory}: a per-user directory).
   * It is created with mode 0700; a directory that is a symbolic link, belongs to another user or is writable by
   * others is not used (no caching). Entries are checked against the URL asked for and their body's SHA-256.
   */
  cacheDirectory?: string | false | undefined;
  /** How long a cached response is served without asking the server, in ms (default 24 h). */
  cacheTtlMs?: number | undefined;
  /**
   * Allow hosts that resolve to private, loopback or link-local addresses (default false); `'loopback'` allows
   * loopback addresses only (127.0.0.0/8, ::1), which is all tests against a local server need.
   */
  allowPrivateNetworks?: boolean | 'loopback' | undefined;
  /** Host names allowed even when they resolve to private addresses. */
  allowedHosts?: readonly string[] | undefined;
  /** Resolver used by the private-address check (default `dns.lookup`). */
  lookup?: LookupFunction | undefined;
  /**
   * How long robots.txt that answered 429 or 5xx, or could not be fetched, counts as disallow-all before it is
   * asked for again, in ms (default 10 minutes; Google's semantics).
   */
  robotsErrorTtlMs?: number | undefined;
}

/**
 * The default cache directory: `$XDG_CACHE_HOME/rolefit/http`, else `~/.cache/rolefit/http`, else (no home
 * directory) `os.tmpdir()/rolefit-http-cache-<uid>`. Per user, never a shared, predictable path in /tmp.
 */
export function defaultCacheDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  checkRecordArgument('defaultCacheDirectory', 'environment', environment, 'an environment like process.env');
  const xdg = environment.XDG_CACHE_HOME;
  if (typeof xdg === 'string' && xdg.startsWith('/')) return join(xdg, 'rolefit', 'http');
  let home = '';
  try {
    home = homedir();
  } catch {
    home = '';
  }
  if (home) return join(home, '.cache', 'rolefit', 'http');
  let user = 'user';
  try {
    user = String(userInfo().uid >= 0 ? userInfo().uid : userInfo().username);
  } catch {
    user = String(process.getuid?.() ?? 'user');
  }
  return join(tmpdir(), `rolefit-http-cache-${user}`);
}

/** Per-request options. */
export interface HttpRequestOptions {
  /** Aborts waiting for a slot, backoff sleeps and the request in flight. */
  signal?: AbortSignal | undefined;
  /** Extra request headers; they are part of the cache key. */
  headers?: Record<string, string> | undefined;
  /** `default`: serve fresh entries; `no-cache`: always revalidate; `only-if-cached`: never touch the network. */
  cache?: 'default' | 'no-cache' | 'only-if-cached' | undefined;
}

/** The modes of {@link HttpRequestOptions.cache}; another value is refused. */
const CACHE_MODES = ['default', 'no-cache', 'only-if-cached'] as const satisfies ReadonlyArray<
  NonNullable<HttpRequestOptions['cache']>
>;

/** Every request option, so a mistyped one (`header`) is refused, as a factory's settings are. */
const HTTP_REQUEST_OPTION_NAMES = { signal: true, headers: true, cache: true } satisfies Record<
  keyof HttpRequestOptions,
  true
>;

/** A successful response. */
export interface HttpResponse<Body> {
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  body: Body;
  /** True when the body came from the disk cache (fresh, or revalidated by a 304). */
  fromCache: boolean;
  /** The final URL, after redirects. */
  url: string;
}

/** The polite HTTP client every adapter uses. */
export interface HttpClient {
  /** GETs a URL and returns its body as text. */
  getText(url: string, options?: HttpRequestOptions): Promise<HttpResponse<string>>;
  /** GETs a URL and parses its body as JSON (not validated: check the shape yourself). */
  getJson<T = unknown>(url: string, options?: HttpRequestOptions): Promise<HttpResponse<T>>;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  url: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ROBOTS_MAX_BYTES = 512 * 1024; // RFC 9309 asks crawlers to parse at least 500 KiB

/** Waits for a shared promise, but lets one caller's signal stop its own wait. */
function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value;
  });
  return record;
}

function lowerCaseKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) result[name.toLowerCase()] = value;
  return result;
}

function decoderFor(contentType: string | null): TextDecoder {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8'); // unknown label: UTF-8 is the web's default
  }
}

function isPermittedScheme(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

const HTTP_CLIENT_SETTING_NAMES = {
  fetch: true,
  userAgent: true,
  robotsProductToken: true,
  minIntervalMs: true,
  perHostConcurrency: true,
  globalConcurrency: true,
  maxRetries: true,
  retryBaseDelayMs: true,
  maxRetryDelayMs: true,
  timeoutMs: true,
  maxResponseBytes: true,
  maxRedirects: true,
  respectRobots: true,
  cacheDirectory: true,
  cacheTtlMs: true,
  allowPrivateNetworks: true,
  allowedHosts: true,
  lookup: true,
  robotsErrorTtlMs: true,
} as const satisfies Record<keyof HttpClientSettings, true>;

/** Undici's fetch through an agent whose connections resolve names with the private-address check (DNS pinning). */
function pinnedFetch(settings: HttpClientSettings): FetchFunction {
  const allowedHosts = new Set((settings.allowedHosts ?? []).map((host) => host.toLowerCase()));
  const dispatcher = new Agent({
    connect: {
      lookup: createCheckedLookup({
        lookup: settings.lookup,
        allowedHosts,
        allowLoopback: settings.allowPrivateNetworks === 'loopback',
      }),
    },
  });
  // undici's own Response type is the global one in all but name.
  return (url, init) => undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>;
}

/** The first CrawlError among an error's causes (fetch wraps connection failures in a TypeError). */
function crawlErrorCause(error: unknown): CrawlError | undefined {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if (current instanceof CrawlError) return current;
    current = current.cause;
  }
  return undefined;
}

/** Creates the polite HTTP client: rate limits, retries, timeouts, size cap, robots.txt, disk cache, SSRF guard. */
export function createHttpClient(settings: HttpClientSettings = {}): HttpClient {
  // A typo'd setting (`maxRetry`) is a ValidationError naming the nearest one, never silently ignored.
  rejectUnknownKeys('HttpClientSettings', settings, HTTP_CLIENT_SETTING_NAMES);
  // Counts are whole numbers, durations finite: NaN, Infinity or a negative number is a ValidationError naming the setting.
  const count = (name: keyof HttpClientSettings, min: number) =>
    checkNumberSetting('HttpClientSettings', name, settings[name], { integer: true, min });
  const milliseconds = (name: keyof HttpClientSettings, min: number) =>
    checkNumberSetting('HttpClientSettings', name, settings[name], { min });
  const fetchImpl =
    settings.fetch ?? (settings.allowPrivateNetworks === true ? globalThis.fetch : pinnedFetch(settings));
  const userAgent = settings.userAgent ?? DEFAULT_USER_AGENT;
  const productToken = settings.robotsProductToken ?? userAgent.split('/')[0]?.trim() ?? userAgent;
  const maxRetries = count('maxRetries', 0) ?? 3;
  const retryBaseDelayMs = milliseconds('retryBaseDelayMs', 0) ?? 500;
  const maxRetryDelayMs = milliseconds('maxRetryDelayMs', 0) ?? 30_000;
  const timeoutMs = milliseconds('timeoutMs', 1) ?? 30_000;
  const maxResponseBytes = count('maxResponseBytes', 1) ?? 10 * 1024 * 1024;
  const maxRedirects = count('maxRedirects', 0) ?? 5;
  const respectRobots = settings.respectRobots ?? true;
  const cacheTtlMs = milliseconds('cacheTtlMs', 0) ?? 24 * 60 * 60 * 1000;
  const allowedHosts = new Set((settings.allowedHosts ?? []).map((host) => host.toLowerCase()));
  // Which addresses this client may reach, part of every cache key: the cache directory is shared (by default
  // ~/.cache/rolefit/http, by every client and process), and a response fetched from 127.0.0.1 or an allow-listed
  // private host was served to a client that refuses private networks, without a request for the guard to stop.
  const networkScope =
    settings.allowPrivateNetworks === true
      ? 'any'
      : JSON.stringify([
          settings.allowPrivateNetworks === 'loopback' ? 'loopback' : 'public',
          [...allowedHosts].sort(),
        ]);
  const cache: ResponseCache | undefined =
    settings.cacheDirectory === false
      ? undefined
      : createResponseCache(settings.cacheDirectory ?? defaultCacheDirectory());
  const robotsErrorTtlMs = milliseconds('robotsErrorTtlMs', 0) ?? 10 * 60 * 1000;
  const scheduler = createRequestScheduler({
    minIntervalMs: milliseconds('minIntervalMs', 0) ?? 1000,
    perHostConcurrency: count('perHostConcurrency', 1) ?? 2,
    globalConcurrency: count('globalConcurrency', 1) ?? 8,
  });
  // Per origin: the policy, and until when it holds (disallow-all after an error holds for robotsErrorTtlMs only).
  const robotsByOrigin = new Map<string, { policy: Promise<RobotsPolicy>; until: number }>();

  function robotsFor(url: URL): Promise<RobotsPolicy> {
    const known = robotsByOrigin.get(url.origin);
    if (known && Date.now() < known.until) return known.policy;
    const entry = { policy: Promise.resolve(DISALLOW_ALL), until: Number.POSITIVE_INFINITY };
    const failed = () => {
      entry.until = Date.now() + robotsErrorTtlMs;
      return DISALLOW_ALL;
    };
    // Fetched once per origin and shared; no caller signal, so one caller's abort does not spoil it for others.
    entry.policy = fetchWithRetries(new URL('/robots.txt', url.origin), { accept: 'text/plain' }, undefined, {
      robots: false,
      maxBytes: ROBOTS_MAX_BYTES,
    }).then(
      (response) => {
        if (response.status >= 200 && response.status < 300) return parseRobotsTxt(response.body, productToken);
        // 429 and 5xx: assume complete disallow for a while (RFC 9309, Google); other 4xx: no rules, allow all.
        if (response.status === 429 || response.status >= 500) return failed();
        return response.status >= 400 ? ALLOW_ALL : failed();
      },
      // Unreachable robots.txt (rate-limited past the retry cap, or its host refused by the SSRF guard) counts as a
      // server error: disallow all, for a while.
      failed,
    );
    robotsByOrigin.set(url.origin, entry);
    return entry.policy;
  }

  async function checkTarget(url: URL, signal: AbortSignal | undefined, robots: boolean): Promise<void> {
    if (!isPermittedScheme(url))
      throw new UnsupportedUrlError(`refusing ${url.href}: only http and https are fetched`, url.href);
    if (settings.allowPrivateNetworks !== true) {
      try {
        await withSignal(
          assertPublicHost(url, {
            lookup: settings.lookup,
            allowedHosts,
            allowLoopback: settings.allowPrivateNetworks === 'loopback',
          }),
          signal,
        );
      } catch (error) {
        if (error instanceof CrawlError || signal?.aborted) throw error;
        throw new HttpNetworkError(`cannot resolve ${url.hostname}: ${(error as Error).message}`, url.href, {
          cause: error,
        });
      }
    }
    if (robots && !(await withSignal(robotsFor(url), signal)).isAllowed(`${url.pathname}${url.search}`)) {
      throw new RobotsDisallowedError(url.href);
    }
  }

  async function readCappedBody(response: Response, url: string, maxBytes: number): Promise<string> {
    // Content-Length is a hint for an early refusal only; the stream is counted either way
    // (it may be missing, wrong, or describe compressed bytes).
    const declared = Number(response.headers.get('content-length'));
    if (!response.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(url, maxBytes);
    }
    const { bytes, complete } = await readBodyPrefix(response.body, maxBytes);
    if (!complete) throw new ResponseTooLargeError(url, maxBytes);
    return decoderFor(response.headers.get('content-type')).decode(bytes);
  }

  /** One attempt: follows redirects by hand so each hop passes the scheme, SSRF and robots checks. */
  async function fetchFollowingRedirects(
    start: URL,
    requestHeaders: Record<string, string>,
    signal: AbortSignal | undefined,
    limits: { robots: boolean; maxBytes: number },
  ): Promise<RawResponse> {
    let current = start;
    let headers = requestHeaders;
    for (let hop = 0; ; hop++) {
      await checkTarget(current, signal, limits.robots);
      const release = await scheduler.acquire(current.host, signal);
      const timeoutSignal = AbortSignal.timeout(timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeoutSignal]) : timeoutSignal;
      const translate = (error: unknown): unknown => {
        if (error instanceof CrawlError) return error;
        if (signal?.aborted) return signal.reason;
        // A refusal by the pinned lookup arrives as the cause of fetch's TypeError.
        const refusal = crawlErrorCause(error);
        if (refusal) return refusal;
        if (timeoutSignal.aborted) return new HttpTimeoutError(current.href, timeoutMs);
        return new HttpNetworkError(`request to ${current.href} failed: ${(error as Error).message}`, current.href, {
          cause: error,
        });
      };
      try {
        let response: Response;
        try {
          response = await fetchImpl(current.href, {
            headers: { ...headers, 'user-agent': userAgent },
            redirect: 'manual',
            signal: combined,
          });
        } catch (error) {
          throw translate(error);
        }
        if (REDIRECT_STATUSES.has(response.status)) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get('location');
          if (!location) throw new TooManyRedirectsError(`redirect from ${current.href} has no Location`, current.href);
          if (hop >= maxRedirects)
            throw new TooManyRedirectsError(`more than ${maxRedirects} redirects from ${start.href}`, start.href);
          let next: URL;
          try {
            next = new URL(location, current);
          } catch (error) {
            throw new InvalidRedirectError(current.href, location, { cause: error });
          }
          if (next.origin !== current.origin) {
            // Credentials meant for one origin must not leak to another.
            const { authorization: _authorization, cookie: _cookie, ...rest } = headers;
            headers = rest;
          }
          current = next;
          continue;
        }
        let body = '';
        if (response.status >= 200 && response.status < 300) {
          try {
            body = await readCappedBody(response, current.href, limits.maxBytes);
          } catch (error) {
            throw translate(error);
          }
        } else {
          await response.body?.cancel().catch(() => undefined);
        }
        return { status: response.status, headers: headersToRecord(response.headers), body, url: current.href };
      } finally {
        release();
      }
    }
  }

  async function fetchWithRetries(
    url: URL,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    limits: { robots: boolean; maxBytes: number },
  ): Promise<RawResponse> {
    return retry((): Promise<RawResponse> => fetchFollowingRedirects(url, headers, signal, limits), {
      maxRetries,
      baseDelayMs: retryBaseDelayMs,
      maxDelayMs: maxRetryDelayMs,
      signal,
      shouldRetry: (outcome) => {
        // Only connection failures are retried; timeouts, aborts and policy refusals are final.
        if (!outcome.ok) return outcome.error instanceof HttpNetworkError;
        const response = outcome.value;
        if (!isRetryableStatus(response.status)) return false;
        const retryAfter = honoursRetryAfter(response.status)
          ? parseRetryAfter(response.headers['retry-after'])
          : undefined;
        // A server asking for a longer wait than we allow is not retried early (that would ignore its request).
        if (retryAfter !== undefined && retryAfter > maxRetryDelayMs)
          throw new RateLimitedError(response.url, response.status, retryAfter, maxRetryDelayMs);
        return retryAfter ?? true;
      },
    });
  }

  const fromEntry = (entry: CacheEntry): HttpResponse<string> => ({
    status: entry.status,
    headers: entry.headers,
    body: entry.body,
    fromCache: true,
    url: entry.finalUrl,
  });

  async function store(key: string | undefined, entry: CacheEntry): Promise<void> {
    if (!cache || key === undefined) return;
    // The cache is an optimisation: a full disk or read-only directory must not fail the crawl.
    await cache.write(key, entry).catch(() => undefined);
  }

  async function getText(url: string, options: HttpRequestOptions = {}): Promise<HttpResponse<string>> {
    // null, a number or an unknown key is a ValidationError naming HttpRequestOptions, not a TypeError on options.signal.
    rejectUnknownKeys('HttpRequestOptions', options, HTTP_REQUEST_OPTION_NAMES);
    const signal = checkSignalOption('HttpRequestOptions', options.signal);
    const mode = options.cache === undefined ? 'default' : options.cache;
    // 'reload' or a typo was served like 'default', silently.
    if (!(CACHE_MODES as readonly unknown[]).includes(mode))
      throw invalidSetting(
        'HttpRequestOptions',
        'cache',
        `must be one of ${CACHE_MODES.join(', ')}, got ${typeof mode === 'string' ? JSON.stringify(mode.slice(0, 100)) : describeValue(mode)}`,
      );
    signal?.throwIfAborted();
    let target: URL;
    try {
      target = new URL(url);
    } catch (error) {
      throw new UnsupportedUrlError(`not an absolute URL: ${url}`, url, { cause: error });
    }
    if (!isPermittedScheme(target))
      throw new UnsupportedUrlError(`refusing ${target.href}: only http and https are fetched`, target.href);
    const requestHeaders = lowerCaseKeys({ accept: '*/*', ...options.headers });
    const key = cache?.keyFor(target.href, requestHeaders, networkScope);
    const entry = cache && key !== undefined ? await cache.read(key, target.href) : undefined;
    if (mode === 'only-if-cached') {
      if (!entry) throw new CacheMissError(target.href);
      return fromEntry(entry);
    }
    if (mode === 'default' && entry && Date.now() - entry.storedAt < cacheTtlMs) return fromEntry(entry);
    const conditional: Record<string, string> = {};
    if (entry?.headers.etag) conditional['if-none-match'] = entry.headers.etag;
    if (entry?.headers['last-modified']) conditional['if-modified-since'] = entry.headers['last-modified'];
    const response = await fetchWithRetries(target, { ...requestHeaders, ...conditional }, signal, {
      robots: respectRobots,
      maxBytes: maxResponseBytes,
    });
    if (response.status === 304 && entry) {
      // A 304 may update validators and dates; its own length describes an empty body, so it is dropped.
      const { 'content-length': _length, ...updated } = response.headers;
      const refreshed: CacheEntry = { ...entry, headers: { ...entry.headers, ...updated }, storedAt: Date.now() };
      await store(key, refreshed);
      return fromEntry(refreshed);
    }
    if (response.status < 200 || response.status >= 300) throw new HttpStatusError(response.status, response.url);
    if (response.status === 200 && !/no-store/i.test(response.headers['cache-control'] ?? '')) {
      await store(key, {
        url: target.href,
        finalUrl: response.url,
        status: response.status,
        headers: response.headers,
        body: response.body,
        storedAt: Date.now(),
      });
    }
    return { ...response, fromCache: false };
  }

  return {
    getText,
    async getJson<T = unknown>(url: string, options: HttpRequestOptions = {}): Promise<HttpResponse<T>> {
      rejectUnknownKeys('HttpRequestOptions', options, HTTP_REQUEST_OPTION_NAMES);
      const response = await getText(url, { ...options, headers: { accept: 'application/json', ...options.headers } });
      try {
        return { ...response, body: JSON.parse(response.body) as T };
      } catch (error) {
        throw new InvalidJsonError(
          `response from ${response.url} is not valid JSON: ${(error as Error).message}`,
          response.url,
          { cause: error },
        );
      }
    },
  };
}
