import { RolefitError } from '@rolefit/core';

/**
 * The `code` of a {@link CrawlError}: `ROLEFIT_CRAWL` for a CrawlError itself (an adapter's answer of the wrong shape),
 * else its subclass's (`ROLEFIT_HTTP_STATUS` for an HttpStatusError, …).
 */
export type CrawlErrorCode =
  | 'ROLEFIT_CRAWL'
  | 'ROLEFIT_HTTP_STATUS'
  | 'ROLEFIT_RESPONSE_TOO_LARGE'
  | 'ROLEFIT_ROBOTS_DISALLOWED'
  | 'ROLEFIT_PRIVATE_ADDRESS'
  | 'ROLEFIT_UNSUPPORTED_URL'
  | 'ROLEFIT_HTTP_TIMEOUT'
  | 'ROLEFIT_HTTP_NETWORK'
  | 'ROLEFIT_TOO_MANY_REDIRECTS'
  | 'ROLEFIT_CACHE_MISS'
  | 'ROLEFIT_INVALID_JSON'
  | 'ROLEFIT_RATE_LIMITED'
  | 'ROLEFIT_INVALID_REDIRECT';

/** Base of every error the HTTP layer and the adapters raise for one URL (a RolefitError; each class has its own `code`). */
export class CrawlError extends RolefitError {
  override name = 'CrawlError';
  /** `ROLEFIT_CRAWL`, or the subclass's own code. */
  declare readonly code: CrawlErrorCode;

  constructor(
    message: string,
    /** The URL the error is about. */
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super('ROLEFIT_CRAWL', message, { cause: options?.cause });
  }
}

/** The server answered with a status that is not a success (after any retries). */
export class HttpStatusError extends CrawlError {
  override name = 'HttpStatusError';
  override readonly code = 'ROLEFIT_HTTP_STATUS' as const;

  constructor(
    /** The HTTP status received. */
    readonly status: number,
    url: string,
  ) {
    super(`HTTP ${status} from ${url}`, url);
  }
}

/** The decoded body grew past the configured cap; the transfer was aborted. */
export class ResponseTooLargeError extends CrawlError {
  override name = 'ResponseTooLargeError';
  override readonly code = 'ROLEFIT_RESPONSE_TOO_LARGE' as const;

  constructor(
    url: string,
    /** The cap, in bytes. */
    readonly maxBytes: number,
  ) {
    super(`response from ${url} is larger than ${maxBytes} bytes`, url);
  }
}

/** The site's robots.txt forbids the URL for our user agent. */
export class RobotsDisallowedError extends CrawlError {
  override name = 'RobotsDisallowedError';
  override readonly code = 'ROLEFIT_ROBOTS_DISALLOWED' as const;

  constructor(url: string) {
    super(`robots.txt disallows ${url}`, url);
  }
}

/** The host resolves to (or is) a private, loopback, link-local or otherwise non-public address. */
export class PrivateAddressError extends CrawlError {
  override name = 'PrivateAddressError';
  override readonly code = 'ROLEFIT_PRIVATE_ADDRESS' as const;

  constructor(
    url: string,
    /** The host name of the URL. */
    readonly host: string,
    /** The non-public address it resolved to. */
    readonly address: string,
  ) {
    super(`refusing ${url}: host ${host} resolves to non-public address ${address}`, url);
  }
}

/** The URL uses a scheme other than http or https (e.g. a redirect to `file:`). */
export class UnsupportedUrlError extends CrawlError {
  override name = 'UnsupportedUrlError';
  override readonly code = 'ROLEFIT_UNSUPPORTED_URL' as const;
}

/** The request did not complete within the configured timeout. */
export class HttpTimeoutError extends CrawlError {
  override name = 'HttpTimeoutError';
  override readonly code = 'ROLEFIT_HTTP_TIMEOUT' as const;

  constructor(
    url: string,
    /** The timeout, in milliseconds. */
    readonly timeoutMs: number,
  ) {
    super(`request to ${url} timed out after ${timeoutMs} ms`, url);
  }
}

/** The connection failed (DNS, refused, reset) on every attempt. */
export class HttpNetworkError extends CrawlError {
  override name = 'HttpNetworkError';
  override readonly code = 'ROLEFIT_HTTP_NETWORK' as const;
}

/** More redirects than allowed, or a redirect without a Location. */
export class TooManyRedirectsError extends CrawlError {
  override name = 'TooManyRedirectsError';
  override readonly code = 'ROLEFIT_TOO_MANY_REDIRECTS' as const;
}

/** `cache: 'only-if-cached'` was asked and the cache holds no entry for the URL. */
export class CacheMissError extends CrawlError {
  override name = 'CacheMissError';
  override readonly code = 'ROLEFIT_CACHE_MISS' as const;

  constructor(url: string) {
    super(`no cached response for ${url}`, url);
  }
}

/** The body is not valid JSON. */
export class InvalidJsonError extends CrawlError {
  override name = 'InvalidJsonError';
  override readonly code = 'ROLEFIT_INVALID_JSON' as const;
}

/** The server asked to wait (Retry-After on a 429 or 503) longer than the client's `maxRetryDelayMs`. */
export class RateLimitedError extends CrawlError {
  override name = 'RateLimitedError';
  override readonly code = 'ROLEFIT_RATE_LIMITED' as const;

  constructor(
    url: string,
    /** The status that carried the Retry-After (429 or 503). */
    readonly status: number,
    /** The wait the server asked for, in ms. */
    readonly retryAfterMs: number,
    /** The most the client waits, in ms. */
    readonly maxRetryDelayMs: number,
  ) {
    super(
      `${url} asks to retry after ${Math.round(retryAfterMs / 1000)} s (HTTP ${status}), more than the ${Math.round(maxRetryDelayMs / 1000)} s allowed`,
      url,
    );
  }
}

/** A redirect whose Location is not a URL (it cannot be resolved against the page that sent it). */
export class InvalidRedirectError extends CrawlError {
  override name = 'InvalidRedirectError';
  override readonly code = 'ROLEFIT_INVALID_REDIRECT' as const;

  constructor(
    url: string,
    /** The Location header as sent. */
    readonly location: string,
    options?: { cause?: unknown },
  ) {
    super(`redirect from ${url} has an invalid Location: ${JSON.stringify(location.slice(0, 200))}`, url, options);
  }
}
