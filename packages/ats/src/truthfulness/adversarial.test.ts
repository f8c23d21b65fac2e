import { describe, expect, it } from 'vitest';
import { checkTruthfulness, type TruthfulnessReport } from './index.js';
import { GENERATED, repeated, source, WITH_LONG_SOURCE } from './adversarial-inputs.js';

/** Fails unless the report's claims quote `text` in order and its counts agree with them. */
function expectConsistentReport(text: string, report: TruthfulnessReport): void {
  let previous = -1;
  for (const claim of report.claims) {
    expect(claim.start).toBeGreaterThanOrEqual(previous);
    expect(claim.text).toBe(text.slice(claim.start, claim.end));
    previous = claim.start;
  }
  expect(report.unsupported).toEqual(report.claims.filter((claim) => !claim.supported));
  const supported = report.claims.length - report.unsupported.length;
  expect(report.supportedRatio).toBeCloseTo(report.claims.length === 0 ? 1 : supported / report.claims.length);
}

describe('checkTruthfulness on adversarial input', () => {
  // The text a model generated has no size limit. The time of the check on each text below at 40,000 → 80,000
  // characters, where a quadratic part shows past the linear work (one date range repeated ran 9.6 times slower at
  // twice the size, 21.7 s at 80,000), is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(WITH_LONG_SOURCE)(
    'reads a 40,000-character text against a 40,000-character source into claims that quote it, each counted: %s',
    (_name, make) => {
      const { generated, from } = make(40_000);
      const report = checkTruthfulness(generated, from);
      expectConsistentReport(generated, report);
      expect(report.claims.length).toBeGreaterThan(0);
    },
  );

  // The whole check (skills, dates, degrees, titles, employers, numbers) on the text and the source; its time at 40,000
  // and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(GENERATED)(
    'reads 40,000 characters of it into claims that quote it, in order, each counted: %s',
    (_name, make) => {
      const text = make(40_000);
      expectConsistentReport(text, checkTruthfulness(text, source));
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
