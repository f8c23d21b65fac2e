import { resumeSchema, type Resume } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../../../core/src/testing/scaling.js';
import { checkTruthfulness } from './index.js';
import { GENERATED, repeated, source, sourceOf } from './adversarial-inputs.js';

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

  // The whole check (skills, dates, degrees, titles, employers, numbers) on the text and the source; its time at 40,000
  // and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(GENERATED)(
    'reads 40,000 characters of it into claims that quote it, in order, each counted: %s',
    (_name, make) => {
      const text = make(40_000);
      const report = checkTruthfulness(text, source);
      let previous = -1;
      for (const claim of report.claims) {
        expect(claim.start).toBeGreaterThanOrEqual(previous);
        expect(claim.text).toBe(text.slice(claim.start, claim.end));
        previous = claim.start;
      }
      expect(report.unsupported).toEqual(report.claims.filter((claim) => !claim.supported));
      const supported = report.claims.length - report.unsupported.length;
      expect(report.supportedRatio).toBeCloseTo(report.claims.length === 0 ? 1 : supported / report.claims.length);
    },
  );

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
