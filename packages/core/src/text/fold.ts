const unitsOf = (ranges: readonly (readonly [number, number])[], target: string): [string, string][] =>
  ranges.flatMap(([first, last]) =>
    Array.from({ length: last - first + 1 }, (_, offset): [string, string] => [
      String.fromCharCode(first + offset),
      target,
    ]),
  );
// Exotic spaces become ' ', dashes '-', apostrophes "'".
const FOLDED_UNITS: ReadonlyMap<string, string> = new Map([
  ...unitsOf(
    [
      [0xa0, 0xa0],
      [0x2002, 0x200a],
      [0x202f, 0x202f],
      [0x205f, 0x205f],
      [0x3000, 0x3000],
      [0x09, 0x09],
    ],
    ' ',
  ),
  ...unitsOf(
    [
      [0x2010, 0x2015],
      [0x2212, 0x2212],
      [0xfe58, 0xfe58],
      [0xfe63, 0xfe63],
      [0xff0d, 0xff0d],
    ],
    '-',
  ),
  ...unitsOf(
    [
      [0x2018, 0x2019],
      [0x02bb, 0x02bc],
      [0x60, 0x60],
      [0xb4, 0xb4],
    ],
    "'",
  ),
]);

/** Texts at least this long are kept by foldInPlace (short ones, a date or a month's name, are cheap to fold). */
const FOLD_KEPT_FROM = 256;
let lastFolded = { text: '', folded: '' };

/**
 * Folds text so one regex covers its spellings while every UTF-16 unit stays in place (match offsets
 * index the original): exotic spaces become ' ', dashes '-', apostrophes "'", and letters are
 * lower-cased one unit at a time (a unit whose lower case is longer stays as it is).
 */
export function foldInPlace(text: string): string {
  // A job's description is folded by each reader of it in turn (years of experience, then pay): the last long text
  // folded is kept (one text, so memory stays bounded) and the next reader of the same text gets it without a pass.
  if (text.length >= FOLD_KEPT_FROM) {
    if (text === lastFolded.text) return lastFolded.folded;
    const folded = foldText(text);
    lastFolded = { text, folded };
    return folded;
  }
  return foldText(text);
}

function foldText(text: string): string {
  // ASCII text (most job ads) folds only tabs and backquotes, and lower-cases unit for unit as a whole.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(/[\t`]/g, (unit) => (unit === '\t' ? ' ' : "'"));
  // One flat string at the end: appending unit by unit built a rope that every regex had to flatten (slow on long text).
  const units = new Array<string>(text.length);
  for (let index = 0; index < text.length; index++) {
    const unit = text[index] ?? '';
    const folded = FOLDED_UNITS.get(unit);
    if (folded !== undefined) units[index] = folded;
    else {
      const lower = unit.toLowerCase();
      units[index] = lower.length === 1 ? lower : unit;
    }
  }
  return units.join('');
}
