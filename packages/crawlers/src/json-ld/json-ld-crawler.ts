import { checkCrawlOptions, createCrawlTally } from '../crawl-tally/index.js';
import { createHash } from 'node:crypto';
import {
  MAX_EXPERIENCE_YEARS,
  mapEmploymentType,
  rejectUnknownKeys,
  type Crawler,
  type CrawlOptions,
  type Job,
  type Location,
  type SalaryInput,
} from '@rolefit/core';
import { checkTextArgument, invalidArgument } from '@rolefit/core/internal';
import { decodeHtmlEntities } from '@rolefit/core/text';
import { createHttpClient, type HttpClient } from '../http/index.js';
import {
  checkSourceRecord,
  descriptionToText,
  finishJob,
  isRecord,
  mapSalaryPeriod,
  SourceRecordError,
  stringField,
  unreadableRecord,
} from '../mapping/index.js';

/** Settings for {@link createJsonLdCrawler}. */
export interface JsonLdCrawlerSettings {
  /** Job pages (or career pages) whose `<script type="application/ld+json">` blocks hold JobPostings. */
  urls: readonly string[];
  /** The HTTP client (default a new polite client). */
  http?: HttpClient | undefined;
  /** Keep postings whose `validThrough` has passed (default false: an expired ad is not a job). */
  includeExpired?: boolean | undefined;
}

/** Source name of schema.org JobPosting jobs. */
export const JSON_LD_SOURCE = 'json-ld';

const SCRIPT_OPENING = /<script\b/gi;
const LD_JSON_TYPE = /\btype\s*=\s*["']?application\/ld\+json["']?/gi;
const SCRIPT_CLOSING = /<\/script\s*>/gi;

/**
 * Returns the text of every `<script type="application/ld+json">` block in an HTML page: what
 * `/<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi` matches, found in time
 * linear in the page. (That regex rescanned the rest of a hostile page from every script tag left open.)
 */
export function extractJsonLdBlocks(html: string): string[] {
  checkTextArgument('extractJsonLdBlocks', 'html', html);
  const blocks: string[] = [];
  let tagEnd = -1; // the first ">" after the current opening's name
  let lastType = -1; // where the last ld+json type attribute before that ">" starts
  SCRIPT_OPENING.lastIndex = 0;
  for (let opening = SCRIPT_OPENING.exec(html); opening; opening = SCRIPT_OPENING.exec(html)) {
    const nameEnd = opening.index + opening[0].length;
    if (tagEnd < nameEnd) {
      // Openings before the same ">" share it: one scan of the tag serves them all.
      tagEnd = html.indexOf('>', nameEnd);
      if (tagEnd === -1) break;
      lastType = -1;
      LD_JSON_TYPE.lastIndex = nameEnd;
      for (let type = LD_JSON_TYPE.exec(html); type && type.index < tagEnd; type = LD_JSON_TYPE.exec(html))
        lastType = type.index;
    }
    if (lastType < nameEnd) continue;
    SCRIPT_CLOSING.lastIndex = tagEnd + 1;
    const closing = SCRIPT_CLOSING.exec(html);
    // With no closing tag after this one, none follows a later opening either.
    if (closing === null) break;
    const block = html.slice(tagEnd + 1, closing.index).trim();
    if (block) blocks.push(block);
    SCRIPT_OPENING.lastIndex = closing.index + closing[0].length;
  }
  return blocks;
}

function hasType(node: Record<string, unknown>, type: string): boolean {
  const value = node['@type'];
  const types = Array.isArray(value) ? value : [value];
  return types.some(
    (item) => typeof item === 'string' && (item === type || item.endsWith(`/${type}`) || item.endsWith(`:${type}`)),
  );
}

/** Collects every JobPosting node in parsed JSON-LD: top level, arrays and `@graph`. */
export function findJobPostings(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 5) return; // hostile nesting should not blow the stack
    if (Array.isArray(node)) node.forEach((item) => visit(item, depth + 1));
    else if (isRecord(node)) {
      if (hasType(node, 'JobPosting')) found.push(node);
      else if (node['@graph'] !== undefined) visit(node['@graph'], depth + 1);
    }
  };
  visit(value, 0);
  return found;
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const nameOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : isRecord(value) ? stringField(value, 'name') : undefined;

function mapLocation(posting: Record<string, unknown>): Location | undefined {
  const place = first(posting.jobLocation);
  const address = isRecord(place) ? place.address : undefined;
  const location: Location = {};
  if (isRecord(address)) {
    location.city = stringField(address, 'addressLocality');
    location.region = stringField(address, 'addressRegion');
    location.country = nameOf(address.addressCountry);
  } else if (typeof address === 'string' && address.trim()) {
    location.city = address.trim();
  }
  const types = [posting.jobLocationType].flat();
  if (types.some((type) => typeof type === 'string' && /telecommute/i.test(type))) {
    location.workplace = 'remote';
    location.country ??= nameOf(first(posting.applicantLocationRequirements));
  }
  const defined = Object.fromEntries(Object.entries(location).filter(([, value]) => value !== undefined)) as Location;
  return Object.keys(defined).length ? defined : undefined;
}

function mapSalary(value: unknown): { salary?: SalaryInput; text?: string } {
  if (typeof value === 'string') return { text: value };
  const amount = first(value);
  if (!isRecord(amount)) return {};
  const currency = stringField(amount, 'currency')?.toUpperCase();
  const quantity = amount.value;
  const toNumber = (raw: unknown) =>
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))
        ? Number(raw)
        : undefined;
  if (!isRecord(quantity)) {
    const single = toNumber(quantity);
    return single === undefined ? {} : { salary: { min: single, max: single, currency, period: 'year' } };
  }
  const single = toNumber(quantity.value);
  const min = toNumber(quantity.minValue) ?? single;
  const max = toNumber(quantity.maxValue) ?? single;
  if (min === undefined && max === undefined) return {};
  // schema.org defaults to no unit; a yearly figure is by far the most common when it is left out.
  const period = mapSalaryPeriod(stringField(quantity, 'unitText')) ?? 'year';
  return { salary: { min, max, currency, period } };
}

function identifierOf(posting: Record<string, unknown>): string | undefined {
  const identifier = first(posting.identifier);
  if (typeof identifier === 'string' || typeof identifier === 'number') return String(identifier);
  if (isRecord(identifier)) {
    const value = identifier.value ?? identifier['@id'];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

function experienceOf(posting: Record<string, unknown>): { min: number } | undefined {
  const requirement = first(posting.experienceRequirements);
  const months = isRecord(requirement) ? requirement.monthsOfExperience : undefined;
  // More months than a working life is no requirement anyone meant: left out, and the posting kept.
  return typeof months === 'number' && months >= 0 && months <= MAX_EXPERIENCE_YEARS * 12
    ? { min: Math.round((months / 12) * 10) / 10 }
    : undefined;
}

/** Maps one schema.org JobPosting node onto a validated Job; throws on a node that is not one. */
export function mapJobPosting(
  posting: Record<string, unknown>,
  pageUrl: string,
  settings: { crawledAt?: Date | undefined } = {},
): Job {
  checkSourceRecord('mapJobPosting', JSON_LD_SOURCE, 'posting', posting);
  if (!URL.canParse(checkTextArgument('mapJobPosting', 'pageUrl', pageUrl)))
    throw invalidArgument('mapJobPosting', 'pageUrl', 'must be an absolute URL (the page the posting was found on)');
  const title = typeof posting.title === 'string' ? decodeHtmlEntities(posting.title) : '';
  // A relative `url` is resolved against the page it was found on.
  const postingUrl = stringField(posting, 'url') ?? pageUrl;
  if (!URL.canParse(postingUrl, pageUrl))
    throw unreadableRecord('mapJobPosting', JSON_LD_SOURCE, 'posting.url', 'is not a URL, nor relative to the page');
  const url = new URL(postingUrl, pageUrl).href;
  const identifier = identifierOf(posting);
  const organization = first(posting.hiringOrganization);
  // Without an identifier, the posting's URL and title are what make it this posting.
  const externalId = identifier ?? createHash('sha256').update(`${url}\n${title}`).digest('hex').slice(0, 16);
  const host = new URL(url).hostname;
  const { salary, text: salaryText } = mapSalary(posting.baseSalary ?? posting.estimatedSalary);
  const employmentType = [posting.employmentType]
    .flat()
    .map((type) => mapEmploymentType(typeof type === 'string' ? type : undefined))
    .find(Boolean);
  const skills = [posting.skills]
    .flat()
    .flatMap((skill) => (typeof skill === 'string' ? skill.split(/(?!(?<=\s)\s)\s*,\s*/) : (nameOf(skill) ?? [])));
  const experienceText = typeof posting.experienceRequirements === 'string' ? posting.experienceRequirements : '';
  const description = [
    descriptionToText(typeof posting.description === 'string' ? posting.description : ''),
    experienceText,
  ]
    .filter(Boolean)
    .join('\n');
  return finishJob({
    id: `${JSON_LD_SOURCE}:${host}:${externalId}`,
    source: JSON_LD_SOURCE,
    url,
    title,
    company: nameOf(organization),
    location: mapLocation(posting),
    employmentType,
    description,
    salary,
    salaryText,
    skills,
    experienceYears: experienceOf(posting),
    postedAt: stringField(posting, 'datePosted'),
    crawledAt: settings.crawledAt ?? new Date(),
    raw: posting,
  });
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const JSON_LD_CRAWLER_SETTINGS_NAMES = { urls: true, http: true, includeExpired: true } satisfies Record<
  keyof JsonLdCrawlerSettings,
  true
>;

/** A Crawler over pages carrying schema.org JobPosting JSON-LD; one failing page or record is reported and skipped. */
export function createJsonLdCrawler(settings: JsonLdCrawlerSettings): Crawler<Job> {
  rejectUnknownKeys('JsonLdCrawlerSettings', settings, JSON_LD_CRAWLER_SETTINGS_NAMES, { required: true });
  let http = settings.http;
  return {
    name: JSON_LD_SOURCE,
    async *crawl(options: CrawlOptions = {}) {
      const { signal } = checkCrawlOptions(options);
      http ??= createHttpClient();
      const crawledAt = new Date();
      const tally = createCrawlTally(JSON_LD_SOURCE, options);
      for (const pageUrl of settings.urls) {
        if (tally.full) break;
        signal?.throwIfAborted();
        let html: string;
        let finalUrl: string;
        try {
          const response = await http.getText(pageUrl, {
            signal,
            headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
          });
          html = response.body;
          finalUrl = response.url;
        } catch (error) {
          if (signal?.aborted) throw error;
          tally.error(error as Error, pageUrl); // one unreachable page must not end a crawl over many
          continue;
        }
        const postings: Record<string, unknown>[] = [];
        for (const [index, block] of extractJsonLdBlocks(html).entries()) {
          const found = tally.map(
            () => findJobPostings(JSON.parse(block)),
            (error) =>
              new SourceRecordError(
                `${finalUrl} JSON-LD block ${index}: ${(error as Error).message}`,
                JSON_LD_SOURCE,
                undefined,
                finalUrl,
                { cause: error },
              ),
            finalUrl,
          );
          // A loop, not push(...found): a block of 430,000 postings overflowed the stack with a RangeError.
          for (const posting of found ?? []) postings.push(posting);
        }
        tally.page(finalUrl, postings.length);
        for (const posting of postings) {
          if (tally.full) break;
          const validThrough = Date.parse(stringField(posting, 'validThrough') ?? '');
          if (!settings.includeExpired && !Number.isNaN(validThrough) && validThrough < crawledAt.getTime()) continue;
          const job = tally.map(
            () => mapJobPosting(posting, finalUrl, { crawledAt }),
            (error) => {
              const recordId = identifierOf(posting);
              return new SourceRecordError(
                `${finalUrl} JobPosting ${recordId ?? '?'}: ${(error as Error).message}`,
                JSON_LD_SOURCE,
                recordId,
                finalUrl,
                { cause: error },
              );
            },
            finalUrl,
          );
          if (job === undefined || tally.olderThanSince(job.postedAt)) continue;
          tally.item(job.id);
          yield job;
        }
      }
      tally.done();
    },
  };
}
