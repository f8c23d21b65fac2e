// Jobs and lists of size n that grow together, shared by job-filter-limits.test.ts (what each match yields) and the
// linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.
import { jobSchema, type Job } from '../schemas/index.js';

/** `count` valid jobs, `j0`… from seven boards, each of its own company. */
export const jobs = (count: number): Job[] =>
  Array.from({ length: count }, (_, index) =>
    jobSchema.parse({
      id: `j${index}`,
      source: `board${index % 7}`,
      title: 'Engineer',
      company: `Company ${index}`,
      fingerprint: `f${index}`,
    }),
  );

/**
 * n jobs and a filter listing their n ids and n other companies (each job kept). Every listed id and excluded company
 * was tested (and each company normalised) per job: jobs × list.
 */
export const jobsWithFilterLists = (size: number) => {
  const list = jobs(size);
  const filter = {
    ids: list.map((job) => job.id),
    excludeCompanies: list.map((job, index) => `Other ${job.company} ${index}`),
  };
  return { list, filter };
};

/** n jobs and a crawl blacklist of n companies, each a job's name with "Ltd" (another name); it was parsed per job. */
export const jobsWithBlacklist = (size: number) => {
  const list = jobs(size);
  return { list, blacklist: { companies: list.map((job) => `${job.company} Ltd`) } };
};
