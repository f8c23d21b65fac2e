import { getDefaultSkillTaxonomy, type SkillTaxonomy } from '@rolefit/core';
import { checkListArgument, checkTextArgument, describeValue, invalidArgument } from '@rolefit/core/internal';
import { normalizeText, tokenize } from '@rolefit/core/text';
import { onCallEnd, sharingWithinCall } from './call-scope.js';

/** A skill name resolved through a taxonomy. */
export interface ResolvedSkill {
  /** Canonical name when the taxonomy knows the skill, else the name as given (trimmed). */
  readonly name: string;
  /** Lower-case comparison key of `name`. */
  readonly key: string;
  /** Whether the taxonomy knows the skill. */
  readonly known: boolean;
}

/** Resolves skill names to canonical names, remembering each answer (skill names repeat across a batch of jobs). */
export interface SkillResolver {
  /** The taxonomy answers come from. */
  readonly taxonomy: SkillTaxonomy;
  /** Resolves one name. */
  resolve(name: string): ResolvedSkill;
}

/** Creates a resolver over `taxonomy` (the built-in one by default). */
export function createSkillResolver(taxonomy: SkillTaxonomy = getDefaultSkillTaxonomy()): SkillResolver {
  return createBoundedSkillResolver(taxonomy, Infinity);
}

/** Most names a ranker's own resolver remembers before it starts afresh (a long-running ranker meets new names for ever). */
export const SKILL_RESOLVER_LIMIT = 100_000;

/**
 * A resolver over `taxonomy` that remembers at most `limit` names and starts afresh past that, so one kept for a
 * ranker's lifetime stays bounded; its answers are the same either way.
 */
export function createBoundedSkillResolver(
  taxonomy: SkillTaxonomy = getDefaultSkillTaxonomy(),
  limit: number = SKILL_RESOLVER_LIMIT,
): SkillResolver {
  const cache = new Map<string, ResolvedSkill>();
  return {
    taxonomy,
    resolve(raw) {
      let resolved = cache.get(raw);
      if (resolved === undefined) {
        // A name that is no string was "Cannot read properties of undefined (reading 'length')" from the taxonomy.
        checkTextArgument('SkillResolver.resolve', 'name', raw);
        const canonical = taxonomy.lookup(raw)?.name;
        const name = canonical ?? raw.trim();
        resolved = { name, key: skillKey(name), known: canonical !== undefined };
        if (cache.size >= limit) cache.clear();
        cache.set(raw, resolved);
      }
      return resolved;
    },
  };
}

/** Lower-case, whitespace-collapsed comparison key of a skill name. */
export function skillKey(name: string): string {
  return normalizeText(name);
}

/** What a person knows, built once per ranking call and asked about each job skill. */
export interface PersonSkills {
  /** Canonical names of the person's skills, listed ones first, each once. */
  readonly names: readonly string[];
  /** Whether the person has the skill: by canonical name, or for skills the taxonomy does not know, by the phrase appearing in their text. */
  has(skill: ResolvedSkill): boolean;
}

const STEMMED = { stem: true } as const;

/** Most skill names whose stemmed words {@link phraseWords} keeps before it starts afresh. */
export const PHRASE_WORDS_LIMIT = 50_000;
let phraseWordsLimit = PHRASE_WORDS_LIMIT;
const phraseWordsByName = new Map<string, readonly string[]>();

/** Sets how many names {@link phraseWords} keeps (for tests) and returns the limit before. */
export function setPhraseWordsLimit(limit: number): number {
  const before = phraseWordsLimit;
  phraseWordsLimit = limit;
  return before;
}

/** How many names {@link phraseWords} keeps now (for tests). */
export function phraseWordsKept(): number {
  return phraseWordsByName.size;
}

/**
 * A skill name's stemmed words, as `tokenize(name, { stem: true })` gives them, kept by name (at most
 * {@link PHRASE_WORDS_LIMIT} names, then afresh): every ranking call asks for the same names of unknown skills again.
 */
export function phraseWords(name: string): readonly string[] {
  let words = phraseWordsByName.get(name);
  if (words === undefined) {
    words = tokenize(name, STEMMED);
    if (phraseWordsByName.size >= phraseWordsLimit) phraseWordsByName.clear();
    phraseWordsByName.set(name, words);
  }
  return words;
}

/** The person's skills last read inside one fusion call's start (see `shareWithinCall`), and what from. */
let keptPerson: { taxonomy: SkillTaxonomy; listed: readonly string[]; text: string; skills: PersonSkills } | undefined;
onCallEnd(() => {
  keptPerson = undefined;
});

/**
 * The person's skills: `listed` names plus every skill the taxonomy finds in `text`. Members of one fusion call that
 * read the same person with the same taxonomy share one reading (names are resolved the same by any resolver over it).
 */
export function createPersonSkills(resolver: SkillResolver, listed: readonly string[], text: string): PersonSkills {
  // Arguments of the wrong kind were TypeErrors from inside ("listed is not iterable", "resolver.resolve is not a
  // function"); the checks look at each argument's kind only (the names' kinds are read where each is resolved).
  if (typeof (resolver as Partial<SkillResolver> | null | undefined)?.resolve !== 'function')
    throw invalidArgument(
      'createPersonSkills',
      'resolver',
      `must be a SkillResolver (createSkillResolver()), got ${describeValue(resolver)}`,
    );
  checkListArgument('createPersonSkills', 'listed', listed, 'a list of skill names');
  checkTextArgument('createPersonSkills', 'text', text);
  const sharing = sharingWithinCall();
  const kept = sharing ? keptPerson : undefined;
  if (
    kept !== undefined &&
    kept.taxonomy === resolver.taxonomy &&
    kept.text === text &&
    kept.listed.length === listed.length &&
    kept.listed.every((name, index) => name === listed[index])
  )
    return { names: [...kept.skills.names], has: kept.skills.has };
  const skills = readPersonSkills(resolver, listed, text);
  if (sharing)
    keptPerson = {
      taxonomy: resolver.taxonomy,
      listed: [...listed],
      text,
      skills: { ...skills, names: [...skills.names] },
    };
  return skills;
}

function readPersonSkills(resolver: SkillResolver, listed: readonly string[], text: string): PersonSkills {
  const names: string[] = [];
  const keys = new Set<string>();
  const add = (name: string) => {
    const resolved = resolver.resolve(name);
    if (resolved.key === '' || keys.has(resolved.key)) return;
    keys.add(resolved.key);
    names.push(resolved.name);
  };
  for (const name of listed) add(name);
  for (const name of resolver.taxonomy.extractNames(text)) add(name);

  // Phrase fallback for skills outside the taxonomy ("Kafka Streams", an in-house tool): the taxonomy
  // cannot find those in text, so look for their words in order. Known skills rely on the taxonomy alone,
  // because its rules are what keep "Go" in "go to market" from counting as the language.
  const tokens = tokenize(`${listed.join(' \n ')} \n ${text}`, STEMMED);
  const tokenSet = new Set(tokens);
  const joined = ` ${tokens.join(' ')} `;
  // A phrase of two or more words is in `joined` only where each of its words is one of the tokens (tokens hold no
  // space), so a phrase with a word outside `tokenSet` needs no search of the text.
  const aligned = tokens.every((token) => token !== '' && !token.includes(' '));
  const phraseCache = new Map<string, boolean>();
  const containsPhrase = (name: string): boolean => {
    let found = phraseCache.get(name);
    if (found === undefined) {
      const words = phraseWords(name);
      found =
        words.length === 0
          ? false
          : words.length === 1
            ? tokenSet.has(words[0] ?? '')
            : (!aligned || words.every((word) => tokenSet.has(word))) && joined.includes(` ${words.join(' ')} `);
      phraseCache.set(name, found);
    }
    return found;
  };

  return {
    names,
    has: (skill) => keys.has(skill.key) || (!skill.known && containsPhrase(skill.name)),
  };
}
