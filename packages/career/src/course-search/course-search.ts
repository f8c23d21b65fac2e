import { invalidSetting, rejectUnknownKeys, type Course, type Crawler } from '@rolefit/core';
import {
  checkListArgument,
  checkNumberSetting,
  checkRecordArgument,
  checkSignalOption,
  checkTextArgument,
} from '@rolefit/core/internal';

/** A Coursera search for a specialisation: the query, and the page a person opens to run it. */
export interface CourseSearch {
  /** The search words: the specialisation's role title. */
  query: string;
  /** Coursera's search page for the query. */
  url: string;
}

/** Coursera's public search page. */
export const COURSERA_SEARCH_URL = 'https://www.coursera.org/search';

/** The Coursera search for a specialisation named `name` (its role title); nothing is fetched. */
export function courseSearchFor(name: string): CourseSearch {
  checkTextArgument('courseSearchFor', 'name', name);
  const query = name.replace(/\s+/gu, ' ').trim();
  return { query, url: `${COURSERA_SEARCH_URL}?${new URLSearchParams({ query }).toString()}` };
}

/** Settings for {@link fetchCourseSearches}. */
export interface FetchCourseSearchesSettings {
  /**
   * Makes the crawler for one query, e.g. `(query) => createCourseraCrawler({ query })` from `@rolefit/crawlers`
   * (its polite HTTP client, retries and caching apply).
   */
  crawlerFor: (query: string) => Crawler<Course>;
  /** Courses kept per search (default 5). */
  limit?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** The courses one search found. */
export interface CourseSearchResult {
  /** The specialisation searched for. */
  specialisationId: string;
  search: CourseSearch;
  courses: Course[];
}

const FETCH_COURSE_SEARCHES_SETTINGS_NAMES = { crawlerFor: true, limit: true, signal: true } satisfies Record<
  keyof FetchCourseSearchesSettings,
  true
>;

/** Runs each specialisation's course search through a course crawler, one after another; only call it when courses are wanted. */
export async function fetchCourseSearches(
  specialisations: ReadonlyArray<{ id: string; courseSearch: CourseSearch }>,
  settings: FetchCourseSearchesSettings,
): Promise<CourseSearchResult[]> {
  rejectUnknownKeys('FetchCourseSearchesSettings', settings, FETCH_COURSE_SEARCHES_SETTINGS_NAMES, { required: true });
  if (typeof settings.crawlerFor !== 'function')
    throw invalidSetting(
      'FetchCourseSearchesSettings',
      'crawlerFor',
      'must be a function from a query to a course crawler',
    );
  checkListArgument('fetchCourseSearches', 'specialisations', specialisations, 'a list of specialisations').forEach(
    (specialisation, index) => {
      const { courseSearch } = checkRecordArgument(
        'fetchCourseSearches',
        `specialisations.${index}`,
        specialisation,
        'a specialisation (from recommendSpecialisations)',
      );
      const { query } = checkRecordArgument(
        'fetchCourseSearches',
        `specialisations.${index}.courseSearch`,
        courseSearch,
        'a CourseSearch',
      );
      checkTextArgument('fetchCourseSearches', `specialisations.${index}.courseSearch.query`, query);
    },
  );
  const limit =
    checkNumberSetting('FetchCourseSearchesSettings', 'limit', settings.limit, { integer: true, min: 1 }) ?? 5;
  checkSignalOption('FetchCourseSearchesSettings', settings.signal);
  const results: CourseSearchResult[] = [];
  for (const specialisation of specialisations) {
    settings.signal?.throwIfAborted();
    const courses: Course[] = [];
    const crawler = settings.crawlerFor(specialisation.courseSearch.query);
    for await (const course of crawler.crawl({ limit, ...(settings.signal ? { signal: settings.signal } : {}) })) {
      courses.push(course);
      if (courses.length >= limit) break;
    }
    results.push({ specialisationId: specialisation.id, search: specialisation.courseSearch, courses });
  }
  return results;
}
