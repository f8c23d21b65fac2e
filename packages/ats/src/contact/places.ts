import { isPlaceName, placeCodeBesideWork } from '@rolefit/core/internal';

/**
 * True when `part` names a country or region core knows (`isPlaceName`: "Maharashtra", "Germany") or is a state's or
 * country's code core knows (`placeCodeBesideWork`: "TX", "MH", "UK", "NSW"); a country's code that is also a skill's
 * short name ("IT", "QA", "HR") and two capitals core knows as no place ("UI", "BI") are none.
 */
export function isRegionOrCountry(part: string): boolean {
  const trimmed = part.trim();
  return placeCodeBesideWork(trimmed) !== undefined || isPlaceName(trimmed);
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
