import { findOptionalSpans, htmlToText, type Job, type SkillTaxonomy, type TextSpan } from '@rolefit/core';
import type { ResolvedSkill, SkillResolver } from '../shared/skills.js';

/** One skill a job asks for. */
export interface JobSkill extends ResolvedSkill {
  /** False when the ad marks the skill as nice to have ("a plus", "preferred", a "Bonus" section). */
  readonly required: boolean;
}

/** Where `phrase` occurs in `text` as whole words, ignoring case. */
function phrasePositions(text: string, phrase: string): number[] {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (escaped === '') return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}+#])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => match.index);
}

function inSpans(spans: readonly TextSpan[], position: number): boolean {
  return spans.some(([start, end]) => position >= start && position < end);
}

/** Settings for {@link analyzeJobSkills}. */
export interface JobSkillSettings {
  /** When a job lists fewer skills than this, skills found in its title and description are added (default 5). */
  minimumListedSkills?: number;
}

/** Plain text of a job description: HTML turned into lines, plain text kept as it is. */
export function descriptionText(job: Job): string {
  const description = job.description ?? '';
  return /<[a-z/!][^>]*>/i.test(description) ? htmlToText(description) : description;
}

/**
 * The skills a job asks for, required ones first: its listed skills, plus skills found in its
 * title and description when it lists few. A skill named only in nice-to-have parts of the
 * description is optional; soft skills found only in the description are optional too.
 */
export function analyzeJobSkills(job: Job, description: string, resolver: SkillResolver, settings: JobSkillSettings = {}): JobSkill[] {
  const minimumListed = settings.minimumListedSkills ?? 5;
  const taxonomy: SkillTaxonomy = resolver.taxonomy;
  const mentions = description.trim() === '' ? [] : taxonomy.extract(description);
  const spans = description.trim() === '' ? [] : findOptionalSpans(description);
  const requiredKeys = new Set<string>();
  const optionalKeys = new Set<string>();
  const described: Array<{ name: string; optional: boolean }> = [];
  for (const mention of mentions) {
    const optional = inSpans(spans, mention.start) || mention.category === 'soft-skill';
    const key = resolver.resolve(mention.skill).key;
    (optional ? optionalKeys : requiredKeys).add(key);
    described.push({ name: mention.skill, optional });
  }

  const skills: JobSkill[] = [];
  const seen = new Set<string>();
  const add = (name: string, required: boolean) => {
    const resolved = resolver.resolve(name);
    if (resolved.key === '' || seen.has(resolved.key)) return;
    seen.add(resolved.key);
    skills.push({ ...resolved, required });
  };
  const listed = job.skills ?? [];
  // A listed skill is optional only when the description names it, and only in nice-to-have parts.
  for (const name of listed) {
    const key = resolver.resolve(name).key;
    let optional = optionalKeys.has(key) && !requiredKeys.has(key);
    if (!requiredKeys.has(key) && !optionalKeys.has(key) && spans.length > 0) {
      // The taxonomy did not find it (an unknown skill): look for the name itself.
      const positions = phrasePositions(description, name);
      optional = positions.length > 0 && positions.every((position) => inSpans(spans, position));
    }
    add(name, !optional);
  }
  if (listed.length < minimumListed) {
    for (const name of taxonomy.extractNames(job.title)) add(name, true);
    for (const { name } of described) {
      const key = resolver.resolve(name).key;
      add(name, requiredKeys.has(key));
    }
  }
  // Stable sort: required skills first, each group in the order the ad gives them.
  return [...skills.filter((skill) => skill.required), ...skills.filter((skill) => !skill.required)];
}
