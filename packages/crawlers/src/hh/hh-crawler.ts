import { rejectUnknownKeys } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import type {
  Crawler,
  CrawlOptions,
  EmploymentType,
  ExperienceLevel,
  Job,
  Location,
  SalaryInput,
  SalaryPeriod,
  Workplace,
} from '@rolefit/core';
import { createHttpClient, CrawlError, DEFAULT_USER_AGENT, type HttpClient } from '../http/index.js';
import { checkCrawlOptions, createCrawlTally } from '../crawl-tally/index.js';
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

/** Sites served by the hh vacancies API. */
export type HhHost = 'hh.ru' | 'hh.uz';

/** Settings for {@link createHhCrawler}. */
export interface HhCrawlerSettings {
  /** Search words (`text`). */
  text: string;
  /** Area ids (1 Moscow, 113 Russia, 97 Uzbekistan, 2759 Tashkent, ...); without one, every area. */
  area?: string | readonly string[] | undefined;
  /** Site whose vacancies and links are returned (default `hh.ru`); `hh.uz` for Uzbekistan. */
  host?: HhHost | undefined;
  /** Vacancies per page (default 100, hh's most). */
  perPage?: number | undefined;
  /** Most pages read (default all that the API reports; hh serves at most 2,000 results per search). */
  maxPages?: number | undefined;
  /** Only vacancies that state pay. */
  onlyWithSalary?: boolean | undefined;
  /**
   * Sent as `HH-User-Agent` (default the client's User-Agent). hh rejects requests without a descriptive
   * one, "AppName/1.0 (contact@example.com)"; the HTTP client also sends its own User-Agent.
   */
  userAgent?: string | undefined;
  /** API origin (default `https://api.hh.ru`); tests point it at a local server. */
  baseUrl?: string | undefined;
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
}

/** Source name of hh.ru / hh.uz vacancies. */
export const HH_SOURCE = 'hh';

/** hh's deepest result: page × per_page may not pass 2,000. */
const MAX_DEPTH = 2000;

/** hh still sends the pre-2016 codes for the Russian and Belarusian roubles. */
const LEGACY_CURRENCIES: Readonly<Record<string, string>> = { RUR: 'RUB', BYR: 'BYN' };

/** hh's experience buckets in years; "no experience" is read as under a year. */
const EXPERIENCE_YEARS: Readonly<Record<string, { min: number; max?: number }>> = {
  noExperience: { min: 0, max: 1 },
  between1And3: { min: 1, max: 3 },
  between3And6: { min: 3, max: 6 },
  moreThan6: { min: 6 },
};

/** Employment (older `employment.id`, newer `employment_form.id`, matched in lower case); probation is hh's internship. */
const EMPLOYMENT: Readonly<Record<string, EmploymentType>> = {
  full: 'full-time',
  part: 'part-time',
  project: 'contract',
  volunteer: 'volunteer',
  probation: 'internship',
};

/** Country-level areas: their name is a country, not a city. */
const COUNTRY_AREAS: Readonly<Record<string, string>> = {
  '113': 'RU',
  '40': 'KZ',
  '97': 'UZ',
  '16': 'BY',
  '5': 'UA',
  '28': 'GE',
  '48': 'KG',
  '9': 'AZ',
};

const SALARY_MODES: Readonly<Record<string, SalaryPeriod>> = { MONTH: 'month', HOUR: 'hour', SHIFT: 'day' };

function idOf(value: unknown): string | undefined {
  return isRecord(value) ? stringField(value, 'id') : undefined;
}

/** hh prints offsets without a colon ("+0300"); ISO 8601 and every parser accept "+03:00". */
function hhDate(value: string | undefined): string | undefined {
  return value?.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

/** Pay as hh shows it: a monthly from/to range (`salary_range.mode` says otherwise when present). */
function hhSalary(record: Record<string, unknown>): SalaryInput | undefined {
  const range = isRecord(record.salary_range)
    ? record.salary_range
    : isRecord(record.salary)
      ? record.salary
      : undefined;
  if (!range) return undefined;
  const min = typeof range.from === 'number' ? range.from : undefined;
  const max = typeof range.to === 'number' ? range.to : undefined;
  if (min === undefined && max === undefined) return undefined;
  const code = stringField(range, 'currency')?.toUpperCase();
  const mode = idOf(range.mode);
  return {
    min,
    max,
    currency: code ? (LEGACY_CURRENCIES[code] ?? code) : undefined,
    period: (mode && SALARY_MODES[mode]) || 'month',
  };
}

/** Remote wins over hybrid over on-site; without `work_format`, a "remote" schedule still says remote. */
function hhWorkplace(record: Record<string, unknown>): Workplace | undefined {
  const formats = Array.isArray(record.work_format) ? record.work_format.map(idOf) : [];
  if (formats.includes('REMOTE') || idOf(record.schedule) === 'remote') return 'remote';
  if (formats.includes('HYBRID')) return 'hybrid';
  if (formats.includes('ON_SITE')) return 'onsite';
  return undefined;
}

function hhLocation(record: Record<string, unknown>): Location | undefined {
  const area = isRecord(record.area) ? record.area : {};
  const areaId = stringField(area, 'id');
  const country = areaId ? COUNTRY_AREAS[areaId] : undefined;
  const city =
    (isRecord(record.address) ? stringField(record.address, 'city') : undefined) ??
    (country ? undefined : stringField(area, 'name'));
  const workplace = hhWorkplace(record);
  const location: Location = { ...(city && { city }), ...(country && { country }), ...(workplace && { workplace }) };
  return Object.keys(location).length ? location : undefined;
}

/**
 * Maps one hh vacancy (a search result) onto a validated Job; throws on a record that is not one. The description
 * is the search snippet (requirement and responsibility); the full text needs `GET /vacancies/{id}`, not fetched here.
 */
export function mapHhVacancy(record: unknown, settings: { crawledAt?: Date | undefined } = {}): Job {
  checkSourceRecord('mapHhVacancy', HH_SOURCE, 'record', record);
  const externalId = typeof record.id === 'number' || typeof record.id === 'string' ? String(record.id) : undefined;
  if (!externalId) throw unreadableRecord('mapHhVacancy', HH_SOURCE, 'record', 'has no id (a number or string)');
  const snippet = isRecord(record.snippet) ? record.snippet : {};
  const employment = idOf(record.employment_form) ?? idOf(record.employment);
  const experience = idOf(record.experience);
  const job = finishJob({
    id: `${HH_SOURCE}:${externalId}`,
    source: HH_SOURCE,
    url: stringField(record, 'alternate_url'),
    title: typeof record.name === 'string' ? record.name : '',
    company: isRecord(record.employer) ? stringField(record.employer, 'name') : undefined,
    location: hhLocation(record),
    employmentType: employment ? EMPLOYMENT[employment.toLowerCase()] : undefined,
    // Snippets mark search hits with <highlighttext>; descriptionToText drops the tags.
    description: [stringField(snippet, 'requirement'), stringField(snippet, 'responsibility')]
      .map(descriptionToText)
      .filter(Boolean)
      .join('\n'),
    // `gross` (before or after tax) stays in `raw`: the core salary has no field for it.
    salary: hhSalary(record),
    experienceYears: experience ? EXPERIENCE_YEARS[experience] : undefined,
    postedAt: hhDate(stringField(record, 'published_at') ?? stringField(record, 'created_at')),
    crawledAt: settings.crawledAt ?? new Date(),
    raw: record,
  });
  // "No experience" is hh's own statement of an entry-level job; otherwise finishJob's guess from the title stands.
  const level: ExperienceLevel | undefined =
    experience === 'noExperience' && !job.experienceLevel ? 'entry' : undefined;
  return level ? { ...job, experienceLevel: level } : job;
}

/** hh's `date_from` wants ISO 8601 with an offset and no milliseconds. */
function hhDateParameter(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

function pageUrl(
  baseUrl: string,
  settings: HhCrawlerSettings,
  page: number,
  perPage: number,
  since: Date | undefined,
): string {
  const query = new URLSearchParams({ text: settings.text });
  const areas = settings.area === undefined ? [] : typeof settings.area === 'string' ? [settings.area] : settings.area;
  for (const area of areas) query.append('area', area);
  if (settings.host) query.append('host', settings.host);
  query.append('order_by', 'publication_time');
  query.append('page', String(page));
  query.append('per_page', String(perPage));
  if (since) query.append('date_from', hhDateParameter(since));
  if (settings.onlyWithSalary) query.append('only_with_salary', 'true');
  return `${baseUrl}/vacancies?${query.toString()}`;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const HH_CRAWLER_SETTINGS_NAMES = {
  text: true,
  area: true,
  host: true,
  perPage: true,
  maxPages: true,
  onlyWithSalary: true,
  userAgent: true,
  baseUrl: true,
  http: true,
} satisfies Record<keyof HhCrawlerSettings, true>;

/** A Crawler over the hh.ru / hh.uz vacancies search, newest first, paging from page 0 to `pages`. */
export function createHhCrawler(settings: HhCrawlerSettings): Crawler<Job> {
  rejectUnknownKeys('HhCrawlerSettings', settings, HH_CRAWLER_SETTINGS_NAMES, { required: true });
  checkNumberSetting('HhCrawlerSettings', 'perPage', settings.perPage, { integer: true, min: 1 });
  checkNumberSetting('HhCrawlerSettings', 'maxPages', settings.maxPages, { integer: true, min: 1 });
  const baseUrl = (settings.baseUrl ?? 'https://api.hh.ru').replace(/\/+$/, '');
  const perPage = Math.min(settings.perPage ?? 100, 100);
  const headers = { 'HH-User-Agent': settings.userAgent ?? DEFAULT_USER_AGENT };
  let http = settings.http;
  return {
    name: HH_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal, since } = checkCrawlOptions(options);
      http ??= createHttpClient();
      const crawledAt = new Date();
      const tally = createCrawlTally(HH_SOURCE, options);
      let pageCount = Math.ceil(MAX_DEPTH / perPage);
      for (
        let page = 0;
        page < pageCount && (settings.maxPages === undefined || tally.pages < settings.maxPages) && !tally.full;
        page++
      ) {
        signal?.throwIfAborted();
        const url = pageUrl(baseUrl, settings, page, perPage, since);
        const response = await http.getJson<unknown>(url, { signal, headers });
        const body = response.body;
        if (!isRecord(body) || !Array.isArray(body.items))
          throw new CrawlError(`${url} did not return { items: [...] }`, url);
        const results: unknown[] = body.items;
        if (typeof body.pages === 'number') pageCount = Math.min(body.pages, Math.ceil(MAX_DEPTH / perPage));
        tally.page(url, results.length);
        if (results.length === 0) break;
        // A server that repeats one page (ignoring `page`) yielded its vacancies once per page up to the page cap: a
        // vacancy seen on an earlier page is skipped, and a page with nothing new ends the crawl.
        const { records: fresh, newIds } = tally.unseen(results, recordIdOf);
        // `date_from` already filters on the server; ordered by publication time, an older one means the rest are older.
        const reachedOlder = yield* tally.newestFirst(
          fresh,
          (record) => mapHhVacancy(record, { crawledAt }),
          (record, error) => SourceRecordError.forRecord(HH_SOURCE, 'hh vacancy', recordIdOf(record), url, error),
          url,
          signal,
        );
        if (reachedOlder || newIds === 0) break;
      }
      tally.done();
    },
  };
}
