import {
  mapEmploymentType,
  parseLocationText,
  rejectUnknownKeys,
  type Crawler,
  type CrawlOptions,
  type Job,
  type SalaryInput,
} from '@rolefit/core';
import { checkCrawlOptions, createCrawlTally } from '../crawl-tally/index.js';
import { createHttpClient, CrawlError, type HttpClient } from '../http/index.js';
import {
  descriptionToText,
  finishJob,
  isRecord,
  recordIdOf,
  SourceRecordError,
  checkSourceRecord,
  unreadableRecord,
  stringField,
} from '../mapping/index.js';

/** Settings for {@link createGreenhouseCrawler}. */
export interface GreenhouseCrawlerSettings {
  /** The board token, as in `boards.greenhouse.io/{board}`. */
  board: string;
  /** API origin (default `https://boards-api.greenhouse.io`); tests point it at a local server. */
  baseUrl?: string | undefined;
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
  /** Ask for descriptions (`content=true`, default true). */
  content?: boolean | undefined;
  /** Company name used when a record has no `company_name`. */
  company?: string | undefined;
}

/** Source name of Greenhouse jobs. */
export const GREENHOUSE_SOURCE = 'greenhouse';

function metadataValue(metadata: unknown, pattern: RegExp): string | undefined {
  if (!Array.isArray(metadata)) return undefined;
  for (const entry of metadata) {
    if (!isRecord(entry) || typeof entry.name !== 'string' || !pattern.test(entry.name)) continue;
    if (typeof entry.value === 'string') return entry.value;
    if (Array.isArray(entry.value)) return entry.value.filter((item) => typeof item === 'string').join(', ');
  }
  return undefined;
}

// `pay_input_ranges` appears when the board is asked with pay_transparency=true; amounts are in cents.
function payRange(record: Record<string, unknown>): SalaryInput | undefined {
  const ranges = record.pay_input_ranges;
  const first: unknown = Array.isArray(ranges) ? ranges[0] : undefined;
  if (!isRecord(first)) return undefined;
  const min = typeof first.min_cents === 'number' ? first.min_cents / 100 : undefined;
  const max = typeof first.max_cents === 'number' ? first.max_cents / 100 : undefined;
  if (min === undefined && max === undefined) return undefined;
  const currency = typeof first.currency_type === 'string' ? first.currency_type.toUpperCase() : undefined;
  return { min, max, currency, period: 'year' };
}

/** Maps one Greenhouse job record onto a validated Job; throws on a record that is not one. */
export function mapGreenhouseJob(
  record: unknown,
  board: string,
  settings: { company?: string | undefined; crawledAt?: Date | undefined } = {},
): Job {
  checkSourceRecord('mapGreenhouseJob', GREENHOUSE_SOURCE, 'record', record);
  const externalId = typeof record.id === 'number' || typeof record.id === 'string' ? String(record.id) : undefined;
  if (!externalId)
    throw unreadableRecord('mapGreenhouseJob', GREENHOUSE_SOURCE, 'record', 'has no id (a number or string)');
  const locationName = isRecord(record.location) ? stringField(record.location, 'name') : undefined;
  return finishJob({
    id: `${GREENHOUSE_SOURCE}:${board}:${externalId}`,
    source: GREENHOUSE_SOURCE,
    url: stringField(record, 'absolute_url'),
    title: typeof record.title === 'string' ? record.title : '',
    company: stringField(record, 'company_name') ?? settings.company,
    location: parseLocationText(locationName),
    employmentType: mapEmploymentType(metadataValue(record.metadata, /employment|commitment|job type|time type/i)),
    description: descriptionToText(typeof record.content === 'string' ? record.content : ''),
    salary: payRange(record),
    salaryText: metadataValue(record.metadata, /salary|compensation|pay/i),
    postedAt: stringField(record, 'first_published') ?? stringField(record, 'updated_at'),
    crawledAt: settings.crawledAt ?? new Date(),
    raw: record,
  });
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const GREENHOUSE_CRAWLER_SETTINGS_NAMES = {
  board: true,
  baseUrl: true,
  http: true,
  content: true,
  company: true,
} satisfies Record<keyof GreenhouseCrawlerSettings, true>;

/** A Crawler over a Greenhouse job board (Job Board API, one request for the whole board). */
export function createGreenhouseCrawler(settings: GreenhouseCrawlerSettings): Crawler<Job> {
  rejectUnknownKeys('GreenhouseCrawlerSettings', settings, GREENHOUSE_CRAWLER_SETTINGS_NAMES, { required: true });
  const baseUrl = (settings.baseUrl ?? 'https://boards-api.greenhouse.io').replace(/\/+$/, '');
  let http = settings.http;
  return {
    name: GREENHOUSE_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal } = checkCrawlOptions(options);
      // The options checked before the request (a bad limit or signal is the caller's, not the board's).
      const tally = createCrawlTally(GREENHOUSE_SOURCE, options);
      http ??= createHttpClient();
      const url = `${baseUrl}/v1/boards/${encodeURIComponent(settings.board)}/jobs${settings.content === false ? '' : '?content=true'}`;
      const response = await http.getJson<unknown>(url, { signal });
      const jobs = isRecord(response.body) ? response.body.jobs : undefined;
      if (!Array.isArray(jobs)) throw new CrawlError(`${url} did not return { jobs: [...] }`, url);
      tally.page(url, jobs.length);
      const crawledAt = new Date();
      // The board answers in one response, in no promised order: older postings are skipped, not a stop signal.
      for (const record of jobs) {
        signal?.throwIfAborted();
        if (tally.full) break;
        const job = tally.map(
          () => mapGreenhouseJob(record, settings.board, { company: settings.company, crawledAt }),
          (error) =>
            SourceRecordError.forRecord(
              GREENHOUSE_SOURCE,
              `greenhouse board ${settings.board} job`,
              recordIdOf(record),
              url,
              error,
            ),
          url,
        );
        if (job === undefined || tally.olderThanSince(job.postedAt)) continue;
        tally.item(job.id);
        yield job;
      }
      tally.done();
    },
  };
}
