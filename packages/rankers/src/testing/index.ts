/**
 * Test hooks of `@rolefit/rankers`, for tests and benchmarks rather than applications: the prompt an LLM ranker
 * evaluates and its reference score without prefix reuse; the default-ranker candidates, seeded shuffles, folds and
 * kernel ridge that the evaluation harness (`@rolefit/eval`) uses.
 *
 * @packageDocumentation
 */
export { llmRankerInternals, type LlmPromptTokens, type LlmRankerInternals } from '../llm/index.js';
// Hooks of the evaluation harness (@rolefit/eval, private): the default ranker's candidate recipes it chooses among
// leave-one-dataset-out, and the seeded shuffles, folds and kernel ridge its taste report compares against.
export {
  defaultFusionMembers,
  defaultFusionRecipe,
  defaultRankerCandidates,
  multiFactorAblations,
  multiFactorCandidates,
} from '../default/index.js';
export { shuffled } from '../learned/random.js';
export {
  fitKernelRidge,
  groupedStratifiedFolds,
  predictKernelRidge,
  type KernelRidgeFit,
  type Matrix,
} from '../learned/ridge.js';
export { repostKeys } from '../learned/reposts.js';
export { dot } from '../shared/sparse-vectors.js';
