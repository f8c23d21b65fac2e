// What multi-factor reads from a job whatever the person (its skills, the years it asks, its title's words), kept per
// job for each taxonomy and skills-list minimum, so every multi-factor ranker with those settings reads a job once and
// saved readings (`writeJobFeatures`) can be put in place of reading it.
import { DEFAULT_MINIMUM_LISTED_SKILLS, type Job, type SkillTaxonomy } from '@rolefit/core';
import { createBoundedSkillResolver, type SkillResolver } from '../shared/skills.js';
import { jobExperienceRange, type ExperienceRange } from './experience-factor.js';
import { analyzeJobSkills, descriptionText, type JobSkill } from './job-skills.js';
import { titleWords } from './preference-factors.js';

/** What multi-factor reads from one job, independent of the person. */
export interface MultiFactorJobReading {
  /** The skills the job asks for, required ones first ({@link analyzeJobSkills}). */
  readonly skills: readonly JobSkill[];
  /** The years it asks for ({@link jobExperienceRange}), or undefined when it says nothing of them. */
  readonly range: ExperienceRange | undefined;
  /** Its title's words as the title factor compares them ({@link titleWords}). */
  readonly titleWords: ReadonlySet<string>;
}

/** Multi-factor's readings of jobs for one taxonomy and skills-list minimum, each job read once. */
export interface MultiFactorReadingCache {
  /** The job's reading, read now when not kept. */
  get(job: Job): MultiFactorJobReading;
  /** Whether the job's reading is kept. */
  has(job: Job): boolean;
  /** Keeps a reading made elsewhere (saved readings) for the job. */
  set(job: Job, reading: MultiFactorJobReading): void;
}

/** Reads what multi-factor needs from `job` with `resolver`'s taxonomy (what {@link MultiFactorReadingCache.get} keeps). */
export function readMultiFactorJob(
  job: Job,
  resolver: SkillResolver,
  minimumListedSkills: number = DEFAULT_MINIMUM_LISTED_SKILLS,
): MultiFactorJobReading {
  const description = descriptionText(job);
  return {
    skills: analyzeJobSkills(job, description, resolver, { minimumListedSkills }),
    range: jobExperienceRange(job, description),
    titleWords: titleWords(job.title),
  };
}

const caches = new WeakMap<SkillTaxonomy, Map<number, MultiFactorReadingCache>>();

/**
 * The per-job readings for `taxonomy` and `minimumListedSkills` (jobs are treated as immutable values, as by every
 * per-job cache of the rankers): shared by every multi-factor ranker with those settings and by the saved readings.
 */
export function multiFactorReadingCache(
  taxonomy: SkillTaxonomy,
  minimumListedSkills: number = DEFAULT_MINIMUM_LISTED_SKILLS,
): MultiFactorReadingCache {
  let byMinimum = caches.get(taxonomy);
  if (byMinimum === undefined) caches.set(taxonomy, (byMinimum = new Map()));
  let cache = byMinimum.get(minimumListedSkills);
  if (cache === undefined) {
    const readings = new WeakMap<Job, MultiFactorJobReading>();
    // Skill names resolved once for these readings (bounded, as a ranker's own resolver).
    let resolver: SkillResolver | undefined;
    cache = {
      get(job) {
        let reading = readings.get(job);
        if (reading === undefined) {
          resolver ??= createBoundedSkillResolver(taxonomy);
          reading = readMultiFactorJob(job, resolver, minimumListedSkills);
          readings.set(job, reading);
        }
        return reading;
      },
      has: (job) => readings.has(job),
      set: (job, reading) => void readings.set(job, reading),
    };
    byMinimum.set(minimumListedSkills, cache);
  }
  return cache;
}
