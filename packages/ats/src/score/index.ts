export {
  atsComponents,
  DEFAULT_ATS_WEIGHTS,
  DEFAULT_SUGGESTION_CONFIDENCE,
  PREFERRED_SKILL_WEIGHT,
  jobFromText,
  scoreResumeAgainstJob,
  type AtsComponent,
  type AtsComponentScore,
  type AtsReport,
  type AtsScoreOptions,
  type AtsSkillCheck,
  type AtsSuggestion,
  type MissingKeyword,
} from './score.js';
export { formatAtsReport } from './format.js';
export { findJobSkills, type JobSkillRequirement } from './job-requirements.js';
export {
  degreeLevels,
  findEducationRequirement,
  highestDegree,
  type DegreeLevel,
  type EducationRequirement,
} from './education.js';
export { normalizeTitle, titleSimilarity, type NormalizedTitle } from './title.js';
export { findJobKeywords, type JobKeyword, type KeywordExclusions } from './keywords.js';
export {
  type IssueSeverity,
  type ParseabilityIssue,
  type ParseabilityIssueCode,
  type ResumeLayout,
} from './parseability.js';
