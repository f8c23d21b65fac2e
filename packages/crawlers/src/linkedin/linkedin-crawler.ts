/*
 * LinkedIn's guest endpoints (`/jobs-guest/jobs/api/...`) are unofficial: they serve the logged-out job pages, carry no
 * contract and may change or disappear without notice. Users must respect LinkedIn's terms of service. The HTTP client
 * obeys robots.txt by default, and LinkedIn's robots.txt may disallow these paths for generic bots; turning
 * `respectRobots` off is the user's call and responsibility, never this adapter's default.
 */
import {
  mapEmploymentType,
  mapExperienceLevel,
  parseLocationText,
  rejectUnknownKeys,
  type Crawler,
  type CrawlOptions,
  type EmploymentType,
  type ExperienceLevel,
  type Job,
  type Location,
  type Workplace,
} from '@rolefit/core';
import { checkNumberSetting, checkTextArgument } from '@rolefit/core/internal';
import { checkCrawlOptions, createCrawlTally } from '../crawl-tally/index.js';
import { createHttpClient, type HttpClient } from '../http/index.js';
import { descriptionToText, finishJob, SourceRecordError, unreadableRecord } from '../mapping/index.js';
import { attributeOf, findElement, findElements, inlineText, textOf } from './markup.js';

/** Source name of LinkedIn jobs. */
export const LINKEDIN_SOURCE = 'linkedin';

/** LinkedIn's experience filter codes (`f_E`): 1 internship, 2 entry, 3 associate, 4 mid-senior, 5 director, 6 executive. */
export type LinkedInExperienceCode = 1 | 2 | 3 | 4 | 5 | 6;
/** LinkedIn's job type filter codes (`f_JT`): full-time, part-time, contract, temporary, internship, volunteer. */
export type LinkedInJobTypeCode = 'F' | 'P' | 'C' | 'T' | 'I' | 'V';

const EXPERIENCE_LEVELS: Readonly<Record<LinkedInExperienceCode, ExperienceLevel>> = {
  1: 'internship',
  2: 'entry',
  3: 'associate',
  4: 'mid-senior',
  5: 'director',
  6: 'executive',
};
const WORKPLACE_CODES: Readonly<Record<Workplace, string>> = { onsite: '1', remote: '2', hybrid: '3' };
const JOB_TYPES: Readonly<Record<LinkedInJobTypeCode, EmploymentType>> = {
  F: 'full-time',
  P: 'part-time',
  C: 'contract',
  T: 'temporary',
  I: 'internship',
  V: 'volunteer',
};

/** Settings for {@link createLinkedInCrawler}. */
export interface LinkedInCrawlerSettings {
  /** Search words, as typed into LinkedIn's job search. */
  keywords: string;
  /** Place to search in ("Austin, Texas, United States", "Germany", "Remote"). */
  location?: string | undefined;
  /** Experience levels asked for (`f_E`); with exactly one, jobs carry it when the posting does not say. */
  experienceLevels?: readonly LinkedInExperienceCode[] | undefined;
  /** Workplaces asked for (`f_WT`); with exactly one, jobs carry it. */
  workplace?: readonly Workplace[] | undefined;
  /** Job types asked for (`f_JT`); with exactly one, jobs carry it when the posting does not say. */
  jobTypes?: readonly LinkedInJobTypeCode[] | undefined;
  /** Only postings this recent (`f_TPR=r<seconds>`); when unset, a crawl's `since` sets it. */
  postedWithinSeconds?: number | undefined;
  /** Most search pages fetched (default 10). */
  maxPages?: number | undefined;
  /** Fetch each posting for its description, criteria and pay (default true; one more request per job). */
  fetchDetails?: boolean | undefined;
  /** Site origin (default `https://www.linkedin.com`); tests point it at a local server. */
  baseUrl?: string | undefined;
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
}

/** One job card of a guest search page, as written in the markup (text decoded, nothing validated). */
export interface LinkedInCard {
  /** The numeric posting id, from `data-entity-urn` or the link. */
  jobId: string | undefined;
  url: string | undefined;
  title: string | undefined;
  company: string | undefined;
  location: string | undefined;
  salaryText: string | undefined;
  /** The `datetime` of the list date (`2026-11-20`). */
  postedDate: string | undefined;
}

/** What a guest posting page says, as written in the markup (text decoded, nothing validated). */
export interface LinkedInPostingDetails {
  title: string | undefined;
  company: string | undefined;
  location: string | undefined;
  /** The description's HTML. */
  descriptionHtml: string | undefined;
  /** Job criteria by subheader: "Seniority level", "Employment type", "Job function", "Industries". */
  criteria: Record<string, string>;
  /** "2 days ago". */
  postedText: string | undefined;
  salaryText: string | undefined;
}

/** Extracts the numeric LinkedIn job id from a posting URL (`/jobs/view/title-at-company-4012345678`, `?currentJobId=`) or URN. */
export function linkedInJobId(reference: string): string | undefined {
  const urn = /urn:li:jobPosting:(\d+)/.exec(reference);
  if (urn) return urn[1];
  const view = /\/jobs\/view\/(?:[^/?#]*?-)?(\d+)(?:[/?#]|$)/.exec(reference);
  if (view) return view[1];
  const posting = /\/jobPosting\/(\d+)(?:[/?#]|$)/.exec(reference);
  if (posting) return posting[1];
  return /[?&]currentJobId=(\d+)/.exec(reference)?.[1];
}

/** Splits a guest search page into its cards' fields; a card's missing fields stay undefined. */
export function extractLinkedInCards(html: string): LinkedInCard[] {
  // Each card is a `base-card` div; the `<li>` around it is optional in what LinkedIn sends.
  // Cards do not nest: one that never closes ends where the next begins, so a page of unclosed cards stays linear.
  return findElements(html, 'div', 'base-card', { endAtNested: true }).map(({ attributes, inner }) => {
    const link = findElement(inner, 'a', 'base-card__full-link');
    const href = link ? attributeOf(link.attributes, 'href') : undefined;
    const time =
      findElement(inner, 'time', 'job-search-card__listdate') ??
      findElement(inner, 'time', 'job-search-card__listdate--new');
    return {
      jobId:
        linkedInJobId(attributeOf(attributes, 'data-entity-urn') ?? '') ?? (href ? linkedInJobId(href) : undefined),
      url: href,
      title: textOf(inner, 'h3', 'base-search-card__title'),
      company: textOf(inner, 'h4', 'base-search-card__subtitle'),
      location: textOf(inner, 'span', 'job-search-card__location'),
      salaryText: textOf(inner, 'span', 'job-search-card__salary-info'),
      postedDate: time ? attributeOf(time.attributes, 'datetime')?.trim() || undefined : undefined,
    };
  });
}

/** Reads a guest posting page's fields. */
export function extractLinkedInPosting(html: string): LinkedInPostingDetails {
  const criteria: Record<string, string> = {};
  for (const item of findElements(html, 'li', 'description__job-criteria-item')) {
    const name = textOf(item.inner, 'h3', 'description__job-criteria-subheader');
    const value = textOf(item.inner, 'span', 'description__job-criteria-text');
    if (name && value) criteria[name] = value;
  }
  return {
    title: textOf(html, 'h2', 'top-card-layout__title') ?? textOf(html, 'h1', 'top-card-layout__title'),
    company: textOf(html, 'a', 'topcard__org-name-link') ?? textOf(html, 'span', 'topcard__flavor'),
    location: textOf(html, 'span', 'topcard__flavor--bullet'),
    descriptionHtml: findElement(html, 'div', 'show-more-less-html__markup')?.inner,
    criteria,
    postedText: textOf(html, 'span', 'posted-time-ago__text'),
    salaryText: textOf(html, 'div', 'compensation__salary'),
  };
}

/** Reads "2 days ago" / "3 weeks ago" / "Just now" into a moment before `now`; undefined for anything else. */
export function parseLinkedInTimeAgo(text: string | undefined, now: Date): Date | undefined {
  const value = (text ?? '').toLowerCase();
  if (/just now|moments? ago/.test(value)) return now;
  const match = /(\d+)\s*(second|minute|hour|day|week|month|year)s?\s+ago/.exec(value);
  if (!match) return undefined;
  const seconds = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_592_000, year: 31_536_000 }[
    match[2] as 'day'
  ];
  return new Date(now.getTime() - Number(match[1]) * seconds * 1000);
}

/** What a search implies about its results when it asked for exactly one value of a filter. */
export interface SearchImplied {
  experienceLevel?: ExperienceLevel;
  employmentType?: EmploymentType;
  workplace?: Workplace;
}

function impliedBy(
  settings: Pick<LinkedInCrawlerSettings, 'experienceLevels' | 'jobTypes' | 'workplace'>,
): SearchImplied {
  const only = <T>(values: readonly T[] | undefined): T | undefined => (values?.length === 1 ? values[0] : undefined);
  const level = only(settings.experienceLevels);
  const type = only(settings.jobTypes);
  return {
    experienceLevel: level === undefined ? undefined : EXPERIENCE_LEVELS[level],
    employmentType: type === undefined ? undefined : JOB_TYPES[type],
    workplace: only(settings.workplace),
  };
}

function canonicalUrl(url: string | undefined, jobId: string): string {
  // Card links carry tracking parameters that change per request; the path alone names the posting.
  if (url && /^https?:\/\//i.test(url)) return url.split(/[?#]/)[0] ?? url;
  return `https://www.linkedin.com/jobs/view/${jobId}`;
}

function withWorkplace(location: Location | undefined, workplace: Workplace | undefined): Location | undefined {
  if (!workplace || location?.workplace) return location;
  return { ...location, workplace };
}

/** Builds a validated Job from a card, optionally enriched by its posting page; throws when the record is not a job. */
export function mapLinkedInCard(
  card: LinkedInCard,
  settings: { details?: LinkedInPostingDetails; implied?: SearchImplied; crawledAt?: Date } = {},
): Job {
  if (!card.jobId) throw unreadableRecord('mapLinkedInCard', LINKEDIN_SOURCE, 'card', 'has no job id');
  const { details, implied = {} } = settings;
  const crawledAt = settings.crawledAt ?? new Date();
  const title = card.title ?? details?.title ?? '';
  const job = finishJob({
    id: `${LINKEDIN_SOURCE}:${card.jobId}`,
    source: LINKEDIN_SOURCE,
    url: canonicalUrl(card.url, card.jobId),
    title,
    company: card.company ?? details?.company,
    location: withWorkplace(parseLocationText(card.location ?? details?.location), implied.workplace),
    employmentType: mapEmploymentType(details?.criteria['Employment type']) ?? implied.employmentType,
    description: descriptionToText(details?.descriptionHtml),
    salaryText: card.salaryText ?? details?.salaryText,
    postedAt: card.postedDate ?? parseLinkedInTimeAgo(details?.postedText, crawledAt),
    crawledAt,
    raw: details ? { card, details } : { card },
  });
  // The posting's own seniority beats the search filter, which beats finishJob's guess from the title.
  const experienceLevel =
    mapExperienceLevel(details?.criteria['Seniority level']) ?? implied.experienceLevel ?? job.experienceLevel;
  return experienceLevel === undefined ? job : { ...job, experienceLevel };
}

/** Maps a guest posting page onto a validated Job; throws when the page holds no job. */
export function parseLinkedInPosting(
  html: string,
  reference: string,
  settings: { crawledAt?: Date | undefined } = {},
): Job {
  checkTextArgument('parseLinkedInPosting', 'html', html);
  checkTextArgument('parseLinkedInPosting', 'reference', reference);
  const jobId = linkedInJobId(reference);
  if (!jobId)
    throw unreadableRecord(
      'parseLinkedInPosting',
      LINKEDIN_SOURCE,
      'reference',
      'names no LinkedIn job id (a job id, or a /jobs/view/ URL)',
    );
  const details = extractLinkedInPosting(html);
  const url = /\/jobs\/view\//.test(reference) ? reference : undefined;
  return mapLinkedInCard(
    {
      jobId,
      url,
      title: details.title,
      company: undefined,
      location: undefined,
      salaryText: undefined,
      postedDate: undefined,
    },
    { details, crawledAt: settings.crawledAt },
  );
}

/** One search page's jobs and the cards that could not be mapped. */
export interface LinkedInSearchPage {
  /** Cards found on the page, mapped or not. */
  cards: number;
  jobs: Job[];
  errors: SourceRecordError[];
}

/** Maps every card of a guest search page (without posting details); bad cards become errors, not exceptions. */
export function parseLinkedInSearchPage(
  html: string,
  settings: { crawledAt?: Date | undefined; url?: string | undefined } = {},
): LinkedInSearchPage {
  checkTextArgument('parseLinkedInSearchPage', 'html', html);
  const cards = extractLinkedInCards(html);
  const page: LinkedInSearchPage = { cards: cards.length, jobs: [], errors: [] };
  for (const card of cards) {
    try {
      page.jobs.push(mapLinkedInCard(card, { crawledAt: settings.crawledAt }));
    } catch (error) {
      page.errors.push(cardError(card, error, settings.url));
    }
  }
  return page;
}

function cardError(card: LinkedInCard, error: unknown, url: string | undefined): SourceRecordError {
  return SourceRecordError.forRecord(LINKEDIN_SOURCE, 'linkedin job', card.jobId, url, error);
}

// Cards carry a date without a time: one dated the day `since` falls in may be newer than `since`, so it is kept.
function postedOnOrAfter(postedAt: number, since: Date): boolean {
  return Number.isNaN(postedAt) || postedAt + 86_400_000 > since.getTime();
}

const HTML_ACCEPT = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' };

/** The guest search URL for one page of results. */
export function linkedInSearchUrl(
  settings: LinkedInCrawlerSettings,
  start: number,
  since?: Date,
  now = new Date(),
): string {
  const baseUrl = (settings.baseUrl ?? 'https://www.linkedin.com').replace(/\/+$/, '');
  const query = new URLSearchParams({ keywords: settings.keywords });
  if (settings.location) query.set('location', settings.location);
  if (settings.experienceLevels?.length) query.set('f_E', settings.experienceLevels.join(','));
  if (settings.workplace?.length)
    query.set('f_WT', settings.workplace.map((workplace) => WORKPLACE_CODES[workplace]).join(','));
  if (settings.jobTypes?.length) query.set('f_JT', settings.jobTypes.join(','));
  // An incremental crawl asks LinkedIn for the window since the last run instead of filtering every page itself.
  const seconds =
    settings.postedWithinSeconds ??
    (since ? Math.max(1, Math.ceil((now.getTime() - since.getTime()) / 1000)) : undefined);
  if (seconds !== undefined) query.set('f_TPR', `r${seconds}`);
  query.set('start', String(start));
  return `${baseUrl}/jobs-guest/jobs/api/seeMoreJobPostings/search?${query.toString()}`;
}

function postingUrl(baseUrl: string | undefined, jobId: string): string {
  return `${(baseUrl ?? 'https://www.linkedin.com').replace(/\/+$/, '')}/jobs-guest/jobs/api/jobPosting/${jobId}`;
}

/** Fetches one posting (any `/jobs/view/...-{id}` URL) through the guest posting endpoint and maps it onto a Job. */
export async function fetchLinkedInPosting(
  url: string,
  settings: { http?: HttpClient; baseUrl?: string; signal?: AbortSignal } = {},
): Promise<Job> {
  const jobId = linkedInJobId(url);
  if (!jobId) throw new SourceRecordError(`${url} names no LinkedIn job id`, LINKEDIN_SOURCE, undefined, url);
  const http = settings.http ?? createHttpClient();
  const endpoint = postingUrl(settings.baseUrl, jobId);
  const response = await http.getText(endpoint, { signal: settings.signal, headers: HTML_ACCEPT });
  try {
    return parseLinkedInPosting(
      response.body,
      /\/jobs\/view\//.test(url) ? url : `https://www.linkedin.com/jobs/view/${jobId}`,
    );
  } catch (error) {
    throw new SourceRecordError(
      `linkedin job ${jobId}: ${(error as Error).message}`,
      LINKEDIN_SOURCE,
      jobId,
      endpoint,
      { cause: error },
    );
  }
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const LINKED_IN_CRAWLER_SETTINGS_NAMES = {
  keywords: true,
  location: true,
  experienceLevels: true,
  workplace: true,
  jobTypes: true,
  postedWithinSeconds: true,
  maxPages: true,
  fetchDetails: true,
  baseUrl: true,
  http: true,
} satisfies Record<keyof LinkedInCrawlerSettings, true>;

/** A Crawler over LinkedIn's guest job search, paging with `start` until an empty page; see the note on terms above. */
export function createLinkedInCrawler(settings: LinkedInCrawlerSettings): Crawler<Job> {
  rejectUnknownKeys('LinkedInCrawlerSettings', settings, LINKED_IN_CRAWLER_SETTINGS_NAMES, { required: true });
  checkNumberSetting('LinkedInCrawlerSettings', 'postedWithinSeconds', settings.postedWithinSeconds, {
    integer: true,
    min: 1,
  });
  checkNumberSetting('LinkedInCrawlerSettings', 'maxPages', settings.maxPages, { integer: true, min: 1 });
  const maxPages = settings.maxPages ?? 10;
  const fetchDetails = settings.fetchDetails ?? true;
  const implied = impliedBy(settings);
  let http = settings.http;
  return {
    name: LINKEDIN_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal, since } = checkCrawlOptions(options);
      const client = (http ??= createHttpClient());
      const crawledAt = new Date();
      const tally = createCrawlTally(LINKEDIN_SOURCE, options);
      for (let start = 0; tally.pages < maxPages && !tally.full; ) {
        signal?.throwIfAborted();
        const url = linkedInSearchUrl(settings, start, since, crawledAt);
        const response = await client.getText(url, { signal, headers: HTML_ACCEPT });
        const cards = extractLinkedInCards(response.body);
        tally.page(url, cards.length);
        // An empty body (or one without cards) is how LinkedIn says there are no more results.
        if (cards.length === 0) break;
        // A card seen on an earlier page is skipped; a card without a job id counts as new (it may still make a job).
        const { records: fresh } = tally.unseen(cards, (card) => card.jobId);
        for (const card of fresh) {
          signal?.throwIfAborted();
          if (tally.full) break;
          // The card's own date decides `since` before any detail request is spent on an old posting.
          if (since && card.postedDate && !postedOnOrAfter(Date.parse(card.postedDate), since)) continue;
          let details: LinkedInPostingDetails | undefined;
          if (fetchDetails && card.jobId && card.title) {
            const detailUrl = postingUrl(settings.baseUrl, card.jobId);
            try {
              details = extractLinkedInPosting(
                (await client.getText(detailUrl, { signal, headers: HTML_ACCEPT })).body,
              );
            } catch (error) {
              if (signal?.aborted) throw error;
              tally.error(error as Error, detailUrl); // the card alone still makes a job
            }
          }
          const job = tally.map(
            () => mapLinkedInCard(card, { details, implied, crawledAt }),
            (error) => cardError(card, error, url),
            url,
          );
          if (job === undefined || (since && job.postedAt && !postedOnOrAfter(job.postedAt.getTime(), since))) continue;
          tally.item(job.id);
          yield job;
        }
        // A server that ignores `start` repeats a page forever; nothing new means stop.
        if (fresh.length === 0) break;
        start += cards.length;
      }
      tally.done();
    },
  };
}

/** Settings for {@link createLinkedInPostingCrawler}. */
export interface LinkedInPostingCrawlerSettings {
  /** Posting URLs (`https://www.linkedin.com/jobs/view/...-4012345678`). */
  urls: readonly string[];
  /** Site origin of the guest posting endpoint (default `https://www.linkedin.com`). */
  baseUrl?: string | undefined;
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const LINKED_IN_POSTING_CRAWLER_SETTINGS_NAMES = { urls: true, baseUrl: true, http: true } satisfies Record<
  keyof LinkedInPostingCrawlerSettings,
  true
>;

/** A Crawler over single LinkedIn postings by URL; an unreadable URL or page is reported and skipped. */
export function createLinkedInPostingCrawler(settings: LinkedInPostingCrawlerSettings): Crawler<Job> {
  rejectUnknownKeys('LinkedInPostingCrawlerSettings', settings, LINKED_IN_POSTING_CRAWLER_SETTINGS_NAMES, {
    required: true,
  });
  let http = settings.http;
  return {
    name: LINKEDIN_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal } = checkCrawlOptions(options);
      const client = (http ??= createHttpClient());
      const tally = createCrawlTally(LINKEDIN_SOURCE, options);
      for (const url of settings.urls) {
        if (tally.full) break;
        signal?.throwIfAborted();
        let job: Job;
        try {
          job = await fetchLinkedInPosting(url, { http: client, baseUrl: settings.baseUrl, signal });
        } catch (error) {
          if (signal?.aborted) throw error;
          tally.error(error as Error, url);
          continue;
        }
        tally.page(url, 1);
        if (tally.olderThanSince(job.postedAt)) continue;
        tally.item(job.id);
        yield job;
      }
      tally.done();
    },
  };
}
