import { createOccupationKnowledge, decodeOccupationKnowledge, type OccupationKnowledgeFile } from './knowledge.js';
import type {
  FindOccupationsOptions,
  OccupationKnowledge,
  OccupationMatch,
  RelatedSkill,
  RelatedSkillsOptions,
  WeightedText,
} from './types.js';

export type {
  FindOccupationsOptions,
  Occupation,
  OccupationKnowledge,
  OccupationMatch,
  OccupationSource,
  RelatedSkill,
  RelatedSkillsOptions,
  SkillRelation,
  WeightedText,
} from './types.js';
export {
  createOccupationKnowledge,
  decodeOccupationKnowledge,
  occupationProximity,
  OCCUPATION_KNOWLEDGE_VERSION,
  OccupationKnowledgeError,
  type OccupationKnowledgeData,
  type OccupationKnowledgeFile,
  type OccupationKnowledgeOptions,
} from './knowledge.js';

let loading: Promise<OccupationKnowledge> | undefined;

/**
 * The shipped ESCO v1.2 + O*NET occupation and skill knowledge, with the built-in taxonomy's canonical skill names.
 * The data (about 0.8 MB) is imported and inflated on the first call only; later calls share the result.
 */
export function loadOccupationKnowledge(): Promise<OccupationKnowledge> {
  loading ??= import('./data/occupation-knowledge.json', { with: { type: 'json' } }).then((module) =>
    createOccupationKnowledge(decodeOccupationKnowledge(module.default as OccupationKnowledgeFile)),
  );
  // A failed load is not cached, so a later call can try again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Occupations named in text (see {@link OccupationKnowledge.findOccupations}), from the shipped knowledge. */
export async function findOccupations(
  text: string | readonly WeightedText[],
  options?: FindOccupationsOptions,
): Promise<OccupationMatch[]> {
  return (await loadOccupationKnowledge()).findOccupations(text, options);
}

/** Skills related to a skill, strongest first (see {@link OccupationKnowledge.relatedSkills}), from the shipped knowledge. */
export async function relatedSkills(skill: string, options?: RelatedSkillsOptions): Promise<RelatedSkill[]> {
  return (await loadOccupationKnowledge()).relatedSkills(skill, options);
}
