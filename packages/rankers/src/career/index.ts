export { normalizeRoleTitle, roleTitle } from './titles.js';
export type { SparseVector } from '../shared/sparse-vectors.js';
export {
  DEFAULT_CLUSTER_THRESHOLD,
  clusterJobs,
  clusterVectors,
  createCareerSpace,
  postingFeatures,
  postingKey,
  type CareerSpace,
  type ClusterSettings,
  type JobCluster,
  type PostingFeatures,
} from './cluster.js';
export {
  DEFAULT_SPECIALISATION_WEIGHTS,
  annualMidpoint,
  normalizeSpecialisationWeights,
  recommendSpecialisations,
  type MedianSalary,
  type Specialisation,
  type SpecialisationEvidence,
  type SpecialisationOptions,
  type SpecialisationReport,
  type SpecialisationScores,
  type SpecialisationWeights,
} from './specialisations.js';
export {
  learningStage,
  likedJobIds,
  meanMatchScore,
  skillGapPath,
  withSkill,
  type GapSkill,
  type LearningStage,
  type LearningStep,
  type SkillGapOptions,
  type SkillGapPath,
  type TargetSource,
} from './skill-gap.js';
export { rankCoursesForSkills, sampleCourses, type CourseRankingOptions, type RankedCourse, type SkillCourses } from './courses.js';
