/** Base of every error the HTTP layer and the adapters raise for one URL. */
export class CrawlError extends Error {
  override name = 'CrawlError';

  constructor(
    message: string,
    /** The URL the error is about. */
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The server answered with a status that is not a success (after any retries). */
export class HttpStatusError extends CrawlError {
  override name = 'HttpStatusError';

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

  constructor(url: string) {
    super(`robots.txt disallows ${url}`, url);
  }
}

/** The host resolves to (or is) a private, loopback, link-local or otherwise non-public address. */
export class PrivateAddressError extends CrawlError {
  override name = 'PrivateAddressError';

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
}

/** The request did not complete within the configured timeout. */
export class HttpTimeoutError extends CrawlError {
  override name = 'HttpTimeoutError';

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
}

/** More redirects than allowed, or a redirect without a Location. */
export class TooManyRedirectsError extends CrawlError {
  override name = 'TooManyRedirectsError';
}

/** `cache: 'only-if-cached'` was asked and the cache holds no entry for the URL. */
export class CacheMissError extends CrawlError {
  override name = 'CacheMissError';

  constructor(url: string) {
    super(`no cached response for ${url}`, url);
  }
}

/** The body is not valid JSON. */
export class InvalidJsonError extends CrawlError {
  override name = 'InvalidJsonError';
}

/** The server asked to wait (Retry-After on a 429 or 503) longer than the client's `maxRetryDelayMs`. */
export class RateLimitedError extends CrawlError {
  override name = 'RateLimitedError';

  constructor(
    url: string,
    /** The status that carried the Retry-After (429 or 503). */
    readonly status: number,
    /** The wait the server asked for, in ms. */
    readonly retryAfterMs: number,
    /** The most the client waits, in ms. */
    readonly maxRetryDelayMs: number,
  ) {
    super(`${url} asks to retry after ${Math.round(retryAfterMs / 1000)} s (HTTP ${status}), more than the ${Math.round(maxRetryDelayMs / 1000)} s allowed`, url);
  }
}

/** A redirect whose Location is not a URL (it cannot be resolved against the page that sent it). */
export class InvalidRedirectError extends CrawlError {
  override name = 'InvalidRedirectError';

  constructor(
    url: string,
    /** The Location header as sent. */
    readonly location: string,
    options?: { cause?: unknown },
  ) {
    super(`redirect from ${url} has an invalid Location: ${JSON.stringify(location.slice(0, 200))}`, url, options);
  }
}
