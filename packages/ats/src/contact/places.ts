import { isPlaceName } from '@rolefit/core/internal';

// Regions and countries that may follow a city in a resume header ("Austin, TX", "Pune, Maharashtra", "Berlin, Germany").
// Any two-letter upper-case code (US state, Canadian province, ISO country) is accepted; three-letter ones only from a short list,
// so that "Java, SQL" is not read as a place.
const THREE_LETTER_CODES: ReadonlySet<string> = new Set([
  'USA',
  'UAE',
  'GBR',
  'RSA',
  'KSA',
  'NSW',
  'VIC',
  'QLD',
  'ACT',
]);

/**
 * True when `part` names a country or region core knows (`isPlaceName`), or is a state or country
 * code ("TX", "UK", "NSW").
 */
export function isRegionOrCountry(part: string): boolean {
  const trimmed = part.trim();
  if (/^[A-Z]{2}$/.test(trimmed) || THREE_LETTER_CODES.has(trimmed)) return true;
  return isPlaceName(trimmed);
}

/** The words that name a street's kind in an address ("12 Main Street", "11400 Robinwood Drive"), with their short forms. */
export const STREET_WORDS: readonly string[] = [
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'ln',
  'drive',
  'dr',
  'boulevard',
  'blvd',
  'way',
];
