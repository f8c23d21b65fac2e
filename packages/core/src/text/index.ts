/**
 * Rolefit's text tools, importable as `@rolefit/core/text`: normalising and tokenising text, HTML to text, sentence
 * boundaries, and fencing untrusted text for prompts. (The main `@rolefit/core` entry does not export them.)
 * @module text
 */
export { normalizeText, htmlToText, decodeHtmlEntities, type NormalizeTextOptions } from './normalize.js';
export { tokenize, stemWord, type TokenizeOptions } from './tokenize.js';
export { STOPWORDS } from './stopwords.js';
export { sentenceSpans } from './sentences.js';
export {
  cleanUntrustedText,
  fenceLines,
  fenceUntrustedText,
  hasFenceMarker,
  MAX_CLEANING_PASSES,
  normalizeUntrustedText,
  type CleanUntrustedTextOptions,
  type FenceOptions,
} from './fence.js';
export { personText, personTextParts } from './person-text.js';
export { decodeTextBytes, detectTextEncoding, type TextEncodingName } from './encoding.js';
