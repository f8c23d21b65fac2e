import type { EmploymentType, Workplace } from '../schemas/common.js';
import type { Location } from '../schemas/job.js';

/**
 * Maps a source's employment-type label (schema.org FULL_TIME, Lever "Full-time", "Contractor", JobSpy's "fulltime",
 * ...) onto the core enum.
 */
export function mapEmploymentType(label: string | undefined | null): EmploymentType | undefined {
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

/** Maps a workplace label ("remote", "TELECOMMUTE", "hybrid", "on-site") onto the core enum. */
export function mapWorkplace(label: string | undefined | null): Workplace | undefined {
  const text = (label ?? '').toLowerCase();
  if (/hybrid/.test(text)) return 'hybrid';
  if (/remote|telecommute|work from home|anywhere/.test(text)) return 'remote';
  if (/on[\s-]?site|in[\s-]office|office based/.test(text)) return 'onsite';
  return undefined;
}

/** Two-letter US state and Canadian province codes, read as a region rather than a country. */
const REGION_CODES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS ON PE QC SK'.split(
    ' ',
  ),
);

/**
 * Reads a free-text location ("San Francisco, CA", "Berlin, Germany", "Remote - US", "Austin, TX, United States")
 * into city/region/country and workplace. The first of several locations ("NYC; London") is used.
 */
export function parseLocationText(text: string | undefined | null): Location | undefined {
  // Separators never start inside a run of spaces (`(?!(?<=\s)\s)`), and trailing runs start at their first
  // character (the lookbehind): a pattern such as /\s*;/ tried at every space of a long run is quadratic in the
  // run's length. The matches are the same: where a run's first space fails, its later ones fail too.
  const first = (text ?? '').split(/(?!(?<=\s)\s)\s*(?:;|\||\bor\b|\/)\s*/i)[0]?.trim() ?? '';
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
  if (parts.length >= 3) {
    location.city = parts[0];
    location.region = parts[1];
    location.country = parts[parts.length - 1];
  } else if (parts.length === 2) {
    location.city = parts[0];
    if (REGION_CODES.has(parts[1] ?? '')) location.region = parts[1];
    else location.country = parts[1];
  } else if (parts.length === 1) {
    // A lone word after "Remote" is a country ("Remote - US"); otherwise a city.
    if (workplace === 'remote') location.country = parts[0];
    else location.city = parts[0];
  }
  if (workplace) location.workplace = workplace;
  return Object.keys(location).length ? location : undefined;
}
