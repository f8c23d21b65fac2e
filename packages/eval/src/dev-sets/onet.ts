// Occupation codes for job titles from O*NET (onet-db in the shared data; O*NET is US DOL/ETA, CC BY 4.0): the
// independent vocabulary the occupation-graded dev sets take their labels from. Nothing here uses Rolefit's code.
//
// An occupation is written as a prefix of a 2018 SOC code, as precise as the evidence allows:
//   '15-1252' a detailed occupation (O*NET's .00/.01 suffixes dropped), '15-12' a minor group, '15' a major group.
import { join } from 'node:path';

/** A SOC code prefix: '15-1252' (detailed occupation), '15-12' (minor group) or '15' (major group). */
export type Occupation = string;

/**
 * Words that say a level, not an occupation; removed in the second try of a title lookup. The grader's own list on
 * purpose, not core's seniority vocabulary: labels must not be derived from the words the rankers read.
 */
const LEVEL_WORDS =
  /\b(senior|sr|junior|jr|lead|principal|staff|entry level|i|ii|iii|iv|1|2|3|remote|part time|full time)\b/g;

/** Lower case, `&` as "and", every run of other characters than letters and digits one space. */
export const normaliseTitle = (title: unknown): string =>
  String(title ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const withoutLevel = (normalised: string) => normalised.replace(LEVEL_WORDS, ' ').replace(/\s+/g, ' ').trim();

/** Rows of a tab-separated file with a header line, as objects by column name. */
export function readTsv(text: string): Array<Record<string, string>> {
  const [header = [], ...rows] = text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** The most precise code all of `codes` (detailed SOC codes) share, or undefined when they differ in major group. */
export function commonOccupation(codes: Iterable<string>): Occupation | undefined {
  const list = [...codes];
  if (list.length === 0) return undefined;
  for (const length of [7, 5, 2]) {
    const prefix = list[0]!.slice(0, length);
    if (list.every((code) => code.slice(0, length) === prefix)) return prefix;
  }
  return undefined;
}

/**
 * Grade of two occupations (each a SOC prefix as above): 3 the same detailed occupation (both known to that
 * level), 2 the same minor group, 1 the same major group, 0 otherwise.
 */
export function occupationGrade(left: Occupation | undefined, right: Occupation | undefined): number {
  if (left === undefined || right === undefined) return 0;
  if (left.length === 7 && left === right) return 3;
  if (left.length >= 5 && right.length >= 5 && left.slice(0, 5) === right.slice(0, 5)) return 2;
  return left.slice(0, 2) === right.slice(0, 2) ? 1 : 0;
}

/** Best grade between any of `lefts` and any of `rights`. */
export const bestOccupationGrade = (lefts: readonly Occupation[], rights: readonly Occupation[]): number =>
  Math.max(0, ...lefts.flatMap((left) => rights.map((right) => occupationGrade(left, right))));

/**
 * Reads O*NET's titles: every alternate title, with and without a parenthesised part ("Registered Nurse (RN)"),
 * every short title, and every occupation title, also with its last word's plural "s" dropped ("Registered Nurses").
 * Returns `occupationOfTitle(title)`: the posting title's occupation, or undefined when O*NET does not name it or its
 * matches span more than one major group. Tries, in order, the whole title and the part before the first " - ",
 * ",", "/", "(", "|", ":" or " at "; each as it is, then without level words (senior, jr, II, remote, …). The first
 * try that matches wins; a title matching several occupations gets the most precise code they all share.
 */
export function loadOnetTitles(read: (...parts: string[]) => string): (title: unknown) => Occupation | undefined {
  const codesOf = new Map<string, Set<string>>();
  const add = (title: string, code: string) => {
    const key = normaliseTitle(title);
    if (!key || !/^\d\d-\d{4}/.test(code)) return;
    if (!codesOf.has(key)) codesOf.set(key, new Set());
    codesOf.get(key)!.add(code.slice(0, 7));
  };
  for (const row of readTsv(read(join('onet-db', 'Alternate Titles.txt')))) {
    const code = row['O*NET-SOC Code'] ?? '';
    const alternate = row['Alternate Title'] ?? '';
    add(alternate, code);
    add(alternate.replace(/\([^)]*\)/g, ' '), code);
    if (row['Short Title'] && row['Short Title'] !== 'n/a') add(row['Short Title'], code);
  }
  for (const row of readTsv(read(join('onet-db', 'Occupation Data.txt')))) {
    const code = row['O*NET-SOC Code'] ?? '';
    const title = row.Title ?? '';
    add(title, code);
    add(title.replace(/s$/, ''), code);
  }
  const cache = new Map<string, Occupation | undefined>();
  return function occupationOfTitle(title) {
    const text = String(title ?? '');
    if (cache.has(text)) return cache.get(text);
    let found: Set<string> | undefined;
    const head = text.split(/ - | – |,|\/|\(|\||:| at /i)[0] ?? '';
    for (const part of [text, head]) {
      for (const key of [normaliseTitle(part), withoutLevel(normaliseTitle(part))]) {
        if (found === undefined && key && codesOf.has(key)) found = codesOf.get(key);
      }
    }
    const occupation = found ? commonOccupation(found) : undefined;
    cache.set(text, occupation);
    return occupation;
  };
}

/**
 * Major groups next to each other (shared tasks or frequent moves between them); a grade-0 candidate from one of
 * these is a hard negative. Hand-written, symmetric by construction below.
 */
const NEIGHBOURS: ReadonlyArray<readonly [string, string]> = [
  ['11', '13'],
  ['11', '41'],
  ['13', '15'],
  ['13', '23'],
  ['13', '43'],
  ['15', '17'],
  ['15', '27'],
  ['17', '19'],
  ['17', '47'],
  ['17', '49'],
  ['19', '29'],
  ['21', '25'],
  ['21', '29'],
  ['23', '43'],
  ['25', '27'],
  ['27', '41'],
  ['29', '31'],
  ['31', '39'],
  ['33', '53'],
  ['35', '39'],
  ['35', '41'],
  ['35', '37'],
  ['37', '47'],
  ['41', '43'],
  ['45', '51'],
  ['47', '49'],
  ['49', '51'],
  ['51', '53'],
  ['43', '53'],
];

/** Whether two occupations are in neighbouring (not the same) major groups, by the table above. */
export function neighbouringMajors(left: Occupation, right: Occupation): boolean {
  const a = left.slice(0, 2);
  const b = right.slice(0, 2);
  return NEIGHBOURS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** The table above as README text. */
export const NEIGHBOURS_TEXT = NEIGHBOURS.map(([a, b]) => `${a}–${b}`).join(', ');

/** SOC major group names, for README tables. */
export const MAJOR_GROUPS: Readonly<Record<string, string>> = {
  11: 'management',
  13: 'business and financial operations',
  15: 'computer and mathematical',
  17: 'architecture and engineering',
  19: 'life, physical and social science',
  21: 'community and social service',
  23: 'legal',
  25: 'educational instruction and library',
  27: 'arts, design, entertainment, sports and media',
  29: 'healthcare practitioners and technical',
  31: 'healthcare support',
  33: 'protective service',
  35: 'food preparation and serving',
  37: 'building and grounds cleaning and maintenance',
  39: 'personal care and service',
  41: 'sales and related',
  43: 'office and administrative support',
  45: 'farming, fishing and forestry',
  47: 'construction and extraction',
  49: 'installation, maintenance and repair',
  51: 'production',
  53: 'transportation and material moving',
};
