import { isValidationError, type Crawler } from '@rolefit/core';
import {
  createDiceCrawler,
  createFileCrawler,
  createGreenhouseCrawler,
  createHhCrawler,
  createHttpClient,
  createJsonLdCrawler,
  createLeverCrawler,
  createLinkedInCrawler,
  createMuseCrawler,
  type HhHost,
  type HttpClient,
} from '@rolefit/crawlers';
import { stringOption, type CommandArguments } from '../shared/args.js';
import { UsageError } from '../shared/io.js';

/** The job sources `rolefit crawl` knows, by the name given on the command line. */
export const CRAWL_SOURCES = ['hh', 'greenhouse', 'lever', 'themuse', 'linkedin', 'dice', 'json-ld', 'file'] as const;

/** A source name of `rolefit crawl`. */
export type CrawlSource = (typeof CRAWL_SOURCES)[number];

/** Options every source takes. */
const COMMON = ['store', 'limit', 'max-pages', 'since', 'base-url', 'no-cache', 'json'];

/** The filters (options) each source takes besides the common ones. */
export const SOURCE_FILTERS: Readonly<Record<CrawlSource, readonly string[]>> = {
  hh: ['text', 'area', 'host', 'only-with-salary'],
  greenhouse: ['board', 'company'],
  lever: ['company', 'company-name'],
  themuse: ['category', 'level', 'location', 'company'],
  linkedin: ['keywords', 'location'],
  dice: ['query', 'location'],
  'json-ld': ['url'],
  file: ['path', 'format', 'delimiter', 'id-prefix'],
};

/** Every option of `rolefit crawl`, for the argument parser. */
export const CRAWL_OPTIONS = {
  store: { type: 'string' },
  limit: { type: 'string' },
  'max-pages': { type: 'string' },
  since: { type: 'string' },
  'base-url': { type: 'string' },
  'no-cache': { type: 'boolean' },
  json: { type: 'boolean' },
  text: { type: 'string' },
  area: { type: 'string', multiple: true },
  host: { type: 'string' },
  'only-with-salary': { type: 'boolean' },
  board: { type: 'string' },
  company: { type: 'string', multiple: true },
  'company-name': { type: 'string' },
  category: { type: 'string', multiple: true },
  level: { type: 'string', multiple: true },
  location: { type: 'string', multiple: true },
  keywords: { type: 'string' },
  query: { type: 'string' },
  url: { type: 'string', multiple: true },
  path: { type: 'string' },
  format: { type: 'string' },
  delimiter: { type: 'string' },
  'id-prefix': { type: 'string' },
} as const;

/** Whether a URL's host is a loopback address (127.0.0.0/8, ::1 or localhost). */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function checkUrl(url: string, label: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${label} must be an http(s) URL, got "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new UsageError(`${label} must be an http(s) URL, got "${url}"`);
  return url;
}

const list = (values: CommandArguments['values'], name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
};

/** What {@link createSourceCrawler} needs besides the parsed options. */
export interface SourceContext {
  /** Environment variables (for the Dice API key). */
  env: Readonly<Record<string, string | undefined>>;
  /** Most pages to read, from `--max-pages`. */
  maxPages?: number;
}

/**
 * The crawler for `source` from the command's options: only that source's filters are accepted (another's is a
 * UsageError), and its required ones must be there. The HTTP client is the polite one (robots.txt, per-host rate limits,
 * retries, the 24 h disk cache unless `--no-cache`); it reaches a loopback address only when `--base-url` (or every
 * `--url` of json-ld) names one.
 */
export function createSourceCrawler(
  source: CrawlSource,
  values: CommandArguments['values'],
  context: SourceContext,
): Crawler {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || COMMON.includes(name) || SOURCE_FILTERS[source].includes(name)) continue;
    throw new UsageError(
      `--${name} is not a filter of ${source} (its filters: ${SOURCE_FILTERS[source].map((filter) => `--${filter}`).join(', ')})`,
    );
  }
  const need = (name: string, what: string): string => {
    const value = stringOption(values, name) ?? list(values, name)[0];
    if (value === undefined || value.trim() === '') throw new UsageError(`crawl ${source} needs --${name} ${what}`);
    return value;
  };
  const baseUrlOption = stringOption(values, 'base-url');
  const baseUrl = baseUrlOption === undefined ? undefined : checkUrl(baseUrlOption, '--base-url');
  const urls = list(values, 'url').map((url) => checkUrl(url, '--url'));
  const local =
    baseUrl !== undefined
      ? isLoopbackUrl(baseUrl)
      : source === 'json-ld' && urls.length > 0 && urls.every(isLoopbackUrl);
  const http: HttpClient = createHttpClient({
    ...(values['no-cache'] ? { cacheDirectory: false } : {}),
    ...(local ? { allowPrivateNetworks: 'loopback' } : {}),
  });
  const where = { ...(baseUrl === undefined ? {} : { baseUrl }), http };
  const maxPages = context.maxPages === undefined ? {} : { maxPages: context.maxPages };
  switch (source) {
    case 'hh': {
      const host = stringOption(values, 'host');
      if (host !== undefined && host !== 'hh.ru' && host !== 'hh.uz')
        throw new UsageError(`--host must be hh.ru or hh.uz, got "${host}"`);
      const areas = list(values, 'area');
      return createHhCrawler({
        text: need('text', 'WORDS'),
        ...(areas.length ? { area: areas } : {}),
        ...(host === undefined ? {} : { host: host as HhHost }),
        ...(values['only-with-salary'] ? { onlyWithSalary: true } : {}),
        ...maxPages,
        ...where,
      });
    }
    case 'greenhouse': {
      const companies = list(values, 'company');
      if (companies.length > 1) throw new UsageError('crawl greenhouse takes one --company NAME');
      return createGreenhouseCrawler({
        board: need('board', 'TOKEN'),
        ...(companies[0] === undefined ? {} : { company: companies[0] }),
        ...where,
      });
    }
    case 'lever': {
      const companies = list(values, 'company');
      if (companies.length > 1) throw new UsageError('crawl lever takes one --company SITE');
      const companyName = stringOption(values, 'company-name');
      return createLeverCrawler({
        company: need('company', 'SITE'),
        ...(companyName === undefined ? {} : { companyName }),
        ...maxPages,
        ...where,
      });
    }
    case 'themuse': {
      const pick = (name: string) => (list(values, name).length ? list(values, name) : undefined);
      const filters = {
        categories: pick('category'),
        levels: pick('level'),
        locations: pick('location'),
        company: pick('company'),
      };
      return createMuseCrawler({
        ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
        ...maxPages,
        ...where,
      });
    }
    case 'linkedin': {
      const locations = list(values, 'location');
      if (locations.length > 1) throw new UsageError('crawl linkedin takes one --location PLACE');
      return createLinkedInCrawler({
        keywords: need('keywords', 'WORDS'),
        ...(locations[0] === undefined ? {} : { location: locations[0] }),
        ...maxPages,
        ...where,
      });
    }
    case 'dice': {
      const apiKey = context.env.ROLEFIT_DICE_API_KEY;
      if (!apiKey) throw new UsageError('crawl dice needs the Dice API key in ROLEFIT_DICE_API_KEY');
      const locations = list(values, 'location');
      if (locations.length > 1) throw new UsageError('crawl dice takes one --location PLACE');
      const query = stringOption(values, 'query');
      return createDiceCrawler({
        apiKey,
        ...(query === undefined ? {} : { query }),
        ...(locations[0] === undefined ? {} : { location: locations[0] }),
        ...maxPages,
        ...where,
      });
    }
    case 'json-ld':
      if (urls.length === 0) throw new UsageError('crawl json-ld needs --url URL (one or more)');
      if (baseUrl !== undefined)
        throw new UsageError('crawl json-ld reads the pages of --url; --base-url does not apply');
      return createJsonLdCrawler({ urls, http });
    case 'file':
      if (baseUrl !== undefined) throw new UsageError('crawl file reads --path; --base-url does not apply');
      try {
        return createFileCrawler({
          path: need('path', 'FILE'),
          ...fileFormat(stringOption(values, 'format')),
          ...fileDelimiter(stringOption(values, 'delimiter')),
          ...fileIdPrefix(stringOption(values, 'id-prefix')),
        });
      } catch (error) {
        // A setting the file crawler refuses (a delimiter for a JSON file, a workbook's path): that option's usage error,
        // as its other refusals are.
        const issue = isValidationError(error) ? error.issues[0] : undefined;
        const option = issue?.path === 'delimiter' ? '--delimiter' : issue?.path === 'path' ? '--path' : undefined;
        if (option !== undefined) throw new UsageError(`${option} ${issue!.message}`);
        throw error;
      }
  }
}

/** `--id-prefix P` as the file crawler's setting: put before every record's id, so two files' ids cannot collide. */
function fileIdPrefix(option: string | undefined): { idPrefix?: string } {
  if (option === undefined) return {};
  if (option === '') throw new UsageError('--id-prefix must not be empty');
  return { idPrefix: option };
}

const FILE_FORMATS = ['json', 'jsonl', 'csv', 'tsv'] as const;

/**
 * `--format F` as the file crawler's setting: the format whatever the file's name says (`/dev/stdin`, `<(zcat
 * jobs.jsonl.gz)`, a file without an extension); none when not given (the name says it).
 */
function fileFormat(option: string | undefined): { format?: (typeof FILE_FORMATS)[number] } {
  if (option === undefined) return {};
  const format = option.toLowerCase() === 'ndjson' ? 'jsonl' : option.toLowerCase();
  if (!(FILE_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be json, jsonl, csv or tsv, got ${JSON.stringify(option.slice(0, 20))}`);
  return { format: format as (typeof FILE_FORMATS)[number] };
}

/** `--delimiter C` as the file crawler's setting: one character, `tab` or `\t` a tab; none when not given. */
function fileDelimiter(option: string | undefined): { delimiter?: string } {
  if (option === undefined) return {};
  const delimiter = option === 'tab' || option === '\\t' ? '\t' : option;
  if ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter))
    throw new UsageError(
      `--delimiter must be one character other than a quote (or "tab"), got ${JSON.stringify(option.slice(0, 20))}`,
    );
  return { delimiter };
}
