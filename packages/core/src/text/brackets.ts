// Bracketed parts of a text found in one pass. The regexes they replace (`/\(.*?\)/g`, `/\[[^\]]*\]/g`,
// `/^(.*?)\s*\(([^()]+)\)\s*$/`) retry from every opening bracket to the end of the text when no closing one follows:
// quadratic in a run of brackets ('(' × 20,000: 165 ms, × 40,000: 536 ms in the dedupe key).

/** A kind of bracketed part: `open`, then none of `close` or `notInside`, then `close` (the shortest such part). */
export interface BracketPair {
  /** The opening character. */
  open: string;
  /** The closing character. */
  close: string;
  /** Characters that may not stand between them (default none); `close` never does. */
  notInside?: string | undefined;
}

/** The characters `.` does not match in a regex without the `s` flag. */
export const LINE_TERMINATORS = '\n\r\u2028\u2029';

/**
 * `text` with each bracketed part of the `pairs` replaced by `replacement`, as `text.replace(regex, replacement)` does
 * for the regex alternating the pairs in order (`/\([^()]*\)|\[[^\]]*\]/g` is `[{ open: '(', close: ')', notInside:
 * '(' }, { open: '[', close: ']' }]`; `/\(.*?\)/g` is `{ open: '(', close: ')', notInside: LINE_TERMINATORS }`), in
 * time linear in the text: each character is looked at once a pair. Characters are UTF-16 code units, as in a regex
 * without the `u` flag.
 */
export function replaceBracketed(text: string, pairs: readonly BracketPair[], replacement: string): string {
  // Where a pair's search from an opening bracket failed (a stop or the end): an opening bracket before that point
  // fails too, as its search meets the same stop, so none is searched again.
  const failedBefore = pairs.map(() => 0);
  let result = '';
  let copiedTo = 0;
  let at = 0;
  while (at < text.length) {
    const character = text[at]!;
    let end = -1;
    for (let index = 0; index < pairs.length && end < 0; index++) {
      const pair = pairs[index]!;
      if (pair.open !== character || at < failedBefore[index]!) continue;
      const stops = pair.notInside ?? '';
      let scan = at + 1;
      while (scan < text.length && text[scan] !== pair.close && !stops.includes(text[scan]!)) scan++;
      if (scan < text.length && text[scan] === pair.close) end = scan + 1;
      else failedBefore[index] = scan;
    }
    if (end < 0) {
      at++;
      continue;
    }
    result += text.slice(copiedTo, at) + replacement;
    copiedTo = end;
    at = end;
  }
  return copiedTo === 0 ? text : result + text.slice(copiedTo);
}

/**
 * The text before a final parenthesis (its trailing spaces dropped) and the parenthesis' content: the two captures of
 * `/^(.*?)\s*\(([^()]+)\)$/` ("Acme (Berlin)" → "Acme", "Berlin"), undefined where it does not match, in linear time.
 */
export function finalParenthesis(text: string): [before: string, inside: string] | undefined {
  if (!text.endsWith(')')) return undefined;
  const open = text.lastIndexOf('(');
  const inside = text.slice(open + 1, -1);
  if (open < 0 || !inside || inside.includes(')')) return undefined;
  const before = text.slice(0, open).trimEnd();
  // `.` in `(.*?)` does not cross a line break.
  return /[\n\r\u2028\u2029]/.test(before) ? undefined : [before, inside];
}
