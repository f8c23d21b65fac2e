// A raw record of the wrong shape given to a source's mapper is the crawlers' SourceRecordError, thrown by the mapper
// itself and naming it and the argument (`mapGreenhouseJob: record: must be an object, got null`), not a plain
// TypeError; the page and text arguments of the parsers are core's ValidationError. The crawlers report such a record
// with its id and URL and go on, as before.
import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { mapCourseraCourse, parseCourseraPage } from '../coursera/index.js';
import { mapDiceJob } from '../dice/index.js';
import { mapGreenhouseJob } from '../greenhouse/index.js';
import { mapHhVacancy } from '../hh/index.js';
import { defaultCacheDirectory } from '../http/index.js';
import { extractJsonLdBlocks, mapJobPosting } from '../json-ld/index.js';
import { mapLeverPosting } from '../lever/index.js';
import { parseLinkedInPosting, parseLinkedInSearchPage } from '../linkedin/index.js';
import { mapMuseJob } from '../themuse/index.js';
import { descriptionToText, finishJob, SourceRecordError, stringField } from './index.js';

const mappers: Array<[string, string, string, (record: unknown) => unknown]> = [
  ['mapGreenhouseJob', 'greenhouse', 'record', (record) => mapGreenhouseJob(record, 'acme')],
  ['mapLeverPosting', 'lever', 'record', (record) => mapLeverPosting(record, 'acme')],
  ['mapMuseJob', 'themuse', 'record', (record) => mapMuseJob(record)],
  ['mapDiceJob', 'dice', 'record', (record) => mapDiceJob(record)],
  ['mapHhVacancy', 'hh', 'record', (record) => mapHhVacancy(record)],
  ['mapCourseraCourse', 'coursera', 'element', (record) => mapCourseraCourse(record)],
  ['mapJobPosting', 'json-ld', 'posting', (record) => mapJobPosting(record as never, 'https://example.com/jobs/1')],
];

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('a source mapper given a record that is not one', () => {
  for (const [name, source, argument, map] of mappers)
    it(`${name} throws its SourceRecordError naming ${argument}`, () => {
      for (const [value, got] of [
        [null, 'null'],
        [undefined, 'undefined'],
        [42, 'a number (42)'],
        ['x', 'a string'],
        [[], 'an array'],
      ] as const) {
        const error = thrown(() => map(value));
        expect(error).toBeInstanceOf(SourceRecordError);
        expect((error as SourceRecordError).source).toBe(source);
        expect((error as Error).message).toBe(`${name}: ${argument}: must be an object, got ${got}`);
      }
    });

  for (const [name, , argument, map] of mappers.filter(([name]) => name !== 'mapJobPosting'))
    it(`${name} throws its SourceRecordError for a record without an id`, () => {
      const error = thrown(() => map({ title: 'Analyst' }));
      expect(error).toBeInstanceOf(SourceRecordError);
      expect((error as Error).message).toMatch(new RegExp(`^${name}: ${argument}: has no (guid or )?id`));
    });

  it('a Lever createdAt that is not epoch milliseconds is named', () => {
    const error = thrown(() => mapLeverPosting({ id: 'a1', text: 'Analyst', createdAt: '2024-01-01' }, 'acme'));
    expect(error).toBeInstanceOf(SourceRecordError);
    expect((error as Error).message).toBe(
      'mapLeverPosting: record.createdAt: must be epoch milliseconds, got a string',
    );
  });

  it('a crawler page keeps reporting the bad element with its id and URL', () => {
    const page = parseCourseraPage({ elements: [null, { id: 'c1', name: 'SQL' }] }, { url: 'https://x.test/c' });
    expect(page.courses.map((course) => course.id)).toEqual(['coursera:c1']);
    expect(page.errors.map((error) => [error.message, error.url])).toEqual([
      ['coursera course ?: mapCourseraCourse: element: must be an object, got null', 'https://x.test/c'],
    ]);
  });
});

describe('the page and text arguments', () => {
  it('mapJobPosting refuses a page URL that is not one, and a posting URL that cannot be resolved', () => {
    const posting = { '@type': 'JobPosting', title: 'Analyst', url: '/jobs/1' };
    expect(mapJobPosting(posting, 'https://example.com/careers').url).toBe('https://example.com/jobs/1');
    for (const pageUrl of [null, 42, 'careers'])
      expect(() => mapJobPosting(posting, pageUrl as never)).toThrow(/^Invalid mapJobPosting: pageUrl: must be/);
    const error = thrown(() => mapJobPosting({ ...posting, url: 'http://[' }, 'https://example.com/'));
    expect(error).toBeInstanceOf(SourceRecordError);
    expect((error as Error).message).toMatch(/^mapJobPosting: posting.url: is not a URL/);
  });

  it('the LinkedIn parsers and extractJsonLdBlocks take a string page', () => {
    expect(() => parseLinkedInPosting(null as never, '123')).toThrow(
      'Invalid parseLinkedInPosting: html: must be a string, got null',
    );
    expect(() => parseLinkedInPosting('<html></html>', null as never)).toThrow(
      'Invalid parseLinkedInPosting: reference: must be a string, got null',
    );
    expect(() => parseLinkedInPosting('<html></html>', 'no id here')).toThrow(SourceRecordError);
    expect(() => parseLinkedInSearchPage(undefined as never)).toThrow(
      'Invalid parseLinkedInSearchPage: html: must be a string, got undefined',
    );
    expect(parseLinkedInSearchPage('').cards).toBe(0);
    expect(() => extractJsonLdBlocks(Symbol('page') as never)).toThrow(
      'Invalid extractJsonLdBlocks: html: must be a string, got a symbol',
    );
  });

  it('descriptionToText takes a string, null or undefined; finishJob a draft; stringField reads nothing from null', () => {
    expect(descriptionToText(null)).toBe('');
    expect(descriptionToText('<p>SQL</p>')).toBe('SQL');
    expect(() => descriptionToText(42 as never)).toThrow('Invalid descriptionToText: html: must be a string');
    const error = thrown(() => finishJob(null as never));
    expect(isValidationError(error)).toBe(true);
    expect((error as Error).message).toBe('Invalid finishJob: draft: must be a JobDraft, got null');
    expect(stringField(null as never, 'title')).toBeUndefined();
    expect(stringField({ title: ' Analyst ' }, 'title')).toBe('Analyst');
  });

  it('defaultCacheDirectory takes an environment object', () => {
    expect(defaultCacheDirectory({ XDG_CACHE_HOME: '/cache' })).toBe('/cache/rolefit/http');
    expect(() => defaultCacheDirectory(null as never)).toThrow('Invalid defaultCacheDirectory: environment: must be');
    expect(defaultCacheDirectory({ XDG_CACHE_HOME: 42 } as never)).not.toContain('42');
  });
});
