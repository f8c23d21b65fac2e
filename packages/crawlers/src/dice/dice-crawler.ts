import { checkCrawlOptions, createCrawlTally } from '../crawl-tally/index.js';
import {
  mapEmploymentType,
  mapWorkplace,
  parseLocationText,
  parseSalary,
  rejectUnknownKeys,
  type Crawler,
  type CrawlOptions,
  type Job,
  type Location,
  type Workplace,
} from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import { createHttpClient, CrawlError, type HttpClient } from '../http/index.js';
import {
  checkSourceRecord,
  descriptionToText,
  finishJob,
  isRecord,
  SourceRecordError,
  stringField,
  unreadableRecord,
} from '../mapping/index.js';

/*
 * Dice has no documented public API. Its search page is backed by a JSON API
 * (GET https://job-search-api.svc.dhigroupinc.com/v1/dice/jobs/search, header `x-api-key`); the request
 * and response shapes here follow that API as observed from the public search page, and the key the
 * page uses is passed in as the `apiKey` setting rather than built in.
 */

/** How recent postings must be, in Dice's `filters.postedDate` terms (1, 3 or 7 days). */
export type DicePostedWithin = 'ONE' | 'THREE' | 'SEVEN';

/** Settings for {@link createDiceCrawler}. */
export interface DiceCrawlerSettings {
  /** The `x-api-key` Dice's search page sends. */
  apiKey: string;
  /** Search words (`q`). */
  query?: string | undefined;
  /** Place to search around ("Austin, TX"); without it the whole country. */
  location?: string | undefined;
  /** Two-letter country (default `US`). */
  countryCode?: string | undefined;
  /** Search radius around `location`, in miles (default 30). */
  radius?: number | undefined;
  /** Workplace filters: "Remote", "On-Site", "Hybrid". */
  workplaceTypes?: readonly string[] | undefined;
  /** Employment filters: "FULLTIME", "PARTTIME", "CONTRACTS", "THIRD_PARTY". */
  employmentTypes?: readonly string[] | undefined;
  /** Only postings from the last 1, 3 or 7 days; by default derived from `since` when it is that recent. */
  postedWithin?: DicePostedWithin | undefined;
  /** Postings per page (default 100). */
  pageSize?: number | undefined;
  /** Most pages read (default all that the API reports). */
  maxPages?: number | undefined;
  /** API origin (default `https://job-search-api.svc.dhigroupinc.com`); tests point it at a local server. */
  baseUrl?: string | undefined;
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
}

/** Source name of Dice jobs. */
export const DICE_SOURCE = 'dice';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The narrowest `filters.postedDate` that still covers everything since `since`. */
function postedWithinFor(since: Date | undefined, now: number): DicePostedWithin | undefined {
  if (!since) return undefined;
  const age = now - since.getTime();
  if (age <= DAY_MS) return 'ONE';
  if (age <= 3 * DAY_MS) return 'THREE';
  if (age <= 7 * DAY_MS) return 'SEVEN';
  return undefined;
}

/** Remote wins over hybrid over on-site: a posting that allows remote work is open to remote applicants. */
function diceWorkplace(record: Record<string, unknown>): Workplace | undefined {
  const labels = Array.isArray(record.workplaceTypes)
    ? record.workplaceTypes.filter((label): label is string => typeof label === 'string')
    : [];
  const workplaces = labels.map((label) => mapWorkplace(label));
  if (record.isRemote === true || workplaces.includes('remote')) return 'remote';
  if (workplaces.includes('hybrid')) return 'hybrid';
  if (workplaces.includes('onsite')) return 'onsite';
  return undefined;
}

/**
 * Maps one Dice search result onto a validated Job; throws on a record that is not one. The description is
 * the search summary only: the full text sits on `detailsPageUrl`, which this adapter does not fetch.
 */
export function mapDiceJob(record: unknown, settings: { crawledAt?: Date | undefined } = {}): Job {
  checkSourceRecord('mapDiceJob', DICE_SOURCE, 'record', record);
  // `guid` is the id in Dice's public job URLs; `id` is the older internal one.
  const externalId = stringField(record, 'guid') ?? stringField(record, 'id');
  if (!externalId) throw unreadableRecord('mapDiceJob', DICE_SOURCE, 'record', 'has no guid or id (a string)');
  const place = isRecord(record.jobLocation)
    ? parseLocationText(stringField(record.jobLocation, 'displayName'))
    : undefined;
  const workplace = diceWorkplace(record);
  const location: Location | undefined = place || workplace ? { ...place, ...(workplace && { workplace }) } : undefined;
  const salaryText = stringField(record, 'salary');
  return finishJob({
    id: `${DICE_SOURCE}:${externalId}`,
    source: DICE_SOURCE,
    url: stringField(record, 'detailsPageUrl'),
    title: typeof record.title === 'string' ? record.title : '',
    company: stringField(record, 'companyName'),
    location,
    employmentType: mapEmploymentType(stringField(record, 'employmentType')),
    description: descriptionToText(stringField(record, 'summary')),
    // Dice is a US board: a bare "$" is US dollars.
    salary: salaryText ? parseSalary(salaryText, { defaultCurrency: 'USD' }) : undefined,
    salaryText,
    postedAt: stringField(record, 'postedDate') ?? stringField(record, 'modifiedDate'),
    crawledAt: settings.crawledAt ?? new Date(),
    raw: record,
  });
}

function pageUrl(
  baseUrl: string,
  settings: DiceCrawlerSettings,
  page: number,
  postedWithin: DicePostedWithin | undefined,
): string {
  const query = new URLSearchParams();
  if (settings.query) query.append('q', settings.query);
  if (settings.location) query.append('location', settings.location);
  query.append('countryCode2', settings.countryCode ?? 'US');
  query.append('radius', String(settings.radius ?? 30));
  query.append('radiusUnit', 'mi');
  query.append('page', String(page));
  query.append('pageSize', String(settings.pageSize ?? 100));
  if (postedWithin) query.append('filters.postedDate', postedWithin);
  if (settings.workplaceTypes?.length) query.append('filters.workplaceTypes', settings.workplaceTypes.join('|'));
  if (settings.employmentTypes?.length) query.append('filters.employmentType', settings.employmentTypes.join('|'));
  query.append('language', 'en');
  return `${baseUrl}/v1/dice/jobs/search?${query.toString()}`;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const DICE_CRAWLER_SETTINGS_NAMES = {
  apiKey: true,
  query: true,
  location: true,
  countryCode: true,
  radius: true,
  workplaceTypes: true,
  employmentTypes: true,
  postedWithin: true,
  pageSize: true,
  maxPages: true,
  baseUrl: true,
  http: true,
} satisfies Record<keyof DiceCrawlerSettings, true>;

const diceRecordId = (record: unknown) =>
  isRecord(record) ? (stringField(record, 'guid') ?? stringField(record, 'id')) : undefined;

/** A Crawler over Dice's job search, paging from page 1 to `meta.pageCount`. */
export function createDiceCrawler(settings: DiceCrawlerSettings): Crawler<Job> {
  rejectUnknownKeys('DiceCrawlerSettings', settings, DICE_CRAWLER_SETTINGS_NAMES, { required: true });
  checkNumberSetting('DiceCrawlerSettings', 'radius', settings.radius, { min: 0 });
  checkNumberSetting('DiceCrawlerSettings', 'pageSize', settings.pageSize, { integer: true, min: 1 });
  checkNumberSetting('DiceCrawlerSettings', 'maxPages', settings.maxPages, { integer: true, min: 1 });
  const baseUrl = (settings.baseUrl ?? 'https://job-search-api.svc.dhigroupinc.com').replace(/\/+$/, '');
  let http = settings.http;
  return {
    name: DICE_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal, since } = checkCrawlOptions(options);
      http ??= createHttpClient();
      const crawledAt = new Date();
      const postedWithin = settings.postedWithin ?? postedWithinFor(since, crawledAt.getTime());
      const tally = createCrawlTally(DICE_SOURCE, options);
      let pageCount = Number.POSITIVE_INFINITY;
      for (
        let page = 1;
        page <= pageCount && (settings.maxPages === undefined || tally.pages < settings.maxPages) && !tally.full;
        page++
      ) {
        signal?.throwIfAborted();
        const url = pageUrl(baseUrl, settings, page, postedWithin);
        const response = await http.getJson<unknown>(url, { signal, headers: { 'x-api-key': settings.apiKey } });
        const body = response.body;
        if (!isRecord(body) || !Array.isArray(body.data))
          throw new CrawlError(`${url} did not return { data: [...] }`, url);
        const results: unknown[] = body.data;
        if (isRecord(body.meta) && typeof body.meta.pageCount === 'number') pageCount = body.meta.pageCount;
        tally.page(url, results.length);
        if (results.length === 0) break;
        // Sponsored results can repeat on later pages: a posting seen before is skipped.
        const { records: fresh, newIds } = tally.unseen(results, diceRecordId);
        for (const record of fresh) {
          signal?.throwIfAborted();
          if (tally.full) break;
          const recordId = diceRecordId(record);
          const job = tally.map(
            () => mapDiceJob(record, { crawledAt }),
            (error) => SourceRecordError.forRecord(DICE_SOURCE, 'dice job', recordId, url, error),
            url,
          );
          // Results are ordered by relevance, not date, so an older posting is skipped rather than ending the crawl.
          if (job === undefined || tally.olderThanSince(job.postedAt)) continue;
          tally.item(job.id);
          yield job;
        }
        // A server that ignores `page` (with no pageCount, or a huge one) would repeat one page for ever: a page with
        // no posting not seen before ends the crawl.
        if (newIds === 0) break;
      }
      tally.done();
    },
  };
}
