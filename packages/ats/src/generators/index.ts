export type { ChatMessage, GenerateOptions, TextGenerator } from './types.js';
export {
  GeneratorDependencyError,
  GeneratorError,
  type GeneratorErrorCode,
  GeneratorHttpError,
  GeneratorResponseError,
  ModelFileNotFoundError,
} from './errors.js';
export { createOpenAiCompatibleGenerator, type OpenAiCompatibleGeneratorSettings } from './openai-compatible.js';
export {
  createLlamaCppGenerator,
  type LlamaCppGenerator,
  type LlamaCppGeneratorBaseSettings,
  type LlamaCppGeneratorSettings,
} from './llama-cpp.js';
