import { rejectUnknownKeys, type Match, type Ranker, type SkillTaxonomy } from '@rolefit/core';
import {
  checkBm25Settings,
  normalizeBm25Score,
  prepareBm25Counts,
  scoreJobsWithBm25,
  type Bm25ScoringSettings,
} from '../shared/bm25-scoring.js';
import { describeKeywordOverlap, describeSkillCoverage, joinClauses } from '../shared/explain.js';
import { personText } from '../shared/person.js';
import {
  ABORT_CHECK_INTERVAL,
  checkPrepareArguments,
  checkRankArguments,
  clampUnit,
  orderMatches,
} from '../shared/ranking.js';
import { createPersonSkills, createBoundedSkillResolver, type SkillResolver } from '../shared/skills.js';

/** Settings for {@link createBm25Ranker}. */
export interface Bm25RankerSettings extends Bm25ScoringSettings {
  /** Name recorded in each Match (default `bm25`). */
  name?: string | undefined;
  /** Taxonomy used to canonicalise skills (default: the built-in one). */
  taxonomy?: SkillTaxonomy | undefined;
}

/** Every setting of {@link createBm25Ranker}, so an unknown (mistyped) one is refused. */
const BM25_RANKER_SETTING_NAMES = {
  name: true,
  taxonomy: true,
  k1: true,
  b: true,
  fieldWeights: true,
  halfScoreCoverage: true,
} satisfies Record<keyof Bm25RankerSettings, true>;

/**
 * Ranks jobs by BM25 between the person's text and each job's title, skills, description, company and place, mapped to [0, 1] by query coverage.
 * With `corpusStatistics` in the options (recommend passes the store's) a job's score does not depend on the batch.
 */
export function createBm25Ranker(settings: Bm25RankerSettings = {}): Ranker {
  rejectUnknownKeys('Bm25RankerSettings', settings, BM25_RANKER_SETTING_NAMES);
  const name = settings.name ?? 'bm25';
  checkBm25Settings(settings);
  const taxonomy = settings.taxonomy;
  // Skill names resolved once per ranker (bounded), not again on every call.
  let sharedResolver: SkillResolver | undefined;

  return {
    name,
    // Counts each job's terms into the per-job cache ranking reads.
    async prepare(jobs, options = {}) {
      checkPrepareArguments(jobs, options);
      options.signal?.throwIfAborted();
      prepareBm25Counts(jobs, settings);
    },
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      const text = personText(query);
      const { raw, ceiling } = scoreJobsWithBm25(text, jobs, settings, options.corpusStatistics);
      sharedResolver ??= createBoundedSkillResolver(taxonomy);
      const resolver = sharedResolver;
      const person = createPersonSkills(resolver, query.resume?.skills ?? [], text);

      const matches: Match[] = [];
      jobs.forEach((job, position) => {
        if (position % ABORT_CHECK_INTERVAL === 0) options.signal?.throwIfAborted();
        const score = clampUnit(normalizeBm25Score(raw[position] ?? 0, ceiling, settings.halfScoreCoverage));
        const matchedSkills: string[] = [];
        const missingSkills: string[] = [];
        const seen = new Set<string>();
        for (const listed of job.skills ?? []) {
          const skill = resolver.resolve(listed);
          if (skill.key === '' || seen.has(skill.key)) continue;
          seen.add(skill.key);
          (person.has(skill) ? matchedSkills : missingSkills).push(skill.name);
        }
        const explanation = joinClauses([
          describeKeywordOverlap(score),
          describeSkillCoverage(matchedSkills, missingSkills),
        ]);
        matches.push({
          jobId: job.id,
          score,
          breakdown: { bm25: score },
          matchedSkills,
          missingSkills,
          ranker: name,
          explanation,
        });
      });
      return orderMatches(matches, options);
    },
  };
}
