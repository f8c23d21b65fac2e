/**
 * Helpers Rolefit's own packages share that are not part of the public API (no semver promise), importable as
 * `@rolefit/core/internal`: the seeded random generator behind reproducible splits, bootstrap samples and initial
 * weights.
 * @module internal
 */
export { createRandom } from '../random/index.js';
