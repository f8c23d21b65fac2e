#!/usr/bin/env node
// Writes packages/core/src/job-fields/country-names.ts: every country's and territory's common English names,
// mapped to its lowercase ISO 3166-1 alpha-2 code, for @rolefit/core's place knowledge (places.ts).
//
//   node tools/country-names.mjs [--check]
//
// Source: CLDR's English region names as Node's ICU gives them (`Intl.DisplayNames(['en'], { type: 'region' })`,
// long and short style) over every assigned ISO 3166-1 alpha-2 code (and Kosovo's XK, user-assigned but written as
// a country), plus the alternative English spellings and short forms people write (ALTERNATIVE_NAMES below: "Ivory
// Coast", "Burma", "Republic of Korea", "Viet Nam", "Swaziland", "DR Congo"…). Each name is kept as core's
// normalizeText writes it (lower case, accents folded: "Côte d’Ivoire" → "cote d'ivoire"), also with "and" for "&"
// and "Saint"/"St" for "St.". Names of three letters or fewer are left out: a code's or a word's ("US", "UN",
// "U.K."; core's hand-written table in places.ts keeps "uk", "usa", "uae", "ksa").
// The output is sorted and has no date, so the same ICU data gives the same file; the core package reads the
// generated table only (no ICU data at run time, the same in browsers). Needs Node built with full ICU (the official
// builds; the script stops otherwise). `--check` exits 1 when the committed file differs from what it would write.
//
// Names that are also a given name, a surname or an English word ("Chad", "Jersey", "Guinea", "Togo"; ALSO_WORDS
// below) are written to a table of their own, COUNTRY_NAMES_ALSO_WORDS: core reads them as a country only where the
// text is a place already (a location's part after a comma, a wanted place), never where a résumé's name or words
// are told from places (isPlaceName). "Georgia" is neither's: core reads it as a US state, or the country after one
// of its cities (STATE_NAMED_COUNTRIES).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('../packages/core/src/job-fields/country-names.ts', import.meta.url));

// Codes ICU names that are no assigned ISO 3166-1 alpha-2 code: exceptional reservations (AC, CP, CQ, DG, EA, EU, EZ,
// IC, TA, UN), private use (QO, XA, XB, ZZ). Deprecated codes (AN, BU, CS, DD, YU…) are told by their canonical form.
const NOT_ASSIGNED = new Set('AC CP CQ DG EA EU EZ IC TA UN QO XA XB ZZ'.split(' '));
// User-assigned codes kept as countries.
const USER_ASSIGNED_COUNTRIES = new Set(['XK']);
// How many codes ISO 3166-1 assigns (2024-2026); the script stops when ICU's list differs.
const ASSIGNED_CODES = 249;

/** The alternative English names people write, by code (CLDR's "variant" and older names, official long forms). */
const ALTERNATIVE_NAMES = {
  ba: ['Bosnia-Herzegovina'],
  bn: ['Brunei Darussalam'],
  bo: ['Plurinational State of Bolivia'],
  bs: ['The Bahamas'],
  cd: [
    'DR Congo',
    'D.R. Congo',
    'Democratic Republic of the Congo',
    'Democratic Republic of Congo',
    'Congo-Kinshasa',
    'Congo Kinshasa',
  ],
  cg: ['Congo', 'Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo Brazzaville'],
  ci: ['Ivory Coast', "Cote d'Ivoire", 'Cote dIvoire'],
  cv: ['Cabo Verde'],
  cz: ['Czech Republic', 'Czechia'],
  fk: ['Falklands'],
  fm: ['Federated States of Micronesia'],
  gm: ['The Gambia'],
  hk: ['Hong Kong SAR'],
  ir: ['Islamic Republic of Iran'],
  kg: ['Kyrgyz Republic'],
  kp: ["Democratic People's Republic of Korea", 'DPR Korea'],
  kr: ['Republic of Korea', 'Korea Republic'],
  la: ["Lao People's Democratic Republic", 'Lao PDR'],
  md: ['Republic of Moldova'],
  mk: ['Macedonia', 'Republic of North Macedonia'],
  mm: ['Burma', 'Myanmar'],
  mo: ['Macau', 'Macao SAR', 'Macau SAR'],
  nl: ['Holland'],
  ph: ['The Philippines'],
  ps: ['State of Palestine', 'Palestinian Territory'],
  ru: ['Russian Federation'],
  sk: ['Slovak Republic'],
  st: ['Sao Tome and Principe'],
  sy: ['Syrian Arab Republic'],
  sz: ['Swaziland', 'Eswatini', 'Kingdom of Eswatini'],
  tl: ['East Timor', 'Timor Leste'],
  tr: ['Turkey', 'Türkiye', 'Turkiye'],
  tt: ['Trinidad'],
  tz: ['United Republic of Tanzania'],
  us: ['United States of America'],
  va: ['Vatican', 'Holy See'],
  vc: ['Saint Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
  ve: ['Bolivarian Republic of Venezuela'],
  vi: ['US Virgin Islands'],
  vn: ['Viet Nam', 'Vietnam'],
  xk: ['Republic of Kosovo'],
};

/**
 * Names that are also a given name, a surname or a common English word (in any case), so that a person's name, a
 * school's or an ordinary word would read as a place: "Chad Smith", "a jersey", "guinea pig", "to go".
 */
const ALSO_WORDS = new Set([
  'chad', // a given name; a ballot's chad
  'congo', // a word in names (Congo Square), and either of two countries
  'cuba', // a given name (Cuba Gooding)
  'dominica', // a given name
  'greenland', // a surname
  'grenada', // a surname, and Spain's Granada misspelt
  'guernsey', // a sweater
  'guinea', // a coin, a guinea pig
  'holland', // a surname
  'jersey', // a garment, New Jersey
  'mali', // a surname (India)
  'montserrat', // a given name
  'niger', // read in other words' places
  'pitcairn', // a surname
  'reunion', // a word
  'saint helena', // a saint's name (schools, churches, towns)
  'saint martin',
  'st helena',
  'st martin',
  'st. helena',
  'st. martin',
  'sudan', // a given name and surname
  'togo', // "to go"
  'trinidad', // a surname and given name
]);

/** Names core must not read as a country here: a US state first ("Georgia", see STATE_NAMED_COUNTRIES). */
const LEFT_OUT = new Set(['georgia']);

/** normalizeText's folding for these names: NFKC, Latin marks dropped, curly quotes and dashes made plain, lower case. */
function normalize(text) {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/(?<=[A-Za-z])\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The spellings of one name: "&" as "and", "St." as "Saint" and "St". */
function spellings(name) {
  const forms = new Set([name]);
  for (const form of [...forms]) if (form.includes(' & ')) forms.add(form.replaceAll(' & ', ' and '));
  for (const form of [...forms])
    if (/^st\. /.test(form)) {
      forms.add(form.replace(/^st\. /, 'saint '));
      forms.add(form.replace(/^st\. /, 'st '));
    }
  return [...forms];
}

/** The codes ICU names: assigned ISO 3166-1 alpha-2 codes and the user-assigned ones kept. */
function regionCodes(long) {
  const codes = [];
  for (let first = 65; first <= 90; first++)
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (long.of(code) === undefined || NOT_ASSIGNED.has(code)) continue;
      // A deprecated code ("BU", "YU") is an alias whose canonical form names another code.
      const canonical = new Intl.Locale(Intl.getCanonicalLocales(`und-${code}`)[0]).region;
      if (canonical !== code) continue;
      codes.push(code);
    }
  return codes;
}

/** The generated table: [normalised name, code, also a word] rows, sorted by name. */
export function countryNameRows() {
  const long = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
  if (long.of('SL') !== 'Sierra Leone' || long.of('CI') !== 'Côte d’Ivoire')
    throw new Error('This Node has no full ICU data (English region names): use an official Node build.');
  const codes = regionCodes(long);
  const assigned = codes.filter((code) => !USER_ASSIGNED_COUNTRIES.has(code));
  if (assigned.length !== ASSIGNED_CODES)
    throw new Error(`ICU names ${assigned.length} assigned codes, not ${ASSIGNED_CODES}: check NOT_ASSIGNED.`);
  const names = new Map();
  const add = (name, code) => {
    for (const form of spellings(normalize(name))) {
      // "Congo - Kinshasa": a location's reader splits at " - ", and the same name with a hyphen is kept.
      if (form.replace(/[^a-z]/g, '').length <= 3 || LEFT_OUT.has(form) || form.includes(' - ')) continue;
      const known = names.get(form);
      if (known !== undefined && known !== code) throw new Error(`"${form}" names ${known} and ${code}`);
      names.set(form, code);
    }
  };
  for (const code of codes) {
    const lower = code.toLowerCase();
    add(long.of(code), lower);
    add(short.of(code), lower);
    // "Myanmar (Burma)", "Cocos (Keeling) Islands": also without the bracket.
    for (const name of [long.of(code), short.of(code)])
      if (name.includes('(')) add(name.replace(/\s*\([^)]*\)/g, ''), lower);
  }
  for (const [code, alternatives] of Object.entries(ALTERNATIVE_NAMES))
    for (const name of alternatives) add(name, code);
  return [...names]
    .sort(([first], [second]) => (first < second ? -1 : first > second ? 1 : 0))
    .map(([name, code]) => [name, code, ALSO_WORDS.has(name)]);
}

/** The TypeScript file's text. */
export function countryNamesSource(rows = countryNameRows()) {
  const entries = (alsoWord) =>
    rows
      .filter(([, , word]) => word === alsoWord)
      .map(([name, code]) => `  [${name.includes("'") ? `"${name}"` : `'${name}'`}, '${code}'],`)
      .join('\n');
  const codes = new Set(rows.map(([, code]) => code));
  return `// Generated by tools/country-names.mjs from CLDR's English region names (Node's ICU) and the alternative names
// listed there; do not edit by hand: run \`node tools/country-names.mjs\`. ${rows.length} names of ${codes.size} countries and territories.

/**
 * Every country's and territory's common English names (CLDR's, with "and" for "&", "Saint" and "St" for "St.", and
 * the alternatives people write: "Ivory Coast", "Burma", "Viet Nam"), normalised as normalizeText writes them, mapped
 * to lowercase ISO 3166-1 alpha-2; none that is also a given name, a surname or a word (those are
 * {@link COUNTRY_NAMES_ALSO_WORDS}).
 */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
${entries(false)}
]);

/**
 * Country names that are also a given name, a surname or an English word ("Chad", "Jersey", "Guinea", "Togo"): a
 * country only where the text is a place already (a location's part after a comma, a wanted place).
 */
export const COUNTRY_NAMES_ALSO_WORDS: ReadonlyMap<string, string> = new Map([
${entries(true)}
]);
`;
}

/** Writes (or, with --check, compares) the generated file. */
function main() {
  const source = countryNamesSource();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(OUTPUT, 'utf8');
    if (committed !== source) {
      console.error(`${OUTPUT} differs from what tools/country-names.mjs writes: run it.`);
      process.exit(1);
    }
    console.log('country-names.ts is up to date.');
    return;
  }
  writeFileSync(OUTPUT, source);
  console.log(`Wrote ${OUTPUT}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
