export type { ChatMessage, GenerateOptions, TextGenerator } from './types.js';
export { GeneratorDependencyError, GeneratorError, GeneratorHttpError, GeneratorResponseError, ModelFileNotFoundError } from './errors.js';
export { createOpenAiCompatibleGenerator, type OpenAiCompatibleGeneratorOptions } from './openai-compatible.js';
export { createLlamaCppGenerator, type LlamaCppGenerator, type LlamaCppGeneratorOptions } from './llama-cpp.js';
