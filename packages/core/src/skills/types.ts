/** Every category a skill can belong to, in display order. */
export const skillCategories = [
  'programming-language',
  'web-and-mobile',
  'software-engineering',
  'data-and-analytics',
  'machine-learning',
  'cloud-and-devops',
  'database',
  'cybersecurity',
  'it-and-networking',
  'business-software',
  'design',
  'project-and-product-management',
  'healthcare',
  'pharmacy-and-laboratory',
  'construction',
  'electrical',
  'plumbing-and-hvac',
  'welding-and-fabrication',
  'automotive',
  'manufacturing-and-engineering',
  'logistics-and-driving',
  'hospitality-and-culinary',
  'retail-and-customer-service',
  'sales-and-marketing',
  'finance-and-accounting',
  'legal-and-compliance',
  'human-resources',
  'education-and-social-work',
  'language',
  'soft-skill',
  'certification',
] as const;

/** The broad area a skill belongs to. */
export type SkillCategory = (typeof skillCategories)[number];

/** An alias with matching rules, for short or common-word aliases such as "Go", "R" or "Excel". */
export interface SkillAliasRule {
  /** The alias as it appears in text. */
  readonly text: string;
  /** Match only with the letter case written in `text` ("Go" but not "go"). */
  readonly caseSensitive?: boolean | undefined;
  /** Words that, right after the alias, mean it is not the skill ("Go to market", "excel at"). */
  readonly unlessFollowedBy?: readonly string[] | undefined;
  /** Words that, right before the alias, mean it is not the skill ("you will excel"). */
  readonly unlessPrecededBy?: readonly string[] | undefined;
  /** When given, match only if one of these words or another skill of the same category is within a few words. */
  readonly contextWords?: readonly string[] | undefined;
}

/** An alias: plain text matched case-insensitively, or a rule for aliases that need care. */
export type SkillAlias = string | SkillAliasRule;

/** One skill of a taxonomy: its canonical name, category and aliases. */
export interface SkillDefinition {
  /** Canonical name, unique in a taxonomy; matched like an alias unless a rule alias with the same text governs it. */
  readonly name: string;
  /** The broad area the skill belongs to. */
  readonly category: SkillCategory;
  /** Other ways the skill is written: abbreviations, spellings, variants. */
  readonly aliases: readonly SkillAlias[];
}

/** One place in a text where a skill was found. */
export interface SkillMention {
  /** Canonical skill name. */
  readonly skill: string;
  /** Category of the skill. */
  readonly category: SkillCategory;
  /** The text as found, equal to `text.slice(start, end)` of the input. */
  readonly text: string;
  /** Offset of the first character in the input (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the last character in the input (UTF-16 code units). */
  readonly end: number;
}
