import type { JobInput, ProfileInput, ResumeInput } from '../schemas/index.js';
import jobs from './jobs.json' with { type: 'json' };
import resumes from './resumes.json' with { type: 'json' };

/** A sample resume with the profile of what that person is looking for. */
export type SampleResume = ResumeInput & { id: string; profile: ProfileInput };

/** 62 job postings written for Rolefit across trades and countries (one deliberate cross-source duplicate). */
export const sampleJobs: readonly JobInput[] = jobs as JobInput[];

/**
 * Five resumes written for Rolefit (software engineer, nurse, electrician, accountant, data analyst), each with a
 * profile. The profile is a non-enumerable property, so a sample passes `parseResume` as it is (Resume input is
 * strict: an unknown key is an error) while `sample.profile` still reads it.
 */
export const sampleResumes: readonly SampleResume[] = (resumes as SampleResume[]).map((sample) => {
  const { profile, ...resume } = sample;
  return Object.defineProperty(resume, 'profile', { value: profile, enumerable: false }) as SampleResume;
});
