import {
  mapEmploymentType,
  mapWorkplace,
  parseLocationText,
  rejectUnknownKeys,
  type Crawler,
  type CrawlOptions,
  type Job,
  type SalaryInput,
} from '@rolefit/core';
import { checkNumberSetting, describeValue } from '@rolefit/core/internal';
import { checkCrawlOptions, createCrawlTally } from '../crawl-tally/index.js';
import { createHttpClient, CrawlError, type HttpClient } from '../http/index.js';
import {
  descriptionToText,
  finishJob,
  isRecord,
  mapSalaryPeriod,
  SourceRecordError,
  checkSourceRecord,
  unreadableRecord,
  stringField,
} from '../mapping/index.js';

/** Settings for {@link createLeverCrawler}. */
export interface LeverCrawlerSettings {
  /** The company's Lever site name, as in `jobs.lever.co/{company}`. */
  company: string;
  /** API origin (default `https://api.lever.co`); tests point it at a local server. */
  baseUrl?: string | undefined;
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
  /** Postings asked for per page (default 100). */
  pageSize?: number | undefined;
  /** Most pages read (default all, up to the first empty page). */
  maxPages?: number | undefined;
  /** Company name put on jobs (Lever's postings do not carry one). */
  companyName?: string | undefined;
}

/** Source name of Lever jobs. */
export const LEVER_SOURCE = 'lever';

function salaryRange(value: unknown): SalaryInput | undefined {
  if (!isRecord(value)) return undefined;
  const min = typeof value.min === 'number' ? value.min : undefined;
  const max = typeof value.max === 'number' ? value.max : undefined;
  const period = mapSalaryPeriod(typeof value.interval === 'string' ? value.interval : undefined);
  // "one-time" and unknown intervals have no period the core can annualise; fall back to the text.
  if ((min === undefined && max === undefined) || !period) return undefined;
  return { min, max, currency: typeof value.currency === 'string' ? value.currency.toUpperCase() : undefined, period };
}

/** Maps one Lever posting onto a validated Job; throws on a record that is not one. */
export function mapLeverPosting(
  record: unknown,
  company: string,
  settings: { companyName?: string | undefined; crawledAt?: Date | undefined } = {},
): Job {
  checkSourceRecord('mapLeverPosting', LEVER_SOURCE, 'record', record);
  const externalId = stringField(record, 'id');
  if (!externalId) throw unreadableRecord('mapLeverPosting', LEVER_SOURCE, 'record', 'has no id (a string)');
  const categories = isRecord(record.categories) ? record.categories : {};
  const lists = Array.isArray(record.lists) ? record.lists.filter(isRecord) : [];
  const description = [
    stringField(record, 'descriptionPlain') ?? descriptionToText(stringField(record, 'description')),
    ...lists.map((list) =>
      [stringField(list, 'text'), descriptionToText(stringField(list, 'content'))].filter(Boolean).join('\n'),
    ),
    stringField(record, 'additionalPlain') ?? descriptionToText(stringField(record, 'additional')),
  ]
    .filter(Boolean)
    .join('\n\n');
  const location = parseLocationText(stringField(categories, 'location'));
  const workplace = mapWorkplace(stringField(record, 'workplaceType'));
  // createdAt must be epoch ms; anything else is a malformed record, not "no date".
  if (record.createdAt !== undefined && typeof record.createdAt !== 'number')
    throw unreadableRecord(
      'mapLeverPosting',
      LEVER_SOURCE,
      'record.createdAt',
      `must be epoch milliseconds, got ${describeValue(record.createdAt)}`,
    );
  return finishJob({
    id: `${LEVER_SOURCE}:${company}:${externalId}`,
    source: LEVER_SOURCE,
    url: stringField(record, 'hostedUrl'),
    title: typeof record.text === 'string' ? record.text : '',
    company: settings.companyName,
    location: location || workplace ? { ...location, ...(workplace && { workplace }) } : undefined,
    employmentType: mapEmploymentType(stringField(categories, 'commitment')),
    description,
    salary: salaryRange(record.salaryRange),
    salaryText: stringField(record, 'salaryDescriptionPlain'),
    postedAt: record.createdAt,
    crawledAt: settings.crawledAt ?? new Date(),
    raw: record,
  });
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const LEVER_CRAWLER_SETTINGS_NAMES = {
  company: true,
  baseUrl: true,
  http: true,
  pageSize: true,
  maxPages: true,
  companyName: true,
} satisfies Record<keyof LeverCrawlerSettings, true>;

const leverRecordId = (record: unknown) => (isRecord(record) && typeof record.id === 'string' ? record.id : undefined);

/** A Crawler over a company's Lever postings, paging with skip/limit until an empty page. */
export function createLeverCrawler(settings: LeverCrawlerSettings): Crawler<Job> {
  rejectUnknownKeys('LeverCrawlerSettings', settings, LEVER_CRAWLER_SETTINGS_NAMES, { required: true });
  checkNumberSetting('LeverCrawlerSettings', 'pageSize', settings.pageSize, { integer: true, min: 1 });
  checkNumberSetting('LeverCrawlerSettings', 'maxPages', settings.maxPages, { integer: true, min: 1 });
  const baseUrl = (settings.baseUrl ?? 'https://api.lever.co').replace(/\/+$/, '');
  const pageSize = settings.pageSize ?? 100;
  let http = settings.http;
  return {
    name: LEVER_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal } = checkCrawlOptions(options);
      http ??= createHttpClient();
      const crawledAt = new Date();
      const tally = createCrawlTally(LEVER_SOURCE, options);
      const { maxPages } = settings;
      for (let skip = 0; !tally.full && (maxPages === undefined || tally.pages < maxPages); skip += pageSize) {
        signal?.throwIfAborted();
        const url = `${baseUrl}/v0/postings/${encodeURIComponent(settings.company)}?mode=json&skip=${skip}&limit=${pageSize}`;
        const response = await http.getJson<unknown>(url, { signal });
        if (!Array.isArray(response.body)) throw new CrawlError(`${url} did not return an array of postings`, url);
        const postings: unknown[] = response.body;
        tally.page(url, postings.length);
        // Only an empty page ends the crawl: a short page may just mean the server caps `limit` lower than asked.
        if (postings.length === 0) break;
        // A posting seen on an earlier page is skipped; one without an id is reported below, but is nothing new.
        const { records: fresh, newIds } = tally.unseen(postings, leverRecordId);
        for (const record of fresh) {
          signal?.throwIfAborted();
          if (tally.full) break;
          const recordId = leverRecordId(record);
          const job = tally.map(
            () => mapLeverPosting(record, settings.company, { companyName: settings.companyName, crawledAt }),
            (error) =>
              SourceRecordError.forRecord(LEVER_SOURCE, `lever ${settings.company} posting`, recordId, url, error),
            url,
          );
          // Lever promises no order, so older postings are skipped rather than ending the crawl.
          if (job === undefined || tally.olderThanSince(job.postedAt)) continue;
          tally.item(job.id);
          yield job;
        }
        // A server that ignores `skip` would repeat the first page forever; nothing new means stop.
        if (newIds === 0) break;
      }
      tally.done();
    },
  };
}
