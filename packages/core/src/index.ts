export * from './errors/index.js';
export * from './schemas/index.js';
export * from './text/index.js';
export * from './csv/index.js';
export * from './skills/index.js';
export * from './skills/esco/index.js';
export * from './salary/index.js';
export * from './job-fields/index.js';
export * from './experience/index.js';
export * from './optional-spans/index.js';
export {
  DEFAULT_MINIMUM_LISTED_SKILLS,
  MAX_DEGREE_TEXT,
  MAX_DESCRIPTION_CHARACTERS,
  SENIORITY_WORDS,
  acceptsEquivalentExperience,
  degreeLabels,
  degreeLevels,
  degreeRank,
  findDegreeMentions,
  highestDegreeLevel,
  plainJobDescription,
  readDegreeRequirement,
  readJobRequirements,
  readJobSkills,
  readYearsRequirement,
  readSeniority,
  seniorityLevels,
  seniorityOfWord,
  seniorityRank,
  type DegreeLevel,
  type DegreeMention,
  type DegreeMentionOptions,
  type DegreeRequirement,
  type JobRequirementSettings,
  type JobRequirements,
  type JobSkillRequirement,
  type SeniorityLevel,
  type SkillSource,
} from './job-requirements/index.js';
export * from './random/index.js';
export * from './dates/index.js';
export * from './bm25/index.js';
export type * from './interfaces/index.js';
export * from './filter/index.js';
export * from './store/index.js';
export * from './pipeline/index.js';
export * from './notifiers/index.js';
