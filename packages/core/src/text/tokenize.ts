import { normalizeText } from './normalize.js';
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
