/**
 * Folds text so one regex covers its spellings while every UTF-16 unit stays in place (match offsets
 * index the original): exotic spaces become ' ', dashes '-', apostrophes "'", and letters are
 * lower-cased one unit at a time (a unit whose lower case is longer stays as it is).
 */
export function foldInPlace(text: string): string {
  let folded = '';
  for (const unit of text.split('')) {
    if (/[\u00A0\u2002-\u200A\u202F\u205F\u3000\t]/.test(unit)) folded += ' ';
    else if (/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.test(unit)) folded += '-';
    else if (/[\u2018\u2019\u02BB\u02BC\u0060\u00B4]/.test(unit)) folded += "'";
    else {
      const lower = unit.toLowerCase();
      folded += lower.length === 1 ? lower : unit;
    }
  }
  return folded;
}
