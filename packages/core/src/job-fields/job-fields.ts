import { checkTextArgument } from '../errors/argument.js';
import type { EmploymentType, ExperienceLevel, Workplace } from '../schemas/common.js';
import type { Location } from '../schemas/job.js';
import { normalizeText } from '../text/index.js';
import {
  COUNTRY_CODE_SET,
  COUNTRY_CODES,
  COUNTRY_CODES_IN_PLACES,
  REGION_CODES,
  REGION_NAMES,
  STATE_NAMED_COUNTRIES,
} from './places.js';

/**
 * Maps a source's employment-type label (schema.org FULL_TIME, Lever "Full-time", "Contractor", JobSpy's "fulltime",
 * ...) onto the core enum.
 */
export function mapEmploymentType(label: string | undefined | null): EmploymentType | undefined {
  if (label !== undefined && label !== null) checkTextArgument('mapEmploymentType', 'label', label);
  const text = (label ?? '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  if (!text) return undefined;
  if (/\bintern(ship)?\b|\btrainee\b|\bapprentice/.test(text)) return 'internship';
  if (/\bvolunteer/.test(text)) return 'volunteer';
  if (/\bpart ?time\b/.test(text)) return 'part-time';
  if (/\bcontract(or)?\b|\bfreelance|\bper ?diem\b/.test(text)) return 'contract';
  if (/\btemp(orary)?\b|\bseasonal\b|\bfixed term\b/.test(text)) return 'temporary';
  if (/\bfull ?time\b|\bpermanent\b|\bregular\b/.test(text)) return 'full-time';
  return undefined;
}

/**
 * Maps a seniority label a board or an export states (LinkedIn's "Seniority level": "Entry level", "Mid-Senior level",
 * "Associate", "Director", "Executive", "Internship"; JobSpy's `job_level`; Wuzzuf's "Entry Level", "Senior Management")
 * onto the core enum; undefined for "Not Applicable" and labels that do not say ("Experienced (Non-Manager)").
 */
export function mapExperienceLevel(label: string | undefined | null): ExperienceLevel | undefined {
  if (label !== undefined && label !== null) checkTextArgument('mapExperienceLevel', 'label', label);
  const text = (label ?? '').toLowerCase().slice(0, 100);
  if (/\bintern(ship)?\b|\btrainee\b/.test(text)) return 'internship';
  if (/\bentry\b|\bjunior\b|\bgraduate\b/.test(text)) return 'entry';
  if (/\bassociate\b/.test(text)) return 'associate';
  if (/\bmid[\s-]?senior\b/.test(text)) return 'mid-senior';
  if (/\bdirector\b|\bsenior management\b/.test(text)) return 'director';
  if (/\bexecutive\b|\bc-level\b/.test(text)) return 'executive';
  return undefined;
}

/** Maps a workplace label ("remote", "TELECOMMUTE", "hybrid", "on-site") onto the core enum. */
export function mapWorkplace(label: string | undefined | null): Workplace | undefined {
  if (label !== undefined && label !== null) checkTextArgument('mapWorkplace', 'label', label);
  const text = (label ?? '').toLowerCase();
  if (/hybrid/.test(text)) return 'hybrid';
  if (/remote|telecommute|work from home|anywhere/.test(text)) return 'remote';
  if (/on[\s-]?site|in[\s-]office|office based/.test(text)) return 'onsite';
  return undefined;
}

/** A part that names an area rather than a town: "Tel Aviv District", "Greater Boston", "San Francisco Bay Area". */
const AREA_PART =
  /^greater\s|\s(?:district|region|province|state|county|governorate|oblast|prefecture|territory|area|metroplex)$/i;

/** States that share their name with a large city: alone, "New York" and "Washington" name the city. */
const CITY_NAMED_REGIONS: ReadonlySet<string> = new Set(['new york', 'washington']);

/**
 * The lowercase ISO code of a part that names a country ("Israel", "UK", "IL"), or undefined. A name that is also a
 * person's or a word ("Chad", "Jersey") names one only after another part (`afterComma`: "N'Djamena, Chad", "Lomé -
 * Togo").
 */
function countryOf(part: string, afterComma = false): string | undefined {
  if (/^[A-Z]{2}$/.test(part)) {
    const code = part.toLowerCase();
    return !REGION_CODES.has(part) && COUNTRY_CODE_SET.has(code) ? code : undefined;
  }
  return (afterComma ? COUNTRY_CODES_IN_PLACES : COUNTRY_CODES)[normalizeText(part)];
}

/**
 * The lowercase ISO code of a country that shares its name with a US state, when the first part or the one just before
 * it is one of that country's cities ("Tbilisi, Georgia", "Vake, Tbilisi, Georgia"); undefined for "Atlanta, Georgia".
 */
function countryAfterCity(parts: readonly string[]): string | undefined {
  const country =
    parts.length >= 2 ? STATE_NAMED_COUNTRIES.get(normalizeText(parts[parts.length - 1] ?? '')) : undefined;
  const near = [parts[0], parts[parts.length - 2]];
  return country && near.some((city) => city !== undefined && country.cities.has(normalizeText(city)))
    ? country.code
    : undefined;
}

/**
 * True when a part names a region: a US state's or Canadian province's code or name, an area ("Center District"),
 * or a two-letter code that is no country core knows (JobSpy's Greenhouse rows write Israeli districts: "Tel Aviv, TA").
 */
function isRegion(part: string): boolean {
  if (/^[A-Z]{2}$/.test(part)) return countryOf(part) === undefined;
  return REGION_NAMES.has(normalizeText(part)) || AREA_PART.test(part);
}

/**
 * Reads a free-text location ("San Francisco, CA", "Berlin, Germany", "Remote - US", "Austin, TX, United States")
 * into city/region/country and workplace. The first of several locations ("NYC; London", "Austin or Dallas") is used.
 */
export function parseLocationText(text: string | undefined | null): Location | undefined {
  if (text !== undefined && text !== null) checkTextArgument('parseLocationText', 'text', text);
  // Separators never start inside a run of spaces (`(?!(?<=\s)\s)`), and trailing runs start at their first
  // character (the lookbehind): a pattern such as /\s*;/ tried at every space of a long run is quadratic in the
  // run's length. The matches are the same: where a run's first space fails, its later ones fail too.
  // "or" separates only in lower case: "Portland, OR" is in Oregon.
  const first = (text ?? '').split(/(?!(?<=\s)\s)\s*(?:;|\||\bor\b|\/)\s*/)[0]?.trim() ?? '';
  if (!first) return undefined;
  const workplace = mapWorkplace(first);
  // Drop the workplace words so "Remote - US" leaves "US" and "Hybrid (London)" leaves "London".
  const place = first
    .replace(/\b(fully\s+)?(remote|hybrid|on[\s-]?site|telecommute|anywhere)\b/gi, ' ')
    .replace(/[()[\]]/g, ' ')
    .replace(/^[\s,–—-]+|(?<![\s,–—-])[\s,–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = place ? place.split(/(?!(?<=\s)\s)\s*,\s*|(?<!\s)\s+[–—-]\s+/).filter(Boolean) : [];
  const location: Location = {};
  const [head, next] = parts;
  if (parts.length >= 3) {
    const last = parts[parts.length - 1] ?? '';
    location.city = parts[0];
    // "Austin, TX, United States"; a last part that is a region and no country ends the text without one
    // ("Santa Fe Springs, Los Angeles, CA", "Marine Corps Air Station - Yuma, Arizona").
    if (countryOf(last, true) === undefined && isRegion(last) && !countryAfterCity(parts)) location.region = last;
    else {
      location.region = parts[1];
      location.country = last;
    }
  } else if (head !== undefined && next !== undefined) {
    const country = countryOf(next, true) ?? countryAfterCity(parts);
    if (country === undefined) {
      // "Tel Aviv, TA", "Alexandria, Virginia", "Maadi, Cairo": a second part that is no country is the region.
      location.city = head;
      location.region = next;
    } else {
      // "Texas, United States" and "Center District, Israel" name a region; "Israel, Israel" names the country alone.
      if (isRegion(head)) location.region = head;
      else if (countryOf(head) !== country) location.city = head;
      location.country = next;
    }
  } else if (head !== undefined) {
    // A lone country ("Israel") or region ("Virginia", "Greater Boston", not "New York"); a lone word after "Remote" is a country
    // ("Remote - US"); otherwise a city.
    if (countryOf(head) !== undefined) location.country = head;
    else if (isRegion(head) && !/^[A-Z]{2}$/.test(head) && !CITY_NAMED_REGIONS.has(normalizeText(head)))
      location.region = head;
    else if (workplace === 'remote') location.country = head;
    else location.city = head;
  }
  if (workplace) location.workplace = workplace;
  return Object.keys(location).length ? location : undefined;
}
