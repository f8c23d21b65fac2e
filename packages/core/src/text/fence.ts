/**
 * One fence for untrusted text (job ads, résumés, crawled pages) put into a prompt as data.
 *
 * A fence is a line `<<<TAG>>>` before the data and `<<<END_TAG>>>` after it. The data must never be able to
 * close its own fence, so {@link cleanUntrustedText}:
 *
 * 1. applies NFKC, so full-width `＜＜＜` and other compatibility forms become the characters they look like;
 * 2. removes invisible format characters (Unicode category Cf: zero-width spaces and joiners, bidi controls,
 *    soft hyphens, tag characters…), variation selectors, fillers and control characters other than tab and
 *    newline, so `<\u200B<<` cannot hide a run of brackets;
 * 3. finds fence markers on a *skeleton* of the text: lower case, Cyrillic and Greek look-alikes of Latin letters
 *    mapped to those letters, combining marks skipped, dashes read as `_`, and every angle-bracket look-alike
 *    (`‹ › « » 〈 〉 ⟨ ⟩ ≪ ≫ ❮ ❯ ˂ ˃ ᐸ ᐳ`…) read as `<` or `>`. Two kinds of marker are replaced by one space
 *    each in the original text: every maximal run of two or more angle brackets (spaces and tabs between them
 *    included, so `< < <` counts), and every occurrence of a fence tag.
 *
 * Replacing a marker with a space (never deleting it) makes one pass complete: a space is neither a bracket nor
 * part of a tag, and a run is replaced whole, so no new run or tag can form across the replacement. The cleaner
 * still loops to a fixed point (at most {@link MAX_CLEANING_PASSES} passes, each linear) as a guard, and the tests
 * check that a second pass never changes anything. Russian or Greek text keeps its letters: the look-alike map is
 * only used to find markers, never written into the output.
 */
import { escapeRegExp } from './regexp.js';

/** Options of {@link cleanUntrustedText}. */
export interface CleanUntrustedTextOptions {
  /** Fence tags to remove wherever they appear (look-alikes included), besides runs of angle brackets. */
  tags?: readonly string[] | undefined;
}

/** Options of {@link fenceUntrustedText}. */
export interface FenceOptions {
  /** Name on the fence lines, letters, digits and `_` only, e.g. `JOB_POSTING_DATA`. */
  tag: string;
  /** Tags of the prompt's other fences, removed from the text too (look-alikes included). */
  otherTags?: readonly string[] | undefined;
}

/** Upper bound on cleaning passes; one is always enough (see the module comment), the rest are a guard. */
export const MAX_CLEANING_PASSES = 4;

const TAG_PATTERN = /^[A-Za-z0-9_]+$/;

/** The opening and closing lines of a fence named `tag`. */
export function fenceLines(tag: string): { open: string; close: string } {
  if (!TAG_PATTERN.test(tag))
    throw new TypeError(`A fence tag must be letters, digits and "_" only, got ${JSON.stringify(tag)}`);
  return { open: `<<<${tag}>>>`, close: `<<<END_${tag}>>>` };
}

/**
 * Cleans untrusted `text` with {@link cleanUntrustedText} (the fence's tag removed too) and puts it between the
 * fence lines of `tag`: `<<<TAG>>>`, the text, `<<<END_TAG>>>`, one per line.
 */
export function fenceUntrustedText(text: string, options: FenceOptions): string {
  const { open, close } = fenceLines(options.tag);
  return `${open}\n${cleanUntrustedText(text, { tags: [options.tag, ...(options.otherTags ?? [])] })}\n${close}`;
}

// Invisible characters: format (Cf) characters, variation selectors, the combining grapheme joiner, Hangul and
// Mongolian fillers, and control characters other than tab and newline (carriage returns become newlines first).
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists single invisible code points on purpose (a combining grapheme joiner, variation selectors), each to be removed on its own
  /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/** NFKC, carriage returns as newlines, and every invisible format or control character (but tab and newline) removed. */
export function normalizeUntrustedText(text: string): string {
  // NFKC again after the removal: a removed joiner may have separated a letter from its combining mark.
  return text.normalize('NFKC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').normalize('NFKC');
}

/**
 * Neutralises untrusted text before it goes between fences (see the module comment): NFKC, invisible characters
 * removed, then every run of two or more angle brackets or their look-alikes, and every fence tag in `options.tags`
 * (look-alikes included), replaced by a space, until none remains. Linear in the length of the text.
 */
export function cleanUntrustedText(text: string, options: CleanUntrustedTextOptions = {}): string {
  const tags = [...new Set((options.tags ?? []).map((tag) => skeletonOf(tag)).filter((tag) => tag.length > 0))];
  let cleaned = normalizeUntrustedText(text);
  for (let pass = 0; pass < MAX_CLEANING_PASSES; pass += 1) {
    const next = removeMarkers(cleaned, tags);
    if (next === cleaned) break;
    cleaned = next;
  }
  return cleaned;
}

/** True when `text`, read through the look-alike skeleton, still holds a run of angle brackets or one of `tags`. */
export function hasFenceMarker(text: string, tags: readonly string[] = []): boolean {
  const { skeleton } = buildSkeleton(normalizeUntrustedText(text));
  if (/[<>](?:[ \t]*[<>])+/.test(skeleton)) return true;
  return tags.map((tag) => skeletonOf(tag)).some((tag) => tag.length > 0 && skeleton.includes(tag));
}

// Look-alikes of Latin letters (Cyrillic, Greek, a few others), lower case, mapped to the Latin letter they resemble.
const LETTERS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  һ: 'h',
  ӏ: 'l',
  ɡ: 'g',
  ь: 'b',
  п: 'n',
  г: 'r',
  л: 'n',
  ѡ: 'w',
  ԍ: 'g',
  ѵ: 'v',
  ӡ: 'z',
  ԃ: 'd',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  ζ: 'z',
  η: 'h',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'n',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'y',
  χ: 'x',
  ϲ: 'c',
  ϳ: 'j',
  ς: 'c',
  ω: 'w',
  // Others that NFKC leaves alone
  ı: 'i',
  ȷ: 'j',
  ℓ: 'l',
  ɑ: 'a',
  ɩ: 'i',
  ʏ: 'y',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
};
// Angle brackets and their look-alikes (after NFKC, which already maps full-width and small forms to < and >).
const OPENING = new Set('<‹«〈⟨≪❮❬❰˂ᐸ⋘《⟪⧼﹤＜≮'.split(''));
const CLOSING = new Set('>›»〉⟩≫❯❭❱˃ᐳ⋙》⟫⧽﹥＞≯'.split(''));
const DASHES = new Set('_-‐‑‒–—―−‗'.split(''));
const COMBINING = /\p{M}/u;

function skeletonChar(char: string): string {
  if (OPENING.has(char)) return '<';
  if (CLOSING.has(char)) return '>';
  if (DASHES.has(char)) return '_';
  const lower = char.toLowerCase();
  const single = [...lower].length === 1 ? lower : char;
  return LETTERS[single] ?? single;
}

/** The skeleton of `text` and, per skeleton code unit, the index in `text` of the character it came from. */
function buildSkeleton(text: string): { skeleton: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    if (!COMBINING.test(char)) {
      const mapped = skeletonChar(char);
      parts.push(mapped);
      for (let unit = 0; unit < mapped.length; unit += 1) origin.push(index);
    }
    index += char.length;
  }
  origin.push(text.length);
  return { skeleton: parts.join(''), origin };
}

function skeletonOf(tag: string): string {
  return buildSkeleton(normalizeUntrustedText(tag)).skeleton;
}

/** One pass: every angle-bracket run and every tag occurrence in the skeleton, replaced by one space in `text`. */
function removeMarkers(text: string, tags: readonly string[]): string {
  const { skeleton, origin } = buildSkeleton(text);
  const alternatives = ['[<>](?:[ \\t]*[<>])+', ...tags.map(escapeRegExp)];
  const pattern = new RegExp(alternatives.join('|'), 'g');
  const pieces: string[] = [];
  let kept = 0;
  for (const match of skeleton.matchAll(pattern)) {
    const start = origin[match.index]!;
    // Everything up to the next kept skeleton character goes, combining marks after the marker included.
    const end = origin[match.index + match[0].length]!;
    pieces.push(text.slice(kept, start), ' ');
    kept = end;
  }
  if (kept === 0 && pieces.length === 0) return text;
  pieces.push(text.slice(kept));
  return pieces.join('');
}
