export { createRandom } from './random.js';
