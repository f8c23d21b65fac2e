import { checkTextArgument } from '../errors/argument.js';
import { annualize, type Salary, type SalaryPeriod } from '../schemas/salary.js';
import { currencyFromToken, MONTHLY_BY_DEFAULT, PREFIX_CURRENCY_SOURCE, SUFFIX_CURRENCY_SOURCE } from './currency.js';
import { foldInPlace } from '../text/fold.js';

/** Options for {@link parseSalary}. */
export interface ParseSalaryOptions {
  /** ISO 4217 code used when the text names no currency (also picks the dollar/crown/yen a bare "$"/"kr"/"¥" means). */
  defaultCurrency?: string | undefined;
  /** Period used when the text states none; without it the period is inferred from the amount (see `inferPeriod`). */
  defaultPeriod?: SalaryPeriod | undefined;
}

// Indian lakh grouping (6,00,000), then 3-digit groups with one consistent separator
// (120,000 / 60.000 / 150 000 / Swiss 120'000) and an optional 1-2 digit decimal, then plain digits.
// A comma and one space also groups ("$ 60, 000", "223, 800 ILS": text pasted from a form). The number must not stop
// before a separator and a digit: "$50,000Job Type" is 50,000, never 50 (nor "$130" of "$130,964DEADLINE").
const NUMBER_SOURCE = String.raw`(?<number>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?<separator>, |[,.' ])\d{3}(?:\k<separator>\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d|[.,']\d)`;
// One-letter multipliers must touch the number ("150k", "1.2m", "$21B"), so "20 M-F" is not 20 million; one followed by
// more letters counts only before a glued label ("$65k to $75kEmployment Type", see `glued` below).
// "L" alone is left out: "2L, 10L" in ads are litres far more often than lakhs.
const MULTIPLIER_SOURCE = String.raw`(?:(?<letter>k|mm|mn|m|bn|b|cr)|\s?(?<word>lpa|lakhs|lakh|lacs|lac|crores|crore|thousand|millions|million|mln|billions|billion|trillion|quadrillion|тысяч[аи]?|тыс\.?|т\.\s?р\.|тр\.?|млн\.?|млрд\.?)(?![\p{L}]))`;
// A number glued to letters ("288341BR", "3D", "B2") is a code, unless the letters are a period ("$15ph", "$50hr").
const GLUED_PERIOD_SOURCE = String.raw`(?:ph|pd|pw|pm|pa|pcm|hr|p\.[hdwma]\.)(?![\p{L}])`;
// A currency symbol may follow a number with no space ("Additional bonuses up to $2000$15-17 an hour"), and is then
// the next amount's, not this one's suffix. A letter glued after the amount is kept as `glued` for `readAmounts` to
// judge on the original casing: descriptions that lost their line breaks glue the next label on ("$50,000Job Type",
// "$34-$37Department").
// A number touching masked digits ("$8*,***", "***,555 zł") is no amount; "'s"/"s" after one is a decade ("$70,000s",
// "$80Ks"), read in `readAmounts`.
const AMOUNT = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}+#№])|(?<=\p{N})(?=\p{Sc}))(?<!\d[.,'])(?<!\*[.,'])(?:(?<prefix>${PREFIX_CURRENCY_SOURCE})(?![\p{L}])\s?)?${NUMBER_SOURCE}(?!\*{1,8}(?!\*)[.,']?[\d*])(?:${MULTIPLIER_SOURCE})?(?<decade>'?s(?![\p{L}]))?(?:(?:\s(?<spacedSuffix>br)|\s?(?<suffix>${SUFFIX_CURRENCY_SOURCE})(?!\p{N}))?(?=$|[^\p{L}]|${GLUED_PERIOD_SOURCE})|(?<glued>(?=\p{L})))`,
  'gu',
);

/**
 * Whether a letter glued after an amount starts the next label rather than making the amount a code: only after a
 * currency written before the number, and only a capital followed by a letter in the original text ("$50,000Job",
 * "$130,964DEADLINE"), not "$5bn" or "288341BR" (no currency).
 */
function startsGluedLabel(text: string, index: number): boolean {
  const capital = text[index] ?? '';
  const next = text[index + 1] ?? '';
  return capital !== capital.toLowerCase() && next.toLowerCase() !== next.toUpperCase();
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  тыс: 1e3,
  'тыс.': 1e3,
  тысяч: 1e3,
  тысяча: 1e3,
  тысячи: 1e3,
  тр: 1e3,
  'тр.': 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  mln: 1e6,
  млн: 1e6,
  'млн.': 1e6,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  lpa: 1e5,
  cr: 1e7,
  crore: 1e7,
  crores: 1e7,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  млрд: 1e9,
  'млрд.': 1e9,
  trillion: 1e12,
  quadrillion: 1e15,
};

interface Amount {
  start: number;
  end: number;
  /** The written number before any multiplier. */
  raw: number;
  multiplier: number;
  /** Raw digits with no separator, decimal or multiplier: the shape of a year such as 2024. */
  bare: boolean;
  currency?: string;
  period?: SalaryPeriod;
  /** The pay a decade names ("high $70,000s" is 77,000 to 79,999): its lowest and highest value. */
  band?: { low: number; high: number };
}

// "Low", "mid" and "high" before a decade name its lower, middle and upper part: of "$70,000s", 70,000-73,999,
// 74,000-76,999 and 77,000-79,999 ("low-to-mid $80Ks" is 80,000-86,999). A decade alone is all of it.
const DECADE_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  low: [0, 0.4],
  lower: [0, 0.4],
  mid: [0.4, 0.7],
  middle: [0.4, 0.7],
  high: [0.7, 1],
  upper: [0.7, 1],
};
const DECADE_PART_BEFORE =
  /(?<![\p{L}])(?:(?<from>low|lower|mid|middle|high|upper)(?:[^\S\n]*(?:-|to|\/))+[^\S\n]*)?(?<part>low|lower|mid|middle|high|upper)[^\S\n]*-?[^\S\n]*(?:the[^\S\n]+)?$/u;

/**
 * The values a decade of pay covers ("$70,000s": 70,000 to 79,999, its last written digit that is not zero counting
 * tens), narrowed by a part written before it, and where that part starts; undefined when the number ends in no zero
 * ("$75s" is no decade).
 */
function decadeBand(
  folded: string,
  start: number,
  raw: number,
  multiplier: number,
): { low: number; high: number; start: number } | undefined {
  if (!Number.isInteger(raw) || raw <= 0 || raw % 10 !== 0) return undefined;
  let span = 1;
  while ((raw / span) % 10 === 0) span *= 10;
  span *= multiplier;
  const base = raw * multiplier;
  const before = folded.slice(Math.max(0, start - 30), start);
  const written = DECADE_PART_BEFORE.exec(before);
  const part = DECADE_PARTS[written?.groups?.part ?? ''] ?? [0, 1];
  const first = DECADE_PARTS[written?.groups?.from ?? ''] ?? part;
  // ("high to mid" is read as "mid to high")
  const from = Math.min(first[0], part[0]);
  const to = Math.max(first[1], part[1]);
  // The top is one unit below the next part (a cent below for hourly-sized figures).
  const unit = span >= 100 ? 1 : 0.01;
  return {
    low: base + from * span,
    high: base + to * span - unit,
    start: written ? start - before.length + written.index : start,
  };
}

/** Reads "120,000", "60.000", "6,00,000", "18.50", "1,5" as numbers. */
function readNumber(written: string): number {
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(written)) return Number(written.replace(/,/g, ''));
  const grouped = /^(\d{1,3}(, |[,.' ])\d{3}(?:\2\d{3})*)(?:[.,](\d{1,2}))?$/.exec(written);
  if (grouped) {
    const whole = (grouped[1] ?? '').split(grouped[2] ?? '').join('');
    return Number(`${whole}.${grouped[3] ?? '0'}`);
  }
  return Number(written.replace(',', '.'));
}

/**
 * Most amounts of one text that are weighed as pay. Each is weighed against up to 160 characters of its sentence on
 * either side with a dozen patterns, so a text made of amounts ("$1 $1 $1 …", "€1 €1 …") took 0.6-3.3 s at the
 * 200,000 characters a description is cut to (load 4-7); the real job descriptions read for pay hold at
 * most ~90 numbers (the 1,004 JobSpy descriptions). Past this many, the rest of the text is not read for pay.
 */
export const MAX_SALARY_AMOUNTS = 1_000;

/** The amounts of `text`, up to one past {@link MAX_SALARY_AMOUNTS} (so a caller can tell there were more). */
function readAmounts(text: string, folded: string, defaultCurrency: string | undefined): Amount[] {
  const amounts: Amount[] = [];
  for (const match of folded.matchAll(AMOUNT)) {
    if (amounts.length > MAX_SALARY_AMOUNTS) break;
    const groups = match.groups ?? {};
    const start = match.index;
    let end = start + match[0].length;
    let letter = groups.letter;
    if (groups.glued !== undefined) {
      if (!groups.prefix) continue;
      // "$75kEmployment" keeps its "k"; in "$175,000Benefits" the "b" starts the label.
      if (!startsGluedLabel(text, end)) {
        if (letter === undefined || !startsGluedLabel(text, end - letter.length)) continue;
        end -= letter.length;
        letter = undefined;
      }
    }
    // "RS232", "RS485" are serial interfaces, not rupees ("Rs. 500", "Rs 500").
    if (groups.prefix === 'rs' && text.startsWith('RS', start) && /\d/.test(folded[start + 2] ?? '')) continue;
    const written = groups.number ?? '';
    const multiplierToken = (letter ?? groups.word ?? '').replace(/\s/g, '');
    // "401(k)", "401k", "401(a)", "403b" are retirement plans, not pay.
    if (
      !groups.prefix &&
      /^(?:401|403|457)$/.test(written) &&
      /^\s?\(?[abk]\)?/.test(folded.slice(start + written.length))
    )
      continue;
    let currency = groups.prefix ? currencyFromToken(groups.prefix, defaultCurrency) : undefined;
    const suffix = groups.suffix ?? groups.spacedSuffix;
    if (currency === undefined && suffix) currency = currencyFromToken(suffix, defaultCurrency);
    let period: SalaryPeriod | undefined;
    let multiplier = 1;
    if (multiplierToken) {
      // "т.р." is "thousand roubles"; "LPA" is "lakh per annum", which only Indian ads use.
      if (/^т\.?р\.?$/.test(multiplierToken)) {
        multiplier = 1e3;
        currency ??= 'RUB';
      } else multiplier = MULTIPLIERS[multiplierToken] ?? 1;
      if (multiplierToken === 'lpa') {
        period = 'year';
        currency ??= 'INR';
      }
      if (/^(?:lakhs?|lacs?|cr|crores?)$/.test(multiplierToken)) currency ??= 'INR';
    }
    const raw = readNumber(written);
    let band: ReturnType<typeof decadeBand>;
    if (groups.decade !== undefined) {
      // Only pay written after its currency sign or code is read as a decade: "the 1990s", "in her 20s" are not.
      band = groups.prefix ? decadeBand(folded, start, raw, multiplier) : undefined;
      if (band === undefined) continue;
    }
    amounts.push({
      start: band?.start ?? start,
      end,
      raw,
      multiplier,
      bare: /^\d+$/.test(written) && multiplier === 1,
      ...(currency !== undefined && { currency }),
      ...(period !== undefined && { period }),
      ...(band !== undefined && { band: { low: band.low, high: band.high } }),
    });
  }
  return amounts;
}

const RANGE_GAP = /^\s*(?:-{1,2}|~|to|till|until|through|thru|до|по)\s*$/u;
const AND_GAP = /^\s*(?:and|и)\s*$/u;
// A table or form with the two ends labelled: "Min Hiring Rate\n$18.35\nMax Hiring Rate\n$22.93", "Salary Min: $50,000 |
// Salary Max: $70,000". (Each side is tested on at most LABEL_REACH characters.)
const MIN_LABEL_BEFORE = /(?<![\p{L}])(?:min(?:imum)?|lowest|starting)\.?(?:[^\S\n]+\p{L}+){0,3}[^\S\n]*[:|=]?\s*$/u;
const MAX_LABEL_GAP =
  /^\s*(?:[|,;/]\s*)?(?:\p{L}+[^\S\n]+){0,2}(?:max(?:imum)?|highest|top)\.?(?:[^\S\n]+\p{L}+){0,3}[^\S\n]*[:|=]?\s*$/u;
const LABEL_REACH = 40;
const BETWEEN_BEFORE = /(?<![\p{L}])(?:between|между|from|от)\s*:?\s*$/u;
const UP_TO_BEFORE =
  /(?<![\p{L}])(?:up\s*to|up\s+till|max(?:imum)?\.?|not\s+(?:to\s+)?exceed(?:ing)?|as\s+much\s+as|до|не\s+более|максимум)\s*:?\s*$/u;
const FROM_BEFORE =
  /(?<![\p{L}])(?:from|starting\s+(?:at|from)|starts?\s+(?:at|from)|min(?:imum)?\.?|at\s+least|no\s+less\s+than|over|more\s+than|in\s+excess\s+of|от|не\s+менее|свыше|более)\s*:?\s*$/u;
// "+" glued to the amount means "or more" ("$70k+"), unless it starts "+ bonus"-style extras.
const PLUS_AFTER =
  /^\+(?!\s*(?:bonus|equity|benefits|commission|comm|super|stock|tips|ote|incentives?|премии|бонус)(?![\p{L}]))/u;
const OR_MORE_AFTER = /^\s*(?:or\s+more|and\s+(?:above|up|over)|и\s+выше|и\s+более)(?![\p{L}])/u;
// Words that may sit between an amount and its period: "до 300 000 руб. на руки в месяц", "€60k gross per year".
// (`\s*(?:,\s*)?` rather than `\s*,?\s*`: two adjacent `\s*` backtrack quadratically over a long run of spaces.)
const FILLER =
  /^\s*(?:,\s*)?(?:\(?(?:gross|net|brutto|netto|base|pre-?tax|before\s+tax(?:es)?|after\s+tax(?:es)?|на\s+руки|до\s+вычета\s+(?:налогов|ндфл)|после\s+вычета\s+(?:налогов|ндфл)|гросс|нетто)\)?(?![\p{L}]))/u;

interface PeriodPattern {
  pattern: RegExp;
  period: SalaryPeriod;
  /** Short forms such as "pm"/"pa"/"ph" also mean "5 pm" or "pH 7"; they only count next to a currency. */
  weak?: boolean;
}

// ("$ 100 USD /one day")
const PER = String.raw`(?:(?:per|an?|each|every)\s+|\/\s*one\s+)`;
const periodPattern = (source: string, period: SalaryPeriod, weak = false): PeriodPattern => ({
  pattern: new RegExp(String.raw`^\s*(?:${source})(?![\p{L}])`, 'u'),
  period,
  weak,
});
const PERIOD_AFTER: readonly PeriodPattern[] = [
  periodPattern(
    String.raw`${PER}(?:hour|hr)|\/\s*(?:hour|hr|h)|hourly|p\/h|(?:\/|в|за)\s*час|\/\s*ч|pro\s+stunde|par\s+heure|\/\s*(?:std|tim)\.?`,
    'hour',
  ),
  periodPattern(String.raw`ph|p\.h\.`, 'hour', true),
  periodPattern(
    String.raw`${PER}day|\/\s*(?:day|d)|daily(?:\s+rate)?|p\/d|per\s+diem|(?:\/|в|за)\s*(?:день|смену|сутки)|pro\s+tag|par\s+jour`,
    'day',
  ),
  periodPattern(String.raw`pd|p\.d\.`, 'day', true),
  periodPattern(
    String.raw`${PER}(?:week|wk)|\/\s*(?:week|wk|w)|weekly|p\/w|(?:\/|в|за)\s*(?:неделю|нед\.?)|pro\s+woche|par\s+semaine`,
    'week',
  ),
  periodPattern(String.raw`pw|p\.w\.`, 'week', true),
  periodPattern(
    String.raw`${PER}(?:month|mth|mo)|\/\s*(?:month|mth|mon|mo|m)|monthly|p\/m|per\s+mensem|(?:\/|в|за)\s*(?:месяц|мес\.?)|ежемесячно|(?:pro|im)\s+monat|monatlich|par\s+mois|\/\s*(?:mån|monat)`,
    'month',
  ),
  periodPattern(String.raw`pm|p\.m\.|pcm`, 'month', true),
  periodPattern(
    String.raw`${PER}(?:year|yr|annum|anum)|\/\s*(?:year|yr|y|annum)|annually|yearly|annual|p\.\s?a\.?|p\/a|(?:\/|в|за)\s*(?:год|г\.)|ежегодно|pro\s+jahr|jährlich|par\s+an|\/\s*(?:år|jahr)`,
    'year',
  ),
  periodPattern(String.raw`pa`, 'year', true),
];

// A period named right before the amount, as a label: "Hourly rate: $25", "Annual salary $90k",
// "Зарплата в месяц: 100 000" (but not "expenditures annually at Fortune 5000").
const periodLabel = (words: string) =>
  new RegExp(
    String.raw`(?<![\p{L}])(?:${words})(?:\s+(?:base\s+)?(?:rate|salary|pay|wages?|compensation|income|ctc|package|earnings|range|зарплата|оклад|доход))?(?:[^\S\n]*(?:is|of|:|-|=))*[^\S\n]*$`,
    'u',
  );
const PERIOD_BEFORE: readonly [RegExp, SalaryPeriod][] = [
  [periodLabel(String.raw`hourly|per\s+hour|в\s+час|почасовая`), 'hour'],
  [periodLabel(String.raw`daily|day|per\s+day|в\s+день`), 'day'],
  [periodLabel(String.raw`weekly|per\s+week|в\s+неделю`), 'week'],
  [periodLabel(String.raw`monthly|per\s+month|в\s+месяц|ежемесячная|ежемесячный`), 'month'],
  [periodLabel(String.raw`annual|annually|yearly|per\s+annum|per\s+year|в\s+год|годовая|годовой`), 'year'],
];

// The nearest keyword before an amount decides whether it is pay ("Salary:") or some other money ("raised", "bonus").
const PAY_WORDS = [
  'salary',
  'salaries',
  'pay',
  'payrate',
  'compensation',
  'comp',
  'wages?',
  'rate',
  'remuneration',
  'ctc',
  'package',
  'stipend',
  'earn',
  'earnings',
  'income',
  'base',
  'ote',
  'зарплата',
  'зарплаты',
  'зарплатой',
  'з\\/п',
  'зп',
  'оклад',
  'доход',
  'заработная\\s+плата',
  'заработной\\s+платы',
  'вознаграждение',
  'ставка',
  'gehalt',
  'salaire',
  'salario',
];
const OTHER_MONEY_WORDS = [
  'raised',
  'raising',
  'revenue',
  'revenues',
  'funding',
  'valued',
  'valuation',
  'bonus',
  'bonuses',
  'budget',
  'turnover',
  'investment',
  'grant',
  'prize',
  'reimbursement',
  'allowance',
  'tuition',
  'assets',
  'sales',
  'commissions?',
  'referrals?',
  'relocation',
  'match',
  'matching',
  'equity',
  'rsus?',
  'sessions?',
  'increase',
  'signing',
  'sign[-\\s]?on',
  'awards?',
  'loans?',
  'repayment',
  'costs?',
  'premiums?',
  'fees?',
  'purchases?',
  'gifts?',
  'donations?',
  'fundraising',
];
const KEYWORD_BEFORE = new RegExp(
  // (`^[\s\S]*` makes it the nearest: "Commissions:- Estimated year one earnings range from $65,000" is pay.)
  // A pay word for a unit of work or an extra is no pay word: "session compensation ($35 and up)", "bonus pay".
  String.raw`^[\s\S]*(?<![\p{L}])(?:(?<!(?:sessions?|visits?|transactions?|referral|bonus)[\s-])(?<pay>${PAY_WORDS.join('|')})|(?<other>${OTHER_MONEY_WORDS.join('|')}))(?![\p{L}])[^\d\n.;]{0,40}$`,
  'u',
);
// Up to three words may come between ("$2,000 learning budget", "$1500/yr ProDev allowance"), but not
// when they start an addition to pay ("$120,000 plus annual bonus").
const OTHER_MONEY_NOUNS = [
  'bonus',
  'bonuses',
  'stipend',
  'allowance',
  'reimbursement',
  'budget',
  'grant',
  'perks?',
  'credit',
  'match',
  'contribution',
  'subsidy',
  'discount',
  'voucher',
  'to\\s+spend',
  'funding',
  'revenue',
  'valuation',
  'arr',
  'series',
  'seed',
  'assets',
  'sales',
  'in\\s+(?:[\\p{L}-]+\\s+)?(?:funding|revenue|sales|arr|assets|investment|financing|coverage|expenditures?)',
  'of\\s+(?:funding|revenue)',
  'commissions?',
  'rsus?',
  'equity',
  'stock',
  'shares',
  'relocation',
  'referrals?',
  'sign[-\\s]?on',
  'signing',
  'setup',
  'start[-\\s]?up',
  'insurance',
  'tips',
  'gratuit(?:y|ies)',
];
// (The words between may not be pay itself or join an addition: "$120,000 base salary and bonus" is pay.)
const OTHER_MONEY_AFTER = new RegExp(
  String.raw`^\s*(?:(?!(?:plus|and|with|or|including|includes|excluding|salary|base|pay|wages?)(?![\p{L}]))[\p{L}-]+\s+){0,3}(?:${OTHER_MONEY_NOUNS.join('|')})(?![\p{L}])`,
  'u',
);
// A fee for a unit of work rather than a wage for time: "$1500 per transaction", "$35 per session", "$500 for every
// 10 enrollments", "40 USD for 1 person" (a period, with up to one word before it, is pay: "per billable hour").
// After a slash only a unit of work counts ("$82,000-$129,000+/negotiable" is pay).
const PER_UNIT_AFTER =
  /^[^\S\n]*(?:(?:per|each|for\s+(?:every|each|\d+))[^\S\n]*(?![^\S\n]|(?:[\p{L}-]+\s+)?(?:hours?|hrs?|days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?|annum|annual|annually|yearly|monthly|weekly|daily|hourly|shifts?|diem))[\p{L}\d]|\/[^\S\n]*(?:visit|session|transaction|sale|hire|referral|person|unit|project|piece|appointment|lesson|class|delivery|call|case|interview|enrollment)s?(?![\p{L}]))/u;
// A period written right after the amount even when the next label is glued on ("per yearBenefits:").
const PERIOD_GLUED_AFTER = /^[^\S\n]*(?:per|an?|\/)[^\S\n]*(?:hour|hr|day|week|month|year|annum)/u;
const PER_UNIT_BEFORE = /(?<![\p{L}])for\s+(?:every|each)\s*$/u;
// Money a sentence is about that is not the job's pay; an amount in such a sentence is not pay unless a period is
// written after it ("bonuses up to $2000$15-17 an hour") or a pay word sits between that word and it ("a 401k match
// and a salary of $60,000"); when the word comes after the amount, also unless a pay word comes before the amount or
// the word is added to it ("$80,000 plus bonuses").
const SENTENCE_OTHER_MONEY =
  /(?<![\p{L}])(?:bonus(?:es)?|commissions?|referrals?|referring|relocation|tuition|reimburse(?:ment|ments|d)?|equity|rsus?|stock|shares|sign(?:ing)?[-\s]?on|signing|retention|401\s?\(?k\)?|403\s?\(?b\)?|retirement|pension|matching|match|incentives?|awards?|loans?|repayment|forgiveness|scholarships?|tips)(?![\p{L}])/gu;
const FIRST_OTHER_MONEY = new RegExp(SENTENCE_OTHER_MONEY.source, 'u');
const PAY_WORD = new RegExp(String.raw`(?:${PAY_WORDS.join('|')})(?![\p{L}])`, 'gu');
const PAY_AND_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${PAY_WORDS.join('|')})[^\S\n]*(?:and|plus|with|&|\+)[^\S\n]*$`,
  'u',
);
const ADDITION = /(?<![\p{L}])(?:plus|and|with|or|incl\w*|excl\w*)(?![\p{L}])|[+,&(]/u;
// How far a sentence reaches either side of an amount (bounded, so each amount costs a constant).
const SENTENCE_REACH = 160;

/**
 * The sentence around `start`..`end` in folded text: up to a full stop, a line break, ";", "|" or "•", or the reach;
 * `from` is where its part before the amount starts.
 */
function sentenceAround(folded: string, start: number, end: number): { from: number; before: string; after: string } {
  let from = Math.max(0, start - SENTENCE_REACH);
  let before = folded.slice(from, start);
  const boundary = /[.!?](?=\s)|[\n;|•]/g;
  let cut = -1;
  for (const match of before.matchAll(boundary)) cut = match.index + match[0].length;
  if (cut >= 0) {
    before = before.slice(cut);
    from += cut;
  }
  let after = folded.slice(end, end + SENTENCE_REACH);
  const stop = /[.!?](?=\s|$)|[\n;|•]/.exec(after);
  if (stop) after = after.slice(0, stop.index);
  return { from, before, after };
}

/**
 * Whether a pay word starts a word in `text` between `from` and `to`: after a non-letter, or glued on as a capitalised
 * label ("Full-timeSalary: $120,000").
 */
function hasPayWord(text: string, folded: string, from: number, to: number): boolean {
  for (const match of folded.slice(from, to).matchAll(PAY_WORD)) {
    const index = from + match.index;
    const previous = folded[index - 1] ?? ' ';
    if (!/\p{L}/u.test(previous) || (/\p{Ll}/u.test(text[index - 1] ?? '') && startsGluedLabel(text, index)))
      return true;
  }
  return false;
}

/** Whether the sentence around an amount is about other money (see SENTENCE_OTHER_MONEY). */
function inOtherMoneySentence(
  text: string,
  folded: string,
  start: number,
  end: number,
  payKeyword: boolean,
  period: boolean,
): boolean {
  const { from, before, after } = sentenceAround(folded, start, end);
  let lastOther: RegExpExecArray | undefined;
  for (const match of before.matchAll(SENTENCE_OTHER_MONEY)) lastOther = match;
  // "The annual compensation and bonus ... range of $130,000 to $230,000": the bonus is added to pay.
  const addedToPay = lastOther !== undefined && PAY_AND_BEFORE.test(before.slice(0, lastOther.index));
  if (
    lastOther &&
    !period &&
    !addedToPay &&
    !hasPayWord(text, folded, from + lastOther.index + lastOther[0].length, start)
  )
    return true;
  if (payKeyword || period || hasPayWord(text, folded, from, start)) return false;
  const laterOther = FIRST_OTHER_MONEY.exec(after);
  if (!laterOther) return false;
  const between = after.slice(0, laterOther.index);
  return /\d/.test(between) || !ADDITION.test(between);
}
// What follows a bare number when it counts something else: "5+ years", "team of 10 people", "20%".
const COUNTED_UNITS = [
  'years?',
  'yrs?',
  'лет',
  'года?',
  'months?',
  'mos',
  'hours?',
  'hrs',
  'days?',
  'weeks?',
  'people',
  'persons',
  'employees',
  'staff',
  'users',
  'customers',
  'clients',
  'members',
  'engineers',
  'developers',
  'countries',
  'offices',
  'locations',
  'children',
  'families',
  'patients',
  'students',
  'visitors',
  'companies',
  'stores',
  'hospitals',
  'projects',
  'percent',
  'times',
  'sq',
  'km',
  'miles',
  'gb',
  'tb',
  'человек',
  'сотрудников',
];
const UNIT_AFTER = new RegExp(String.raw`^\s*(?:\+\s*)?(?:${COUNTED_UNITS.join('|')})(?![\p{L}])|^\s*%`, 'u');

interface Candidate {
  start: number;
  end: number;
  min?: number;
  max?: number;
  currency?: string;
  period: SalaryPeriod;
  score: number;
}

const roundCents = (value: number) => Math.round(value * 100) / 100;

/** The largest amount (in the ad's own currency) still read as hourly / daily / monthly when no period is written. */
interface PeriodThresholds {
  hourBelow: number;
  dayBelow: number;
  monthBelow: number;
}

// Pay heuristic when no period is written, by currency: below `hourBelow` an hourly rate, then a day
// rate, then a monthly salary, and from `monthBelow` on a yearly one. For USD/EUR/GBP-sized currencies
// that is < 200 → hour, < 1,000 → day, < 20,000 → month, else year. Currencies with more units per
// dollar scale up. hh.ru-style currencies (RUB, UZS, KZT, BYN, UAH, KGS) are quoted per month on those
// boards, so they read as monthly (RUB under 1,000 as hourly).
const DEFAULT_THRESHOLDS: PeriodThresholds = { hourBelow: 200, dayBelow: 1_000, monthBelow: 20_000 };
const THRESHOLDS: Readonly<Record<string, PeriodThresholds>> = {
  INR: { hourBelow: 1_000, dayBelow: 5_000, monthBelow: 200_000 },
  JPY: { hourBelow: 5_000, dayBelow: 50_000, monthBelow: 1_500_000 },
  KRW: { hourBelow: 50_000, dayBelow: 300_000, monthBelow: 15_000_000 },
  CNY: { hourBelow: 500, dayBelow: 3_000, monthBelow: 100_000 },
  PLN: { hourBelow: 500, dayBelow: 3_000, monthBelow: 60_000 },
  ILS: { hourBelow: 500, dayBelow: 2_000, monthBelow: 100_000 },
  // Gulf pay is quoted per month ("AED 35,000 Per Month", "21,000 SAR to 24,000 SAR" in Riyadh), as in Egypt.
  AED: { hourBelow: 500, dayBelow: 2_000, monthBelow: 100_000 },
  SAR: { hourBelow: 500, dayBelow: 2_000, monthBelow: 100_000 },
  QAR: { hourBelow: 500, dayBelow: 2_000, monthBelow: 100_000 },
  EGP: { hourBelow: 1_000, dayBelow: 5_000, monthBelow: 1_000_000 },
  SEK: { hourBelow: 1_000, dayBelow: 8_000, monthBelow: 200_000 },
  NOK: { hourBelow: 1_000, dayBelow: 8_000, monthBelow: 200_000 },
  DKK: { hourBelow: 1_000, dayBelow: 8_000, monthBelow: 200_000 },
  CZK: { hourBelow: 1_000, dayBelow: 8_000, monthBelow: 300_000 },
  HUF: { hourBelow: 20_000, dayBelow: 100_000, monthBelow: 5_000_000 },
  MXN: { hourBelow: 1_000, dayBelow: 5_000, monthBelow: 200_000 },
  RUB: { hourBelow: 1_000, dayBelow: 1_000, monthBelow: Number.POSITIVE_INFINITY },
};

const MONTHLY_CURRENCY_CAPS: Readonly<Record<string, number>> = {
  RUB: 1e9,
  UZS: 1e11,
  KZT: 5e9,
  BYN: 2e7,
  UAH: 2e8,
  KGS: 1e9,
};

/** The largest yearly pay believed, in the currency's units (5 million for USD-sized currencies). */
function annualCap(currency: string | undefined): number {
  const monthBelow = currency === undefined ? undefined : THRESHOLDS[currency]?.monthBelow;
  if (monthBelow !== undefined && Number.isFinite(monthBelow))
    return 5_000_000 * (monthBelow / DEFAULT_THRESHOLDS.monthBelow);
  return (currency !== undefined && MONTHLY_CURRENCY_CAPS[currency]) || 5_000_000;
}

/** The smallest yearly figure read as pay: a tenth of where monthly pay starts (2,000 for USD-sized currencies). */
function yearlyFloor(currency: string | undefined): number {
  const monthBelow = (currency !== undefined && THRESHOLDS[currency]?.monthBelow) || DEFAULT_THRESHOLDS.monthBelow;
  return Number.isFinite(monthBelow) ? monthBelow / 10 : 0;
}

/** Guesses the period of an amount with none written (see the thresholds above). */
function inferPeriod(amount: number, currency: string | undefined): SalaryPeriod {
  const thresholds =
    (currency !== undefined && THRESHOLDS[currency]) ||
    (currency !== undefined && MONTHLY_BY_DEFAULT.has(currency)
      ? { hourBelow: 0, dayBelow: 0, monthBelow: Number.POSITIVE_INFINITY }
      : DEFAULT_THRESHOLDS);
  if (amount < thresholds.hourBelow) return 'hour';
  if (amount < thresholds.dayBelow) return 'day';
  if (amount < thresholds.monthBelow) return 'month';
  return 'year';
}

function matchPeriodAfter(folded: string, from: number, hasCurrency: boolean) {
  let position = from;
  for (let fillers = 0; fillers < 3; fillers++) {
    const filler = FILLER.exec(folded.slice(position));
    if (!filler) break;
    position += filler[0].length;
  }
  const rest = folded.slice(position);
  for (const { pattern, period, weak } of PERIOD_AFTER) {
    const match = pattern.exec(rest);
    if (match && (!weak || hasCurrency)) return { period, end: position + match[0].length };
  }
  return undefined;
}

/**
 * The two ends of a range, lower first, or undefined when the first written is more than twice the second: "$99,782
 * to $130" (the rest cut off) is no range from 130 to 99,782. "$120-150K" and "12-15 LPA": the first number borrows
 * the second's multiplier; "$60k-80" the reverse.
 */
function rangeEnds(first: Amount, second: Amount): [number, number] | undefined {
  let firstValue = first.raw * first.multiplier;
  let secondValue = second.raw * second.multiplier;
  if (first.multiplier === 1 && second.multiplier !== 1 && first.raw <= second.raw)
    firstValue = first.raw * second.multiplier;
  if (
    second.multiplier === 1 &&
    first.multiplier !== 1 &&
    second.raw < firstValue &&
    second.raw * first.multiplier <= firstValue * 10
  ) {
    secondValue = second.raw * first.multiplier;
  }
  // A reversed range is read in order ("$150K-$120K") only when its ends are near each other.
  if (firstValue > secondValue * 2) return undefined;
  return [Math.min(firstValue, secondValue), Math.max(firstValue, secondValue)];
}

/**
 * Builds a candidate from one amount or a range of two, or returns undefined when the
 * numbers are not pay (a year, a head count, a phone number, a funding round).
 */
function buildCandidate(
  text: string,
  folded: string,
  first: Amount,
  second: Amount | undefined,
  options: ParseSalaryOptions,
  innerPeriod: SalaryPeriod | undefined,
  amountCount: number,
): Candidate | undefined {
  const last = second ?? first;
  const before = folded.slice(Math.max(0, first.start - 60), first.start);
  let start = first.start;
  let end = last.end;

  // Dash-chained numbers are phone numbers, dates or codes: 555-123-4567, 2015-2018-2020.
  if (/\d\s?[-/]\s?$/.test(before) || /^\s?[-/]\s?\d/.test(folded.slice(end))) return undefined;

  const firstValue = first.raw * first.multiplier;
  let min: number | undefined = firstValue;
  let max: number | undefined = firstValue;
  let qualifierStart = start;
  if (second) {
    const ends = rangeEnds(first, second);
    // The pairing in parseSalary only pairs amounts that make a range.
    if (ends === undefined) return undefined;
    [min, max] = ends;
    // "High $70,000s to Mid $80,000s": from the first decade's part to the second's.
    if (first.band) min = first.band.low;
    if (second.band) max = second.band.high;
    if (min > max) return undefined;
    const opener = BETWEEN_BEFORE.exec(before);
    if (opener) qualifierStart = start - opener[0].length;
  } else {
    if (first.band) [min, max] = [first.band.low, first.band.high];
    const upTo = UP_TO_BEFORE.exec(before);
    const from = FROM_BEFORE.exec(before);
    if (upTo) {
      min = undefined;
      qualifierStart = start - upTo[0].length;
    } else if (from) {
      max = undefined;
      qualifierStart = start - from[0].length;
    }
  }
  // Keep the qualifier's own leading whitespace out of the matched text.
  while (qualifierStart < start && /\s/.test(folded[qualifierStart] ?? '')) qualifierStart++;
  start = qualifierStart;

  const plus = PLUS_AFTER.exec(folded.slice(end)) ?? OR_MORE_AFTER.exec(folded.slice(end));
  if (plus) {
    end += plus[0].length;
    // "$70k+" is open-ended; on a range ("$100k-$150k+") the written top is kept.
    if (!second) max = undefined;
  }

  const currencyWritten = first.currency ?? second?.currency;
  const currency = currencyWritten ?? options.defaultCurrency?.toUpperCase();
  if (first.currency !== undefined && second?.currency !== undefined && first.currency !== second.currency)
    return undefined;

  const afterAmount = folded.slice(end);
  const periodAfter = matchPeriodAfter(folded, end, currencyWritten !== undefined);
  if (periodAfter) end = periodAfter.end;
  const beforeQualifier = folded.slice(Math.max(0, start - 60), start);
  const periodBefore = PERIOD_BEFORE.find(([pattern]) => pattern.test(beforeQualifier))?.[1];
  const impliedPeriod = first.period ?? second?.period ?? innerPeriod;
  const statedPeriod = periodAfter?.period ?? impliedPeriod ?? periodBefore;

  if (!periodAfter && UNIT_AFTER.test(afterAmount)) return undefined;
  if (OTHER_MONEY_AFTER.test(afterAmount) || OTHER_MONEY_AFTER.test(folded.slice(end))) return undefined;
  if (!periodAfter && (PER_UNIT_AFTER.test(afterAmount) || PER_UNIT_BEFORE.test(beforeQualifier))) return undefined;
  const keyword = KEYWORD_BEFORE.exec(beforeQualifier)?.groups;
  if (keyword?.other !== undefined) return undefined;
  const payKeyword = keyword?.pay !== undefined;
  // A stipend is paid for a term or a programme whose length the amount does not say ("Total stipend of $5,680.00"
  // for a three-month fellowship is no monthly pay): without a period written it is not read as a rate.
  if (
    keyword?.pay === 'stipend' &&
    statedPeriod === undefined &&
    options.defaultPeriod === undefined &&
    !PERIOD_GLUED_AFTER.test(afterAmount)
  )
    return undefined;

  if ((min ?? 0) <= 0 && (max ?? 0) <= 0) return undefined;
  const hasMultiplier = first.multiplier !== 1 || (second?.multiplier ?? 1) !== 1;
  const yearLike = (amount: Amount) => amount.bare && amount.raw >= 1900 && amount.raw <= 2100;
  if (currencyWritten === undefined && !statedPeriod && (yearLike(first) || (second !== undefined && yearLike(second))))
    return undefined;

  // Without a currency, a period or a pay keyword the numbers could be anything; accept them only
  // when they are all the text says ("60k-80k", "120000 DOE").
  // A pay keyword alone only vouches for salary-sized figures ("Compensation: 165,000-185,000"),
  // not for "Paid holidays (8)" or "Pay Period: 80".
  const large = hasMultiplier || (max ?? min ?? 0) >= 1000;
  let evidence = currencyWritten !== undefined || statedPeriod !== undefined || (payKeyword && large);
  // Any other amount's digits lie outside this candidate, so with more amounts than it holds the rest has a digit;
  // checking that first keeps a text of many bare numbers from building and scanning the rest once per number.
  if (!evidence && amountCount <= (second ? 2 : 1)) {
    const rest = `${text.slice(0, start)} ${text.slice(end)}`;
    evidence = !/\d/.test(rest) && rest.trim().length <= 40 && large;
  }
  if (!evidence) return undefined;
  // Last, as it reads the sentence around the amount: only an amount that passed every other check pays for that.
  const periodWritten = periodAfter !== undefined || PERIOD_GLUED_AFTER.test(afterAmount);
  if (inOtherMoneySentence(text, folded, start, end, payKeyword, periodWritten)) return undefined;

  const reference = max ?? min ?? 0;
  // With no currency, Cyrillic around the figure ("з/п 70000-90000") means a CIS ad, quoted per month.
  const cyrillic =
    currency === undefined && /\p{Script=Cyrillic}/u.test(`${beforeQualifier}${folded.slice(end, end + 30)}`);
  const period = statedPeriod ?? options.defaultPeriod ?? (cyrillic ? 'month' : inferPeriod(reference, currency));
  // Company revenue, funding and "975 million monthly users" are far above any pay; a yearly sum under a tenth of the
  // smallest monthly pay is a perk ("stipend of up to $750 per year", "earn up to $600/year via ... the Healthy U
  // program").
  if (annualize(reference, period) > annualCap(currency)) return undefined;
  if (period === 'year' && reference < yearlyFloor(currency)) return undefined;
  const score =
    (currencyWritten !== undefined ? 2 : 0) +
    (periodAfter || impliedPeriod ? 2 : periodBefore ? 1 : 0) +
    (payKeyword ? 2 : 0) +
    (second ? 1 : 0);
  return {
    start,
    end,
    ...(min !== undefined && { min: roundCents(min) }),
    ...(max !== undefined && { max: roundCents(max) }),
    ...(currency !== undefined && { currency }),
    period,
    score,
  };
}

/**
 * Finds a pay range in free text (a salary field or a whole job description) and returns it with its
 * yearly equivalent, or undefined when the text names no pay. When several amounts qualify, the one with
 * the most evidence (currency, period, a range, a "salary" keyword) wins, the earliest on ties. A decade of pay
 * is read as the part of it named ("High $70,000s to Mid $80,000s" is 77,000 to 86,999 a year); masked digits
 * ("$8*,***") and a stipend with no period written (a sum for a term, not a rate) give no pay. Only the first 1,000
 * amounts of a text are weighed (a text made of amounts stays fast; real job descriptions hold fewer than 100 numbers).
 */
export function parseSalary(text: string, options: ParseSalaryOptions = {}): Salary | undefined {
  checkTextArgument('parseSalary', 'text', text);
  if (!MARKUP_IN_NUMBER.test(text)) return readSalary(text, options)?.[0];
  // Read the text without the marks, and give back the original text the pay was read from.
  const kept: string[] = [];
  const origins: number[] = [];
  let from = 0;
  for (const mark of text.matchAll(new RegExp(MARKUP_IN_NUMBER, 'g'))) {
    kept.push(text.slice(from, mark.index));
    for (let index = from; index < mark.index; index++) origins.push(index);
    from = mark.index + mark[0].length;
  }
  kept.push(text.slice(from));
  for (let index = from; index <= text.length; index++) origins.push(index);
  const read = readSalary(kept.join(''), options);
  if (read === undefined) return undefined;
  const [salary, start, end] = read;
  const originalStart = origins[start] ?? 0;
  const originalEnd = (origins[end - 1] ?? originalStart) + 1;
  return { ...salary, text: text.slice(originalStart, originalEnd) };
}

// Markdown emphasis inside a number, between a group separator and a whole group of three digits:
// "**6.****555,00 zł – 9.100,00 zł brutto**" is HTML's "<b>6.</b><b>555,00 zł – …</b>" converted, the same board's
// "6.555,00 zł" (so 6,555 to 9,100 złoty, not 555); the marks are left out before reading. (Masked digits, "$8*,***"
// or "***,555 zł", sit where digits belong and make no amount: see AMOUNT.)
const MARKUP_IN_NUMBER = /(?<=\d[.,'])(?:\*{2,4}|_{2,4})(?=\d{3}(?!\d))|(?<=\d)(?:\*{2,4}|_{2,4})(?=[.,']\d{3}(?!\d))/;

/** parseSalary's reading, with where in `text` the pay was read from. */
function readSalary(text: string, options: ParseSalaryOptions): [Salary, number, number] | undefined {
  const folded = foldInPlace(text);
  const amounts = readAmounts(text, folded, options.defaultCurrency);
  let best: Candidate | undefined;
  // The amount one past the cap may still end a range that starts at the last one weighed.
  for (let index = 0; index < Math.min(amounts.length, MAX_SALARY_AMOUNTS); index++) {
    const first = amounts[index];
    if (first === undefined) continue;
    const next = amounts[index + 1];
    let second: Amount | undefined;
    let innerPeriod: SalaryPeriod | undefined;
    if (next !== undefined) {
      // "$60/hr - $75/hr": a period may sit inside the range too.
      const inner = matchPeriodAfter(folded, first.end, first.currency !== undefined);
      const gap = folded.slice(inner !== undefined && inner.end <= next.start ? inner.end : first.end, next.start);
      innerPeriod = inner?.period;
      const before = folded.slice(Math.max(0, first.start - 20), first.start);
      if (
        (RANGE_GAP.test(gap) ||
          (AND_GAP.test(gap) && BETWEEN_BEFORE.test(before)) ||
          (gap.length <= LABEL_REACH &&
            MAX_LABEL_GAP.test(gap) &&
            MIN_LABEL_BEFORE.test(folded.slice(Math.max(0, first.start - LABEL_REACH), first.start)))) &&
        rangeEnds(first, next) !== undefined
      )
        second = next;
    }
    const candidate = buildCandidate(
      text,
      folded,
      first,
      second,
      options,
      second ? innerPeriod : undefined,
      amounts.length,
    );
    if (second) index++;
    if (candidate && (best === undefined || candidate.score > best.score)) best = candidate;
  }
  if (!best) return undefined;
  const { min, max, currency, period } = best;
  const salary: Salary = {
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
    ...(currency !== undefined && { currency }),
    period,
    annualMin: min === undefined ? undefined : annualize(min, period),
    annualMax: max === undefined ? undefined : annualize(max, period),
    text: text.slice(best.start, best.end),
  };
  return [salary, best.start, best.end];
}
