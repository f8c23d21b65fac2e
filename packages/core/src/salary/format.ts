import { checkRecordArgument } from '../errors/argument.js';
import type { Salary, SalaryPeriod } from '../schemas/salary.js';

// Currencies shown with their symbol; any other code is written out ("CHF 120,000").
const SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  GBP: '£',
  EUR: '€',
  INR: '₹',
  JPY: '¥',
  RUB: '₽',
  CAD: 'CA$',
  AUD: 'A$',
  NZD: 'NZ$',
};

const PERIOD_WORDS: Readonly<Record<SalaryPeriod, string>> = {
  hour: 'per hour',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  year: 'per year',
};

/** Groups thousands with commas and keeps cents only when there are any ("18.50", "120,000"). */
function formatNumber(value: number): string {
  const cents = Math.round(value * 100);
  const whole = Math.trunc(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = cents % 100;
  return fraction === 0 ? whole : `${whole}.${fraction.toString().padStart(2, '0')}`;
}

function formatAmount(value: number, currency: string | undefined): string {
  if (currency === undefined) return formatNumber(value);
  const symbol = SYMBOLS[currency];
  return symbol === undefined ? `${currency} ${formatNumber(value)}` : `${symbol}${formatNumber(value)}`;
}

/** Writes a salary as English text, e.g. "$120,000–$150,000 per year", "from €60,000 per year", "up to $90,000 per year". */
export function formatSalary(salary: Salary): string {
  checkRecordArgument('formatSalary', 'salary', salary, 'a Salary (use parseSalary)');
  const { min, max, currency, period } = salary;
  const per = PERIOD_WORDS[period];
  if (min !== undefined && max !== undefined) {
    if (min === max) return `${formatAmount(min, currency)} ${per}`;
    return `${formatAmount(min, currency)}–${formatAmount(max, currency)} ${per}`;
  }
  if (min !== undefined) return `from ${formatAmount(min, currency)} ${per}`;
  if (max !== undefined) return `up to ${formatAmount(max, currency)} ${per}`;
  return '';
}
