/**
 * Currency tokens as they appear in job ads, and how each maps to an ISO 4217 code.
 * Tokens are matched against lower-cased text, so every token here is lower case.
 */
import { escapeRegExp } from '../text/regexp.js';

/** ISO 4217 codes recognised when written out; hh.ru still sends the pre-2016 codes RUR and BYR. */
const ISO_CODES = [
  'usd',
  'eur',
  'gbp',
  'inr',
  'rub',
  'rur',
  'uzs',
  'jpy',
  'cny',
  'cad',
  'aud',
  'nzd',
  'chf',
  'pln',
  'sek',
  'nok',
  'dkk',
  'czk',
  'huf',
  'kzt',
  'byn',
  'byr',
  'uah',
  'ils',
  'sgd',
  'hkd',
  'zar',
  'brl',
  'mxn',
  'aed',
  'krw',
  'kgs',
  // Middle East, Africa and Asia (Wuzzuf's Egyptian ads write "5000 - 8000 EGP per month"). Codes that are also
  // words or names written beside numbers (TRY, MAD, PHP, AMD, ALL, TOP) are left out.
  'egp',
  'sar',
  'qar',
  'kwd',
  'bhd',
  'omr',
  'jod',
  'tnd',
  'kes',
  'ghs',
  'pkr',
  'bdt',
  'lkr',
  'npr',
  'myr',
  'thb',
  'twd',
  'ron',
  'bgn',
] as const;

const LEGACY_CODES: Readonly<Record<string, string>> = { rur: 'RUB', byr: 'BYN' };

/** Dollar currencies a bare "$" may stand for when the caller says so via `defaultCurrency`. */
const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);
/** "kr" is shared by the Scandinavian crowns; SEK unless the caller's default says otherwise. */
const CROWN_CURRENCIES = new Set(['SEK', 'NOK', 'DKK', 'ISK']);
/** "¥" is both yen and yuan; JPY unless the caller's default is CNY. */
const YEN_CURRENCIES = new Set(['JPY', 'CNY']);

const SYMBOLS: Readonly<Record<string, string>> = {
  us$: 'USD',
  c$: 'CAD',
  ca$: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  nz$: 'NZD',
  s$: 'SGD',
  sg$: 'SGD',
  hk$: 'HKD',
  r$: 'BRL',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
  '₽': 'RUB',
  '₸': 'KZT',
  '₴': 'UAH',
  '₪': 'ILS',
  nis: 'ILS',
  zł: 'PLN',
  zl: 'PLN',
  'fr.': 'CHF',
  'sfr.': 'CHF',
};

/** Words written after the number ("150 000 руб.", "50,000 dollars"). */
const SUFFIX_WORDS: Readonly<Record<string, string>> = {
  руб: 'RUB',
  'руб.': 'RUB',
  рубль: 'RUB',
  рубля: 'RUB',
  рублей: 'RUB',
  р: 'RUB',
  'р.': 'RUB',
  'бел. руб.': 'BYN',
  'бел.руб.': 'BYN',
  сум: 'UZS',
  сўм: 'UZS',
  "so'm": 'UZS',
  сом: 'KGS',
  тенге: 'KZT',
  тг: 'KZT',
  'тг.': 'KZT',
  грн: 'UAH',
  'грн.': 'UAH',
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  rupee: 'INR',
  rupees: 'INR',
  rubles: 'RUB',
  roubles: 'RUB',
  yen: 'JPY',
  francs: 'CHF',
  // Belarusian roubles as hh.ru prints them ("800 Br"); only read with a space before, as "279463BR" is a job ID.
  br: 'BYN',
};

const alternation = (tokens: readonly string[]) =>
  [...new Set(tokens)]
    .sort((left, right) => right.length - left.length)
    .map(escapeRegExp)
    .join('|');

const SHARED_TOKENS = [...Object.keys(SYMBOLS), '$', '¥', 'kr', 'kr.', 'chf', ...ISO_CODES];

/** Regex source for a currency written before the amount ("$", "USD ", "Rs. ", "CHF "). */
export const PREFIX_CURRENCY_SOURCE = alternation(SHARED_TOKENS);
/** Regex source for a currency written after the amount ("₽", " руб.", " сум", " USD", " kr"). */
export const SUFFIX_CURRENCY_SOURCE = alternation([
  ...SHARED_TOKENS,
  ...Object.keys(SUFFIX_WORDS).filter((token) => token !== 'br'),
]);

/** Maps a matched currency token (lower case) to an ISO 4217 code, honouring the caller's default for ambiguous symbols. */
export function currencyFromToken(token: string, defaultCurrency: string | undefined): string | undefined {
  const key = token.toLowerCase().trim();
  const preferred = defaultCurrency?.toUpperCase();
  if (key === '$') return preferred !== undefined && DOLLAR_CURRENCIES.has(preferred) ? preferred : 'USD';
  if (key === 'kr' || key === 'kr.')
    return preferred !== undefined && CROWN_CURRENCIES.has(preferred) ? preferred : 'SEK';
  if (key === '¥') return preferred !== undefined && YEN_CURRENCIES.has(preferred) ? preferred : 'JPY';
  if (key === 'chf') return 'CHF';
  const legacy = LEGACY_CODES[key];
  if (legacy !== undefined) return legacy;
  if ((ISO_CODES as readonly string[]).includes(key)) return key.toUpperCase();
  return SYMBOLS[key] ?? SUFFIX_WORDS[key];
}

/** Currencies whose job boards (hh.ru, hh.uz, hh.kz, rabota.by) quote monthly pay without saying so. */
export const MONTHLY_BY_DEFAULT = new Set(['RUB', 'UZS', 'KZT', 'BYN', 'UAH', 'KGS']);
