export { findOptionalSpans, type TextSpan } from './optional-spans.js';
