export {
  createMultiFactorRanker,
  DEFAULT_RELATED_SKILL_CREDIT,
  type MultiFactorSettings,
} from './multi-factor-ranker.js';
export {
  DEFAULT_MULTI_FACTOR_WEIGHTS,
  InvalidWeightsError,
  MULTI_FACTOR_NAMES,
  enabledFactors,
  normalizeWeights,
  type MultiFactorName,
  type MultiFactorWeights,
} from './weights.js';
export {
  DEFAULT_NICE_TO_HAVE_WEIGHT,
  scoreSkills,
  type SkillOverlapMeasure,
  type SkillScoringOptions,
  type SkillsFactorResult,
} from './skills-factor.js';
export { analyzeJobSkills, descriptionText, type JobSkill, type JobSkillSettings } from './job-skills.js';
export {
  EXPERIENCE_LEVEL_YEARS,
  formatYearsRange,
  jobExperienceRange,
  personYearsOfExperience,
  scoreExperience,
  type ExperienceFactorSettings,
  type ExperienceRange,
} from './experience-factor.js';
export {
  DEFAULT_RECENCY_HALF_LIFE_DAYS,
  scoreLocation,
  scoreRecency,
  scoreSalary,
  scoreTitle,
  titleWords,
  type LocationWish,
  type WeightedTitle,
} from './preference-factors.js';
export { explainMatch, type ExplanationDetails } from './explanation.js';
export { NEUTRAL_SCORE } from './neutral.js';
export { MULTI_FACTOR_CANDIDATES, MULTI_FACTOR_CHOICE, SHIPPED_MULTI_FACTOR_SETTINGS } from './candidates.js';
