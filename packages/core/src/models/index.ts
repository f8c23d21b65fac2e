export { ggufFileProblem } from './gguf-file.js';
