import { decodeHTML } from 'entities';
/** Options for {@link normalizeText}. */
export interface NormalizeTextOptions {
  /** Lower-case the text (default true). */
  lowercase?: boolean;
  /** Drop accents from Latin letters: "café" → "cafe" (default true). Cyrillic and other scripts keep theirs. */
  foldDiacritics?: boolean;
  /** Remove HTML tags and decode common entities (default true). */
  stripHtml?: boolean;
}

/** Decodes named and numeric HTML entities such as `&amp;`, `&eacute;` and `&#8217;` (the `entities` package, HTML5's full table). */
export function decodeHtmlEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

// Every pass below runs in time linear in the text: a backtracking regex such as /<[^>]+>/g retries each
// unclosed "<" against the whole rest of the text, which is quadratic (40,000 "<" took seconds).
const HIDDEN_OPENING = /<(script|style|noscript)\b/gi;
const BREAK_TAG = /<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/tr|li|p|div|h[1-6])\b[^>]*>/gi;
const ANY_TAG = /<[^>]+>/g;

/** Replaces matches of a pattern that ends in ">" (global), searching only up to the text's last ">". */
function replaceTags(text: string, pattern: RegExp, replacement: string): string {
  // No match can end past the last ">", so cutting the text there keeps `[^>]*` from scanning the rest
  // of the text for every "<" that no ">" follows; inside the cut every `[^>]*>` succeeds and moves on.
  const cut = text.lastIndexOf('>') + 1;
  return text.slice(0, cut).replace(pattern, replacement) + text.slice(cut);
}

/** Replaces `<script>`, `<style>` and `<noscript>` elements, content included, with a space: /<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi in linear time. */
function removeHiddenElements(html: string): string {
  const closers = new Map<string, RegExp>();
  const unclosed = new Set<string>();
  let nextGt = -1;
  let result = '';
  let copied = 0;
  HIDDEN_OPENING.lastIndex = 0;
  for (let opening = HIDDEN_OPENING.exec(html); opening; opening = HIDDEN_OPENING.exec(html)) {
    const name = (opening[1] ?? '').toLowerCase();
    // No closing tag after an earlier opening of this name means none after this one either.
    if (unclosed.has(name)) continue;
    const nameEnd = opening.index + opening[0].length;
    if (nextGt < nameEnd) nextGt = html.indexOf('>', nameEnd);
    if (nextGt === -1) break;
    let closer = closers.get(name);
    if (closer === undefined) closers.set(name, (closer = new RegExp(`</${name}>`, 'gi')));
    closer.lastIndex = nextGt + 1;
    const closing = closer.exec(html);
    if (closing === null) {
      unclosed.add(name);
      continue;
    }
    result += `${html.slice(copied, opening.index)} `;
    copied = closing.index + closing[0].length;
    HIDDEN_OPENING.lastIndex = copied;
  }
  return result + html.slice(copied);
}

/** True when the text holds an HTML tag (`<` plus a letter, `/` or `!`, closed by a `>`): /<[a-z/!][^>]*>/i in linear time. */
export function containsHtmlTag(text: string): boolean {
  const opening = /<[a-z/!]/i.exec(text);
  return opening !== null && text.lastIndexOf('>') > opening.index + 1;
}

/** Turns HTML into plain text, keeping block boundaries as line breaks. */
export function htmlToText(html: string): string {
  const withoutHidden = removeHiddenElements(html);
  const withBreaks = replaceTags(withoutHidden, BREAK_TAG, '\n');
  const text = decodeHtmlEntities(replaceTags(withBreaks, ANY_TAG, ' '));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}

const LATIN_WITH_MARKS = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]\p{M}+/gu;

/** Normalises text for matching: NFKC, unified dashes/quotes, collapsed whitespace, optional lower-case and accent folding. */
export function normalizeText(text: string, options: NormalizeTextOptions = {}): string {
  const { lowercase = true, foldDiacritics = true, stripHtml = true } = options;
  let result = stripHtml && (containsHtmlTag(text) || /&[#a-z0-9]+;/i.test(text)) ? htmlToText(text) : text;
  // Plain ASCII (most English job text) needs none of the Unicode passes, which dominate the cost.
  if (/[^\x00-\x7f]/.test(result)) {
    result = result.normalize('NFKC');
    if (foldDiacritics) {
      // Decompose, then drop marks only after Latin letters so "й" and "ё" stay intact.
      result = result.normalize('NFD').replace(LATIN_WITH_MARKS, (match) => match[0] ?? '').normalize('NFC');
    }
    result = result
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
  }
  result = result.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
  return lowercase ? result.toLowerCase() : result;
}
