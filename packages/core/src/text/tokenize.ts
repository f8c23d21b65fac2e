import { normalizeText, readsAsHtml } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

/** Options for {@link tokenize}. */
export interface TokenizeOptions {
  /** Drop common English and Russian function words (default false). */
  removeStopwords?: boolean | undefined;
  /** Reduce English words to a light stem: "engineers" → "engineer", "testing" → "test" (default false). */
  stem?: boolean | undefined;
  /** Shortest token kept, in characters (default 1). */
  minLength?: number | undefined;
}

// A word, optionally with inner dots ("node.js"), a leading dot (".net") or a trailing +/# ("c++", "c#").
const TOKEN = /\.?[\p{L}\p{N}]+(?:[.'][\p{L}\p{N}]+)*[+#]*/gu;

/** Splits text into lower-case word tokens, keeping tech names like "c++", "c#", ".net" and "node.js" whole. */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const { removeStopwords = false, stem = false, minLength = 1 } = options;
  const tokens: string[] = [];
  // `match` with the global flag hands over the matched texts alone: building a match object per token (`matchAll`)
  // was most of tokenize's own cost on job descriptions, and tokenize is the crawl's and the store's largest step.
  for (let token of normalizeText(text).match(TOKEN) ?? []) {
    if (token.startsWith('.') && token !== '.net') token = token.slice(1);
    if (removeStopwords && STOPWORDS.has(token)) continue;
    if (stem) token = stemWord(token);
    if (token.length >= minLength) tokens.push(token);
  }
  return tokens;
}

/**
 * The tokens of each of `texts`, read once each, for callers that tokenize several joinings of the same texts (a
 * job's fields one by one, and all of them joined into one text): `tokenize(texts.join(separator), options)` for any
 * separator of whitespace is the concatenation of the lists returned, and so is the tokenizing of any group of
 * consecutive texts so joined. Undefined when the texts joined would be read as HTML (a tag, or an entity such as
 * `&amp;`; a tag may start in one text and end in another): then only the joined text says what its tokens are.
 * Internal (for the rankers' per-job readings); not part of the public API.
 */
export function tokenizeEach(texts: readonly string[], options: TokenizeOptions = {}): string[][] | undefined {
  // Each token lies inside one text (whitespace ends a token, and normalising stops at a line break: NFKC, accent
  // folding and lower-casing, Greek final sigma included, read no context across one), so only HTML reading joins them.
  if (readsAsHtml(texts.join('\n'))) return undefined;
  return texts.map((text) => tokenize(text, options));
}

/** A light English stemmer (plural, -ing, -ed, -ly): fast and predictable rather than linguistically complete. */
export function stemWord(word: string): string {
  // Leave short words, numbers, non-Latin words and tech tokens alone.
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

function undouble(stem: string): string {
  // "running" → "runn" → "run"; keep "ll"/"ss"/"zz" ("billing" → "bill").
  const last = stem.at(-1);
  if (stem.length > 3 && last === stem.at(-2) && last !== undefined && !'lsz'.includes(last)) return stem.slice(0, -1);
  return stem;
}
