export { formatAlternatives, MAX_ALTERNATIVES, skillRequirementGroups } from './alternatives.js';
export {
  DEFAULT_MINIMUM_LISTED_SKILLS,
  MAX_DESCRIPTION_CHARACTERS,
  plainJobDescription,
  readDegreeRequirement,
  readJobRequirements,
  readJobSkills,
  readYearsRequirement,
  skillConfidence,
  type DegreeRequirement,
  type JobRequirementSettings,
  type JobRequirements,
  type JobSkillRequirement,
  type SkillEvidence,
  type SkillSource,
} from './read.js';
export {
  MAX_DEGREE_TEXT,
  acceptsEquivalentExperience,
  degreeLabels,
  degreeLevels,
  degreeRank,
  findDegreeMentions,
  highestDegreeLevel,
  type DegreeLevel,
  type DegreeMention,
  type DegreeMentionOptions,
} from './degrees.js';
export {
  experienceLevelOfTitle,
  QUALIFYING_SENIORITY_LEVELS,
  readSeniority,
  roleWords,
  withoutQualifyingSeniority,
  SENIORITY_WORDS,
  seniorityLevels,
  seniorityOfWord,
  seniorityRank,
  type SeniorityLevel,
} from './seniority.js';
export { GENERAL_ROLE_NOUNS, ROLE_NOUNS } from './roles.js';
