import { rememberLines } from '@rolefit/core/internal';

// One line-reading memo for every reader (core's: the degree reader uses it too).
export { rememberLines };

/** Bullet marks that start a list item on a resume. */
export const BULLET = /^\s*(?:[•▪■►◆●○·‣⁃◦✓✔➢➤❑❖➔⇒✦★\-–*]|\d{1,2}[.)])\s+/u;

/** True when a line starts with a bullet mark. */
export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

/** The line without its bullet mark, trimmed. */
export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

// What squash has to collapse: a tab, a no-break space, or two spaces (else the trimmed text is squashed already).
const UNSQUASHED = /[\t\u00a0]| {2}/;

/** Collapses runs of spaces and tabs and trims. */
export function squash(text: string): string {
  // Trimming first gives the same text (runs at the ends go either way); most texts need nothing more, and a test is
  // several times cheaper than a global replace that changes nothing (the readers squash each line many times).
  const trimmed = text.trim();
  return UNSQUASHED.test(trimmed) ? trimmed.replace(/[ \t\u00a0]+/g, ' ') : trimmed;
}

/** Words in a text, counted between runs of spaces and tabs (0 for a blank text). */
export function wordCount(text: string): number {
  const squashed = squash(text);
  return squashed === '' ? 0 : squashed.split(' ').length;
}

/** Lower case with whitespace collapsed: how values are compared. */
export function normalizeValue(text: string): string {
  return squash(text.replace(/\s+/g, ' ')).toLowerCase();
}

// UTF-8 punctuation read as Windows-1252 and written again ("â€“" for "–"), as resumes exported through a wrong
// encoding carry it (the Kaggle resume PDFs do throughout). A fullwidth form whose last byte was lost ("ï¼" before a
// space) stood for the fullwidth hyphen between a title, dates and a company.
const MOJIBAKE: Readonly<Record<string, string>> = {
  'â€“': '–',
  'â€”': '—',
  'â€™': '’',
  'â€˜': '‘',
  'â€œ': '“',
  'â€\u009d': '”',
  'â€¢': '•',
  'â€¦': '…',
  'â€‹': '',
  'Â\u00a0': ' ',
  'Â ': ' ',
  // A no-break space whose second byte was trimmed with the line's end ("manner.Â"), and a middle dot ("Â· Answered").
  Â: '',
  Â·: '· ',
  // A line separator (U+2028) read the same way.
  'â€¨': '',
  'ï¼\u008d': '–',
  // pdftotext writes the lost byte as a zero-width space.
  'ï¼\u200b': '–',
  'ï¼': '–',
  // The fullwidth hyphen itself (U+FF0D), where the text was read with its encoding: the same separator.
  '\uff0d': '–',
  // A list's bullets: "â—†" for "◆", "â—¦" for "◦", "â–ª" for "▪", and two whose last byte Windows-1252 has no
  // character for, or is a no-break space, so lost or made a space: "â—" for "●" and "â–" for "■", written
  // at a word's start only (after a space or the line's start), where no word ends in "â".
  'â—†': '◆',
  'â—¦': '◦',
  'â–ª': '▪',
  'â—\u008f': '●',
  'â—': '●',
  'â–': '■',
};
const MOJIBAKE_PATTERN =
  /â€[“”™˜œ\u009d¢¦‹¨]|Â[\u00a0 ·]|Â$|ï¼[\u008d\u200b]|(?:ï¼|\uff0d)(?=\s|$)|â—[†¦\u008f]|â–ª|(?<!\S)â—|(?<!\S)â–(?=\s|$)/gmu;

// UTF-8 read as Latin-1 (ISO-8859-1) rather than Windows-1252: each byte became the character of the same number, the
// bytes 0x80-0x9F C1 controls ("â\u0080¢" for "•", "â\u0080\u0099" for "’", "NaÃ¯ve" for "Naïve"), as the Kaggle
// UpdatedResumeDataSet carries throughout. A lead byte and its continuation bytes, each a fixed count, so one pass; a run
// that is no valid UTF-8 (an overlong or surrogate form) stays as written.
const LATIN1_MOJIBAKE =
  /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/gu;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function fromLatin1Bytes(found: string): string {
  try {
    return strictUtf8.decode(Uint8Array.from(found, (character) => character.charCodeAt(0)));
  } catch {
    return found;
  }
}

/**
 * Repairs UTF-8 text that was read as Latin-1 and written again as UTF-8: "â\u0080¢ Python" → "• Python",
 * "Bachelorâ\u0080\u0099s" → "Bachelor’s", "NaÃ¯ve" → "Naïve".
 */
export function repairLatin1Mojibake(text: string): string {
  return text.replace(LATIN1_MOJIBAKE, fromLatin1Bytes);
}

/**
 * Repairs characters that went through a wrong encoding: "Designer â€“ Acme" → "Designer – Acme", "Â " → " " (Windows-1252),
 * and the Latin-1 forms ({@link repairLatin1Mojibake}).
 */
export function repairMojibake(text: string): string {
  return repairLatin1Mojibake(text.replace(MOJIBAKE_PATTERN, (found) => MOJIBAKE[found] ?? found));
}
