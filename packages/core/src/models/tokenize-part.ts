/** Characters read for each token wanted, the first time: a token rarely spans more (twice as many are read until it does). */
const CHARACTERS_PER_TOKEN = 8;
/** Tokens read past the ones wanted and dropped: the tokens next to a cut may differ from those of the whole text. */
const CUT_MARGIN_TOKENS = 16;

/** A model's tokenizer: text in, tokens out. */
export type ModelTokenizer<Token = number> = (text: string) => readonly Token[];

/**
 * The first `maxTokens` tokens of `text`, tokenising only as much of it as they need. llama.cpp's tokenizer is
 * quadratic on a long run without spaces (a 60,000-character run of 'データ' took 1.5 s, 430,000 over 90 s on stories260K),
 * and a prompt keeps a few hundred or thousand tokens of a text of up to a million characters.
 */
export function tokenizeLeading<Token>(tokenize: ModelTokenizer<Token>, text: string, maxTokens: number): Token[] {
  if (maxTokens <= 0) return [];
  for (let length = (maxTokens + CUT_MARGIN_TOKENS) * CHARACTERS_PER_TOKEN; ; length *= 2) {
    if (length >= text.length) return tokenize(text).slice(0, maxTokens);
    const tokens = tokenize(text.slice(0, length));
    if (tokens.length >= maxTokens + CUT_MARGIN_TOKENS) return tokens.slice(0, maxTokens);
  }
}

/**
 * The last `maxTokens` tokens of `text`, tokenising only as much of its end as they need ({@link tokenizeLeading} from
 * the other end: a prompt too long for its context keeps its end, where the answer's form is asked for).
 */
export function tokenizeTrailing<Token>(tokenize: ModelTokenizer<Token>, text: string, maxTokens: number): Token[] {
  if (maxTokens <= 0) return [];
  for (let length = (maxTokens + CUT_MARGIN_TOKENS) * CHARACTERS_PER_TOKEN; ; length *= 2) {
    if (length >= text.length) {
      const tokens = tokenize(text);
      return tokens.slice(Math.max(0, tokens.length - maxTokens));
    }
    const tokens = tokenize(text.slice(text.length - length));
    if (tokens.length >= maxTokens + CUT_MARGIN_TOKENS) return tokens.slice(tokens.length - maxTokens);
  }
}
