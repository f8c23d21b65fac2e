// The postings of recommendSpecialisations and skillGapPath given in the wrong setting, or not at all: a
// ValidationError naming the setting. Found from the packed tarballs following the career guide ("from a corpus of job
// postings (a Store or an array of jobs)"): `jobs: store` was "options.jobs.map is not a function", `store: jobs`
// "options.store.listJobs is not a function", and no targets or corpus a bare TypeError.
import { createMemoryStore, parseResume, ValidationError } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { skillGapPath } from './skill-gap.js';
import { recommendSpecialisations } from './specialisations.js';

const resume = parseResume(sampleResumes[0]!);
const jobs = sampleJobs.slice(0, 12);

async function refusal(run: () => Promise<unknown>): Promise<ValidationError> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('career settings that hold the postings', () => {
  it('refuse a Store as jobs, a list as store, and neither, naming the setting', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(jobs);
    const asJobs = await refusal(() => recommendSpecialisations({ jobs: store as never, resume }));
    expect(asJobs.message).toBe('Invalid SpecialisationOptions: jobs: must be a list of jobs; give a Store as `store`');
    const asStore = await refusal(() => recommendSpecialisations({ store: jobs as never, resume }));
    expect(asStore.field).toBe('store');
    expect(asStore.message).toContain('give a list of jobs as `jobs`');
    // Neither postings source compiles (SpecialisationOptions needs one); a JavaScript caller is refused.
    expect((await refusal(() => recommendSpecialisations({ resume } as never))).field).toBe('jobs');
    expect((await refusal(() => recommendSpecialisations({ jobs: 'jobs' as never }))).message).toContain('got string');

    const report = await recommendSpecialisations({ store, resume, limit: 1 });
    const specialisation = report.specialisations[0]!;
    const gapAsJobs = await refusal(() => skillGapPath({ resume, specialisation, jobs: store as never }));
    expect(gapAsJobs.message).toBe('Invalid SkillGapOptions: jobs: must be a list of jobs; give a Store as `store`');
    expect((await refusal(() => skillGapPath({ resume, specialisation, store: jobs as never }))).field).toBe('store');
    // Neither compiles (SkillGapTargets: a specialisation needs jobs or a store; jobs alone name no targets); a
    // JavaScript caller is refused.
    expect((await refusal(() => skillGapPath({ resume, specialisation } as never))).field).toBe('jobs');
    expect((await refusal(() => skillGapPath({ resume, jobs } as never))).field).toBe('targetJobs');
    expect((await refusal(() => skillGapPath({ resume, targetJobs: store as never }))).field).toBe('targetJobs');
  });

  it('answer as before where each is in its place', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(jobs);
    const fromStore = await recommendSpecialisations({ store, resume, limit: 3 });
    const fromJobs = await recommendSpecialisations({ jobs, resume, limit: 3 });
    expect(fromStore.specialisations.map(({ id }) => id)).toEqual(fromJobs.specialisations.map(({ id }) => id));
    const specialisation = fromJobs.specialisations[0]!;
    const viaStore = await skillGapPath({ resume, specialisation, store });
    const viaJobs = await skillGapPath({ resume, specialisation, jobs });
    expect(viaStore.gaps.map(({ skill }) => skill)).toEqual(viaJobs.gaps.map(({ skill }) => skill));
    expect(viaJobs.targets.jobIds.length).toBeGreaterThan(0);
  });
});
