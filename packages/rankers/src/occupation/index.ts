export { createOccupationRanker } from './occupation-ranker.js';
export {
  DEFAULT_OCCUPATION_WEIGHTS,
  DEFAULT_OCCUPATIONS_KEPT,
  DEFAULT_RELATED_CREDIT,
  DEFAULT_SKILL_PRIOR,
  InvalidOccupationRankerSettingsError,
  OCCUPATION_PARTS,
  resolveOccupationRankerSettings,
  type OccupationPart,
  type OccupationRankerSettings,
  type ResolvedOccupationRankerSettings,
} from './settings.js';
