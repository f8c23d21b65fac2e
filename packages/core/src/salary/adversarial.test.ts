import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salarySchema } from '../schemas/salary.js';
import { propertyRuns } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { MAX_SALARY_AMOUNTS, parseSalary } from './parse.js';
import { PATHOLOGICAL } from './adversarial-inputs.js';

describe('parseSalary on adversarial input', () => {
  // Its time at 40,000 and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(PATHOLOGICAL)('reads 40,000 characters of it into no salary or a well-formed one: %s', (_name, make) => {
    const salary = parseSalary(make(40_000));
    if (salary !== undefined) salarySchema.parse(salary);
  });

  it('weighs the first MAX_SALARY_AMOUNTS amounts of a text, and no more', () => {
    const pay = 'Salary: $120,000 per year.';
    const within = `${'Room 1. '.repeat(MAX_SALARY_AMOUNTS - 1)}${pay}`;
    expect(parseSalary(within)).toMatchObject({ min: 120_000, currency: 'USD', period: 'year' });
    // A pay after a thousand other amounts was read, weighing every one of them (a 200,000-character description of
    // amounts took seconds); the text past the cap is not read for pay.
    expect(parseSalary(`Room 1. ${within}`)).toBeUndefined();
    expect(parseSalary(`${pay} ${'€1 '.repeat(60_000)}`)).toMatchObject({ min: 120_000, currency: 'USD' });
  });

  it('never throws, and any salary it finds is well-formed (min ≤ max, finite annual figures, a period)', () => {
    const tokens = [
      '$',
      '€',
      '£',
      '₽',
      '¥',
      'USD',
      'EUR',
      'руб',
      'k',
      'K',
      'm',
      'lakh',
      'LPA',
      'crore',
      '120',
      '1,000',
      '60.000',
      '6,00,000',
      '18.50',
      '150 000',
      "120'000",
      '-',
      ' - ',
      ' to ',
      'between',
      'and',
      'up to',
      'from',
      '/hr',
      '/h',
      'per hour',
      'per year',
      'a year',
      'annually',
      '/month',
      'monthly',
      'p.a.',
      'pa',
      'ph',
      'salary',
      'Salary:',
      'compensation',
      'bonus',
      'revenue',
      'years',
      '%',
      '401(k)',
      '+',
      'or more',
      'gross',
      'до',
      'от',
      'в месяц',
      '2024',
      '1e308',
      '9'.repeat(30),
    ];
    fc.assert(
      fc.property(textFrom(tokens), fc.constantFrom(undefined, 'USD', 'INR', 'RUB', 'JPY'), (text, defaultCurrency) => {
        const salary = parseSalary(text, defaultCurrency === undefined ? {} : { defaultCurrency });
        if (salary === undefined) return;
        expect(salary.period).toMatch(/^(?:hour|day|week|month|year)$/);
        expect(salary.min !== undefined || salary.max !== undefined).toBe(true);
        if (salary.min !== undefined && salary.max !== undefined) expect(salary.min).toBeLessThanOrEqual(salary.max);
        for (const figure of [salary.min, salary.max, salary.annualMin, salary.annualMax]) {
          if (figure !== undefined) expect(Number.isFinite(figure) && figure >= 0).toBe(true);
        }
        if (salary.annualMin !== undefined && salary.annualMax !== undefined)
          expect(salary.annualMin).toBeLessThanOrEqual(salary.annualMax);
        expect(text).toContain(salary.text);
        salarySchema.parse(salary);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
