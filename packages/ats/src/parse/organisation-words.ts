// Words that mark an organisation's name in the other languages the parser reads, in one place for its two readers:
// the experience reader (isCompanyWord: an employer's line, not a title's) and the contact reader (a header's line
// holding one is neither the person's name nor a town).

import { LEGAL_FORMS, legalFormSource } from '@rolefit/core/internal';

// Legal forms that are also other words in a résumé: "SA" (South Africa, a role's initials), "Cia" (a given name).
const ALSO_EVERYDAY_WORDS = new Set(['sa', 'cia.']);
// Legal forms that are also a person's initials in capitals ("A.S. Rao", "K.S. Sharma"): the Czech and Slovak "a.s."
// and "k.s." name an organisation in lower case only, as those countries write them ("Škoda Auto a.s.", "Hrubý k. s.").
const ALSO_INITIALS = new Set(['a.s.', 'k.s.']);

/**
 * Organisations' words in Spanish, Portuguese, Italian, French, German, Dutch, Polish and Russian, lower case: legal
 * forms ("Telefónica S.A.", "Acme GmbH", "Coolblue B.V.", "Comarch Sp. z o.o.", "ООО «Ромашка»"), kinds of organisation
 * ("Grupo Bimbo", "Banque de France", "Gemeente Utrecht") and schools ("Technische Universität München", "Politechnika
 * Warszawska", "Hogeschool Utrecht"). Full stops are written as the form is
 * ("s.a."); a space stands for any run of white space.
 */
export const ORGANISATION_WORDS_ABROAD: readonly string[] = [
  // Legal forms other than English ones (core's LEGAL_FORMS), the last full stop of each left to the pattern ("Ltda").
  ...LEGAL_FORMS.filter(
    (form) => !form.english && !ALSO_EVERYDAY_WORDS.has(form.written) && !ALSO_INITIALS.has(form.written),
  ).map((form) => form.written),
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

// Each word as a pattern, as core writes a legal form's: its full stops literal but the last, which may be left out, white
// space or none after a full stop, a space any run of white space.
const wordPattern = (word: string) =>
  legalFormSource([{ written: word, english: false, spelledOut: false, beforeName: false }]);

// `\b` does not see letters outside ASCII, so the words are bounded by letter lookarounds.
const ORGANISATION_WORD_ABROAD = new RegExp(
  String.raw`(?<!\p{L})(?:${ORGANISATION_WORDS_ABROAD.map(wordPattern).join('|')})(?!\p{L})`,
  'iu',
);

// The legal forms that are also initials, in lower case only (the `u` flag without `i`).
const ORGANISATION_FORM_IN_LOWER_CASE = new RegExp(
  String.raw`(?<!\p{L})(?:${legalFormSource(LEGAL_FORMS.filter((form) => ALSO_INITIALS.has(form.written)))})(?!\p{L})`,
  'u',
);

/**
 * True when a text holds one of {@link ORGANISATION_WORDS_ABROAD}, not inside a longer word ("Acme GmbH", "S.A."), or
 * the Czech and Slovak "a.s."/"k.s." in lower case ("Škoda Auto a.s."; "A.S. Rao" is a name).
 */
export function namesOrganisationAbroad(text: string): boolean {
  return ORGANISATION_WORD_ABROAD.test(text) || ORGANISATION_FORM_IN_LOWER_CASE.test(text);
}

/**
 * The one-word {@link ORGANISATION_WORDS_ABROAD} that cannot be a person's initials, as the contact reader compares a
 * line's words (lower case, no final full stop: "ltda"): "S.A." and "S.L." are left out ("S.A. Kumar" is a name).
 */
export const ORGANISATION_NAME_WORDS_ABROAD: readonly string[] = ORGANISATION_WORDS_ABROAD.map((word) =>
  word.replace(/\.$/, ''),
).filter((word) => !/[\s.]/.test(word));
