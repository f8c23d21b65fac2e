// lirecommend-profile: the lirecommend ratings with a pseudo-resume that paraphrases the rater's stated focus.
import type { DevSetContext } from './context.js';
import { buildLirecommendSet } from './lirecommend.js';
import type { DevSet } from './types.js';

/** Our paraphrase of the rater's focus as SOURCES.md states it, not the rater's own words. */
export const LIRECOMMEND_PROFILE_TEXT = [
  'Software engineer with a machine learning focus.',
  'Looking for machine learning engineering and software engineering roles: ML engineer, AI/ML developer, software engineer, data engineer, Python developer.',
  'Most interested in machine learning engineering roles with a high salary (around $160K a year).',
  'Not interested in work outside software and machine learning, such as driving a bus.',
].join('\n');

/** Builds the lirecommend-profile set. */
export function buildLirecommendProfile(context: DevSetContext): DevSet {
  const text = LIRECOMMEND_PROFILE_TEXT;
  return buildLirecommendSet(
    context,
    'lirecommend-profile',
    text,
    [
      'The lirecommend ratings (see the lirecommend set), with a pseudo-resume that describes the rater instead of',
      'an empty one. Its text is OUR PARAPHRASE of the rater\'s focus as SOURCES.md describes it ("one rater with an',
      'ML/software-engineering focus"; 3 = e.g. ML engineering at $160K, 0 = e.g. bus driver), not words the rater',
      'wrote. Treat results as indicative: the text is short and written after seeing the rating description.',
      'Split by posting, half and half per grade with a fixed seed; reposts with identical text stay together.',
      '',
      'Pseudo-resume text:',
      '',
      ...text.split('\n').map((line) => `> ${line}`),
    ].join('\n'),
  );
}
