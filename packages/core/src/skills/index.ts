export { skillCategories } from './types.js';
export type { SkillAlias, SkillAliasRule, SkillCategory, SkillDefinition, SkillMention } from './types.js';
export { canonicalSkillName, createSkillTaxonomy, extractSkills, getDefaultSkillTaxonomy } from './taxonomy.js';
export type { SkillTaxonomy } from './taxonomy.js';
export { isSkillGroupLabel, leadingSkillGroupLabel } from './group-labels.js';
