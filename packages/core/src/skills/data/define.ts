import type { SkillAlias, SkillAliasRule, SkillCategory, SkillDefinition } from '../types.js';

/** One skill as written in the data files: its name, then its aliases. */
export type SkillRow = readonly [name: string, ...aliases: SkillAlias[]];

/** Turns compact rows into skill definitions of one category. */
export function defineSkills(category: SkillCategory, rows: readonly SkillRow[]): SkillDefinition[] {
  return rows.map(([name, ...aliases]) => ({ name, category, aliases }));
}

/** An alias that matches only with exactly this letter case, plus any further rules. */
export function exact(text: string, rule: Omit<SkillAliasRule, 'text' | 'caseSensitive'> = {}): SkillAliasRule {
  return { text, caseSensitive: true, ...rule };
}

/** An alias that matches in any case but only near one of the context words or a skill of the same category. */
export function nearby(
  text: string,
  contextWords: readonly string[],
  rule: Omit<SkillAliasRule, 'text' | 'contextWords'> = {},
): SkillAliasRule {
  return { text, contextWords, ...rule };
}
