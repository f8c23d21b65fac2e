import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  createCourseraCrawler,
  createDiceCrawler,
  createFileCrawler,
  createGreenhouseCrawler,
  createHhCrawler,
  createJsonLdCrawler,
  createLeverCrawler,
  createLinkedInCrawler,
  createLinkedInPostingCrawler,
  createMuseCrawler,
  createRefreshScheduler,
} from './index.js';

// Every crawler factory refuses a mistyped setting (issue #17, item 6) instead of ignoring it: a ValidationError with one
// issue per unknown key, naming the nearest known setting. The check runs before anything else, so no other setting is needed.
const cases: Array<[string, (settings: never) => unknown, string, string]> = [
  ['createLeverCrawler', createLeverCrawler, 'compnay', 'company'],
  ['createGreenhouseCrawler', createGreenhouseCrawler, 'bord', 'board'],
  ['createMuseCrawler', createMuseCrawler, 'category', 'categories'],
  ['createHhCrawler', createHhCrawler, 'perpage', 'perPage'],
  ['createDiceCrawler', createDiceCrawler, 'apikey', 'apiKey'],
  ['createCourseraCrawler', createCourseraCrawler, 'querry', 'query'],
  ['createJsonLdCrawler', createJsonLdCrawler, 'url', 'urls'],
  ['createFileCrawler', createFileCrawler, 'paht', 'path'],
  ['createLinkedInCrawler', createLinkedInCrawler, 'workplaces', 'workplace'],
  ['createLinkedInPostingCrawler', createLinkedInPostingCrawler, 'baseURL', 'baseUrl'],
  ['createRefreshScheduler', createRefreshScheduler, 'ttl', 'ttlMs'],
];

describe('crawler settings refuse unknown keys', () => {
  it.each(cases)('%s refuses %s, suggesting %s', (_name, create, typo, known) => {
    let caught: unknown;
    try {
      create({ [typo]: 1 } as never);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as Error).message).toContain(`unknown key '${typo}' (did you mean '${known}'?)`);
  });
});
