import {
  getDefaultSkillTaxonomy,
  parseCourse,
  rejectUnknownKeys,
  type Course,
  type CourseInput,
  type SkillTaxonomy,
} from '@rolefit/core';
import { checkListArgument, checkPageNumber, describeValue, invalidArgument } from '@rolefit/core/internal';
import { tokenize } from '@rolefit/core/text';
import { compareText } from './cluster.js';
import { checkTaxonomySetting } from './corpus-settings.js';
import courseList from './fixtures/courses.json' with { type: 'json' };

/** Invented courses from invented providers, written for Rolefit's examples and tests (not a real catalogue). */
export const sampleCourses: readonly CourseInput[] = courseList as CourseInput[];

/** Options for {@link rankCoursesForSkills}. */
export interface CourseRankingOptions {
  /** Courses kept per skill (default 3). */
  limit?: number | undefined;
  /** Level the learner wants; a closer level ranks higher (default `beginner`, since these are gaps). */
  level?: 'beginner' | 'intermediate' | 'advanced' | undefined;
  /** Taxonomy that canonicalises course and gap skills (default: the built-in one). */
  taxonomy?: SkillTaxonomy | undefined;
}

/** A course suggested for a skill, with its relevance in [0, 1] and why. */
export interface RankedCourse {
  course: Course;
  score: number;
  /** Whether the course lists the skill (after canonicalising). */
  teaches: boolean;
  /** A short reason a person can read. */
  reason: string;
}

/** The best courses for one gap skill. */
export interface SkillCourses {
  skill: string;
  courses: RankedCourse[];
}

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
const STEMMED = { stem: true, removeStopwords: true } as const;

/** How well a course level suits the wanted level: same 1, one apart 0.5, two apart 0; `mixed` 0.75, unknown 0.5. */
function levelFit(level: Course['level'], wanted: (typeof LEVELS)[number]): number {
  if (level === undefined) return 0.5;
  if (level === 'mixed') return 0.75;
  return 1 - Math.abs(LEVELS.indexOf(level) - LEVELS.indexOf(wanted)) / 2;
}

/** Share of the skill's words found among the text's words. */
function wordCoverage(skillWords: readonly string[], text: ReadonlySet<string>): number {
  if (skillWords.length === 0) return 0;
  return skillWords.filter((word) => text.has(word)).length / skillWords.length;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const COURSE_RANKING_OPTIONS_NAMES = { limit: true, level: true, taxonomy: true } satisfies Record<
  keyof CourseRankingOptions,
  true
>;

/**
 * For each gap skill, courses ranked by relevance: 0.6 if the course lists the skill (canonicalised through the
 * taxonomy), + 0.2 × share of the skill's words in the title (half as much for the description), + 0.1 × level
 * fit + 0.1 × rating/5. Courses that neither list the skill nor name all its words in the title or the description
 * are left out. Ties go by course id.
 */
export function rankCoursesForSkills(
  gapSkills: ReadonlyArray<string | { skill: string }>,
  courses: readonly CourseInput[],
  options: CourseRankingOptions = {},
): SkillCourses[] {
  checkListArgument('rankCoursesForSkills', 'gapSkills', gapSkills, 'a list of skills').forEach((gap, index) => {
    const skill = typeof gap === 'string' ? gap : (gap as { skill?: unknown } | null)?.skill;
    if (typeof skill !== 'string')
      throw invalidArgument(
        'rankCoursesForSkills',
        `gapSkills.${index}`,
        `must be a skill or { skill }, got ${describeValue(gap)}`,
      );
  });
  checkListArgument('rankCoursesForSkills', 'courses', courses, 'a list of courses');
  rejectUnknownKeys('CourseRankingOptions', options, COURSE_RANKING_OPTIONS_NAMES);
  // A page's limit (core's checkPageNumber, one wording): Infinity keeps every one, a fraction is rounded down.
  const limit = checkPageNumber('CourseRankingOptions', 'limit', options.limit) ?? 3;
  const taxonomy = checkTaxonomySetting('CourseRankingOptions', options.taxonomy) ?? getDefaultSkillTaxonomy();
  const wanted = options.level ?? 'beginner';
  const prepared = courses.map((input) => {
    const course = parseCourse(input);
    const skills = new Set(taxonomy.canonicalize(course.skills).map((skill) => skill.toLowerCase()));
    // Skills named in the text count as taught only through words, not as listed skills.
    return {
      course,
      skills,
      title: new Set(tokenize(course.title, STEMMED)),
      description: new Set(tokenize(course.description, STEMMED)),
    };
  });
  return gapSkills.map((gap) => {
    const raw = typeof gap === 'string' ? gap : gap.skill;
    const skill = taxonomy.lookup(raw)?.name ?? raw.trim();
    const words = [...new Set(tokenize(skill, STEMMED))];
    const ranked: RankedCourse[] = [];
    for (const { course, skills, title, description } of prepared) {
      const teaches = skills.has(skill.toLowerCase());
      const inTitle = wordCoverage(words, title);
      const inDescription = wordCoverage(words, description);
      // Without the listed skill, only the whole phrase counts: "Apache" alone does not make an Airflow course.
      if (!teaches && inTitle < 1 && inDescription < 1) continue;
      const level = levelFit(course.level, wanted);
      const rating = course.rating === undefined ? 0.5 : course.rating / 5;
      // A mention in the title says more than one in the description; the two are not added up.
      const score = 0.6 * (teaches ? 1 : 0) + 0.2 * Math.max(inTitle, inDescription / 2) + 0.1 * level + 0.1 * rating;
      const reasons = [
        teaches ? `teaches ${skill}` : inTitle === 1 ? `title mentions ${skill}` : `description mentions ${skill}`,
        course.level ? `${course.level} level` : undefined,
        course.rating !== undefined ? `rated ${course.rating.toFixed(1)}/5` : undefined,
        course.durationHours !== undefined ? `${course.durationHours} h` : undefined,
        course.free ? 'free' : undefined,
      ];
      ranked.push({ course, score, teaches, reason: reasons.filter((reason) => reason !== undefined).join(', ') });
    }
    ranked.sort((left, right) => right.score - left.score || compareText(left.course.id, right.course.id));
    return { skill, courses: ranked.slice(0, limit) };
  });
}
