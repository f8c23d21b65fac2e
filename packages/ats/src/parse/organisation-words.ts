// Words that mark an organisation's name in the other languages the parser reads, in one place for its two readers:
// the experience reader (isCompanyWord: an employer's line, not a title's) and the contact reader (a header's line
// holding one is neither the person's name nor a town).

/**
 * Organisations' words in Spanish, Portuguese, Italian, French, German, Dutch, Polish and Russian, lower case: legal
 * forms ("Telefónica S.A.", "Acme GmbH", "Coolblue B.V.", "Comarch Sp. z o.o.", "ООО «Ромашка»"), kinds of organisation
 * ("Grupo Bimbo", "Banque de France", "Gemeente Utrecht") and schools ("Technische Universität München", "Politechnika
 * Warszawska", "Hogeschool Utrecht"). Full stops are written as the form is
 * ("s.a."); a space stands for any run of white space.
 */
export const ORGANISATION_WORDS_ABROAD: readonly string[] = [
  // Legal forms: Spanish, Portuguese, Italian, French, German, Dutch, Polish, Russian.
  's.a.',
  's.l.',
  's.r.l.',
  's.p.a.',
  'srl',
  'spa',
  'ltda',
  'sarl',
  'sas',
  'gmbh',
  'ag',
  'kg',
  'bv',
  'b.v.',
  'n.v.',
  'sp. z o.o.',
  'spółka',
  'ооо',
  'зао',
  'оао',
  'пао',
  'ао',
  // Kinds of organisation.
  'grupo',
  'groupe',
  'banco',
  'banque',
  'société',
  'compañía',
  'empresa',
  'entreprise',
  'azienda',
  'ministerio',
  'ministère',
  'centro hospitalar',
  'банк',
  'компания',
  'gemeente',
  'stichting',
  'ziekenhuis',
  'szpital',
  'urząd',
  // Schools.
  'universität',
  'universidad',
  'universidade',
  'università',
  'université',
  'universiteit',
  'uniwersytet',
  'университет',
  'hochschule',
  'fachhochschule',
  'gymnasium',
  'lycée',
  'instituto',
  'istituto',
  'politecnico',
  'politechnika',
  'escuela',
  'école',
  'hogeschool',
  'akademia',
  'szkoła',
];

// Each word as a pattern: its full stops literal, a space any run of white space.
const wordPattern = (word: string) => word.replace(/\./g, String.raw`\.`).replace(/ /g, String.raw`\s+`);

// `\b` does not see letters outside ASCII, so the words are bounded by letter lookarounds.
const ORGANISATION_WORD_ABROAD = new RegExp(
  String.raw`(?<!\p{L})(?:${ORGANISATION_WORDS_ABROAD.map(wordPattern).join('|')})(?!\p{L})`,
  'iu',
);

/** True when a text holds one of {@link ORGANISATION_WORDS_ABROAD}, not inside a longer word ("Acme GmbH", "S.A."). */
export function namesOrganisationAbroad(text: string): boolean {
  return ORGANISATION_WORD_ABROAD.test(text);
}

/**
 * The one-word {@link ORGANISATION_WORDS_ABROAD} that cannot be a person's initials, as the contact reader compares a
 * line's words (lower case, no final full stop): "S.A." and "S.L." are left out ("S.A. Kumar" is a name).
 */
export const ORGANISATION_NAME_WORDS_ABROAD: readonly string[] = ORGANISATION_WORDS_ABROAD.filter(
  (word) => !/[\s.]/.test(word),
);
