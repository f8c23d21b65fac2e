export { bundleProgram, type BundleProgramOptions } from './bundle-program.js';
