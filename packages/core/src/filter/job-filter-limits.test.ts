import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../testing/validation-message.js';
import { blacklistReason } from '../pipeline/index.js';
import { MAX_ID_LENGTH, MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH } from '../schemas/limits.js';
import { jobs, jobsWithBlacklist, jobsWithFilterLists } from './adversarial-inputs.js';
import { matchesJobFilter, parseJobFilter } from './index.js';

const refusal = (value: unknown) => validationErrorOf(() => parseJobFilter(value));

describe('JobFilter size caps', () => {
  it.each([
    ['locations', { locations: Array(MAX_LIST_LENGTH + 1).fill('Berlin') }, 'MAX_LIST_LENGTH'],
    ['workplace', { workplace: Array(1_000_000).fill('remote') }, 'MAX_LIST_LENGTH'],
    ['employmentTypes', { employmentTypes: Array(MAX_LIST_LENGTH + 1).fill('full-time') }, 'MAX_LIST_LENGTH'],
    ['experienceLevels', { experienceLevels: Array(MAX_LIST_LENGTH + 1).fill('senior') }, 'MAX_LIST_LENGTH'],
    ['sources', { sources: Array(MAX_LIST_LENGTH + 1).fill('board') }, 'MAX_LIST_LENGTH'],
    ['locations.0', { locations: ['B'.repeat(MAX_SHORT_TEXT_LENGTH + 1)] }, 'MAX_SHORT_TEXT_LENGTH'],
    ['excludeCompanies.1', { excludeCompanies: ['Acme', 'a'.repeat(10_000_000)] }, 'MAX_SHORT_TEXT_LENGTH'],
    ['ids.0', { ids: ['i'.repeat(MAX_ID_LENGTH + 1)] }, 'MAX_ID_LENGTH'],
    ['fingerprints.0', { fingerprints: ['f'.repeat(MAX_ID_LENGTH + 1)] }, 'MAX_ID_LENGTH'],
  ])('a filter with too long a %s is refused, naming the field and the cap', (field, value, cap) => {
    const error = refusal(value);
    expect(error.field).toBe(field);
    expect(error.issues[0]!.message).toContain(cap);
    expect(error.message.length).toBeLessThan(2_000);
  });

  it('takes as many ids, fingerprints and excluded companies as asked (an ingestion batch, a long blacklist)', () => {
    const many = jobs(5_000);
    const filter = parseJobFilter({
      fingerprints: many.map((job) => job.fingerprint),
      excludeCompanies: many.slice(0, 2_500).map((job) => `  ${job.company?.toUpperCase()} `),
    });
    expect(filter.fingerprints).toHaveLength(5_000);
    expect(many.filter((job) => matchesJobFilter(job, filter)).map((job) => job.id)).toEqual(
      many.slice(2_500).map((job) => job.id),
    );
  });

  // Every listed id, source and excluded company was tested (and each company normalised) per job, and the crawl's
  // blacklist was parsed again for every job: jobs × list. Both grow here. (The same filter object for every job, as
  // the stores pass it: a filter is checked once per object.)
  // Their time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it('matches 5,000 jobs against lists of 5,000 ids and other companies, keeping each', () => {
    const { list, filter } = jobsWithFilterLists(5_000);
    expect(list.filter((job) => matchesJobFilter(job, filter))).toHaveLength(5_000);
    // One company more on the list refuses its job, one id fewer leaves its job out.
    const narrower = { ids: filter.ids.slice(1), excludeCompanies: [...filter.excludeCompanies, 'Company 7'] };
    expect(list.filter((job) => matchesJobFilter(job, narrower))).toHaveLength(4_998);
  });

  it('reads a crawl blacklist of 5,000 companies for 5,000 jobs, refusing the one named, and a short one', () => {
    const { list, blacklist } = jobsWithBlacklist(5_000);
    expect(list.filter((job) => blacklistReason(job, blacklist) !== undefined)).toEqual([]);
    const named = { companies: [...blacklist.companies, 'Company 4321'] };
    expect(list.filter((job) => blacklistReason(job, named) !== undefined).map((job) => job.id)).toEqual(['j4321']);
    const few = jobs(10);
    const short = { companies: ['company 3', 'COMPANY 7 '] };
    expect(few.filter((job) => blacklistReason(job, short) !== undefined).map((job) => job.id)).toEqual(['j3', 'j7']);
  });
});
