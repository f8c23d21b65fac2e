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

/**
 * The words that name a street's kind in the addresses of French, Spanish, Portuguese, Italian, Dutch, Polish and Russian
 * résumés ("12 rue de la Paix", "Calle Mayor 5", "Via Roma 10", "ul. Marszałkowska 10", "ул. Тверская, д. 7"), short
 * forms without their dot; kept apart from {@link STREET_WORDS}, which the education reader matches in English text.
 */
export const STREET_WORDS_ABROAD: readonly string[] = [
  // French
  'rue',
  'avenue',
  'av',
  'boulevard',
  'bd',
  'chemin',
  'allée',
  'impasse',
  'quai',
  'place',
  'route',
  // Spanish and Catalan
  'calle',
  'c/',
  'avenida',
  'avda',
  'plaza',
  'paseo',
  'camino',
  'carrer',
  'carretera',
  // Portuguese
  'rua',
  'travessa',
  'praça',
  'largo',
  'estrada',
  'alameda',
  // Italian
  'via',
  'viale',
  'piazza',
  'corso',
  'vicolo',
  'piazzale',
  // Dutch (as a word; glued to the name, "Kalverstraat 1", see STREET_WITH_NUMBER)
  'straat',
  'laan',
  'plein',
  'gracht',
  'kade',
  // Polish
  'ulica',
  'ul',
  'aleja',
  'al',
  'plac',
  'osiedle',
  'os',
  // Russian: street, avenue, lane, highway, boulevard, embankment, house, flat, block
  'улица',
  'ул',
  'проспект',
  'пр-т',
  'переулок',
  'пер',
  'шоссе',
  'бульвар',
  'набережная',
  'наб',
  'д',
  'дом',
  'кв',
  'корп',
];

/**
 * A German or Dutch street name with its house number, the street's kind glued to its name: "Hauptstraße 12",
 * "Berliner Str. 5", "Keizersgracht 123", "Kalverstraat 1a".
 */
export const STREET_WITH_NUMBER =
  /(?<!\p{L})\p{L}*(?:straße|strasse|str\.|gasse|allee|platz|weg|damm|ufer|straat|laan|gracht|kade|plein|singel|dijk)\s?\d{1,4}(?:\s?[a-z])?(?![\p{L}\d])/iu;
