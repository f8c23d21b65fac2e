import { z } from 'zod';
import {
  cappedArray,
  cappedRecord,
  cappedString,
  idSchema,
  MAX_LIST_LENGTH,
  MAX_LONG_TEXT_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_SKILLS,
  shortTextSchema,
} from './limits.js';

const unitInterval = z.number().min(0, 'must be in [0, 1]').max(1, 'must be in [0, 1]');

const rank = z.number().int('must be a whole number').min(1, 'must be ≥ 1');

/** How the pipeline chose a job for its ranker: the candidate depth K and the job's rank in each retrieval list. */
export const matchRetrievalSchema = z.object({
  /** `all`: no more jobs passed the filter than `depth`, so every one was ranked; `retrieved`: the best `depth` by retrieval were. */
  method: z.enum(['all', 'retrieved']),
  /** K: the most candidates the ranker re-ranks. */
  depth: rank,
  /** How many candidates the ranker was given. */
  candidates: z.number().int('must be a whole number').min(0, 'must be ≥ 0'),
  /** Rank (from 1) after fusing the lists; absent with `all`, or for a job added after the lists ran out. */
  fusedRank: rank.optional(),
  /** Rank (from 1) in the lexical (BM25) list, where the job was in it. */
  lexicalRank: rank.optional(),
  /** Rank (from 1) in the vector-search list, where the job was in it. */
  vectorRank: rank.optional(),
});
/** How a matched job was retrieved. */
export type MatchRetrieval = z.output<typeof matchRetrievalSchema>;

const skillNames = cappedArray(cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH'), MAX_SKILLS, 'MAX_SKILLS');

/**
 * A job's score for one person, with the reasons. Capped as the entities are (limits.ts): the job id as a Job's id,
 * the ranker's name, factor names and skills as short texts, at most MAX_SKILLS skills in each list and MAX_LIST_LENGTH
 * breakdown factors.
 */
export const matchSchema = z.object({
  jobId: idSchema,
  /** 0 = no fit … 1 = perfect fit, comparable within one ranker. */
  score: unitInterval,
  /** Each factor's own score in [0, 1], e.g. `{ skills: 0.8, experience: 0.5 }`; at most MAX_LIST_LENGTH factors. */
  breakdown: cappedRecord(
    cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH'),
    unitInterval,
    MAX_LIST_LENGTH,
    'MAX_LIST_LENGTH',
  ).default({}),
  matchedSkills: skillNames.default([]),
  missingSkills: skillNames.default([]),
  /** Which ranker produced it. */
  ranker: shortTextSchema,
  /** A one-line reason a person can read. */
  explanation: cappedString(MAX_LONG_TEXT_LENGTH, 'MAX_LONG_TEXT_LENGTH').optional(),
  /** How the pipeline retrieved the job before ranking it (set by the pipeline's recommend; rankers leave it out). */
  retrieval: matchRetrievalSchema.optional(),
});
/** A validated match. */
export type Match = z.output<typeof matchSchema>;
/** A match as accepted on input. */
export type MatchInput = z.input<typeof matchSchema>;
