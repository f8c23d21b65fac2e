// Regions and countries that may follow a city in a resume header ("Austin, TX", "Pune, Maharashtra", "Berlin, Germany").
// Any two-letter upper-case code (US state, Canadian province, ISO country) is accepted; three-letter ones only from a short list,
// so that "Java, SQL" is not read as a place.
const THREE_LETTER_CODES: ReadonlySet<string> = new Set(['USA', 'UAE', 'GBR', 'RSA', 'KSA', 'NSW', 'VIC', 'QLD', 'ACT']);

const COUNTRIES = [
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain', 'bangladesh',
  'belarus', 'belgium', 'bolivia', 'bosnia and herzegovina', 'brazil', 'bulgaria', 'cambodia', 'cameroon', 'canada', 'chile',
  'china', 'colombia', 'costa rica', 'croatia', 'cyprus', 'czech republic', 'czechia', 'denmark', 'dominican republic', 'ecuador',
  'egypt', 'estonia', 'ethiopia', 'finland', 'france', 'georgia', 'germany', 'ghana', 'greece', 'guatemala', 'hong kong', 'hungary',
  'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya',
  'kuwait', 'kyrgyzstan', 'latvia', 'lebanon', 'lithuania', 'luxembourg', 'malaysia', 'malta', 'mexico', 'moldova', 'mongolia',
  'montenegro', 'morocco', 'nepal', 'netherlands', 'the netherlands', 'new zealand', 'nigeria', 'north macedonia', 'norway', 'oman',
  'pakistan', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'saudi arabia',
  'serbia', 'singapore', 'slovakia', 'slovenia', 'south africa', 'south korea', 'korea', 'spain', 'sri lanka', 'sweden', 'switzerland',
  'taiwan', 'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'türkiye', 'uganda', 'ukraine', 'united arab emirates',
  'united kingdom', 'united states', 'united states of america', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'zambia', 'zimbabwe',
  'england', 'scotland', 'wales', 'northern ireland',
  'россия', 'российская федерация', 'рф', 'беларусь', 'казахстан', 'украина', 'узбекистан', 'армения', 'грузия', 'кыргызстан',
  'германия', 'сербия', 'израиль', 'турция',
];

const REGIONS = [
  // US states
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina',
  'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
  // Canadian provinces, Australian states
  'alberta', 'british columbia', 'manitoba', 'new brunswick', 'newfoundland and labrador', 'nova scotia', 'ontario', 'quebec',
  'saskatchewan', 'new south wales', 'victoria', 'queensland', 'western australia', 'south australia', 'tasmania',
  // Indian states and territories
  'andhra pradesh', 'arunachal pradesh', 'assam', 'bihar', 'chhattisgarh', 'goa', 'gujarat', 'haryana', 'himachal pradesh',
  'jharkhand', 'karnataka', 'kerala', 'madhya pradesh', 'maharashtra', 'manipur', 'meghalaya', 'mizoram', 'nagaland', 'odisha',
  'orissa', 'punjab', 'rajasthan', 'sikkim', 'tamil nadu', 'telangana', 'tripura', 'uttar pradesh', 'uttarakhand', 'west bengal',
  'delhi', 'new delhi', 'chandigarh', 'puducherry', 'jammu and kashmir',
  // German states
  'bavaria', 'bayern', 'berlin', 'hamburg', 'hesse', 'hessen', 'saxony', 'sachsen', 'baden-württemberg', 'north rhine-westphalia',
];

const KNOWN_PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...REGIONS]);

/** True when `part` names a known country or region, or is a state or country code ("TX", "UK", "NSW"). */
export function isRegionOrCountry(part: string): boolean {
  const trimmed = part.trim();
  if (/^[A-Z]{2}$/.test(trimmed) || THREE_LETTER_CODES.has(trimmed)) return true;
  return KNOWN_PLACES.has(trimmed.toLowerCase().replace(/\s+/g, ' '));
}
