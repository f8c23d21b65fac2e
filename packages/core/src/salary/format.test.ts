import { describe, expect, it } from 'vitest';
import type { Salary } from '../schemas/salary.js';
import { formatSalary } from './format.js';
import { parseSalary } from './parse.js';

const salary = (fields: Omit<Salary, 'annualMin' | 'annualMax'>): Salary => ({
  annualMin: undefined,
  annualMax: undefined,
  ...fields,
});

describe('formatSalary', () => {
  it.each<[Salary, string]>([
    [salary({ min: 120_000, max: 150_000, currency: 'USD', period: 'year' }), '$120,000–$150,000 per year'],
    [salary({ min: 18.5, max: 18.5, currency: 'USD', period: 'hour' }), '$18.50 per hour'],
    [salary({ min: 45_000, currency: 'GBP', period: 'year' }), 'from £45,000 per year'],
    [salary({ max: 90_000, currency: 'EUR', period: 'year' }), 'up to €90,000 per year'],
    [salary({ min: 150_000, max: 200_000, currency: 'RUB', period: 'month' }), '₽150,000–₽200,000 per month'],
    [salary({ min: 120_000, max: 120_000, currency: 'CHF', period: 'year' }), 'CHF 120,000 per year'],
    [
      salary({ min: 5_000_000, max: 8_000_000, currency: 'UZS', period: 'month' }),
      'UZS 5,000,000–UZS 8,000,000 per month',
    ],
    [salary({ min: 500, max: 650, period: 'day' }), '500–650 per day'],
    [salary({ min: 2_000, max: 2_000, currency: 'CAD', period: 'week' }), 'CA$2,000 per week'],
  ])('formats %j as %s', (input, expected) => {
    expect(formatSalary(input)).toBe(expected);
  });

  it('round-trips what parseSalary read', () => {
    const parsed = parseSalary('$120K–$150K a year');
    expect(parsed).toBeDefined();
    if (parsed) expect(formatSalary(parsed)).toBe('$120,000–$150,000 per year');
    const reparsed = parseSalary(
      formatSalary(parseSalary('от 150 000 до 200 000 руб.') ?? salary({ period: 'month' })),
    );
    expect(reparsed).toMatchObject({ min: 150_000, max: 200_000, currency: 'RUB', period: 'month' });
  });
});
