import {
  parseLocationText,
  rejectUnknownKeys,
  type Crawler,
  type CrawlOptions,
  type ExperienceLevel,
  experienceLevelSchema,
  type Job,
  type Location,
} from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
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

/** Settings for {@link createMuseCrawler}; every filter is optional and may be repeated. */
export interface MuseCrawlerSettings {
  /** Job categories, as The Muse names them ("Software Engineering", "Data and Analytics"). */
  categories?: readonly string[] | undefined;
  /** Levels: "Internship", "Entry Level", "Mid Level", "Senior Level", "management". */
  levels?: readonly string[] | undefined;
  /** Locations, as The Muse writes them ("New York, NY", "Flexible / Remote"). */
  locations?: readonly string[] | undefined;
  /** Company names, as The Muse writes them. */
  company?: readonly string[] | undefined;
  /** API key; without one The Muse allows fewer requests per hour. */
  apiKey?: string | undefined;
  /** Most pages read (default all that the API reports). */
  maxPages?: number | undefined;
  /** API origin (default `https://www.themuse.com`); tests point it at a local server. */
  baseUrl?: string | undefined;
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
}

/** Source name of The Muse jobs. */
export const MUSE_SOURCE = 'themuse';

/**
 * The Muse's levels on the core's LinkedIn scale. The Muse splits individual contributors into
 * entry, mid and senior, so "Mid Level" (a few years in) is LinkedIn's "associate" and "Senior Level"
 * its "mid-senior"; "management" is read as "director".
 */
const LEVELS: Readonly<Record<string, ExperienceLevel>> = {
  internship: 'internship',
  'entry level': 'entry',
  'mid level': 'associate',
  'senior level': 'mid-senior',
  management: 'director',
};
// Core's six levels, lowest first.
const LEVEL_ORDER: readonly ExperienceLevel[] = experienceLevelSchema.options;

/** The lowest level a posting lists: a job open to "Mid or Senior" is open from mid upwards. */
function lowestLevel(levels: unknown): ExperienceLevel | undefined {
  if (!Array.isArray(levels)) return undefined;
  let lowest: ExperienceLevel | undefined;
  for (const entry of levels) {
    const name = isRecord(entry) ? stringField(entry, 'name') : undefined;
    const level = name ? LEVELS[name.toLowerCase()] : undefined;
    if (level && (lowest === undefined || LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(lowest))) lowest = level;
  }
  return lowest;
}

/** The first real place a posting lists, marked remote when any of its locations is "Flexible / Remote". */
function museLocation(locations: unknown): Location | undefined {
  const names = Array.isArray(locations)
    ? locations.flatMap((entry) =>
        isRecord(entry) && stringField(entry, 'name') ? [stringField(entry, 'name') ?? ''] : [],
      )
    : [];
  // parseLocationText splits on "/", which would read "Flexible / Remote" as the place "Flexible".
  const remote = names.some((name) => /remote/i.test(name));
  const place = parseLocationText(names.find((name) => !/remote|flexible/i.test(name)));
  if (!remote) return place;
  return { ...place, workplace: 'remote' };
}

/** Maps one The Muse job record onto a validated Job; throws on a record that is not one. */
export function mapMuseJob(record: unknown, settings: { crawledAt?: Date | undefined } = {}): Job {
  checkSourceRecord('mapMuseJob', MUSE_SOURCE, 'record', record);
  const externalId = typeof record.id === 'number' || typeof record.id === 'string' ? String(record.id) : undefined;
  if (!externalId) throw unreadableRecord('mapMuseJob', MUSE_SOURCE, 'record', 'has no id (a number or string)');
  const refs = isRecord(record.refs) ? record.refs : {};
  const company = isRecord(record.company) ? stringField(record.company, 'name') : undefined;
  const level = lowestLevel(record.levels);
  const job = finishJob({
    id: `${MUSE_SOURCE}:${externalId}`,
    source: MUSE_SOURCE,
    url: stringField(refs, 'landing_page'),
    title: typeof record.name === 'string' ? record.name : '',
    company,
    location: museLocation(record.locations),
    employmentType: level === 'internship' ? 'internship' : undefined,
    description: descriptionToText(stringField(record, 'contents')),
    postedAt: stringField(record, 'publication_date'),
    crawledAt: settings.crawledAt ?? new Date(),
    raw: record,
  });
  // The source's stated level beats finishJob's guess from the title; it is an enum value, so no re-validation.
  return level ? { ...job, experienceLevel: level } : job;
}

function pageUrl(baseUrl: string, settings: MuseCrawlerSettings, page: number): string {
  const query = new URLSearchParams({ page: String(page), descending: 'true' });
  for (const category of settings.categories ?? []) query.append('category', category);
  for (const level of settings.levels ?? []) query.append('level', level);
  for (const location of settings.locations ?? []) query.append('location', location);
  for (const company of settings.company ?? []) query.append('company', company);
  if (settings.apiKey) query.append('api_key', settings.apiKey);
  return `${baseUrl}/api/public/jobs?${query.toString()}`;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const MUSE_CRAWLER_SETTINGS_NAMES = {
  categories: true,
  levels: true,
  locations: true,
  company: true,
  apiKey: true,
  maxPages: true,
  baseUrl: true,
  http: true,
} satisfies Record<keyof MuseCrawlerSettings, true>;

/** A Crawler over The Muse's public jobs API, newest first, paging from page 0 to `page_count`. */
export function createMuseCrawler(settings: MuseCrawlerSettings = {}): Crawler<Job> {
  rejectUnknownKeys('MuseCrawlerSettings', settings, MUSE_CRAWLER_SETTINGS_NAMES);
  checkNumberSetting('MuseCrawlerSettings', 'maxPages', settings.maxPages, { integer: true, min: 1 });
  const baseUrl = (settings.baseUrl ?? 'https://www.themuse.com').replace(/\/+$/, '');
  let http = settings.http;
  return {
    name: MUSE_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal } = checkCrawlOptions(options);
      http ??= createHttpClient();
      const crawledAt = new Date();
      const tally = createCrawlTally(MUSE_SOURCE, options);
      let pageCount = Number.POSITIVE_INFINITY;
      for (
        let page = 0;
        page < pageCount && (settings.maxPages === undefined || tally.pages < settings.maxPages) && !tally.full;
        page++
      ) {
        signal?.throwIfAborted();
        const url = pageUrl(baseUrl, settings, page);
        // The key must not leak into progress events and logs.
        const shownUrl = url.replace(/([?&]api_key=)[^&]*/, '$1***');
        const response = await http.getJson<unknown>(url, { signal });
        const body = response.body;
        if (!isRecord(body) || !Array.isArray(body.results))
          throw new CrawlError(`${shownUrl} did not return { results: [...] }`, shownUrl);
        const results: unknown[] = body.results;
        if (typeof body.page_count === 'number') pageCount = body.page_count;
        tally.page(shownUrl, results.length);
        if (results.length === 0) break;
        // A server that ignores `page` would repeat one page for ever (page_count is its word too): a posting seen on
        // an earlier page is skipped, and a page with no posting not seen before ends the crawl.
        const { records: fresh, newIds } = tally.unseen(results, recordIdOf);
        // Pages come newest first (descending=true): an older posting means later pages hold only older ones.
        const reachedOlder = yield* tally.newestFirst(
          fresh,
          (record) => mapMuseJob(record, { crawledAt }),
          (record, error) =>
            SourceRecordError.forRecord(MUSE_SOURCE, 'themuse job', recordIdOf(record), shownUrl, error),
          shownUrl,
          signal,
        );
        if (reachedOlder || newIds === 0) break;
      }
      tally.done();
    },
  };
}
