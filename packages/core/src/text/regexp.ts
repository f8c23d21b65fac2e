/** The text with every regular-expression metacharacter escaped, to match it literally inside a `RegExp` (internal to core). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The matches of a global pattern in `text`, as `[...text.matchAll(pattern)]` gives them, found with `pattern.exec` on
 * the pattern itself (internal to core and Rolefit's packages): `matchAll` copies the pattern on every call, which for a
 * large pattern read against short texts (a line, a sentence) costs more than the matching. All matches are collected
 * before the caller reads any, and the pattern's `lastIndex` is back at 0 afterwards, so code that runs on a match may
 * use the same pattern again. An empty match moves on by one character (one code point under the `u` or `v` flag).
 */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern (the g flag), as matchAll does');
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') {
      const code = text.codePointAt(pattern.lastIndex) ?? 0;
      pattern.lastIndex += code > 0xffff && (pattern.unicode || pattern.flags.includes('v')) ? 2 : 1;
    }
  }
  return found;
}
