// The sets added for issue #22 (more shapes: few candidates, plain-text résumés, skill-list jobs, non-software
// work, both query directions). build-dev-sets.mjs passes each builder its helpers (`ctx`), so every set reads,
// splits and writes the same way.
import { buildGoogleRecruiterFew } from './google.mjs';
import {
  buildApplicantOccupationFew,
  buildRecruiterOccupation,
  buildResumeOccupation,
  buildResumeSkillJobsFew,
} from './occupation.mjs';

const BUILDERS = {
  'resume-occupation': buildResumeOccupation,
  'applicant-occupation-few': buildApplicantOccupationFew,
  'recruiter-occupation': buildRecruiterOccupation,
  'google-recruiter-few': buildGoogleRecruiterFew,
  'resume-skill-jobs-few': buildResumeSkillJobsFew,
};

/** Names of the sets built here, in build order. */
export const NEW_SETS = Object.freeze(Object.keys(BUILDERS));

/** Builds one of {@link NEW_SETS} with the helpers of build-dev-sets.mjs. */
export function buildNewSet(name, ctx) {
  const build = BUILDERS[name];
  if (!build) throw new RangeError(`unknown set "${name}"`);
  build(ctx);
}
