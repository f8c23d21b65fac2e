export { DEFAULT_TAILOR_TIMEOUT_MS, tailorResume, type TailorResumeOptions, type TailoredResume } from './tailor.js';
export { buildTailorPrompt, renderJobText } from './prompt.js';
export { parseTailorOutput, type GeneratedPiece, type ParsedTailorOutput } from './parse-output.js';
