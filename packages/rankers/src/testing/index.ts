/**
 * Test hooks of `@rolefit/rankers`, for tests and benchmarks rather than applications: the prompt an LLM ranker
 * evaluates and its reference score without prefix reuse.
 *
 * @packageDocumentation
 */
export { llmRankerInternals, type LlmPromptTokens, type LlmRankerInternals } from '../llm/index.js';
