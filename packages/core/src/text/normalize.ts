import { decodeHTML } from 'entities/decode';
import { Parser } from 'htmlparser2';
/** Options for {@link normalizeText}. */
export interface NormalizeTextOptions {
  /** Lower-case the text (default true). */
  lowercase?: boolean | undefined;
  /** Drop accents from Latin letters: "café" → "cafe" (default true). Cyrillic and other scripts keep theirs. */
  foldDiacritics?: boolean | undefined;
  /** Remove HTML tags and decode common entities (default true). */
  stripHtml?: boolean | undefined;
}

/** Decodes named and numeric HTML entities such as `&amp;`, `&eacute;` and `&#8217;` (the `entities` package, HTML5's full table). */
export function decodeHtmlEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

// Elements whose content is not text a reader sees.
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template']);
// Tags that start or end a block: a line break in the text. Any other tag is a space.
const BREAK_OPENINGS = new Set(['br', 'li', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr']);
const BREAK_CLOSINGS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'ul', 'ol', 'table']);

/**
 * Most elements htmlparser2's Parser keeps open. It holds them in an array that it shifts on every opening tag and
 * searches on every closing one, so markup that never closes its elements cost time quadratic in their number
 * (320,000 × `<div>`, 1.6 MB, took 80 s; a crawled page may be 10 MB). Real pages nest a few dozen deep; past this
 * depth the outermost open elements are forgotten (they get no closing event), which keeps each tag's cost bounded.
 */
export const MAX_OPEN_ELEMENTS = 256;

/**
 * Cuts an htmlparser2 Parser's open-element stacks (innermost first) to {@link MAX_OPEN_ELEMENTS}; call after each
 * opening tag. Typed `object`, not `Parser`, so that core's CommonJS declarations do not import the ESM-only htmlparser2.
 */
export function forgetOutermostElements(parser: object): void {
  const stacks = parser as unknown as { stack: unknown[]; foreignContext: unknown[] };
  if (stacks.stack.length > MAX_OPEN_ELEMENTS) stacks.stack.length = MAX_OPEN_ELEMENTS;
  if (stacks.foreignContext.length > MAX_OPEN_ELEMENTS) stacks.foreignContext.length = MAX_OPEN_ELEMENTS;
}

/** True when the text holds an HTML tag (`<` plus a letter, `/` or `!`, closed by a `>`): /<[a-z/!][^>]*>/i in linear time. */
export function containsHtmlTag(text: string): boolean {
  // The first "<" before a letter, "/" or "!" (as /<[a-z/!]/i finds it), by indexOf: several times faster than the
  // regex, and every ad's description is asked this more than once.
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if ((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f || next === 0x21)
      return text.lastIndexOf('>') > at + 1;
  }
  return false;
}

/**
 * Turns HTML into plain text, keeping block boundaries as line breaks. The markup is read by htmlparser2's
 * tokenizer (one pass, linear in the input, entities decoded by the HTML5 table) as a browser would read it:
 * `<script>`, `<style>`, `<noscript>` and `<template>` content is dropped, a `<` that opens no tag is text.
 */
export function htmlToText(html: string): string {
  const pieces: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        forgetOutermostElements(parser);
        if (HIDDEN_ELEMENTS.has(name)) hidden += 1;
        else if (hidden === 0) pieces.push(BREAK_OPENINGS.has(name) ? '\n' : ' ');
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(0, hidden - 1);
        if (hidden === 0) pieces.push(BREAK_CLOSINGS.has(name) ? '\n' : ' ');
      },
      ontext(text) {
        if (hidden === 0) pieces.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return pieces
    .join('')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}

const LATIN_WITH_MARKS = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]\p{M}+/gu;
/**
 * What a Latin letter with marks is made of in NFKC text: a letter precomposed with its marks (U+00C0–U+024F,
 * U+1E00–U+1EFF; U+212B, the angstrom sign, decomposes so too) or a combining mark. Text with none of them has no
 * marks to drop: its NFD holds no Latin letter followed by a mark, and NFC gives back the NFKC text as it was, so the
 * three passes are left out (text.test.ts checks every code point).
 */
export const MAY_HOLD_LATIN_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF\u212B\p{M}]/u;

/** True when {@link normalizeText} reads `text` as HTML (strips tags, decodes entities): a tag, or an entity such as `&amp;`. */
export function readsAsHtml(text: string): boolean {
  return containsHtmlTag(text) || /&[#a-z0-9]+;/i.test(text);
}

/** Normalises text for matching: NFKC, unified dashes/quotes, collapsed whitespace, optional lower-case and accent folding. */
export function normalizeText(text: string, options: NormalizeTextOptions = {}): string {
  const { lowercase = true, foldDiacritics = true, stripHtml = true } = options;
  let result = stripHtml && readsAsHtml(text) ? htmlToText(text) : text;
  // Plain ASCII (most English job text) needs none of the Unicode passes, which dominate the cost.
  if (/[^\x00-\x7f]/.test(result)) {
    result = result.normalize('NFKC');
    if (foldDiacritics && MAY_HOLD_LATIN_MARKS.test(result)) {
      // Decompose, then drop marks only after Latin letters so "й" and "ё" stay intact.
      result = result
        .normalize('NFD')
        .replace(LATIN_WITH_MARKS, (match) => match[0] ?? '')
        .normalize('NFC');
    }
    result = result
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
  }
  result = result.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
  return lowercase ? result.toLowerCase() : result;
}
