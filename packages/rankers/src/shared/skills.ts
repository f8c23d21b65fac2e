import { getDefaultSkillTaxonomy, type SkillTaxonomy } from '@rolefit/core';
import { normalizeText, tokenize } from '@rolefit/core/text';

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
  const cache = new Map<string, ResolvedSkill>();
  return {
    taxonomy,
    resolve(raw) {
      let resolved = cache.get(raw);
      if (resolved === undefined) {
        const canonical = taxonomy.lookup(raw)?.name;
        const name = canonical ?? raw.trim();
        resolved = { name, key: skillKey(name), known: canonical !== undefined };
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

/** The person's skills: `listed` names plus every skill the taxonomy finds in `text`. */
export function createPersonSkills(resolver: SkillResolver, listed: readonly string[], text: string): PersonSkills {
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
  const phraseCache = new Map<string, boolean>();
  const containsPhrase = (name: string): boolean => {
    let found = phraseCache.get(name);
    if (found === undefined) {
      const words = tokenize(name, STEMMED);
      found =
        words.length === 0
          ? false
          : words.length === 1
            ? tokenSet.has(words[0] ?? '')
            : joined.includes(` ${words.join(' ')} `);
      phraseCache.set(name, found);
    }
    return found;
  };

  return {
    names,
    has: (skill) => keys.has(skill.key) || (!skill.known && containsPhrase(skill.name)),
  };
}
