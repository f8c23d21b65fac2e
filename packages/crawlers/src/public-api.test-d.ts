// Type-level checks of what an integrator of @rolefit/crawlers relies on, imported by package name as an app would:
// required settings, misspelt or mistyped settings refused, an injectable fetch, and precise crawl results.
import {
  type Course,
  type Crawler,
  type CrawlOptions,
  type CrawlProgressEvent,
  isRolefitError,
  type Job,
} from '@rolefit/core';
import {
  CacheMissError,
  CrawlError,
  type CrawlErrorCode,
  createCourseraCrawler,
  createDiceCrawler,
  createFileCrawler,
  createGreenhouseCrawler,
  createHhCrawler,
  createHttpClient,
  createJsonLdCrawler,
  createLeverCrawler,
  createLinkedInCrawler,
  createMuseCrawler,
  createRefreshScheduler,
  FileRecordError,
  FileSourceError,
  type HttpClient,
  type HttpClientSettings,
  type HttpResponse,
  HttpStatusError,
  HttpTimeoutError,
  RateLimitedError,
  type RefreshResult,
  SourceRecordError,
} from '@rolefit/crawlers';
import { fetch as undiciFetch } from 'undici';
import { assertType, describe, expectTypeOf, it } from 'vitest';

describe('crawler factories', () => {
  it('return a Crawler of jobs (courses for Coursera)', () => {
    expectTypeOf(createGreenhouseCrawler).returns.toEqualTypeOf<Crawler<Job>>();
    expectTypeOf(createLeverCrawler).returns.toEqualTypeOf<Crawler<Job>>();
    expectTypeOf(createMuseCrawler).returns.toEqualTypeOf<Crawler<Job>>();
    expectTypeOf(createDiceCrawler).returns.toEqualTypeOf<Crawler<Job>>();
    expectTypeOf(createHhCrawler).returns.toEqualTypeOf<Crawler<Job>>();
    expectTypeOf(createLinkedInCrawler).returns.toEqualTypeOf<Crawler<Job>>();
    expectTypeOf(createJsonLdCrawler).returns.toEqualTypeOf<Crawler<Job>>();
    expectTypeOf(createFileCrawler).returns.toEqualTypeOf<Crawler<Job>>();
    expectTypeOf(createCourseraCrawler).returns.toEqualTypeOf<Crawler<Course>>();
  });

  it('require what names the source', () => {
    assertType<Crawler<Job>>(createGreenhouseCrawler({ board: 'acme' }));
    assertType<Crawler<Job>>(createLeverCrawler({ company: 'acme', pageSize: 50 }));
    assertType<Crawler<Job>>(createHhCrawler({ text: 'nurse', host: 'hh.uz', area: ['1', '2'] }));
    assertType<Crawler<Job>>(createLinkedInCrawler({ keywords: 'nurse', workplace: ['remote'], jobTypes: ['F'] }));
    assertType<Crawler<Job>>(createDiceCrawler({ apiKey: 'key', postedWithin: 'SEVEN' }));
    assertType<Crawler<Job>>(createFileCrawler({ path: 'jobs.csv', format: 'csv', delimiter: ';' }));
    assertType<Crawler<Course>>(createCourseraCrawler({ query: 'sql' }));
    assertType<Crawler<Job>>(createMuseCrawler());
    // @ts-expect-error the board is required
    createGreenhouseCrawler({});
    // @ts-expect-error the company is required
    createLeverCrawler({ companyName: 'Acme' });
    // @ts-expect-error the search text is required
    createHhCrawler({ area: '1' });
    // @ts-expect-error the Dice API key is required
    createDiceCrawler({ query: 'nurse' });
    // @ts-expect-error the path is required
    createFileCrawler({ format: 'jsonl' });
    // @ts-expect-error Greenhouse has no default board
    createGreenhouseCrawler();
  });

  it('refuse misspelt settings and wrong values', () => {
    // @ts-expect-error boardToken is not a setting (board is)
    createGreenhouseCrawler({ board: 'acme', boardToken: 'acme' });
    // @ts-expect-error hh.kz is not a supported host
    createHhCrawler({ text: 'nurse', host: 'hh.kz' });
    // @ts-expect-error LinkedIn experience levels are its numeric codes
    createLinkedInCrawler({ keywords: 'nurse', experienceLevels: ['senior'] });
    // @ts-expect-error postedWithin is ONE, THREE or SEVEN
    createDiceCrawler({ apiKey: 'key', postedWithin: 'MONTH' });
    // @ts-expect-error xml is not a file format
    createFileCrawler({ path: 'jobs.xml', format: 'xml' });
    // @ts-expect-error the HTTP client is an HttpClient, not its settings
    createGreenhouseCrawler({ board: 'acme', http: { userAgent: 'me' } });
  });
});

describe('crawl', () => {
  it('yields typed items and takes typed options', async () => {
    const crawler = createGreenhouseCrawler({ board: 'acme' });
    expectTypeOf(crawler.name).toEqualTypeOf<string>();
    expectTypeOf(crawler.crawl).parameters.toEqualTypeOf<[options?: CrawlOptions]>();
    expectTypeOf(crawler.crawl()).toEqualTypeOf<AsyncIterable<Job>>();
    for await (const job of crawler.crawl({ limit: 10, since: new Date(), signal: AbortSignal.timeout(1000) })) {
      expectTypeOf(job.id).toEqualTypeOf<string>();
      expectTypeOf(job.postedAt).toEqualTypeOf<Date | undefined>();
    }
    for await (const course of createCourseraCrawler({ query: 'sql' }).crawl())
      expectTypeOf(course.durationHours).toEqualTypeOf<number | undefined>();
    // @ts-expect-error since is a Date
    crawler.crawl({ since: '2024-01-01' });
    // @ts-expect-error max is not a crawl option (limit is)
    crawler.crawl({ max: 10 });
  });

  it('reports progress as a union that narrows on type', () => {
    createFileCrawler({ path: 'jobs.jsonl' }).crawl({
      onProgress(event) {
        expectTypeOf(event).toEqualTypeOf<CrawlProgressEvent>();
        if (event.type === 'error') expectTypeOf(event.error).toEqualTypeOf<Error>();
        if (event.type === 'done') expectTypeOf(event.items).toEqualTypeOf<number>();
        if (event.type === 'page') expectTypeOf(event.url).toEqualTypeOf<string | undefined>();
        // @ts-expect-error an item event has no error
        if (event.type === 'item') void event.error;
      },
    });
  });

  it('lets a custom source implement Crawler', () => {
    const mine: Crawler<Job> = {
      name: 'mine',
      async *crawl(options) {
        expectTypeOf(options).toEqualTypeOf<CrawlOptions | undefined>();
        yield* [] as Job[];
      },
    };
    assertType<Crawler<Job>>(mine);
    // @ts-expect-error crawl yields asynchronously
    assertType<Crawler<Job>>({ name: 'sync', crawl: (): Job[] => [] });
    // @ts-expect-error a crawler has a name
    assertType<Crawler<Job>>({ crawl: createMuseCrawler().crawl });
  });
});

describe('the HTTP client', () => {
  it('takes an injected fetch: the global one, undici’s, or a stub', () => {
    assertType<HttpClient>(createHttpClient({ fetch: globalThis.fetch }));
    assertType<HttpClient>(createHttpClient({ fetch: undiciFetch }));
    // A test stub that answers every request with one response.
    const stub = async (_url: string) => new Response('{}', { status: 200 });
    assertType<HttpClient>(createHttpClient({ fetch: stub }));
    assertType<HttpClient>(
      createGreenhouseCrawler({ board: 'acme', http: createHttpClient({ fetch: stub }) }) && createHttpClient(),
    );
    // @ts-expect-error fetch must return a promise of a Response
    createHttpClient({ fetch: async (_url: string) => '{}' });
  });

  it('refuses misspelt settings', () => {
    // @ts-expect-error timeout is spelt timeoutMs
    createHttpClient({ timeout: 1000 });
    // @ts-expect-error allowPrivateNetworks is a boolean or loopback
    createHttpClient({ allowPrivateNetworks: 'all' });
    expectTypeOf<HttpClientSettings['cacheDirectory']>().toEqualTypeOf<string | false | undefined>();
  });

  it('answers typed responses', async () => {
    const http = createHttpClient();
    expectTypeOf(await http.getText('https://example.com')).toEqualTypeOf<HttpResponse<string>>();
    expectTypeOf((await http.getJson('https://example.com')).body).toEqualTypeOf<unknown>();
    expectTypeOf((await http.getJson<{ jobs: string[] }>('https://example.com')).body.jobs).toEqualTypeOf<string[]>();
  });

  it('throws errors that narrow by class', () => {
    const error: unknown = undefined;
    if (error instanceof HttpStatusError) expectTypeOf(error.status).toEqualTypeOf<number>();
    if (error instanceof RateLimitedError) expectTypeOf(error.retryAfterMs).toEqualTypeOf<number>();
    if (error instanceof CrawlError) expectTypeOf(error.url).toEqualTypeOf<string>();
  });

  it('throws errors whose code is that of their class, the union of the family for CrawlError', () => {
    expectTypeOf<CrawlError['code']>().toEqualTypeOf<CrawlErrorCode>();
    expectTypeOf<'ROLEFIT_CRAWL'>().toExtend<CrawlErrorCode>();
    expectTypeOf<HttpStatusError['code']>().toEqualTypeOf<'ROLEFIT_HTTP_STATUS'>();
    expectTypeOf(new CacheMissError('https://example.com/').code).toEqualTypeOf<'ROLEFIT_CACHE_MISS'>();
    expectTypeOf<RateLimitedError['code']>().toEqualTypeOf<'ROLEFIT_RATE_LIMITED'>();
    expectTypeOf<FileRecordError['code']>().toEqualTypeOf<'ROLEFIT_FILE_RECORD'>();
    expectTypeOf<FileSourceError['code']>().toEqualTypeOf<'ROLEFIT_FILE_SOURCE'>();
    expectTypeOf<SourceRecordError['code']>().toEqualTypeOf<'ROLEFIT_SOURCE_RECORD'>();
    const error: unknown = undefined;
    if (error instanceof CrawlError) {
      // @ts-expect-error no crawl error has this code
      if (error.code === 'ROLEFIT_HTTP_STATUSS') void error;
      if (error.code === 'ROLEFIT_HTTP_TIMEOUT') expectTypeOf(error.code).toEqualTypeOf<'ROLEFIT_HTTP_TIMEOUT'>();
    }
    const failure = new HttpTimeoutError('https://example.com/', 1_000) as HttpStatusError | HttpTimeoutError;
    if (failure.code === 'ROLEFIT_HTTP_STATUS') expectTypeOf(failure.status).toEqualTypeOf<number>();
    else expectTypeOf(failure.timeoutMs).toEqualTypeOf<number>();
    if (isRolefitError(error, 'ROLEFIT_FILE_SOURCE')) expectTypeOf(error.code).toEqualTypeOf<'ROLEFIT_FILE_SOURCE'>();
  });
});

describe('createRefreshScheduler', () => {
  it('requires a store and crawlers', () => {
    // @ts-expect-error store is required
    createRefreshScheduler({ crawlers: [] });
    expectTypeOf(createRefreshScheduler)
      .returns.toHaveProperty('refreshStale')
      .returns.resolves.toEqualTypeOf<RefreshResult>();
  });
});
