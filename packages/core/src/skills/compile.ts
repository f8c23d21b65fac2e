import { describeValue, invalidArgument } from '../errors/argument.js';
import type { ValidationError } from '../errors/validation-error.js';
import { normalizeText, tokenize, type Token } from './tokenize.js';
import { skillCategories, type SkillAliasRule, type SkillDefinition } from './types.js';

/** One alias spelling, ready for matching against tokens. */
export interface CompiledAlias {
  /** Index of the skill in the taxonomy's definitions. */
  readonly skillIndex: number;
  /** Alias tokens: raw when case-sensitive, lower-cased otherwise. */
  readonly tokens: readonly string[];
  /** Whether tokens compare with their case. */
  readonly caseSensitive: boolean;
  /** Rule aliases refuse to match inside hyphenated or dotted compounds ("C-level", "Go-live"). */
  readonly strict: boolean;
  /** Plural the last token may also take ("api" → "apis"), if any. */
  readonly lastTokenPlural: string | undefined;
  /** Per token, whether it must touch the previous one in the text, as in "Node.js" or "C++". */
  readonly mustAttach: readonly boolean[];
  /** Lower-cased tokens that veto the match when they come right after it. */
  readonly unlessFollowedBy: ReadonlySet<string> | undefined;
  /** Lower-cased tokens that veto the match when they come right before it. */
  readonly unlessPrecededBy: ReadonlySet<string> | undefined;
  /** When present, the match needs one of these lower-cased words or a same-category skill nearby. */
  readonly contextWords: ReadonlySet<string> | undefined;
}

/** The aliases of one first token, by the token that follows it in a text. */
export interface AliasesByNextToken {
  /** The one-token aliases: those that may match where the token after the first is none of `byNext`'s. */
  readonly alone: readonly CompiledAlias[];
  /**
   * By the lower-cased token after the first: the one-token aliases and the longer ones whose second token (or, for
   * two tokens, its plural) it may be, in aliasesByFirstToken's order. No other alias can match there.
   */
  readonly byNext: ReadonlyMap<string, readonly CompiledAlias[]>;
}

/** The lookup structures built from a list of skill definitions. */
export interface CompiledTaxonomy {
  /** Aliases grouped by their lower-cased first token (and the plural of one-token aliases). */
  readonly aliasesByFirstToken: ReadonlyMap<string, readonly CompiledAlias[]>;
  /**
   * The aliases of a lower-cased first token by the token after it (most of a longer alias list fails there), or
   * undefined when no alias starts with it. Built for a token on its first lookup, then kept: a text meets a few
   * hundred of the taxonomy's thousands of first tokens.
   */
  aliasesAfter(firstToken: string): AliasesByNextToken | undefined;
  /** Skill index by normalized, lower-cased name or alias (plurals included). */
  readonly skillIndexByKey: ReadonlyMap<string, number>;
}

// Punctuation that is part of a token's identity: "Node.js" must not match "Node. js", nor "C++" "C + +".
const ATTACHING_PUNCTUATION = new Set(['.', '+', '#']);
const HYPHEN_BETWEEN_WORDS = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu;
const PLURALIZABLE = /^\p{L}{3,}$/u;

/** Lower-cased, token-joined form of a term, used for lookups and collision checks. */
export function termKey(term: string): string {
  return keyOfTokens(tokenize(normalizeText(term).text));
}

// termKey of a term already tokenized.
function keyOfTokens(tokens: readonly Token[]): string {
  let key = '';
  for (let index = 0; index < tokens.length; index += 1)
    key += index === 0 ? tokens[0]!.folded : ` ${tokens[index]!.folded}`;
  return key;
}

// "e-mail marketing" is also written "email marketing"; the spaced form needs no variant since hyphens are not tokens.
function spellings(text: string): string[] {
  if (!text.includes('-')) return [text];
  const joined = text.replace(HYPHEN_BETWEEN_WORDS, '');
  return joined === text ? [text] : [text, joined];
}

function pluralOf(word: string): string | undefined {
  if (!PLURALIZABLE.test(word) || word.endsWith('s')) return undefined;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

function lowerCaseSet(words: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return words === undefined ? undefined : new Set(words.map((word) => normalizeText(word).text.toLowerCase()));
}

/**
 * lowerCaseSet, one set per word list: the data files give many aliases the same list (CODE_WORDS), and the sets are
 * only read.
 */
function sharedLowerCaseSets(): (words: readonly string[] | undefined) => ReadonlySet<string> | undefined {
  const made = new WeakMap<readonly string[], ReadonlySet<string> | undefined>();
  return (words) => {
    if (words === undefined || !Array.isArray(words)) return lowerCaseSet(words);
    if (made.has(words)) return made.get(words);
    const set = lowerCaseSet(words);
    made.set(words, set);
    return set;
  };
}

function describeSpelling(spelling: string, original: string): string {
  return spelling === original ? `"${original}"` : `"${spelling}" (from "${original}")`;
}

/** One spelling of a name or alias, validated and waiting to be compiled. */
interface Spelling {
  readonly skillIndex: number;
  readonly rule: SkillAliasRule;
  /** Plain-text aliases (and names) match loosely; rule aliases strictly and never as plurals. */
  readonly plain: boolean;
  readonly text: string;
  /** The spelling's tokens (normalized text), read once for its key and its compiled alias. */
  readonly tokens: readonly Token[];
  /** The skill's earlier spellings with the same key, if any (a name and its hyphen-joined variant often coincide). */
  readonly sameKeyBefore: readonly Spelling[] | undefined;
}

/**
 * The ValidationError for a bad definition given to createSkillTaxonomy (the only caller), naming it:
 * `Invalid createSkillTaxonomy: definitions.3.category: Skill "X" has unknown category "y" (one of …)`. They were plain
 * `Error`s (round 18), or a TypeError for aliases that are no list.
 */
function definitionError(skillIndex: number, field: string, message: string): ValidationError {
  return invalidArgument('createSkillTaxonomy', `definitions.${skillIndex}${field ? `.${field}` : ''}`, message);
}

// Lists every spelling of every skill and throws on bad definitions or on a spelling two skills share.
function collectSpellings(definitions: readonly SkillDefinition[]): {
  spellings: Spelling[];
  owners: Map<string, Spelling>;
  /** Skill index by each spelling's key, in the order of `owners`. */
  skillIndexByKey: Map<string, number>;
} {
  const knownCategories = new Set<string>(skillCategories);
  const owners = new Map<string, Spelling>();
  const skillIndexByKey = new Map<string, number>();
  const collected: Spelling[] = [];
  // Each text is tokenized once: a name is also its first spelling, a rule's text also its spelling.
  let tokensFor = new Map<string, readonly Token[]>();
  const tokensOf = (text: string): readonly Token[] => {
    let tokens = tokensFor.get(text);
    if (tokens === undefined) {
      tokens = tokenize(normalizeText(text).text);
      tokensFor.set(text, tokens);
    }
    return tokens;
  };
  definitions.forEach((definition, skillIndex) => {
    // Texts repeat within a definition, seldom across them: the cache holds one definition's.
    if (tokensFor.size > 0) tokensFor = new Map();
    const { name } = definition;
    if (name.trim() === '' || name.trim() !== name) {
      throw definitionError(skillIndex, 'name', `Skill name ${JSON.stringify(name)} must be non-empty and trimmed`);
    }
    if (!knownCategories.has(definition.category)) {
      throw definitionError(
        skillIndex,
        'category',
        `Skill "${name}" has unknown category ${JSON.stringify(definition.category)} (one of ${skillCategories.join(', ')})`,
      );
    }
    if (!Array.isArray(definition.aliases))
      throw definitionError(
        skillIndex,
        'aliases',
        `must be a list of aliases, got ${describeValue(definition.aliases)}`,
      );
    definition.aliases.forEach((alias: unknown, aliasIndex) => {
      const text = typeof alias === 'string' ? alias : (alias as { text?: unknown } | null)?.text;
      if (typeof text !== 'string')
        throw definitionError(
          skillIndex,
          `aliases.${aliasIndex}`,
          `must be a string or { text, … }, got ${describeValue(alias)}`,
        );
    });
    const nameKey = keyOfTokens(tokensOf(name));
    // A rule spelled like the name governs how the name itself matches ("Go" only as written).
    const nameHasRule = definition.aliases.some(
      (alias) => typeof alias !== 'string' && keyOfTokens(tokensOf(alias.text)) === nameKey,
    );
    const entries: { rule: SkillAliasRule; plain: boolean }[] = [
      ...(nameHasRule ? [] : [{ rule: { text: name }, plain: true }]),
      ...definition.aliases.map((alias) =>
        typeof alias === 'string' ? { rule: { text: alias }, plain: true } : { rule: alias, plain: false },
      ),
    ];
    for (const { rule, plain } of entries) {
      for (const text of spellings(rule.text)) {
        const tokens = tokensOf(text);
        const key = keyOfTokens(tokens);
        if (key === '')
          throw definitionError(
            skillIndex,
            'aliases',
            `Skill "${name}" has an alias with no letters or digits: "${rule.text}"`,
          );
        const owner = owners.get(key);
        if (owner !== undefined && owner.skillIndex !== skillIndex) {
          const other = definitions[owner.skillIndex]?.name ?? '?';
          if (termKey(other) === nameKey) throw definitionError(skillIndex, 'name', `Skill "${name}" is defined twice`);
          throw definitionError(
            skillIndex,
            'aliases',
            `Skill alias ${describeSpelling(text, rule.text)} of "${name}" clashes with "${owner.text}" of "${other}"`,
          );
        }
        const sameKeyBefore = owner === undefined ? undefined : [...(owner.sameKeyBefore ?? []), owner];
        const spelling = { skillIndex, rule, plain, text, tokens, sameKeyBefore };
        owners.set(key, spelling);
        skillIndexByKey.set(key, skillIndex);
        collected.push(spelling);
      }
    }
  });
  return { spellings: collected, owners, skillIndexByKey };
}

// A spelling's tokens with whether each touches the one before: two spellings match alike when these are the same.
function signatureOf(spelling: Spelling): string {
  let signature = '';
  for (const token of spelling.tokens) signature += `${token.attached ? '+' : ' '}${token.folded}`;
  return signature;
}

// Per token, whether it must touch the previous one in the text (see CompiledAlias.mustAttach).
function mustAttach(tokens: readonly Token[]): boolean[] {
  const attached: boolean[] = tokens.length > 0 ? [false] : [];
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    attached.push(
      token.attached && (ATTACHING_PUNCTUATION.has(token.raw) || ATTACHING_PUNCTUATION.has(tokens[index - 1]!.raw)),
    );
  }
  return attached;
}

function compileSpelling(
  spelling: Spelling,
  lastTokenPlural: string | undefined,
  setOf: (words: readonly string[] | undefined) => ReadonlySet<string> | undefined,
): CompiledAlias {
  const { rule, tokens } = spelling;
  const caseSensitive = rule.caseSensitive === true;
  return {
    skillIndex: spelling.skillIndex,
    tokens: tokens.map((token) => (caseSensitive ? token.raw : token.folded)),
    caseSensitive,
    strict: !spelling.plain,
    lastTokenPlural,
    mustAttach: mustAttach(tokens),
    unlessFollowedBy: setOf(rule.unlessFollowedBy),
    unlessPrecededBy: setOf(rule.unlessPrecededBy),
    contextWords: setOf(rule.contextWords),
  };
}

/** Validates definitions and builds the matching index; throws on bad or clashing definitions. */
export function compileTaxonomy(definitions: readonly SkillDefinition[]): CompiledTaxonomy {
  const { spellings: allSpellings, owners, skillIndexByKey } = collectSpellings(definitions);

  const aliasesByFirstToken = new Map<string, CompiledAlias[]>();
  const add = (key: string, alias: CompiledAlias): void => {
    const list = aliasesByFirstToken.get(key);
    if (list === undefined) aliasesByFirstToken.set(key, [alias]);
    else list.push(alias);
  };
  const setOf = sharedLowerCaseSets();
  for (const spelling of allSpellings) {
    const { tokens } = spelling;
    const firstToken = tokens[0];
    const lastToken = tokens[tokens.length - 1];
    if (firstToken === undefined || lastToken === undefined) continue;
    // The name and its hyphen-joined variant often coincide; match each spelling (spacing included) once. Only an
    // earlier spelling of the skill with the same key can be spelled the same.
    if (spelling.plain && spelling.sameKeyBefore !== undefined) {
      const signature = signatureOf(spelling);
      if (spelling.sameKeyBefore.some((earlier) => earlier.plain && signatureOf(earlier) === signature)) continue;
    }
    let lastTokenPlural = spelling.plain && lastToken.word ? pluralOf(lastToken.folded) : undefined;
    if (lastTokenPlural !== undefined) {
      const pluralKey = keyOfTokens(tokens.slice(0, -1)) + (tokens.length > 1 ? ' ' : '') + lastTokenPlural;
      // A plural never steals a spelling another skill owns.
      if (owners.has(pluralKey)) lastTokenPlural = undefined;
      else if (!skillIndexByKey.has(pluralKey)) skillIndexByKey.set(pluralKey, spelling.skillIndex);
    }
    const compiled = compileSpelling(spelling, lastTokenPlural, setOf);
    add(firstToken.folded, compiled);
    if (tokens.length === 1 && lastTokenPlural !== undefined) add(lastTokenPlural, compiled);
  }
  const aliasesByFirstTwoTokens = new Map<string, AliasesByNextToken>();
  return {
    aliasesByFirstToken,
    aliasesAfter(firstToken) {
      let after = aliasesByFirstTwoTokens.get(firstToken);
      if (after === undefined) {
        const aliases = aliasesByFirstToken.get(firstToken);
        if (aliases === undefined) return undefined;
        after = byNextToken(aliases);
        aliasesByFirstTwoTokens.set(firstToken, after);
      }
      return after;
    },
    skillIndexByKey,
  };
}

/**
 * The aliases of one first token by the token after it. A text's token there matches an alias's second token when its
 * lower-cased form is that token (case-sensitive aliases: lower-cased) or, for a two-token alias, its plural.
 */
function byNextToken(aliases: readonly CompiledAlias[]): AliasesByNextToken {
  const keysOf = aliases.map((alias) => {
    if (alias.tokens.length === 1) return undefined;
    const key = (token: string) => (alias.caseSensitive ? token.toLowerCase() : token);
    const keys = [key(alias.tokens[1] as string)];
    if (alias.tokens.length === 2 && alias.lastTokenPlural !== undefined) {
      const plural = key(alias.lastTokenPlural);
      if (plural !== keys[0]) keys.push(plural);
    }
    return keys;
  });
  const byNext = new Map<string, CompiledAlias[]>();
  for (const keys of keysOf) for (const key of keys ?? []) if (!byNext.has(key)) byNext.set(key, []);
  // Each list keeps the aliases' order: a one-token alias joins every list, a longer one the lists of its keys.
  aliases.forEach((alias, index) => {
    const keys = keysOf[index];
    if (keys === undefined) for (const list of byNext.values()) list.push(alias);
    else for (const key of keys) byNext.get(key)?.push(alias);
  });
  return { alone: aliases.filter((alias) => alias.tokens.length === 1), byNext };
}
