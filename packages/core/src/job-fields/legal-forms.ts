/**
 * Companies' legal forms, kept once for every reader of an organisation's name: the job fingerprint (a form a board
 * drops is stripped from the company), the résumé's experience and contact readers (a line holding one names an
 * employer; a full stop after an abbreviation ends a name, not a sentence) and the truthfulness check (a claimed
 * employer with or without its form). Each reader shapes its own pattern from the list.
 */

/** One legal form as written, and what a reader needs to know about it. */
export interface LegalForm {
  /** Lower case, with its full stops as usually written ("inc.", "s.a.", "sp. z o.o."); a space is any white space. */
  readonly written: string;
  /** A form of English-speaking countries ("llc", "ltd."), or of the other languages the readers know. */
  readonly english: boolean;
  /** A whole word ("limited", "spółka"), not an abbreviation: a full stop after it may end a sentence. */
  readonly spelledOut: boolean;
  /** Written before the name ("ООО «Ромашка»"), not after it ("Acme GmbH"). */
  readonly beforeName: boolean;
}

const english = (written: string, spelledOut = false): LegalForm => ({
  written,
  english: true,
  spelledOut,
  beforeName: false,
});
const abroad = (written: string, spelledOut = false): LegalForm => ({
  written,
  english: false,
  spelledOut,
  beforeName: false,
});
// Russian forms open the name.
const russian = (written: string): LegalForm => ({ written, english: false, spelledOut: false, beforeName: true });

/**
 * Legal forms of companies in English ("Acme Inc.", "Acme Ltd.", "Acme LLC", "Acme Corporation"), Spanish, Portuguese,
 * Italian, French and Arabic ("Telefónica S.A.", "Nestlé SA", "Textiles S.A. de C.V.", "Petrobras Ltda.", "Fiat S.p.A.",
 * "Renault SAS", Egypt's "TEPCO S.A.E."),
 * German and Dutch ("Acme GmbH", "Siemens AG", "Förderverein e.V.", "Coolblue B.V."), Polish ("Bilans Sp. z o.o.",
 * "Orlen S.A.", "Kowalski i Wspólnicy sp.j.", "Nowak sp.k."), Czech and Slovak ("ESET, spol. s r.o.", "Kiwi.com s.r.o.",
 * "Škoda Auto a.s.", "Hrubý k.s.", "Dvořák a Novák v.o.s.") and Russian ("ООО «Ромашка»", and "OOO" as it is
 * transliterated). "a.s." and "k.s." are also a person's initials in capitals ("A.S. Rao"): the résumé's reader of
 * organisation words takes them in lower case only, as Czech and Slovak write them.
 */
export const LEGAL_FORMS: readonly LegalForm[] = [
  english('inc.'),
  english('llc'),
  english('llp'),
  english('pllc'),
  english('ltd.'),
  english('plc'),
  english('corp.'),
  english('co.'),
  english('limited', true),
  english('corporation', true),
  english('company', true),
  abroad('s.a.'),
  abroad('sa'),
  abroad('s.a.e.'),
  abroad('s.a. de c.v.'),
  abroad('s.l.'),
  abroad('s.a.s.'),
  abroad('s.r.l.'),
  abroad('s.p.a.'),
  abroad('s.a.r.l.'),
  abroad('s.c.'),
  abroad('srl'),
  abroad('spa'),
  abroad('sarl'),
  abroad('sas'),
  abroad('ltda.'),
  abroad('cía.'),
  abroad('cia.'),
  abroad('gmbh'),
  abroad('ag'),
  abroad('kg'),
  abroad('e.v.'),
  abroad('bv'),
  abroad('b.v.'),
  abroad('n.v.'),
  abroad('sp. z o.o.'),
  abroad('sp.j.'),
  abroad('sp.k.'),
  abroad('s.r.o.'),
  abroad('spol. s r.o.'),
  abroad('a.s.'),
  abroad('k.s.'),
  abroad('v.o.s.'),
  abroad('spółka', true),
  russian('ооо'),
  russian('ooo'),
  russian('зао'),
  russian('оао'),
  russian('пао'),
  russian('ао'),
];

const escapeForPattern = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, String.raw`\$&`);

/**
 * A regular expression source (for the `u` flag) matching one of `forms` as written, the longest first: a full stop
 * literal, white space or none after it ("Sp.z o. o."), the last one optional ("Ltda"), a space any run of white space.
 * It holds no bounds: the caller puts its own around it.
 */
export function legalFormSource(forms: readonly LegalForm[]): string {
  return [...forms]
    .map((form) => form.written)
    .sort((left, right) => right.length - left.length)
    .map((written) =>
      escapeForPattern(written.replace(/\.$/, ''))
        .replace(/\\\. ?/g, String.raw`\.\s*`)
        .replace(/ /g, String.raw`\s+`)
        .concat(written.endsWith('.') ? String.raw`\.?` : ''),
    )
    .join('|');
}
