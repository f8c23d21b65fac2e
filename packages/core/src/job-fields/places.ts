/**
 * What core knows about place names, kept once: the ways people write countries (mapped to ISO 3166-1 alpha-2), the
 * codes and names of the US states, the Canadian provinces and the Australian, Indian and German states, and the
 * places that are a city and a region at once. Read by `parseLocationText`, by the job filter and by
 * `@rolefit/ats`'s résumé header reader (through {@link isPlaceName}). Names are kept as `normalizeText` writes them.
 */

import { canonicalSkillName } from '../skills/taxonomy.js';
import { normalizeText } from '../text/index.js';

/**
 * Normalised country names and common spellings, mapped to lowercase ISO 3166-1 alpha-2, so "UK" finds "GB". The
 * table has no prototype: "constructor" or "toString" is no country.
 */
export const COUNTRY_CODES: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  uk: 'gb',
  'united kingdom': 'gb',
  britain: 'gb',
  'great britain': 'gb',
  england: 'gb',
  scotland: 'gb',
  wales: 'gb',
  usa: 'us',
  'united states': 'us',
  'united states of america': 'us',
  america: 'us',
  germany: 'de',
  deutschland: 'de',
  india: 'in',
  russia: 'ru',
  россия: 'ru',
  uzbekistan: 'uz',
  узбекистан: 'uz',
  canada: 'ca',
  france: 'fr',
  spain: 'es',
  netherlands: 'nl',
  poland: 'pl',
  ireland: 'ie',
  australia: 'au',
  // Countries named in the job boards' exports (JobSpy's Israeli postings, Wuzzuf's Middle East ads, hh.ru) and
  // other large job markets.
  israel: 'il',
  egypt: 'eg',
  'saudi arabia': 'sa',
  'united arab emirates': 'ae',
  uae: 'ae',
  qatar: 'qa',
  kuwait: 'kw',
  bahrain: 'bh',
  oman: 'om',
  jordan: 'jo',
  lebanon: 'lb',
  turkey: 'tr',
  turkiye: 'tr',
  ukraine: 'ua',
  belarus: 'by',
  kazakhstan: 'kz',
  казахстан: 'kz',
  беларусь: 'by',
  kyrgyzstan: 'kg',
  armenia: 'am',
  china: 'cn',
  japan: 'jp',
  'south korea': 'kr',
  singapore: 'sg',
  'hong kong': 'hk',
  taiwan: 'tw',
  vietnam: 'vn',
  thailand: 'th',
  malaysia: 'my',
  indonesia: 'id',
  philippines: 'ph',
  pakistan: 'pk',
  bangladesh: 'bd',
  'sri lanka': 'lk',
  'new zealand': 'nz',
  mexico: 'mx',
  brazil: 'br',
  argentina: 'ar',
  chile: 'cl',
  colombia: 'co',
  peru: 'pe',
  italy: 'it',
  portugal: 'pt',
  belgium: 'be',
  switzerland: 'ch',
  austria: 'at',
  sweden: 'se',
  norway: 'no',
  denmark: 'dk',
  finland: 'fi',
  czechia: 'cz',
  'czech republic': 'cz',
  slovakia: 'sk',
  hungary: 'hu',
  romania: 'ro',
  bulgaria: 'bg',
  greece: 'gr',
  serbia: 'rs',
  croatia: 'hr',
  lithuania: 'lt',
  latvia: 'lv',
  estonia: 'ee',
  luxembourg: 'lu',
  cyprus: 'cy',
  'south africa': 'za',
  nigeria: 'ng',
  kenya: 'ke',
  morocco: 'ma',
  tunisia: 'tn',
  // Countries résumé headers name ("Kathmandu, Nepal"; once @rolefit/ats's own list).
  afghanistan: 'af',
  albania: 'al',
  algeria: 'dz',
  azerbaijan: 'az',
  bolivia: 'bo',
  'bosnia and herzegovina': 'ba',
  cambodia: 'kh',
  cameroon: 'cm',
  'costa rica': 'cr',
  'dominican republic': 'do',
  ecuador: 'ec',
  ethiopia: 'et',
  ghana: 'gh',
  guatemala: 'gt',
  iceland: 'is',
  iran: 'ir',
  iraq: 'iq',
  jamaica: 'jm',
  malta: 'mt',
  moldova: 'md',
  mongolia: 'mn',
  montenegro: 'me',
  nepal: 'np',
  'the netherlands': 'nl',
  'north macedonia': 'mk',
  panama: 'pa',
  paraguay: 'py',
  rwanda: 'rw',
  slovenia: 'si',
  korea: 'kr',
  tajikistan: 'tj',
  tanzania: 'tz',
  uganda: 'ug',
  uruguay: 'uy',
  venezuela: 've',
  zambia: 'zm',
  zimbabwe: 'zw',
  'northern ireland': 'gb',
  // Short names written after a town ("Riyadh, KSA", "Durban, RSA"), once @rolefit/ats's own list.
  ksa: 'sa',
  rsa: 'za',
  gbr: 'gb',
  // The countries as their own people write them in a résumé's header ("Madrid, España", "Roma, Italia",
  // "Warszawa, Polska"), in the languages the résumé reader knows; accents folded as normalizeText folds them.
  espana: 'es',
  italia: 'it',
  polska: 'pl',
  'ceska republika': 'cz',
  cesko: 'cz',
  slovensko: 'sk',
  'slovenska republika': 'sk',
  nederland: 'nl',
  osterreich: 'at',
  schweiz: 'ch',
  suisse: 'ch',
  svizzera: 'ch',
  belgique: 'be',
  belgie: 'be',
  brasil: 'br',
  'российская федерация': 'ru',
  рф: 'ru',
  украина: 'ua',
  армения: 'am',
  грузия: 'ge',
  кыргызстан: 'kg',
  германия: 'de',
  сербия: 'rs',
  израиль: 'il',
  турция: 'tr',
});

/** The ISO codes of {@link COUNTRY_CODES}: a two-letter code read as a country. */
export const COUNTRY_CODE_SET: ReadonlySet<string> = new Set(Object.values(COUNTRY_CODES));

/**
 * Codes read as a region rather than a country: the US states' and Canadian provinces', the Israeli districts' that
 * JobSpy's Greenhouse rows write ("Jerusalem, JM" is not in Jamaica; TA, HA, HM, HZ, HD are no country), and the
 * Indian and Australian states' that résumés write.
 */
export const REGION_CODES: ReadonlySet<string> = new Set([
  ...'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS ON PE QC SK JM TA HA HM HZ HD'.split(
    ' ',
  ),
  // Indian states' and territories' codes as résumés write them after a town ("Pune, MH", "Noida, UP"): those that
  // are no country's code core knows (not TN, HR, BR) and no skill's short name (not AP, TS, OD, ML).
  ...'MH KA KL GJ UP MP HP WB DL RJ JH PB JK MZ CG TG'.split(' '),
  // Australian states and territories ("Sydney, NSW"; SA is Saudi Arabia's, WA Washington's, NT Windows').
  ...'NSW VIC QLD ACT TAS'.split(' '),
]);

/**
 * Normalised names of the US states (and the District of Columbia), the Canadian provinces, and the Australian, Indian
 * and German states and territories. The ones that are also a city of the same name are in {@link CITY_STATE_NAMES}.
 */
export const REGION_NAMES: ReadonlySet<string> = new Set([
  ...'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'.split(
    ' ',
  ),
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'rhode island',
  'south carolina',
  'south dakota',
  'west virginia',
  'district of columbia',
  ...'alberta manitoba ontario quebec saskatchewan'.split(' '),
  'british columbia',
  'new brunswick',
  'newfoundland and labrador',
  'nova scotia',
  'prince edward island',
  // Australian states
  'new south wales',
  'victoria',
  'queensland',
  'western australia',
  'south australia',
  'tasmania',
  // Indian states and territories
  ...'assam bihar chhattisgarh goa gujarat haryana jharkhand karnataka kerala maharashtra manipur meghalaya mizoram nagaland odisha orissa punjab rajasthan sikkim telangana tripura uttarakhand'.split(
    ' ',
  ),
  'andhra pradesh',
  'arunachal pradesh',
  'himachal pradesh',
  'madhya pradesh',
  'tamil nadu',
  'uttar pradesh',
  'west bengal',
  'jammu and kashmir',
  // German states
  ...'bavaria bayern hesse hessen saxony sachsen'.split(' '),
  'baden-wurttemberg',
  'north rhine-westphalia',
]);

/**
 * Places that are a region and a city of the same name (Berlin, Hamburg, Delhi): `parseLocationText` reads them as
 * the city ("Berlin, Germany"), a résumé header accepts them after a city ("Dwarka, Delhi").
 */
export const CITY_STATE_NAMES: ReadonlySet<string> = new Set([
  'berlin',
  'hamburg',
  'delhi',
  'new delhi',
  'chandigarh',
  'puducherry',
]);

/**
 * Names that are a US state's and a country's ("Georgia"): the state, except after one of the country's own cities
 * ("Tbilisi, Georgia" is the country, "Atlanta, Georgia" the state). The cities are the country's larger towns.
 */
export const STATE_NAMED_COUNTRIES: ReadonlyMap<string, { code: string; cities: ReadonlySet<string> }> = new Map([
  [
    'georgia',
    {
      code: 'ge',
      cities: new Set(
        'tbilisi batumi kutaisi rustavi zugdidi gori poti kobuleti khashuri samtredia senaki zestafoni marneuli telavi akhaltsikhe ozurgeti kaspi borjomi mtskheta sighnaghi'.split(
          ' ',
        ),
      ),
    },
  ],
]);

/**
 * Every normalised place name core knows: the countries' ({@link COUNTRY_CODES}), the regions' ({@link REGION_NAMES}),
 * and the city-states' ({@link CITY_STATE_NAMES}).
 */
const PLACE_NAMES: ReadonlySet<string> = new Set([...Object.keys(COUNTRY_CODES), ...REGION_NAMES, ...CITY_STATE_NAMES]);

/** True when `text` is a country's, region's or city-state's name core knows ("Nepal", "Türkiye", "Maharashtra"). */
export function isPlaceName(text: string): boolean {
  return PLACE_NAMES.has(normalizeText(text));
}

/**
 * What a code of two (or three) capitals names for core: `'region'` for a US state's or Canadian province's code (and the
 * other {@link REGION_CODES}: "NY", "ON", "MH", "NSW"; "IN" and "CA" are Indiana and California first), `'country'` for
 * a country's ISO code core knows or its short name ("FR", "UK", "USA", "KSA"; "DE" is Delaware), undefined for
 * anything else ("UC", "Uc", "NYC", "UI").
 */
export function placeCode(code: string): 'region' | 'country' | undefined {
  if (!/^[A-Z]{2,3}$/.test(code)) return undefined;
  if (REGION_CODES.has(code)) return 'region';
  return COUNTRY_CODE_SET.has(code.toLowerCase()) || isPlaceName(code) ? 'country' : undefined;
}

/**
 * {@link placeCode} for a code a person writes after a town (a résumé's header): a country's code that is also a
 * skill's short name core knows is no place there ("IT", "QA", "HR", "PT", "NP": Information Technology, not Italy);
 * a state's or province's code stays one ("Montreal, QC", "Portland, OR", "Little Rock, AR").
 */
export function placeCodeBesideWork(code: string): 'region' | 'country' | undefined {
  const kind = placeCode(code);
  return kind === 'country' && canonicalSkillName(code) !== undefined ? undefined : kind;
}

// Words that open a town's name of two words ("Navi Mumbai", "Greater Noida", "New Town", "West Lafayette", "San Jose",
// "Los Angeles", "St. Louis", "Fort Worth", "Mount Vernon").
const TOWN_NAME_PREFIX =
  /^(?:navi|nava|new|greater|old|north|south|east|west|upper|lower|san|santa|los|las|st\.?|saint|fort|mount|mt\.?)$/i;

/**
 * True when `word` opens a town's name of two words ("Navi" of "Navi Mumbai", "Greater" of "Greater Noida"): written
 * before a town, it is part of the town's name, not of what precedes it.
 */
export function isTownNamePrefix(word: string): boolean {
  return TOWN_NAME_PREFIX.test(word);
}

/**
 * The small words written between the capitalised words of towns' names ("Alcalá de Henares", "Frankfurt am Main",
 * "São José dos Campos", "Newcastle upon Tyne"), as a pattern's alternatives (no group, no anchors, no flags needed).
 */
export const TOWN_NAME_SMALL_WORDS = 'de|del|de la|di|da|do|dos|das|am|an der|im|sur|en|on|upon|la|le';
