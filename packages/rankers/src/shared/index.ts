export { personText, personTextParts } from './person.js';
export {
  createPersonSkills,
  createSkillResolver,
  skillKey,
  type PersonSkills,
  type ResolvedSkill,
  type SkillResolver,
} from './skills.js';
export {
  DEFAULT_BM25_FIELD_WEIGHTS,
  DEFAULT_BM25_HALF_SCORE_COVERAGE,
  checkBm25Settings,
  normalizeBm25Score,
  scoreJobsWithBm25,
  type Bm25BatchScores,
  type Bm25JobField,
  type Bm25ScoringSettings,
} from './bm25-scoring.js';
export { compareMatches } from './ranking.js';
