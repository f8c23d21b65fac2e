export { checkTruthfulness, normaliseForComparison, type Claim, type TruthfulnessReport } from './check.js';
export {
  extractClaimMentions,
  findNumbers,
  degreeLevel,
  type ClaimKind,
  type ClaimMention,
  type NumberMention,
} from './extract-claims.js';
export { renderResumeText, formatDateSpan } from './resume-text.js';
