import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { parseJobFilter } from '../filter/index.js';
import { propertyRuns } from '../testing/scaling.js';
import { validationErrorOf } from '../testing/validation-message.js';
import { SHAPES } from './adversarial-inputs.js';
import { parseJob, parseProfile, parseResume } from './parse.js';

/** Runs `parse` and fails on any exception but a ValidationError. */
function onlyValidationErrors(parse: (value: unknown) => unknown, value: unknown): void {
  try {
    parse(value);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw new Error(`untyped exception: ${String(error)}`);
  }
}

// Values near a valid job / resume, with any field replaced by anything, so validation reaches every field.
const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  maxDepth: 2,
});
const maybe = <Value>(arbitrary: fc.Arbitrary<Value>) => fc.oneof(arbitrary, anything);
const salary = fc.record(
  {
    min: maybe(fc.double()),
    max: maybe(fc.double()),
    currency: maybe(fc.constantFrom('USD', 'usd', 'EURO', '')),
    period: maybe(fc.constantFrom('hour', 'day', 'week', 'month', 'year', 'fortnight')),
    annualMin: maybe(fc.double()),
    annualMax: maybe(fc.double()),
    text: maybe(fc.string()),
  },
  { requiredKeys: [] },
);
const jobLike = fc.record(
  {
    id: maybe(fc.string()),
    source: maybe(fc.string()),
    url: maybe(fc.oneof(fc.webUrl(), fc.string())),
    title: maybe(fc.string()),
    company: maybe(fc.string()),
    location: maybe(
      fc.record(
        {
          city: maybe(fc.string()),
          country: maybe(fc.string()),
          workplace: maybe(fc.constantFrom('remote', 'hybrid', 'onsite', 'moon')),
        },
        { requiredKeys: [] },
      ),
    ),
    employmentType: maybe(fc.constantFrom('full-time', 'part-time', 'contract', 'gig')),
    experienceYears: maybe(fc.record({ min: maybe(fc.double()), max: maybe(fc.double()) }, { requiredKeys: [] })),
    salary: maybe(salary),
    description: maybe(fc.string()),
    skills: maybe(fc.array(maybe(fc.string()), { maxLength: 5 })),
    postedAt: maybe(fc.oneof(fc.date(), fc.string())),
    raw: anything,
  },
  { requiredKeys: [] },
);
const resumeLike = fc.record(
  {
    id: maybe(fc.string()),
    contact: maybe(
      fc.record(
        {
          name: maybe(fc.string()),
          email: maybe(fc.oneof(fc.emailAddress(), fc.string())),
          links: maybe(fc.array(maybe(fc.webUrl()), { maxLength: 3 })),
        },
        { requiredKeys: [] },
      ),
    ),
    summary: maybe(fc.string()),
    skills: maybe(fc.array(maybe(fc.string()), { maxLength: 5 })),
    experience: maybe(
      fc.array(
        maybe(
          fc.record(
            {
              title: maybe(fc.string()),
              company: maybe(fc.string()),
              start: maybe(fc.date()),
              end: maybe(fc.oneof(fc.date(), fc.constant(null))),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 3 },
      ),
    ),
    education: maybe(fc.array(anything, { maxLength: 2 })),
    totalYears: maybe(fc.double()),
    text: maybe(fc.string()),
  },
  { requiredKeys: [] },
);

describe('parseJob and parseResume on adversarial input', () => {
  it('throw nothing but ValidationError on any value', () => {
    fc.assert(
      fc.property(anything, (value) => {
        onlyValidationErrors(parseJob, value);
        onlyValidationErrors(parseResume, value);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('throw nothing but ValidationError on near-valid records, and what they accept keeps the salary invariants', () => {
    fc.assert(
      fc.property(jobLike, (value) => {
        onlyValidationErrors(parseJob, value);
        let job: ReturnType<typeof parseJob>;
        try {
          job = parseJob(value);
        } catch {
          return;
        }
        const pay = job.salary;
        if (pay === undefined) return;
        expect(pay.period).toMatch(/^(?:hour|day|week|month|year)$/);
        if (pay.min !== undefined && pay.max !== undefined) expect(pay.min).toBeLessThanOrEqual(pay.max);
        for (const figure of [pay.min, pay.max, pay.annualMin, pay.annualMax])
          if (figure !== undefined) expect(Number.isFinite(figure)).toBe(true);
      }),
      { numRuns: propertyRuns() },
    );
    fc.assert(
      fc.property(resumeLike, (value) => onlyValidationErrors(parseResume, value)),
      { numRuns: propertyRuns() },
    );
  });
});

// Pathological strings of 40,000 characters in every kind of field people type (issue #17: each parser finishes in
// 100 ms; its time at 40,000 and 80,000 is measured by `pnpm bench --only adversarial`, no timings in tests).
describe('parseJob, parseResume, parseProfile and parseJobFilter on 40,000-character fields', () => {
  it.each(SHAPES)('%s: a parsed value, or a ValidationError naming the field', (_name, make, parse) => {
    let parsed: unknown;
    try {
      parsed = parse(make(40_000));
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const { issues } = error as ValidationError;
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.path.length).toBeGreaterThan(0);
      // A case reaches the field it names: only the cases of unknown keys are refused for one.
      if (!/unknown|mistyped/.test(_name)) expect((error as ValidationError).message).not.toMatch(/unknown key/);
      return;
    }
    expect(parsed).toBeTypeOf('object');
  });

  it('reads a filter of 4,000 excluded companies whole, and refuses 4,000 locations naming the field and its cap', () => {
    const shape = (name: string) => SHAPES.find(([one]) => one === name)!;
    const [, companies] = shape('a filter with a 40k list of excluded companies');
    expect(parseJobFilter(companies(40_000)).excludeCompanies).toHaveLength(4_000);
    const [, locations] = shape('a filter with a 40k list of locations');
    const error = validationErrorOf(() => parseJobFilter(locations(40_000)));
    expect(error.issues.map((issue) => issue.path)).toEqual(['locations']);
    expect(error.message).toMatch(/MAX_LIST_LENGTH/);
  });
});
