export { type BodyPrefix, readBodyPrefix } from './read-body-prefix.js';
