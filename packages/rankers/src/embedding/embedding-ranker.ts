import { invalidSetting, jobToText, rejectUnknownKeys } from '@rolefit/core';
import type { Embedder, Job, Match, Ranker, SkillTaxonomy } from '@rolefit/core';
import { describeValue, invalidArgument } from '@rolefit/core/internal';
import { describeSkillCoverage, joinClauses } from '../shared/explain.js';
import { personText } from '../shared/person.js';
import { checkRankArguments, clampUnit, orderMatches } from '../shared/ranking.js';
import { createPersonSkills, createSkillResolver } from '../shared/skills.js';

/** Settings for {@link createEmbeddingRanker}. */
export interface EmbeddingRankerSettings {
  /** Any Embedder, e.g. {@link createTransformersEmbedder}. */
  embedder: Embedder;
  /** Name recorded in each Match (default `embedding`). */
  name?: string | undefined;
  /** Taxonomy used to list matched and missing skills (default: the built-in one). */
  taxonomy?: SkillTaxonomy | undefined;
}

/** The text of a job the embedder reads: title, skills, then the description (core's `jobToText` as a passage). */
export function jobEmbeddingText(job: Job): string {
  return jobToText(job, { style: 'passage', fields: ['title', 'skills', 'description'] });
}

/** Cosine similarity of two vectors of the same length. */
export function cosineSimilarity(left: Float32Array, right: Float32Array): number {
  // ArrayBuffer.isView: vectors made in another realm (a worker) pass too.
  const isVector = (value: unknown) => ArrayBuffer.isView(value) || Array.isArray(value);
  if (!isVector(left))
    throw invalidArgument('cosineSimilarity', 'left', `must be a Float32Array, got ${describeValue(left)}`);
  if (!isVector(right))
    throw invalidArgument('cosineSimilarity', 'right', `must be a Float32Array, got ${describeValue(right)}`);
  if (left.length !== right.length)
    throw invalidArgument(
      'cosineSimilarity',
      'right',
      `must have the length of left (${left.length}), got ${right.length}: vectors of two embedders?`,
    );
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index += 1) {
    dot += left[index]! * right[index]!;
    leftNorm += left[index]! * left[index]!;
    rightNorm += right[index]! * right[index]!;
  }
  const norm = Math.sqrt(leftNorm * rightNorm);
  return norm > 0 ? dot / norm : 0;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const EMBEDDING_RANKER_SETTINGS_NAMES = { embedder: true, name: true, taxonomy: true } satisfies Record<
  keyof EmbeddingRankerSettings,
  true
>;

/**
 * Ranks jobs by cosine similarity between the person's embedding (as a query) and each job's (as a
 * passage); the score is (cosine + 1) / 2 so it lies in [0, 1] and keeps the cosine order.
 */
export function createEmbeddingRanker(settings: EmbeddingRankerSettings): Ranker {
  rejectUnknownKeys('EmbeddingRankerSettings', settings, EMBEDDING_RANKER_SETTINGS_NAMES, { required: true });
  const name = settings.name ?? 'embedding';
  const { embedder } = settings;
  // Checked here: a missing embedder was "Cannot read properties of undefined (reading 'embed')" at the first rank.
  if (typeof (embedder as Partial<Embedder> | undefined)?.embed !== 'function')
    throw invalidSetting(
      'EmbeddingRankerSettings',
      'embedder',
      `must be an Embedder (such as createTransformersEmbedder({ model })), got ${describeValue(embedder)}`,
    );
  return {
    name,
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      if (jobs.length === 0) return [];
      const text = personText(query);
      const [person] = await embedder.embed([text], { kind: 'query', signal: options.signal });
      const vectors = await embedder.embed(jobs.map(jobEmbeddingText), { kind: 'passage', signal: options.signal });
      const resolver = createSkillResolver(settings.taxonomy);
      const skills = createPersonSkills(resolver, query.resume?.skills ?? [], text);
      const matches: Match[] = jobs.map((job, index) => {
        // An empty person text carries no meaning: every job gets the neutral score.
        const score = text.trim() === '' ? 0.5 : clampUnit((cosineSimilarity(person!, vectors[index]!) + 1) / 2);
        const matchedSkills: string[] = [];
        const missingSkills: string[] = [];
        for (const listed of job.skills) {
          const skill = resolver.resolve(listed);
          if (skill.key !== '') (skills.has(skill) ? matchedSkills : missingSkills).push(skill.name);
        }
        const explanation = joinClauses([
          `semantic similarity ${(score * 100).toFixed(0)}%`,
          describeSkillCoverage(matchedSkills, missingSkills),
        ]);
        return {
          jobId: job.id,
          score,
          breakdown: { embedding: score },
          matchedSkills,
          missingSkills,
          ranker: name,
          explanation,
        };
      });
      return orderMatches(matches, options);
    },
  };
}
