import {
  checkListArgument,
  checkRecordArgument,
  checkTextArgument,
  describeValue,
  invalidArgument,
} from '../errors/argument.js';
import { finalParenthesis } from '../text/brackets.js';
import { compileTaxonomy, termKey } from './compile.js';
import { allSkillDefinitions } from './data/index.js';
import { findMentions } from './extract.js';
import { skillCategories, type SkillCategory, type SkillDefinition, type SkillMention } from './types.js';

/** A validated set of skills that can look up terms and find skills in text. */
export interface SkillTaxonomy {
  /** Number of skills. */
  readonly size: number;
  /** Finds a skill by its name or any alias, ignoring case, hyphens and Unicode width, a version after it ("Python 3") and other spaces or marks ("Java Script"). */
  lookup(term: string): SkillDefinition | undefined;
  /** Finds skill mentions in text, in text order; overlapping matches go to the longest. */
  extract(text: string): SkillMention[];
  /** Canonical names of the skills found in text, each once, in first-seen order. */
  extractNames(text: string): string[];
  /** Maps known names and aliases to canonical names, keeps unknown ones trimmed, drops case-insensitive repeats. */
  canonicalize(names: readonly string[]): string[];
  /** Categories that have at least one skill, in the order of `skillCategories`. */
  categories(): SkillCategory[];
  /** Every skill definition, in definition order. */
  all(): readonly SkillDefinition[];
}

// A version written after a skill's name: "3", "2012", "10.0", "10g", "V6", "4.x".
const VERSION = /^v?\d{1,4}(?:\.\d{1,3})*(?:\.x)?[a-z]?$/i;

/**
 * `text` without what two spellings of one name may differ by: spaces, hyphens, dashes, slashes, dots, underscores and
 * apostrophes ("+", "#" and brackets stay: "C", "C#" and "C++" are three). "Java Script" and "AS/400" → "JavaScript", "AS400".
 */
export const withoutSpellingMarks = (text: string): string => text.replace(/[\s\-‐‑–—/._'’]+/gu, '');
const respelledKey = withoutSpellingMarks;
// Shorter names respelled are too often another word's letters (".NET" and "Net", "R&D").
const MIN_RESPELLED_LENGTH = 4;
// Longer terms are looked up as written only.
const MAX_RESPELLED_TERM_LENGTH = 120;

/** Builds a taxonomy from definitions (the built-in ones by default); throws on duplicate names or aliases. */
export function createSkillTaxonomy(definitions: readonly SkillDefinition[] = allSkillDefinitions): SkillTaxonomy {
  // Definitions of the wrong kind were TypeErrors from inside ("definitions is not iterable"); the taxonomy's methods
  // check their arguments' kinds too (round 17 of ADVERSARIAL.md).
  checkListArgument<unknown>('createSkillTaxonomy', 'definitions', definitions, 'a list of SkillDefinitions').forEach(
    (definition, index) => {
      const { name } = checkRecordArgument(
        'createSkillTaxonomy',
        `definitions.${index}`,
        definition,
        'a SkillDefinition',
      );
      if (typeof name !== 'string')
        throw invalidArgument(
          'createSkillTaxonomy',
          `definitions.${index}.name`,
          `must be a string, got ${describeValue(name)}`,
        );
    },
  );
  const frozen = Object.freeze([...definitions]);
  const compiled = compileTaxonomy(frozen);
  const find = (term: string): SkillDefinition | undefined => {
    const index = compiled.skillIndexByKey.get(termKey(term));
    return index === undefined ? undefined : frozen[index];
  };
  const lookup = (term: string): SkillDefinition | undefined => {
    checkTextArgument('SkillTaxonomy.lookup', 'term', term);
    const found = find(term);
    if (found !== undefined) return found;
    // Job boards write tags like "Human Resources (HR)": try the part outside, then inside, the brackets.
    // `/^(.*?)\s*\(([^()]+)\)\s*$/`, read in linear time (the regex was quadratic in a run of spaces).
    const bracketed = finalParenthesis(term.trimEnd());
    if (bracketed !== undefined) return find(bracketed[0]) ?? find(bracketed[1]);
    // A version after the name is the same skill: "Python 3", "Visual Studio 2012", "Oracle 10g", "Catia V6". (The
    // last word found by index, not by a regex anchored at the end, which is tried from every space of a long run.)
    const trimmed = term.trimEnd();
    const cut = trimmed.lastIndexOf(' ');
    if (cut > 0 && VERSION.test(trimmed.slice(cut + 1))) {
      const name = trimmed.slice(0, cut).trimEnd();
      const versioned = name === '' ? undefined : (find(name) ?? findRespelled(name));
      if (versioned !== undefined) return versioned;
    }
    return findRespelled(term);
  };
  // Every spelling's key without its spaces and marks ("java script", "ms office", "pro/e"), to the one skill it
  // belongs to, or -1 where two skills' spellings come to the same; built on the first lookup that needs it.
  let respellings: Map<string, number> | undefined;
  // A name written with other spaces, hyphens, slashes or dots than any spelling the skill lists: "Java Script",
  // "Quick Books", "Sales Force", "MSOffice", "My/SQL", "Pro Engineer" (one of four letters or more, of one skill).
  const findRespelled = (term: string): SkillDefinition | undefined => {
    // A term longer than any name is none respelled: not tokenized a second time (a 300,000-character list line).
    if (term.length > MAX_RESPELLED_TERM_LENGTH) return undefined;
    const key = respelledKey(termKey(term));
    if (key.length < MIN_RESPELLED_LENGTH) return undefined;
    if (respellings === undefined) {
      respellings = new Map();
      for (const [spelling, index] of compiled.skillIndexByKey) {
        const respelled = respelledKey(spelling);
        const owner = respellings.get(respelled);
        respellings.set(respelled, owner === undefined || owner === index ? index : -1);
      }
    }
    const index = respellings.get(key);
    return index === undefined || index < 0 ? undefined : frozen[index];
  };
  const extract = (text: string): SkillMention[] =>
    findMentions(compiled, frozen, checkTextArgument('SkillTaxonomy.extract', 'text', text));
  const used = new Set(frozen.map((definition) => definition.category));
  // The names found in the last text asked about: the rankers of one fusion ask about the same person's text in turn.
  // One text kept (the definitions never change), a copy handed out.
  let last: { text: string; names: readonly string[] } | undefined;
  return {
    size: frozen.length,
    lookup,
    extract,
    extractNames(text) {
      checkTextArgument('SkillTaxonomy.extractNames', 'text', text);
      if (last === undefined || last.text !== text)
        last = { text, names: [...new Set(extract(text).map((mention) => mention.skill))] };
      return [...last.names];
    },
    canonicalize(names) {
      const seen = new Set<string>();
      const result: string[] = [];
      for (const [index, name] of checkListArgument(
        'SkillTaxonomy.canonicalize',
        'names',
        names,
        'a list of skill names',
      ).entries()) {
        if (typeof name !== 'string')
          throw invalidArgument(
            'SkillTaxonomy.canonicalize',
            `names.${index}`,
            `must be a string, got ${describeValue(name)}`,
          );
        const trimmed = name.trim();
        if (trimmed === '') continue;
        const canonical = lookup(trimmed)?.name ?? trimmed;
        const key = canonical.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        result.push(canonical);
      }
      return result;
    },
    categories: () => skillCategories.filter((category) => used.has(category)),
    all: () => frozen,
  };
}

let defaultTaxonomy: SkillTaxonomy | undefined;

/** The taxonomy of built-in skills, built on first use and shared afterwards. */
export function getDefaultSkillTaxonomy(): SkillTaxonomy {
  defaultTaxonomy ??= createSkillTaxonomy();
  return defaultTaxonomy;
}

/** Finds skill mentions in text with the built-in taxonomy. */
export function extractSkills(text: string): SkillMention[] {
  checkTextArgument('extractSkills', 'text', text);
  return getDefaultSkillTaxonomy().extract(text);
}

/** The canonical name for a skill name or alias in the built-in taxonomy, or undefined when unknown. */
export function canonicalSkillName(term: string): string | undefined {
  checkTextArgument('canonicalSkillName', 'term', term);
  return getDefaultSkillTaxonomy().lookup(term)?.name;
}
