import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salarySchema } from '../schemas/salary.js';
import { expectLinearTime, medianMilliseconds, propertyRuns, timeSafetyFactor } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { MAX_SALARY_AMOUNTS, parseSalary } from './parse.js';

// Inputs that made backtracking regexes quadratic (issue #17): a number followed by a long run of spaces took
// 8.1 s at 40k; "$5" plus em-spaces 38 s at 160k.
const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['a number, then spaces', (size) => `5${' '.repeat(size)}`],
  ['"$5", then em-spaces', (size) => `$5${'\u2003'.repeat(size)}`],
  ['"$5", spaces, a word', (size) => `$5${' '.repeat(size)}x`],
  ['a number, spaces, "+"', (size) => `120000${' '.repeat(size)}+x`],
  ['many bare numbers', (size) => '1 '.repeat(size / 2)],
  ['digits', (size) => '7'.repeat(size)],
  ['dash-chained numbers', (size) => '1-'.repeat(size / 2)],
  ['comma groups', (size) => '1,'.repeat(size / 2)],
  // The pay-context rules (fees per unit, sentences about bonuses, labels glued to amounts).
  ['"$5 per", then spaces', (size) => `$5 per${' '.repeat(size)}x`],
  ['"$5 per ", then letters', (size) => `$5 per ${'a'.repeat(size)}`],
  ['comma-space groups', (size) => '1, 000 '.repeat(size / 7)],
  ['glued dollar amounts', (size) => '$1'.repeat(size / 2)],
  ['amounts in bonus sentences', (size) => 'bonus $5 and '.repeat(size / 13)],
  ['labels glued to amounts', (size) => '$50,000Job '.repeat(size / 11)],
  ['multipliers glued to words', (size) => '$5kBb$5bEe '.repeat(size / 11)],
  // Decades of pay, labelled ends and markup inside numbers.
  ['decade parts', (size) => 'high to mid-$70,000s '.repeat(size / 21)],
  ['labelled ends', (size) => 'Min Rate $1 Max Rate $2 '.repeat(size / 24)],
  ['markup inside numbers', (size) => '1.****555 '.repeat(size / 10)],
  ['masked digits', (size) => '$8*,***'.repeat(size / 7)],
  // Text made of amounts with a currency, each weighed against its sentence: 0.6-3.3 s at 200,000 characters before
  // MAX_SALARY_AMOUNTS.
  ['spaced euro amounts', (size) => '€1 '.repeat(size / 3)],
  ['spaced dollar amounts', (size) => '$1 $1 '.repeat(size / 6)],
];

describe('parseSalary on adversarial input', () => {
  it.each(PATHOLOGICAL)('runs in linear time: %s', (_name, make) => {
    expectLinearTime((text) => parseSalary(text), make);
  });

  it.each(PATHOLOGICAL)('finishes 40,000 characters of it in 100 ms (× safety factor): %s', (_name, make) => {
    const text = make(40_000);
    expect(medianMilliseconds((input) => parseSalary(input), text)).toBeLessThan(100 * timeSafetyFactor());
    const salary = parseSalary(text);
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
