// @rolefit/career: career guidance over a job corpus. Specialisations that fit a person, the skill-gap path to the
// best one with measured score gains, and courses per gap.
export {
  DEFAULT_CLUSTER_THRESHOLD,
  clusterJobs,
  type ClusterSettings,
  type JobCluster,
} from './cluster.js';
export {
  DEFAULT_SPECIALISATION_WEIGHTS,
  recommendSpecialisations,
  type MedianSalary,
  type Specialisation,
  type SpecialisationBaseOptions,
  type SpecialisationEvidence,
  type SpecialisationOptions,
  type SpecialisationReport,
  type SpecialisationScores,
  type SpecialisationWeights,
} from './specialisations.js';
export {
  skillGapPath,
  type GapSkill,
  type LearningStage,
  type LearningStep,
  type SkillGapBaseOptions,
  type SkillGapOptions,
  type SkillGapPath,
  type SkillGapTargets,
  type TargetSource,
} from './skill-gap.js';
export {
  rankCoursesForSkills,
  sampleCourses,
  type CourseRankingOptions,
  type RankedCourse,
  type SkillCourses,
} from './courses.js';
export {
  COURSERA_SEARCH_URL,
  courseSearchFor,
  fetchCourseSearches,
  type CourseSearch,
  type CourseSearchResult,
  type FetchCourseSearchesSettings,
} from './course-search/course-search.js';
export {
  loadWorkNatureReader,
  PHYSICAL_SHARE_BY_SOC,
  type WorkNature,
  type WorkNatureReader,
} from './work-nature/work-nature.js';
export {
  interestFit,
  preferenceTerms,
  telling,
  termSet,
  termStatistics,
  workplaceFit,
  workStyleFit,
  type InterestFit,
  type PreferenceTerms,
  type TermStatistics,
  type WorkplaceFit,
} from './preferences/preference-fit.js';
export { type PostingSource } from './corpus-settings.js';
