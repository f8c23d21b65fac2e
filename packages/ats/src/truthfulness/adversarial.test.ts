import { resumeSchema, type Resume } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { expectLinearTime, medianMilliseconds, timeSafetyFactor } from '../../../core/src/testing/scaling.js';
import { checkTruthfulness } from './index.js';

const source = resumeSchema.parse({
  id: 'jane',
  contact: { name: 'Jane Doe' },
  skills: ['Python', 'SQL'],
  experience: [{ title: 'Data Engineer', company: 'Acme Corp', start: '2019-03', end: '2020-02' }],
});

const repeated = (unit: string) => (size: number) => unit.repeat(Math.floor(size / unit.length));

// Generated texts of many claims: every claim was tested against every claim found before it (overlaps), each date
// range's text was searched for from the start of the text (cubic on one range repeated), a chain of capitalised words
// was scanned for a company suffix from each of its words, and trailing dots were stripped from each dot of a run.
const GENERATED: readonly (readonly [string, (size: number) => string])[] = [
  ['one year repeated', repeated('2019 ')],
  ['one date range repeated', repeated('Jan 2019 - Feb 2020 ')],
  ['one year range repeated', repeated('2019-2020 ')],
  ['one capitalised word repeated', repeated('Acme ')],
  ['one long capitalised word', (size) => 'A'.repeat(size)],
  ['one title repeated', repeated('Senior Engineer ')],
  ['one skill a line', repeated('Python\n')],
  ['one heading a line', repeated('Experience\n')],
  ['one employer repeated', repeated('at Acme Inc. ')],
  ['an employer ending in dots', (size) => `at A${'.'.repeat(size)}x`],
  // Names that end a sentence or a line: the company-word search goes on after each word where no chain can.
  ['one sentence-ending name a line', repeated('Google.\n')],
  ['capitalised words ending sentences', repeated('Acme Labs. Systems. ')],
  ['one job line repeated', repeated('Software Engineer at Acme Inc, Jan 2019 - Feb 2020\n')],
  ['numbers and years', repeated('30% in 2019, $5M in 2020. ')],
];

// A long source of ranges and numbers against a long generated text of years and numbers: each claim was looked up
// in every range and number of the source.
const sourceOf = (size: number): Resume =>
  resumeSchema.parse({
    id: 'long',
    contact: { name: 'Jane Doe' },
    text: Array.from(
      { length: Math.floor(size / 24) },
      (_, index) => `${1950 + (index % 50)}-${1951 + (index % 50)} ${index}% `,
    ).join(''),
  });

describe('checkTruthfulness on adversarial input', () => {
  // The text a model generated has no size limit; 40,000 → 80,000 characters, where a quadratic part shows past the
  // linear work (one date range repeated ran 9.6 times slower at twice the size, 21.7 s at 80,000).
  it.each(GENERATED)('runs in linear time at 40,000 → 80,000 characters: %s', (_name, make) => {
    expectLinearTime((text) => checkTruthfulness(text, source), make, { size: 40_000, maxSize: 40_000 });
  });

  it('runs in linear time on a long source and a long generated text together', () => {
    expectLinearTime<{ generated: string; from: Resume }>(
      ({ generated, from }) => checkTruthfulness(generated, from),
      (size) => ({ generated: repeated('In 1990 we grew 7% and 12,000 users. ')(size), from: sourceOf(size) }),
      { size: 40_000, maxSize: 40_000 },
    );
  });

  it('runs in linear time on a long source and a long generated text of distinct names before a year', () => {
    // Each "Xn 2040" (a year no range of the source holds) is looked up among the source's words written before a year.
    expectLinearTime<{ generated: string; from: Resume }>(
      ({ generated, from }) => checkTruthfulness(generated, from),
      (size) => ({
        generated: Array.from({ length: Math.floor(size / 12) }, (_, index) => `X${index} 2040, `).join(''),
        from: sourceOf(size),
      }),
      { size: 40_000, maxSize: 40_000 },
    );
  });

  it('runs in linear time on a long source and a long generated text of years in distinct time phrases', () => {
    // Each "in 2040" after a distinct name is looked up, by its two words before, among the source's phrases before a year.
    expectLinearTime<{ generated: string; from: Resume }>(
      ({ generated, from }) => checkTruthfulness(generated, from),
      (size) => ({
        generated: Array.from({ length: Math.floor(size / 16) }, (_, index) => `joined X${index} in 2040\n`).join(''),
        from: sourceOf(size),
      }),
      { size: 40_000, maxSize: 40_000 },
    );
  });

  it.each(GENERATED)('finishes 40,000 characters of it in 100 ms (× safety factor, × 4): %s', (_name, make) => {
    // The whole check (skills, dates, degrees, titles, employers, numbers) on the text and the source: four times the
    // budget of one parser.
    expect(medianMilliseconds((text) => checkTruthfulness(text, source), make(40_000))).toBeLessThan(
      400 * timeSafetyFactor(),
    );
  });

  it('still finds the claims of a repeated text, each once, at its own place', () => {
    const report = checkTruthfulness(repeated('Jan 2019 - Feb 2020 at Acme Inc. ')(3_300), source);
    const dates = report.claims.filter((claim) => claim.kind === 'date');
    expect(dates).toHaveLength(100);
    expect(new Set(dates.map((claim) => claim.start)).size).toBe(100);
    for (const claim of dates) expect(claim.text).toBe('Jan 2019 - Feb 2020');
    expect(report.claims.filter((claim) => claim.kind === 'employer')).toHaveLength(100);
    expect(report.unsupported).toEqual([]);
  });
});
