/**
 * Schools and fields of study written as their capitals, kept once for the résumé's education reader: a school known
 * by its acronym names the school ("MBA, INSEAD" has no field), and a field written as its capitals ends the field
 * before the school's name ("B.Sc IT Mumbai University").
 */

/**
 * Schools known by their acronyms, each a pattern (case as written): New York's two public systems ("SUNY Syracuse",
 * "CUNY"); France's grandes écoles, the Écoles nationales supérieures ("ENSEIRB-MATMECA", "ENSIMAG", "ENSAE"), INSA,
 * the business schools (HEC, ESSEC, ESCP, EDHEC), IUT and IAE, engineering schools (ISAE-SUPAERO, EPITA, ESIEE);
 * business schools known by theirs (INSEAD, LSE, LBS, IESE, ESADE, IMD) and universities abroad (UCL, KTH, TUM, RWTH,
 * NUS, HKUST, UNSW, UBC, KAIST; Latin America's ITAM, ITESM, UNAM, UBA, USP, UNICAMP, UFRJ, UFMG, FGV; Spain's and
 * Portugal's UPC, UPM, UC3M, ISCTE; Russia's МГУ, СПбГУ, МФТИ, МГТУ, ВШЭ, МГИМО, МИФИ, ИТМО).
 */
const SCHOOL_ACRONYMS: readonly string[] = [
  'ETH',
  'EPFL',
  'MIT',
  'UCLA',
  'SUNY',
  'CUNY',
  'INSEAD',
  'LSE',
  'LBS',
  'IESE',
  'ESADE',
  'IMD',
  'UCL',
  'KTH',
  'TUM',
  'RWTH',
  'NUS',
  'HKUST',
  'UNSW',
  'UBC',
  'KAIST',
  'ITAM',
  'ITESM',
  'UNAM',
  'UBA',
  'USP',
  'UNICAMP',
  'UFRJ',
  'UFMG',
  'FGV',
  'UPC',
  'UPM',
  'UC3M',
  'ISCTE',
  'ENS[A-Z]{0,6}',
  'INSA',
  'HEC',
  'ESSEC',
  'ESCP',
  'EDHEC',
  'IUT',
  'IAE',
  'ISAE',
  'SUPAERO',
  'SUP[ÉE]LEC',
  'EPITA',
  'EPITECH',
  'ESIEE',
  'ENPC',
  'ESPCI',
  'МГУ',
  'СПбГУ',
  'МФТИ',
  'МГТУ',
  'ВШЭ',
  'МГИМО',
  'МИФИ',
  'ИТМО',
];

/** The schools known by their acronyms ("INSEAD", "SUNY", "ENSIMAG", "МГУ") as a RegExp alternation, case as written (give it the u flag; bound it with what may not touch a letter). */
export function schoolAcronymSource(): string {
  return SCHOOL_ACRONYMS.join('|');
}

// Fields written as their capitals: human resources, information technology, computer science and engineering
// branches, information systems ("MBA , HR Walsh College", "B.Sc IT Mumbai University").
const FIELD_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'HR',
  'HRM',
  'IT',
  'CS',
  'CSE',
  'ECE',
  'EEE',
  'EE',
  'MIS',
  'CIS',
]);

/** Whether a word, as written (capitals only, no dot), is a field of study's abbreviation ("HR", "IT", "CSE", "ECE"). */
export function isFieldAbbreviation(word: string): boolean {
  return FIELD_ABBREVIATIONS.has(word);
}
