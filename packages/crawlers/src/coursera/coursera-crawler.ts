import { checkCrawlOptions, createCrawlTally } from '../crawl-tally/index.js';
import {
  getDefaultSkillTaxonomy,
  parseCourse,
  rejectUnknownKeys,
  type Course,
  type Crawler,
  type CrawlOptions,
} from '@rolefit/core';
import { decodeHtmlEntities } from '@rolefit/core/text';
import { checkNumberSetting } from '@rolefit/core/internal';
import { createHttpClient, CrawlError, type HttpClient } from '../http/index.js';
import {
  checkSourceRecord,
  descriptionToText,
  isRecord,
  SourceRecordError,
  stringField,
  unreadableRecord,
} from '../mapping/index.js';

/** Source name of Coursera courses. */
export const COURSERA_SOURCE = 'coursera';

/** The `fields` asked of the catalogue API: everything the mapping reads. */
export const COURSERA_FIELDS =
  'name,slug,description,workload,domainTypes,primaryLanguages,partnerIds,photoUrl,certificates,startDate';

/** Settings for {@link createCourseraCrawler}. */
export interface CourseraCrawlerSettings {
  /** A skill or specialisation to search for ("machine learning", "SQL"). */
  query: string;
  /** API origin (default `https://api.coursera.org`); tests point it at a local server. */
  baseUrl?: string | undefined;
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
  /** Courses asked for per request, the API's own `limit` (default 100); a crawl's `limit` caps the total. */
  limit?: number | undefined;
}

const UNIT_HOURS: Readonly<Record<string, number>> = { minute: 1 / 60, min: 1 / 60, hour: 1, hr: 1, h: 1 };

/**
 * Reads Coursera's free-text workload into total hours: "Approximately 12 hours to complete" → 12, "1-2 hours" → 1.5,
 * "4-6 hours/week for 4 weeks" → 20. A weekly effort without a number of weeks says nothing about the total: undefined.
 */
export function parseCourseraWorkload(workload: string | undefined): number | undefined {
  const text = (workload ?? '').toLowerCase().replace(/[–—]/g, '-');
  const amount = /(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d+(?:\.\d+)?))?\s*(minutes?|mins?|hours?|hrs?|h)\b/.exec(text);
  if (!amount) return undefined;
  const low = Number(amount[1]);
  const high = amount[2] === undefined ? low : Number(amount[2]);
  const unit = (amount[3] ?? 'hour').replace(/s$/, '');
  const hours = ((low + high) / 2) * (UNIT_HOURS[unit] ?? 1);
  const weekly = /\/\s*week|per\s+week|a\s+week|weekly/.test(text);
  if (!weekly) return hours > 0 ? Math.round(hours * 100) / 100 : undefined;
  const weeks = /(\d+)(?:\s*(?:-|to)\s*(\d+))?\s*weeks?\b/.exec(
    text.slice(0, amount.index) + ' ' + text.slice(amount.index + amount[0].length),
  );
  if (!weeks) return undefined;
  const weekCount = (Number(weeks[1]) + Number(weeks[2] ?? weeks[1])) / 2;
  const total = hours * weekCount;
  return total > 0 ? Math.round(total * 100) / 100 : undefined;
}

/** Maps one `courses.v1` element onto a validated Course; throws on an element that is not one. */
export function mapCourseraCourse(element: unknown, settings: { crawledAt?: Date | undefined } = {}): Course {
  checkSourceRecord('mapCourseraCourse', COURSERA_SOURCE, 'element', element);
  const externalId = stringField(element, 'id');
  if (!externalId) throw unreadableRecord('mapCourseraCourse', COURSERA_SOURCE, 'element', 'has no id (a string)');
  const title = typeof element.name === 'string' ? decodeHtmlEntities(element.name) : '';
  const slug = stringField(element, 'slug');
  const description = descriptionToText(stringField(element, 'description'));
  const taxonomy = getDefaultSkillTaxonomy();
  return parseCourse({
    id: `${COURSERA_SOURCE}:${externalId}`,
    source: COURSERA_SOURCE,
    url: slug ? `https://www.coursera.org/learn/${encodeURIComponent(slug)}` : undefined,
    title,
    provider: 'Coursera',
    description,
    skills: taxonomy.canonicalize(taxonomy.extractNames(`${title}\n${description}`)),
    durationHours: parseCourseraWorkload(stringField(element, 'workload')),
    crawledAt: settings.crawledAt ?? new Date(),
    raw: element,
  });
}

/** One `courses.v1` response: its courses, the elements that failed, and where the next page starts. */
export interface CourseraPage {
  elements: number;
  courses: Course[];
  errors: SourceRecordError[];
  /** `paging.next`, the `start` of the next page; undefined on the last page. */
  next: string | undefined;
  total: number | undefined;
}

function elementError(element: unknown, error: unknown, url: string | undefined): SourceRecordError {
  const recordId =
    isRecord(element) && (typeof element.id === 'string' || typeof element.id === 'number')
      ? String(element.id)
      : undefined;
  return SourceRecordError.forRecord(COURSERA_SOURCE, 'coursera course', recordId, url, error);
}

function pageShape(
  body: unknown,
  url: string,
): { elements: unknown[]; next: string | undefined; total: number | undefined } {
  if (!isRecord(body) || !Array.isArray(body.elements))
    throw new CrawlError(`${url} did not return { elements: [...] }`, url);
  const paging = isRecord(body.paging) ? body.paging : {};
  const next = typeof paging.next === 'string' || typeof paging.next === 'number' ? String(paging.next) : undefined;
  return { elements: body.elements, next, total: typeof paging.total === 'number' ? paging.total : undefined };
}

/** Maps a recorded `courses.v1` response body; bad elements become errors, a body of the wrong shape throws CrawlError. */
export function parseCourseraPage(
  body: unknown,
  settings: { crawledAt?: Date | undefined; url?: string | undefined } = {},
): CourseraPage {
  const { elements, next, total } = pageShape(body, settings.url ?? 'coursera response');
  const page: CourseraPage = { elements: elements.length, courses: [], errors: [], next, total };
  for (const element of elements) {
    try {
      page.courses.push(mapCourseraCourse(element, settings));
    } catch (error) {
      page.errors.push(elementError(element, error, settings.url));
    }
  }
  return page;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const COURSERA_CRAWLER_SETTINGS_NAMES = { query: true, baseUrl: true, http: true, limit: true } satisfies Record<
  keyof CourseraCrawlerSettings,
  true
>;

/** A `Crawler<Course>` over Coursera's public catalogue search, following `paging.next`. */
export function createCourseraCrawler(settings: CourseraCrawlerSettings): Crawler<Course> {
  rejectUnknownKeys('CourseraCrawlerSettings', settings, COURSERA_CRAWLER_SETTINGS_NAMES, { required: true });
  const baseUrl = (settings.baseUrl ?? 'https://api.coursera.org').replace(/\/+$/, '');
  const pageSize =
    checkNumberSetting('CourseraCrawlerSettings', 'limit', settings.limit, { integer: true, min: 1 }) ?? 100;
  let http = settings.http;
  return {
    name: COURSERA_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal, since } = checkCrawlOptions(options);
      const client = (http ??= createHttpClient());
      const crawledAt = new Date();
      const seen = new Set<string>();
      const tally = createCrawlTally(COURSERA_SOURCE, options);
      for (let start: string | undefined = '0'; start !== undefined && !tally.full; ) {
        signal?.throwIfAborted();
        const query = new URLSearchParams({
          q: 'search',
          query: settings.query,
          start,
          limit: String(pageSize),
          fields: COURSERA_FIELDS,
        });
        const url = `${baseUrl}/api/courses.v1?${query.toString()}`;
        const response = await client.getJson<unknown>(url, { signal });
        const { elements, next } = pageShape(response.body, url);
        tally.page(url, elements.length);
        if (elements.length === 0) break;
        for (const element of elements) {
          signal?.throwIfAborted();
          if (tally.full) break;
          const course = tally.map(
            () => mapCourseraCourse(element, { crawledAt }),
            (error) => elementError(element, error, url),
            url,
          );
          if (course === undefined || seen.has(course.id)) continue;
          seen.add(course.id);
          // Courses have no posting date; `since` reads the session `startDate` (epoch ms) when the catalogue gives one.
          const startDate = isRecord(element) && typeof element.startDate === 'number' ? element.startDate : undefined;
          if (since && startDate !== undefined && startDate < since.getTime()) continue;
          tally.item(course.id);
          yield course;
        }
        // A `next` that does not move forward would page forever.
        const moves: boolean =
          next !== undefined && next !== start && !(Number.isFinite(Number(next)) && Number(next) < Number(start));
        start = moves ? next : undefined;
      }
      tally.done();
    },
  };
}
