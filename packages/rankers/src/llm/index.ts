export { measureInjectionEffects, type AdversarialJob, type InjectionEffect } from './adversarial.js';
export { benchmarkLlmRanker, type LlmBenchmarkOptions, type LlmBenchmarkResult } from './benchmark.js';
export {
  createLlmRanker,
  DEFAULT_MAX_JOB_TOKENS,
  DEFAULT_NO_VARIANTS,
  DEFAULT_YES_VARIANTS,
  llmRankerInternals,
  yesProbabilityFromLogits,
  type LlmPromptTokens,
  type LlmRanker,
  type LlmRankerInternals,
  type LlmRankerSettings,
} from './llm-ranker.js';
export { defaultLlmModelsDirectory, LLM_MODELS_ENVIRONMENT_VARIABLE, resolveLlmModelPath } from './model-path.js';
export {
  DEFAULT_LLM_PROMPT_TEMPLATE,
  FENCE_TAG,
  JOB_DESCRIPTION_CHARACTERS,
  JOB_FENCE_CLOSE,
  JOB_FENCE_OPEN,
  jobSegmentText,
  neutraliseUntrustedText,
  RESUME_FENCE_CLOSE,
  RESUME_FENCE_OPEN,
  type LlmPromptTemplate,
} from './prompt.js';
