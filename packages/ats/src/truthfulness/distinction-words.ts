/** A kind of distinction a résumé may claim: an honour, a credential, a patent or a publication. */
export type DistinctionKind = 'award' | 'credential' | 'patent' | 'publication';

/**
 * The words that make a phrase a claim of a distinction, by kind. A word written with a capital is taken only as
 * written ("Fellow of the Royal Society", not "fellow engineers"); the others in any case. Certifications by name
 * ("PMP", "CISSP") are core's certification skills and are checked as skills.
 */
export const DISTINCTION_WORDS: Readonly<Record<DistinctionKind, readonly string[]>> = {
  award: [
    'award',
    'awards',
    'awardee',
    'prize',
    'prizes',
    'medal',
    'medals',
    'medalist',
    'medallist',
    'fellowship',
    'fellowships',
    'scholarship',
    'scholarships',
    'honoree',
    'honorees',
    'honouree',
    'laureate',
    'laureates',
    'trophy',
    'trophies',
    'winner',
    'winners',
    'recipient',
    'hall of fame',
    "dean's list",
    'honor roll',
    'honour roll',
    'Fellow',
    'Fellows',
  ],
  credential: [
    'certified',
    'certification',
    'certifications',
    'certificate',
    'certificates',
    'licensed',
    'license',
    'licenses',
    'licence',
    'licences',
    'accredited',
    'accreditation',
    'chartered',
  ],
  patent: ['patent', 'patents', 'patented', 'patent-pending'],
  publication: [
    'published',
    'publication',
    'publications',
    'co-authored',
    'coauthored',
    'authored',
    'journal',
    'journals',
    'proceedings',
    'peer-reviewed',
  ],
};

/**
 * Claims of rank: "top 1%", "top 10", "#1", "No. 1", "No. 2", "number one", "Number 3", "ranked first", "first place",
 * "best in class". A number of more than three digits after "No." or "number" is an identifier's ("Roll No. 123456").
 */
export const RANK_PATTERN =
  /(?<![\p{L}\p{N}])(?:top\s+\d+(?:\.\d+)?\s?(?:%|percent(?![\p{L}]))|top\s+(?:\d+|one|two|three|five|ten|twenty|fifty|hundred)(?![\p{L}\p{N}%])|#\s?\d+(?![\p{L}\p{N}])|(?:no\.\s?|number\s+)\d{1,3}(?![\p{L}\p{N}%]|[.,]\d)|number\s+one(?![\p{L}])|ranked\s+(?:first|second|third|#?\d+(?:st|nd|rd|th)?)(?![\p{L}\p{N}])|(?:first|second|third|1st|2nd|3rd)\s+place(?![\p{L}])|best[\s-]in[\s-]class(?![\p{L}]))/giu;

/**
 * Words that make a name an organisation's, lower case: schools, institutions and the bodies one is a member of ("Python
 * Software Foundation", "Stanford University", "IEEE Computer Society", "Bank of America"). Such a name is the source's
 * only as the source writes it: its other words may be everyday ones the source writes apart ("Python", "software").
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'university',
  'college',
  'institute',
  'institution',
  'school',
  'academy',
  'foundation',
  'society',
  'association',
  'federation',
  'council',
  'committee',
  'commission',
  'union',
  'league',
  'consortium',
  'alliance',
  'guild',
  'chamber',
  'club',
  'hospital',
  'clinic',
  'bank',
  'ministry',
  'agency',
  'organisation',
  'organization',
]);

/**
 * Words that join the words of a name ("Fellow of the Royal Society", "Research & Development") without being
 * capitalised.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', '&', 'for', 'in', 'on', 'at', 'de']);

/**
 * Verbs in the past tense that do not end in "-ed", lower case: a sentence may start with one before a distinction
 * ("Won the ... Award", "Held a ... licence"), its capital no part of a name.
 */
export const IRREGULAR_PAST_VERBS: ReadonlySet<string> = new Set([
  'won',
  'built',
  'led',
  'held',
  'made',
  'got',
  'gave',
  'took',
  'ran',
  'wrote',
  'became',
  'began',
  'brought',
  'drove',
  'grew',
  'sold',
  'taught',
  'went',
  'set',
  'put',
  'cut',
  'kept',
  'spoke',
  'met',
]);
