export { tailorResume, type TailorResumeOptions, type TailoredResume } from './tailor.js';
export { buildTailorPrompt, renderJobText } from './prompt.js';
export { parseTailorOutput, type GeneratedPiece, type ParsedTailorOutput } from './parse-output.js';
