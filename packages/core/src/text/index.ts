export { normalizeText, htmlToText, decodeHtmlEntities, type NormalizeTextOptions } from './normalize.js';
export { tokenize, stemWord, type TokenizeOptions } from './tokenize.js';
export { STOPWORDS } from './stopwords.js';
