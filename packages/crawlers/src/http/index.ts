export {
  createHttpClient,
  defaultCacheDirectory,
  DEFAULT_USER_AGENT,
  type HttpClient,
  type HttpClientSettings,
  type HttpRequestOptions,
  type HttpResponse,
} from './client.js';
export {
  CacheMissError,
  CrawlError,
  type CrawlErrorCode,
  HttpNetworkError,
  HttpStatusError,
  HttpTimeoutError,
  InvalidJsonError,
  InvalidRedirectError,
  PrivateAddressError,
  RateLimitedError,
  ResponseTooLargeError,
  RobotsDisallowedError,
  TooManyRedirectsError,
  UnsupportedUrlError,
} from './errors.js';
export { parseRobotsTxt, type RobotsPolicy } from './robots.js';
export {
  assertPublicHost,
  createCheckedLookup,
  isLoopbackAddress,
  isPrivateAddress,
  defaultLookup,
  type LookupAddress,
  type LookupFunction,
  type PublicHostCheckSettings,
  type ConnectLookup,
} from './ssrf.js';
