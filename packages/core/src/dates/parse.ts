import {
  checkListArgument,
  checkRecordArgument,
  checkTextArgument,
  describeValue,
  invalidArgument,
  isValidDate,
} from '../errors/argument.js';
import { MAX_EXPERIENCE_YEARS } from '../schemas/strict.js';
import { foldInPlace } from '../text/fold.js';

/** A span of time on a resume, to the month. */
export interface DateRange {
  /** First month, as the 1st of that month in UTC. */
  start: Date;
  /** Last month (1st of the month, UTC), or null while ongoing ("– Present"). */
  end: Date | null;
  /** True when the range is ongoing. */
  current: boolean;
  /** The matched substring of the input. */
  text: string;
}

/** Options for {@link parseDateRange} and {@link findDateRanges}. */
export interface DateRangeOptions {
  /** The reference "today": ongoing ranges must start by then, and two-digit years ('18) are read relative to it. Default: now. */
  now?: Date | undefined;
}

// Month names and abbreviations in English, Russian (nominative, genitive, short), German, Spanish, French, Italian,
// Portuguese, Dutch, Polish (nominative and genitive; not its three-letter short forms, "lis", "sie", "lut"), Czech and
// Slovak (nominative and genitive; Czech also without its diacritics, "brezen", "rijna"), 0-based. A name is a month
// only beside a year (see DATE_FORMS), so the short Slovak "máj", "jún", "júl" read nothing in a sentence.
const CZECH_MONTH_NAMES: readonly (readonly string[])[] = [
  ['leden', 'ledna'],
  ['únor', 'února', 'unor', 'unora'],
  ['březen', 'března', 'brezen', 'brezna'],
  ['duben', 'dubna'],
  ['květen', 'května', 'kveten', 'kvetna'],
  ['červen', 'června', 'cerven', 'cervna'],
  ['červenec', 'července', 'cervenec', 'cervence'],
  ['srpen', 'srpna'],
  ['září', 'zari'],
  ['říjen', 'října', 'rijen', 'rijna'],
  ['listopadu'],
  ['prosinec', 'prosince'],
];
const SLOVAK_MONTH_NAMES: readonly (readonly string[])[] = [
  ['január', 'januára', 'januara'],
  ['február', 'februára', 'februara'],
  ['marec'],
  ['apríl', 'apríla', 'aprila'],
  ['máj', 'mája'],
  ['jún', 'júna', 'juna'],
  ['júl', 'júla', 'jula'],
  ['augusta'],
  ['septembra'],
  ['október', 'októbra', 'oktobra'],
  ['novembra'],
  ['decembra'],
];
// English month names and abbreviations, 0-based: the full name first ("september", "sept", "sep").
const ENGLISH_MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
// The other languages' names and abbreviations, by month; MONTH_NAMES writes the English ones before them.
const OTHER_MONTH_NAMES: readonly (readonly string[])[] = [
  [
    'январь',
    'января',
    'янв',
    'januar',
    'jänner',
    'enero',
    'ene',
    'janvier',
    'janv',
    'gennaio',
    'gen',
    'janeiro',
    'januari',
    'styczeń',
    'stycznia',
  ],
  [
    'февраль',
    'февраля',
    'февр',
    'фев',
    'februar',
    'febrero',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'fév',
    'febbraio',
    'fevereiro',
    'fev',
    'februari',
    'luty',
    'lutego',
  ],
  ['март', 'марта', 'мар', 'märz', 'maerz', 'marzo', 'mars', 'março', 'marco', 'maart', 'mrt', 'marzec', 'marca'],
  ['апрель', 'апреля', 'апр', 'abril', 'abr', 'avril', 'avr', 'aprile', 'kwiecień', 'kwietnia'],
  ['май', 'мая', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja'],
  ['июнь', 'июня', 'июн', 'juni', 'junio', 'juin', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca'],
  ['июль', 'июля', 'июл', 'juli', 'julio', 'juillet', 'juil', 'luglio', 'lug', 'julho', 'lipiec', 'lipca'],
  ['август', 'августа', 'авг', 'agosto', 'ago', 'août', 'aout', 'augustus', 'sierpień', 'sierpnia'],
  [
    'сентябрь',
    'сентября',
    'сент',
    'сен',
    'septiembre',
    'setiembre',
    'septembre',
    'settembre',
    'setembro',
    'set',
    'wrzesień',
    'września',
  ],
  [
    'октябрь',
    'октября',
    'окт',
    'oktober',
    'okt',
    'octubre',
    'octobre',
    'ottobre',
    'ott',
    'outubro',
    'out',
    'październik',
    'października',
  ],
  ['ноябрь', 'ноября', 'нояб', 'ноя', 'noviembre', 'novembre', 'novembro', 'listopad', 'listopada'],
  [
    'декабрь',
    'декабря',
    'дек',
    'dezember',
    'dez',
    'diciembre',
    'dic',
    'décembre',
    'decembre',
    'déc',
    'dicembre',
    'dezembro',
    'grudzień',
    'grudnia',
  ],
];
const MONTH_NAMES: readonly (readonly string[])[] = ENGLISH_MONTH_NAMES.map((english, month) => [
  ...english,
  ...(OTHER_MONTH_NAMES[month] ?? []),
]);
const MONTH_INDEX = new Map(
  [MONTH_NAMES, CZECH_MONTH_NAMES, SLOVAK_MONTH_NAMES].flatMap((language) =>
    language.flatMap((names, month) => names.map((name) => [name, month] as const)),
  ),
);
const ENGLISH_MONTH_WORDS = new Set(ENGLISH_MONTH_NAMES.flat());
const MONTH_SOURCE = [...MONTH_INDEX.keys()].sort((left, right) => right.length - left.length).join('|');
const ENGLISH_MONTH_SOURCE = [...ENGLISH_MONTH_WORDS].sort((left, right) => right.length - left.length).join('|');

// A season as the month it starts (for a start date) and ends (for an end date).
const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [2, 4],
  summer: [5, 7],
  fall: [8, 10],
  autumn: [8, 10],
  winter: [0, 1],
  весна: [2, 4],
  лето: [5, 7],
  осень: [8, 10],
  зима: [0, 1],
};
const SEASON_SOURCE = Object.keys(SEASONS).join('|');

// One month-year or year, in the spellings resumes use. Parts of full dates ("15.03.2019", "2019-03-15") are not taken.
const DATE_FORMS = [
  // Jan 2019, Oct. 2018, Jan '18, "Enero de 2019", "Março de 2019"; a day may open it ("6th July 2011", "1-Jan 2016",
  // "20 March 2007", "1st of November, 1982"): the month is read, the day left aside. Bounded runs of space: linear.
  // A hyphen or slash may join the month to its year ("Feb-2013", "Sep./2015", "16-Aug-2012"), and Indian résumés put an
  // apostrophe after the month or before a four-digit year ("Sept' 2017", "Feb '2011"). A day may follow the month where
  // a four-digit year follows it ("May 20, 2005", "July 4th 2007", "Aug 29th' 2005"): the month is read, the day left.
  String.raw`(?:[0-3]?\d(?:(?:st|nd|rd|th)[ \t]{0,3}|[ \t]{0,3}-[ \t]{0,3}|[ \t]{1,3})(?:of[ \t]{1,3})?)?(?<monthName>${MONTH_SOURCE})(?:\.?[ \t]{1,3}[0-3]?\d(?:st|nd|rd|th)?[,']?(?=[ \t]{1,3}\d{4}(?![\p{L}\p{N}])))?(?:\.?[-/]|\.?,?\s*(?:de\s+)?|'[ \t]{0,3})(?<monthNameYear>'?\d{4}|'\d{2})`,
  // 2013 Feb, 2013-February, 2013/Feb: the year first, then an English month on its line (a space or three, or a hyphen,
  // slash or dot); not where a year follows the month, which then opens the next date ("2012 January 2016", "2013 –
  // February 2015" and "2013-Feb 2014" keep the year alone). Other languages' short names are everyday words after a
  // number ("2015 set", "2014 gen"), so English only.
  String.raw`(?<yearFirstYear>\d{4})(?:[ \t]{1,3}|[-/.])(?<yearFirstMonth>${ENGLISH_MONTH_SOURCE})(?!\.?(?:[-/]|,?\s*|'[ \t]{0,3})(?:'?\d{4}|'\d{2}))\.?`,
  // Jan 95: a two-digit year without its apostrophe, read only as an end of a range (see shortYearsAgree); not a day
  // before a year ("Mar 20, 2019", "May 14 2007", "Sep 10/2015") nor a time ("Jan 15 10:00").
  String.raw`(?<shortName>${MONTH_SOURCE})\.?\s{1,3}(?<shortNameYear>\d{2})(?![\p{L}\p{N}]|,?\s{0,3}\d|[-/.:]\d)`,
  String.raw`(?<season>${SEASON_SOURCE}),?\s*(?<seasonYear>\d{4})`, // Summer 2018
  String.raw`(?<numericMonth>\d{1,2})[/.-](?<numericMonthYear>\d{4})(?![/.]\d)`, // 03/2017, 3.2017
  // 01/90, 09/98: month (two digits)/two-digit year, with a slash only (10.12 is a version, 08-15 a code, 8/10 a score),
  // read only as an end of a range.
  String.raw`(?<shortMonth>0[1-9]|1[0-2])/(?<shortMonthYear>\d{2})(?![/.]\d)`,
  String.raw`(?<isoYear>\d{4})[/.-](?<isoMonth>\d{1,2})(?![/.]\d|-\d{1,2}(?!\d))`, // 2017.03, 2017-03
  String.raw`(?<year>\d{4})`,
];
// Russian "2019 г." / "2019 года" may follow the year.
const DATE_SOURCE = String.raw`(?<![\p{L}\p{N}])(?<![\p{N}][-/.])(?:${DATE_FORMS.join('|')})(?:\s?(?:г\.|года?(?![\p{L}])|г(?![\p{L}])))?(?![\p{L}\p{N}])`;
const DATE = new RegExp(DATE_SOURCE, 'gu');
const DATE_AT = new RegExp(`^${DATE_SOURCE}`, 'u');
const DIGIT = /\d/;
// Dutch "tot" and Polish "do" too: "van 2015 tot 2019", "od 01.2019 do 12.2020".
// Indian résumés' "upto" / "up to" too: "Jan 2015 upto Dec 2017".
const SEPARATOR_WORD = String.raw`(?:to|till|until|upto|up[ \t]to|through|thru|по|до|bis|à|au|al|a|hasta|jusqu'(?:à|en|au)|até|tot|do)`;
// A dash and a word together are one separator: "Nov 2011 - Till Sep 2012", "June 2015 – To March 2018" (a few spaces
// between them, so the pattern stays linear on a run of spaces).
// Tried after the dash alone, which keeps "do dziś" / "a la actualidad" whole when they follow a dash. A bar and an
// English word likewise ("Since 2015 | To 2018", "From 2015 | Up to 2018"); a bar alone stays no separator ("Acme |
// 2015 | Pune").
const DASH_AND_WORD = String.raw`(?:-{1,3}[ \t]{0,3}${SEPARATOR_WORD}|\|[ \t]{0,3}(?:to|till|until|upto|up[ \t]to|through|thru))(?![\p{L}])`;
const SEPARATOR = new RegExp(String.raw`^\s*(?:-{1,3}|~|${SEPARATOR_WORD}(?![\p{L}]))\s*`, 'u');
const DASH_AND_WORD_SEPARATOR = new RegExp(String.raw`^\s*${DASH_AND_WORD}\s*`, 'u');
const SEPARATOR_ALONE = new RegExp(String.raw`^\s*(?:${DASH_AND_WORD}|-{1,3}|~|${SEPARATOR_WORD})\s*$`, 'u');
// A text that ends in a separator, the end of its range to follow: "June 2013 –", "Jan 2019 to", "01.2019 tot", and a
// dash and a word together ("Nov 2011 - Till"), which would otherwise leave "Nov 2011 -".
const SEPARATOR_AT_END = new RegExp(String.raw`^(.+?)\s?(?:${DASH_AND_WORD}|-{1,3}|~|\s${SEPARATOR_WORD})$`, 'u');
const PRESENT =
  /^(?:по\s+)?(?:present|current(?:ly)?|now|today|to\s+date|till\s+date|date|ongoing|настоящее\s+время|наст\.?\s*вр(?:емя|\.)?|н\.\s?в\.?|нв|сейчас|сегодня|heute|jetzt|aktuell|dato|(?:la\s+)?actualidad|actual|presente|hoy|aujourd'hui|présent|ce\s+jour|en\s+cours|(?:ad\s+)?oggi|in\s+corso|attuale|atual(?:mente)?|(?:o\s+)?momento|hoje|heden|obecnie|teraz|nadal|současnost|súčasnosť|dosud|doposud|dodnes|nyní|doteraz)(?![\p{L}])/u;
// "to date", "till now", "по настоящее время", "do současnosti" need no separator of their own; PDF text often loses the
// dash in "Jan 2019 – Present".
const PRESENT_WITHOUT_SEPARATOR =
  /^\s*(?:to\s+date|till\s+(?:date|now)|until\s+now|to\s+present|present|по\s+(?:настоящее\s+время|наст\.?\s*вр(?:емя|\.)?|н\.\s?в\.?|сей\s+день|(?:настоящий|текущий)\s+момент|сегодняшний\s+день)|до\s+(?:настоящего\s+времени|н\.\s?в\.?|сегодняшнего\s+дня|текущего\s+момента)|bis\s+heute|hasta\s+(?:la\s+)?(?:actualidad|hoy|el\s+presente)|(?:à|a)\s+ce\s+jour|jusqu'à\s+(?:ce\s+jour|aujourd'hui|présent)|(?:(?:fino\s+)?ad|a)\s+oggi|até\s+(?:o\s+momento|hoje|(?:o\s+)?presente)|tot\s+(?:heden|nu)|do\s+(?:dziś|dzisiaj|teraz|chwili\s+obecnej|současnosti|súčasnosti|dnes))(?![\p{L}])/u;
// "Since", in English, German ("seit", "ab"), Spanish and Portuguese ("desde", "a partir de"), French ("depuis", "à partir
// de"), Italian ("dal", "a partire dal"), Dutch ("sinds", "vanaf"), Polish ("od") and Russian ("с"): the range is still
// open. Read only just before a date; "od" and "с" are also everyday prepositions ("od klienta"), and a year after one
// that an amount's unit follows is a sum ("od 2000 zł"), not a date.
const SINCE_WORD = String.raw`(?:since|seit|ab|с|desde|depuis|dal|dall'|(?:a|à)\s+partir\s+(?:de|d')|a\s+partire\s+dal(?:l')?|sinds|vanaf|od)`;
const SINCE = new RegExp(String.raw`(?<![\p{L}])${SINCE_WORD}\s*$`, 'u');
const SINCE_OPENING = new RegExp(String.raw`^\s*${SINCE_WORD}(?![\p{L}])`, 'u');
const AMOUNT_UNIT_AFTER =
  /^\s?(?:zł|zl|złotych|pln|eur|euro|€|usd|\$|brutto|netto|osób|employees|mitarbeiter|medewerkers)(?![\p{L}])/u;
// English "from" before a date with no end after it ("From 2019", "Acme Corp, From March 2019"): the range is open, as
// after "since"; but only where the date ends the text or a mark, a dash or a column gap follows it, as on a position's
// or school's line; a bracket closed after the date ends the text too ("Acme Corp (from 2021)"), and a dash ending the
// text leaves the end to the next line ("… fans from 2009 -"). "From 2019 I led the
// team", "from 2019 levels", "from Nov 2018.", "From March 2019, I led" and "Kochi as a Branch (from 18th Feb'15) Key
// Responsibility: …" (a Kaggle PDF's duty within a position) are sentences. One anchored test each (no repetition but
// bounded runs of space, and \s*$ tried from the start only): linear.
const FROM_BEFORE = /(?<![\p{L}])from[ \t]{0,3}$/u;
// A dash or bar before "To"/"Till"/"Up to" opens the end, not text after the range: "From Aug 2011 - Till Sep 2012" is
// closed, and no open range is read from it.
const FROM_DATE_ENDS =
  /^(?:[ \t]{0,3}[)\]]?\s*$|[ \t]{0,3}[-|–—•·](?=[ \t]*\S)(?![ \t]*(?:to|till|until|upto|up[ \t]to|through|thru)(?![\p{L}]))|[ \t]{2}|\t)/u;
// "Onwards" after a start date, in English as Indian résumés write it ("June 2015 onwards", "2015 - Onwards", "Jan 2018
// on wards"): the range is still open. Written apart, only the plural: "2019 on ward 5" is a nurse's ward.
const ONWARDS_AFTER = /^\s?(?:-{1,3}\s?)?(?:and\s)?on(?:wards?|\swards)(?![\p{L}])/u;
// Two dates side by side with nothing but spaces or tabs between them ("Jan 2015 Nov 2016", "01/2015 11/2016",
// "2015 2016"), as PDF text writes a range whose dash it lost: a range only where the two are written alike, the second
// later, and the line ends after it, as a position's or school's dates end their line; not two years inside a sentence
// ("in 2015 2016 was"), not a number run on before the first ("+1 2015 2016", a phone's), not a date then a phone's
// digits. One anchored test each (bounded runs of space): linear.
const SIDE_BY_SIDE_GAP = /^[ \t]{1,4}/;
// Two bare years one space apart after words are a product's versions as often as a range ("SQL Server 2008 2012",
// "MS Office 2007 2010"): bare years need a column's gap (a tab or two spaces) between them or before the first, or
// nothing but a bullet before them on their line.
const COLUMN_GAP = /\t|[ ]{2}/;
const COLUMN_OR_LINE_BEFORE = /(?:(?:^|[\r\n])[ \t]*(?:[-•·*▪◦●][ \t]*)?|\t[ \t]*|[ ]{2})$/u;
const LINE_ENDS = /^[ \t]*(?:[\r\n]|$)/;
const NUMBER_BEFORE = /[\p{N}+][ \t]*$/u;

/** How a date is written, for telling two dates side by side written alike: 'name' (Jan 2015), 'numeric' (01/2015), 'iso' (2015-01) or 'year'. */
function dateForm(groups: Record<string, string | undefined>): string | undefined {
  if (groups.monthName !== undefined) return 'name';
  if (groups.numericMonth !== undefined) return 'numeric';
  if (groups.isoYear !== undefined) return 'iso';
  if (groups.year !== undefined) return 'year';
  return undefined;
}

// How far before a date "since" is looked for: the longest form above and a space or two.
const SINCE_LOOK = 20;

const EARLIEST_YEAR = 1940;
const LATEST_YEAR = 2100;

interface DateToken {
  start: number;
  end: number;
  year: number;
  /** Month for a start date, 0-based. */
  firstMonth: number;
  /** Month for an end date: December for a bare year, the season's last month. */
  lastMonth: number;
  /**
   * A two-digit year written without its apostrophe ("Jan 95", "01/90"): the token is a date only as an end of a range
   * whose other end is written the same way, or is "Present". `written` is the two digits as a number.
   */
  short?: { form: 'name' | 'numeric'; written: number } | undefined;
}

const LOWER_CASE_MAY_AT_END = /may\.?$/;

// The highest two digits that may be a day of the month ("Jan 15 - Mar 20" may be two days).
const LAST_DAY = 31;

function readToken(
  groups: Record<string, string | undefined>,
  start: number,
  length: number,
  now: Date,
  written: string,
): DateToken | undefined {
  const twoDigitYear = (short: number) => {
    // '18 → 2018 unless that is more than a year ahead of now, then 1918.
    const century = Math.floor(now.getUTCFullYear() / 100) * 100;
    return century + short > now.getUTCFullYear() + 1 ? century - 100 + short : century + short;
  };
  let year: number;
  let firstMonth: number;
  let lastMonth: number;
  let short: DateToken['short'];
  if (groups.monthName !== undefined && groups.monthNameYear !== undefined) {
    const month = MONTH_INDEX.get(groups.monthName);
    if (month === undefined) return undefined;
    // "'18" is a two-digit year; "'2011" four digits after an apostrophe.
    const digits = groups.monthNameYear.replace("'", '');
    year = digits.length === 2 ? twoDigitYear(Number(digits)) : Number(digits);
    firstMonth = lastMonth = month;
  } else if (groups.yearFirstYear !== undefined && groups.yearFirstMonth !== undefined) {
    const month = MONTH_INDEX.get(groups.yearFirstMonth);
    if (month === undefined) return undefined;
    year = Number(groups.yearFirstYear);
    firstMonth = lastMonth = month;
    // "2013 may be": a lower-case "may" after a year is the verb; the year is read alone.
    if (LOWER_CASE_MAY_AT_END.test(written)) {
      firstMonth = 0;
      lastMonth = 11;
      length = groups.yearFirstYear.length;
    }
  } else if (groups.shortName !== undefined && groups.shortNameYear !== undefined) {
    const month = MONTH_INDEX.get(groups.shortName);
    if (month === undefined) return undefined;
    short = { form: 'name', written: Number(groups.shortNameYear) };
    year = twoDigitYear(short.written);
    firstMonth = lastMonth = month;
  } else if (groups.shortMonth !== undefined && groups.shortMonthYear !== undefined) {
    short = { form: 'numeric', written: Number(groups.shortMonthYear) };
    year = twoDigitYear(short.written);
    firstMonth = lastMonth = Number(groups.shortMonth) - 1;
  } else if (groups.season !== undefined) {
    const season = SEASONS[groups.season];
    if (season === undefined) return undefined;
    year = Number(groups.seasonYear);
    [firstMonth, lastMonth] = season;
  } else if (groups.numericMonth !== undefined) {
    year = Number(groups.numericMonthYear);
    firstMonth = lastMonth = Number(groups.numericMonth) - 1;
  } else if (groups.isoYear !== undefined) {
    year = Number(groups.isoYear);
    firstMonth = lastMonth = Number(groups.isoMonth) - 1;
  } else {
    year = Number(groups.year);
    firstMonth = 0;
    lastMonth = 11;
  }
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || firstMonth < 0 || firstMonth > 11) return undefined;
  return { start, end: start + length, year, firstMonth, lastMonth, short };
}

/**
 * Whether a range whose ends are `first` and `second` (undefined: "Present") may be read, as far as two-digit years
 * without an apostrophe go: none, or both written the same way (a month name and two digits, or month/two digits) or the
 * start so written and the end "Present"; and a month name's two digits are a year, not a day, when the end is
 * "Present" or one end's digits cannot be a day ("Jan 95 - Mar 99", not "Jan 15 - Mar 20").
 */
function shortYearsAgree(first: DateToken, second: DateToken | undefined): boolean {
  if (first.short === undefined) return second?.short === undefined;
  if (second === undefined) return true;
  if (second.short?.form !== first.short.form) return false;
  return first.short.form === 'numeric' || Math.max(first.short.written, second.short.written) > LAST_DAY;
}

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

/** The month (0-based) a month name or abbreviation stands for, in the languages the date reader knows ("Sept" → 8, "янв" → 0), or undefined. */
export function monthFromName(word: string): number | undefined {
  return MONTH_INDEX.get(foldInPlace(word.trim()));
}

/** Whether a word, as it stands (not trimmed, no dot), is an English month's name or abbreviation in any case ("May", "SEPT", "dec"). */
export function isEnglishMonthName(word: string): boolean {
  return ENGLISH_MONTH_WORDS.has(word.toLowerCase());
}

/** The English months' names and abbreviations ('all': "september|sept|sep|…") or full names only ('full'), longest first, lower case, as a RegExp alternation (give it the i flag). */
export function englishMonthSource(names: 'all' | 'full' = 'all'): string {
  const words = names === 'full' ? ENGLISH_MONTH_NAMES.map((forms) => forms[0] ?? '') : [...ENGLISH_MONTH_WORDS];
  return words.sort((left, right) => right.length - left.length).join('|');
}

/**
 * Whether a text is nothing but a word or phrase for "until now" that the range reader takes as a range's end
 * ("Present", "to date", "heute", "bis heute", "actualidad", "heden", "tot heden", "obecnie", "současnost", "doteraz",
 * "по настоящее время").
 */
export function isPresentWord(text: string): boolean {
  checkTextArgument('isPresentWord', 'text', text);
  const folded = foldInPlace(text.trim());
  const match = PRESENT.exec(folded) ?? PRESENT_WITHOUT_SEPARATOR.exec(folded);
  return match !== null && match[0].trim().length === folded.length;
}

/** Whether a text is nothing but the word or mark the range reader takes between two dates ("–", "to", "bis", "tot", "do"). */
export function isRangeSeparator(text: string): boolean {
  checkTextArgument('isRangeSeparator', 'text', text);
  return SEPARATOR_ALONE.test(foldInPlace(text));
}

/**
 * The text before the separator that ends it, when it ends in one ("June 2013 –" → "June 2013", "01.2019 tot" →
 * "01.2019"), as written; undefined otherwise. A range broken over lines opens so.
 */
export function beforeTrailingSeparator(text: string): string | undefined {
  checkTextArgument('beforeTrailingSeparator', 'text', text);
  const match = SEPARATOR_AT_END.exec(foldInPlace(text));
  // Folding keeps every unit in its place, so the written text is cut where the folded one is.
  return match?.[1] === undefined ? undefined : text.slice(0, match[1].length);
}

/** Whether a text opens with a word for "since" that the range reader takes before a date ("seit", "desde", "od", "sinds"). */
export function opensWithSinceWord(text: string): boolean {
  checkTextArgument('opensWithSinceWord', 'text', text);
  return SINCE_OPENING.test(foldInPlace(text));
}

/** Reads one month-year ("Jan 2019", "03/2017", "2017.03", "янв 2019") or year ("2019" → January) as the 1st of that month, UTC. */
export function parseMonthYear(text: string): Date | undefined {
  checkTextArgument('parseMonthYear', 'text', text);
  const folded = foldInPlace(text.trim());
  const match = DATE_AT.exec(folded);
  if (!match || match[0].length !== folded.length) return undefined;
  const token = readToken(match.groups ?? {}, 0, match[0].length, new Date(), text.trim());
  // "Jan 95" or "01/90" alone may be a day or a score ("8/10"): two digits are a year only in a range.
  // A token shorter than the text left a lower-case "may" after its year: no date ("2013 may").
  return token === undefined || token.short !== undefined || token.end !== folded.length
    ? undefined
    : monthStart(token.year, token.firstMonth);
}

// The date `found` matched at `start` of the folded text, read as a token (`text` the same text as written).
function readTokenAt(found: RegExpExecArray, start: number, now: Date, text: string): DateToken | undefined {
  return readToken(found.groups ?? {}, start, found[0].length, now, text.slice(start, start + found[0].length));
}

/**
 * Finds every date range in a text, in text order: "Jan 2019 – Present", "2015-2018", "03/2017 - 06/2019",
 * "2017.03 – 2019.06", "March 2016 to Oct. 2018", "Since 2020", "From 2019" (ending the text or before a mark), "June 2015 onwards", "янв 2019 — по настоящее время", "2018 — н.в.",
 * two dates written alike side by side ending their line, their dash lost ("Jan 2015 Nov 2016"; bare years only alone on
 * the line or after a column's gap),
 * and with two-digit years "01/90-05/93", "09/98 – Present", "Jan 95 - Mar 99" (both ends so written, or the end
 * "Present"; never one such date alone). A year alone starts in January and ends in December. Ranges that end before they start, or that are
 * ongoing but start after `now`, are left out rather than swapped: on a resume they are typos, not data.
 */
export function findDateRanges(text: string, options: DateRangeOptions = {}): DateRange[] {
  checkTextArgument('findDateRanges', 'text', text);
  const now = nowOption('findDateRanges', options);
  const nowMonth = monthStart(now.getUTCFullYear(), now.getUTCMonth());
  const folded = foldInPlace(text);
  const ranges: DateRange[] = [];
  // Every date form has digits (a year, or two of one): a text without any has no range, and DATE need not try its
  // month names at every position (most of a résumé's lines, which the readers pass here one by one, have no digit).
  if (!DIGIT.test(folded)) return ranges;
  let consumedUntil = 0;
  // DATE.exec rather than folded.matchAll(DATE), which copies the pattern on every call (a resume's sections are read
  // line by line: that copy was a good part of the time on a short line). DATE matches no empty text.
  DATE.lastIndex = 0;
  for (let match = DATE.exec(folded); match !== null; match = DATE.exec(folded)) {
    if (match.index < consumedUntil) continue; // the end date of the previous range
    const first = readTokenAt(match, match.index, now, text);
    if (first === undefined) continue;
    const start = monthStart(first.year, first.firstMonth);
    const rest = folded.slice(first.end);
    let end: Date | null | undefined;
    let rangeEnd = first.end;
    // The dash alone first ("2019 – bis heute"), then a dash and a word together ("Nov 2011 - Till Sep 2012").
    for (const separatorPattern of [SEPARATOR, DASH_AND_WORD_SEPARATOR]) {
      const separator = separatorPattern.exec(rest);
      if (!separator) continue;
      const afterSeparator = rest.slice(separator[0].length);
      // "Present", or a phrase for it that needs no separator ("2019 – bis heute", "01.2019 – tot heden").
      const present = PRESENT.exec(afterSeparator) ?? PRESENT_WITHOUT_SEPARATOR.exec(afterSeparator);
      const second = DATE_AT.exec(afterSeparator);
      if (present && shortYearsAgree(first, undefined)) {
        end = null;
        rangeEnd = first.end + separator[0].length + present[0].length;
      } else if (second) {
        const token = readTokenAt(second, first.end + separator[0].length, now, text);
        if (token !== undefined && shortYearsAgree(first, token)) {
          end = monthStart(token.year, token.lastMonth);
          rangeEnd = token.end;
        }
      }
      if (end !== undefined) break;
    }
    let rangeStart = first.start;
    // A two-digit year takes no "since" before it nor "present" without a separator ("since Jan 15" is a day).
    if (end === undefined && first.short === undefined) {
      const present = PRESENT_WITHOUT_SEPARATOR.exec(rest) ?? ONWARDS_AFTER.exec(rest);
      // The few characters before the date, where "since", "from" or a number stands.
      const before = folded.slice(Math.max(0, first.start - SINCE_LOOK), first.start);
      const since = SINCE.exec(before);
      if (present) {
        end = null;
        rangeEnd = first.end + present[0].length;
      } else if (since && !(match.groups?.year !== undefined && AMOUNT_UNIT_AFTER.test(rest))) {
        end = null;
        rangeStart = first.start - since[0].length;
      } else if (FROM_DATE_ENDS.test(rest)) {
        const from = FROM_BEFORE.exec(before);
        if (from) {
          end = null;
          rangeStart = first.start - from[0].length;
        }
      }
      if (end === undefined) {
        const sideBySide = sideBySideEnd(rest, before, text, first, match.groups ?? {}, now);
        if (sideBySide !== undefined) {
          end = monthStart(sideBySide.year, sideBySide.lastMonth);
          rangeEnd = sideBySide.end;
        }
      }
    }
    if (end === undefined) continue;
    if (end !== null && end < start) continue;
    if (end === null && start > nowMonth) continue;
    consumedUntil = rangeEnd;
    ranges.push({ start, end, current: end === null, text: text.slice(rangeStart, rangeEnd) });
  }
  return ranges;
}

/**
 * The second of two dates side by side ending their line ("Jan 2015 Nov 2016"), read as the end of a range whose start
 * is `first`: written as `first` is, later than it, with no number before `first`; undefined otherwise. `rest` and
 * `before` are the folded text after `first` and the few characters before it.
 */
function sideBySideEnd(
  rest: string,
  before: string,
  text: string,
  first: DateToken,
  firstGroups: Record<string, string | undefined>,
  now: Date,
): DateToken | undefined {
  const form = dateForm(firstGroups);
  if (form === undefined) return undefined;
  const gap = SIDE_BY_SIDE_GAP.exec(rest);
  if (gap === null) return undefined;
  const second = DATE_AT.exec(rest.slice(gap[0].length));
  if (second === null || dateForm(second.groups ?? {}) !== form) return undefined;
  if (
    form === 'year' &&
    !COLUMN_GAP.test(text.slice(first.end, first.end + gap[0].length)) &&
    !COLUMN_OR_LINE_BEFORE.test(text.slice(Math.max(0, first.start - SINCE_LOOK), first.start))
  ) {
    return undefined;
  }
  if (!LINE_ENDS.test(rest.slice(gap[0].length + second[0].length))) return undefined;
  if (NUMBER_BEFORE.test(before)) return undefined;
  const token = readTokenAt(second, first.end + gap[0].length, now, text);
  if (token === undefined || token.short !== undefined) return undefined;
  const later = token.year > first.year || (token.year === first.year && token.firstMonth > first.firstMonth);
  return later ? token : undefined;
}

/** Reads the first date range in a text (see {@link findDateRanges}), or undefined when there is none. */
export function parseDateRange(text: string, options: DateRangeOptions = {}): DateRange | undefined {
  checkTextArgument('parseDateRange', 'text', text);
  return findDateRanges(text, options)[0];
}

/**
 * The reference "today" of `options` (now when left out), else the {@link invalidArgument} ValidationError: a `now` that
 * is no Date holding a real time ('2026-01-01', a Proxy of a Date) was V8's TypeError at its first read ("now.getUTCFullYear
 * is not a function", "this is not a Date object"), and an Invalid Date read every ongoing range as NaN months.
 */
function nowOption(fn: string, options: DateRangeOptions): Date {
  const now = checkRecordArgument(fn, 'options', options, 'an options object ({ now })').now;
  if (now === undefined) return new Date();
  if (!isValidDate(now)) throw invalidArgument(fn, 'options.now', `must be a valid Date, got ${describeValue(now)}`);
  return now;
}

/** Whole calendar months from `start` to `end` (UTC, days ignored); negative when `end` is earlier. */
export function monthsBetween(start: Date, end: Date): number {
  return (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
}

/**
 * Total years worked across ranges, overlaps and adjacent ranges counted once, to one decimal, at most
 * `MAX_EXPERIENCE_YEARS` (a working life; more means dates no one worked, and a résumé's `totalYears` is capped so).
 * A closed range includes its last month ("Jan–Dec 2019" is 12 months); an ongoing one runs up to
 * the month of `now`, which is still under way and not counted.
 */
export function totalYearsOfExperience(
  ranges: readonly Pick<DateRange, 'start' | 'end'>[],
  options: DateRangeOptions = {},
): number {
  checkListArgument('totalYearsOfExperience', 'ranges', ranges, 'a list of { start, end }').forEach((range, index) => {
    const { start, end } = checkRecordArgument('totalYearsOfExperience', `ranges.${index}`, range, '{ start, end }');
    if (!(start instanceof Date))
      throw invalidArgument(
        'totalYearsOfExperience',
        `ranges.${index}.start`,
        `must be a Date, got ${describeValue(start)}`,
      );
    if (!(end instanceof Date) && end !== null)
      throw invalidArgument(
        'totalYearsOfExperience',
        `ranges.${index}.end`,
        `must be a Date or null (ongoing), got ${describeValue(end)}`,
      );
  });
  const now = nowOption('totalYearsOfExperience', options);
  const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
  // Half-open month intervals [from, to).
  const intervals = ranges
    .map((range) => ({ from: monthIndex(range.start), to: range.end === null ? nowIndex : monthIndex(range.end) + 1 }))
    .filter((interval) => interval.to > interval.from)
    .sort((left, right) => left.from - right.from);
  let months = 0;
  let current: { from: number; to: number } | undefined;
  for (const interval of intervals) {
    if (current !== undefined && interval.from <= current.to) {
      current.to = Math.max(current.to, interval.to);
      continue;
    }
    if (current !== undefined) months += current.to - current.from;
    current = { ...interval };
  }
  if (current !== undefined) months += current.to - current.from;
  return Math.min(MAX_EXPERIENCE_YEARS, Math.round((months / 12) * 10) / 10);
}
