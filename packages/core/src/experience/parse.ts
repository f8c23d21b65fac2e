import { checkTextArgument } from '../errors/argument.js';
import { foldInPlace } from '../text/fold.js';
import { matchesOf } from '../text/regexp.js';

/** Years of experience a job asks for, and the words it was read from. */
export interface ExperienceRequirement {
  /** Fewest years asked for (0.5 for "6 months", 0 for "no experience required"). */
  min: number;
  /** Most years, when the text gives a range ("3-5 years") or says none is needed (0). */
  max?: number | undefined;
  /** The matched substring of the input. */
  text: string;
}

const ENGLISH_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const RUSSIAN_NUMBERS: Readonly<Record<string, number>> = {
  полугода: 0.5,
  один: 1,
  одного: 1,
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  четырех: 4,
  четырёх: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
};

const wordsSource = (words: Readonly<Record<string, number>>) =>
  Object.keys(words)
    .sort((left, right) => right.length - left.length)
    .join('|');
const EN_NUMBER = String.raw`\d{1,2}(?:[.,]\d)?|${wordsSource(ENGLISH_NUMBERS)}`;
const RU_NUMBER = String.raw`\d{1,2}(?:[.,]\d)?|${wordsSource(RUSSIAN_NUMBERS)}`;
const EN_UNIT = String.raw`years?|yrs?\.?|months?|mos\.?|mths?`;
const RU_UNIT = String.raw`лет|года|год|г\.|месяцев|месяца|месяц|мес\.?`;

// "at least 2", "3-5", "5+", "3 or more", "10-year" (the last only counts before "experience").
// Optional parts put their own whitespace inside the group (`\s*(?:\+\s*)?`, never `\s*\+?\s*`): two `\s*` side by side
// backtrack quadratically over a long run of spaces.
const ENGLISH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<qualifier>at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|min\.?(?:\s+of)?|more\s+than|over|no\s+less\s+than|not\s+less\s+than|in\s+excess\s+of|upwards\s+of|up\s+to|between)\s+|(?<symbol>>=?|≥)\s*)?` +
    String.raw`(?<first>${EN_NUMBER})(?:\s*(?:-|to|or|and)\s*(?<second>${EN_NUMBER}))?(?<orMoreBefore>\s+or\s+more)?\s*(?:(?<plus>\+)\s*)?(?<hyphen>-\s*)?` +
    String.raw`(?<unit>${EN_UNIT})(?<apostrophe>'s?)?(?<plusAfter>\s*\+)?(?<orMore>\s+(?:or\s+(?:more|greater|above|longer)|and\s+(?:above|up|over)|minimum|min\.?|at\s+least|plus))?(?![\p{L}])`,
  'gu',
);
// "от 1 года до 3 лет", "от 3 до 6 лет", "более 6 лет", "не менее 2 лет", "3+ года".
const RUSSIAN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<qualifier>от|более|больше|свыше|не\s+менее|не\s+меньше|минимум|до)\s+)?` +
    String.raw`(?<first>${RU_NUMBER})(?:\s*(?:${RU_UNIT}))?(?:\s*(?:-|до)\s*(?<second>${RU_NUMBER}))?\s*(?:(?<plus>\+)\s*)?(?<unit>${RU_UNIT})(?![\p{L}])`,
  'gu',
);
// "опыт от года", "более года" (the number left out means one).
const RUSSIAN_ONE_YEAR = /(?<![\p{L}])(?<qualifier>от|более|больше|свыше|не\s+менее)\s+года(?![\p{L}])/gu;

// Phrases that ask for no experience at all, read as { min: 0, max: 0 }.
const NO_EXPERIENCE_PHRASES = [
  String.raw`no\s+(?:prior\s+|previous\s+|professional\s+|work\s+|relevant\s+|industry\s+)?experience(?:\s+(?:is\s+)?(?:required|necessary|needed))?`,
  String.raw`(?:prior\s+)?experience\s+(?:is\s+)?not\s+(?:required|necessary|needed)`,
  String.raw`without\s+(?:prior\s+)?experience`,
  String.raw`entry[-\s]level`,
  String.raw`fresh\s+graduates?`,
  'freshers?',
  String.raw`без\s+опыта(?:\s+работы)?`,
  String.raw`нет\s+опыта`,
  String.raw`опыт(?:\s+работы)?\s+не\s+(?:требуется|обязателен|нужен|важен)`,
];
const NO_EXPERIENCE = new RegExp(String.raw`(?<![\p{L}])(?:${NO_EXPERIENCE_PHRASES.join('|')})(?![\p{L}])`, 'gu');

// Years that are not a requirement: ages, deadlines, company history ("For over 50 years, ..."), contracts, degrees.
const REJECT_BEFORE =
  /(?<![\p{L}])(?:in|within|after|every|next|past|last|first|per|each|for|over\s+the|collective|combined|aged?|age\s+of|since|founded|established|history\s+of|been\s+(?:around|operating|in\s+business)(?:\s+for)?)\s+$/u;
const REJECT_AFTER =
  /^\s*(?:(?:-\s*)?old|of\s+age|ago|later|from\s+now|in\s+business|of\s+(?:operation|operations|history|service|age|growth|existence|warranty|schooling|college|university|study|studies|education|coursework|funding)|warranty|guarantee|contract|term|degree|program|programme|course|anniversary|history|younger|older)(?![\p{L}])/u;
// Context that makes a bare "3 years" a requirement: "experience" nearby, or "years of <skill>"
// (ages, history and schooling after "of" were already rejected).
const CONTEXT_AFTER =
  /^(?:'s?)?\s+of\s+\p{L}|^[^.;\n]{0,50}?(?<![\p{L}])(?:experience|experienced|exp|yoe|of\s+(?:relevant|professional|industry|hands-on|work|working|commercial|practical|progressive|related|proven)|working\s+(?:with|in|as|on)|in\s+(?:a\s+)?(?:similar|related|relevant)|in\s+the\s+(?:field|industry|role)|post-?qualification|pqe)(?![\p{L}])/u;
const CONTEXT_BEFORE = /(?<![\p{L}])(?:experience|exp|yoe|опыт\p{L}*|стаж\p{L}*)(?![\p{L}])[^.;\n\d]{0,40}$/u;
const RUSSIAN_CONTEXT_BEFORE = /(?<![\p{L}])(?:опыт\p{L}*|стаж\p{L}*)(?![\p{L}])[^.;\n]{0,100}$/u;
const RUSSIAN_REJECT_BEFORE =
  /(?<![\p{L}])(?:возраст\p{L}*|дет\p{L}*|ребен\p{L}*|ребён\p{L}*|старше|младше)(?![\p{L}])[^.;\n\d]{0,20}$/u;
const RUSSIAN_REJECT_AFTER = /^\s*(?:назад|спустя|на\s+рынке|работы\s+компании|существования|от\s+роду)(?![\p{L}])/u;

/** Job ads ask for at most this many years; larger figures are company history ("more than 50 years of innovation"). */
const MOST_YEARS_ASKED = 20;

const roundYears = (years: number) => Math.round(years * 100) / 100;

function readNumber(written: string, words: Readonly<Record<string, number>>): number | undefined {
  const word = words[written];
  if (word !== undefined) return word;
  const value = Number(written.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

interface Match {
  start: number;
  end: number;
  min: number;
  max?: number;
}

function isWholeText(folded: string, start: number, end: number): boolean {
  return folded.slice(0, start).trim() === '' && /^[\s.,;:!)]*$/.test(folded.slice(end));
}

function findEnglish(folded: string): Match[] {
  const matches: Match[] = [];
  for (const match of matchesOf(folded, ENGLISH)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    const before = folded.slice(Math.max(0, start - 40), start);
    const after = folded.slice(end);
    const first = readNumber(groups.first ?? '', ENGLISH_NUMBERS);
    const second = groups.second === undefined ? undefined : readNumber(groups.second, ENGLISH_NUMBERS);
    if (first === undefined || first > MOST_YEARS_ASKED || (second ?? 0) > MOST_YEARS_ASKED) continue;
    if (REJECT_BEFORE.test(before) || REJECT_AFTER.test(after)) continue;
    // "a 10-year-old company", "a 2-year contract": a hyphenated "N-year" is an adjective unless experience follows.
    if (groups.hyphen !== undefined && !/^\s*(?:of\s+)?(?:experience|exp)(?![\p{L}])/u.test(after)) continue;
    const qualifier = groups.qualifier?.replace(/\s+/g, ' ');
    const orMore = groups.plus ?? groups.plusAfter ?? groups.orMore ?? groups.orMoreBefore ?? groups.symbol;
    const strong = qualifier !== undefined || orMore !== undefined || second !== undefined;
    const isArticle = groups.first === 'a' || groups.first === 'an';
    // A bare "3 years" needs experience nearby; "a year" even with a qualifier ("at least a year") does too,
    // unless the phrase is the whole text.
    const needsContext = !strong || (isArticle && qualifier === undefined);
    if (needsContext && !CONTEXT_AFTER.test(after) && !CONTEXT_BEFORE.test(before) && !isWholeText(folded, start, end))
      continue;
    const perYear = /^m/.test(groups.unit ?? '') ? 12 : 1;
    const low = roundYears(first / perYear);
    const high = second === undefined ? undefined : roundYears(second / perYear);
    let requirement: Omit<Match, 'start' | 'end'>;
    if (qualifier === 'up to') requirement = { min: 0, max: high ?? low };
    else if (high !== undefined) requirement = { min: Math.min(low, high), max: Math.max(low, high) };
    else requirement = { min: low };
    matches.push({ start, end, ...requirement });
  }
  return matches;
}

function findRussian(folded: string): Match[] {
  const matches: Match[] = [];
  const accept = (start: number, end: number) => {
    const before = folded.slice(Math.max(0, start - 100), start);
    if (RUSSIAN_REJECT_BEFORE.test(before) || RUSSIAN_REJECT_AFTER.test(folded.slice(end))) return false;
    // "от 3 лет" is as often an age as experience, so it needs "опыт"/"стаж" before it.
    return RUSSIAN_CONTEXT_BEFORE.test(before) || isWholeText(folded, start, end);
  };
  for (const match of matchesOf(folded, RUSSIAN)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    const first = readNumber(groups.first ?? '', RUSSIAN_NUMBERS);
    const second = groups.second === undefined ? undefined : readNumber(groups.second, RUSSIAN_NUMBERS);
    if (first === undefined || first > MOST_YEARS_ASKED || (second ?? 0) > MOST_YEARS_ASKED || !accept(start, end))
      continue;
    const perYear = /^м/.test(groups.unit ?? '') ? 12 : 1;
    const low = roundYears(first / perYear);
    const high = second === undefined ? undefined : roundYears(second / perYear);
    if (high !== undefined) matches.push({ start, end, min: Math.min(low, high), max: Math.max(low, high) });
    else if (groups.qualifier === 'до') matches.push({ start, end, min: 0, max: low });
    else matches.push({ start, end, min: low });
  }
  for (const match of matchesOf(folded, RUSSIAN_ONE_YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (accept(start, end)) matches.push({ start, end, min: 1 });
  }
  return matches;
}

/** Finds every experience requirement in a text ("5+ years", "3-5 yrs", "опыт от 1 года до 3 лет", "no experience required"), in text order. */
export function findExperienceRequirements(text: string): ExperienceRequirement[] {
  checkTextArgument('findExperienceRequirements', 'text', text);
  const folded = foldInPlace(text);
  const found: Match[] = [...findEnglish(folded), ...findRussian(folded)];
  for (const match of matchesOf(folded, NO_EXPERIENCE)) {
    found.push({ start: match.index, end: match.index + match[0].length, min: 0, max: 0 });
  }
  found.sort((left, right) => left.start - right.start || right.end - left.end);
  const requirements: ExperienceRequirement[] = [];
  let reachedEnd = -1;
  for (const match of found) {
    if (match.start < reachedEnd) continue; // overlaps a longer, earlier match
    reachedEnd = match.end;
    requirements.push({
      min: match.min,
      ...(match.max !== undefined && { max: match.max }),
      text: text.slice(match.start, match.end),
    });
  }
  return requirements;
}

/**
 * Reads the years of experience a text asks for. With several requirements ("5+ years of Python,
 * 2 years of Go") it returns the primary one: the largest `min`, the earliest on ties.
 */
export function parseExperience(text: string): ExperienceRequirement | undefined {
  checkTextArgument('parseExperience', 'text', text);
  let primary: ExperienceRequirement | undefined;
  for (const requirement of findExperienceRequirements(text)) {
    if (primary === undefined || requirement.min > primary.min) primary = requirement;
  }
  return primary;
}
