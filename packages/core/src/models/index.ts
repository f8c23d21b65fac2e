export { ggufFileProblem } from './gguf-file.js';
export { readModelSetting } from './model-setting.js';
export {
  checkLlamaRuntimeSettings,
  DEFAULT_LLAMA_GPU,
  DEFAULT_LLAMA_LOG_LEVEL,
  LLAMA_RUNTIME_SETTING_NAMES,
  llamaContextThreads,
  loadLlamaModel,
  type LlamaBindingLike,
  type LlamaGpu,
  type LlamaLogLevelName,
  type LlamaRuntimeSettings,
  type LoadedLlamaModel,
} from './llama-runtime.js';
