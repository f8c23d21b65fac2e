/**
 * An acronym as written, the shape the readers of skills and of claims share: a capital letter, then one to five
 * capitals or digits ("ATS", "AWS", "PSM", "S3"); no small letter inside ("PhD", "iOS" are words).
 */
const ACRONYM = '[A-Z][A-Z0-9]{1,5}';
const WHOLE_ACRONYM = new RegExp(`^${ACRONYM}$`);

/** The shape of an acronym as written ("ATS", "S3") as a RegExp source, unbounded: the caller says what may not touch it. */
export function acronymSource(): string {
  return ACRONYM;
}

/** Whether a word, as written, is an acronym: a capital, then one to five capitals or digits ("ATS", "PSM", "S3"). */
export function isAcronym(word: string): boolean {
  return WHOLE_ACRONYM.test(word);
}
