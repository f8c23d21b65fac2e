// Builds the labelled dev sets for `pnpm eval --report` from the public data in ../shared/data (see its SOURCES.md).
// That data is not ours to redistribute, so the sets are written outside the repository. Each set is one module here
// (a builder from a DevSetContext to a DevSet); this file runs them and writes <out>/<set>/train and /test.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rejectUnknownKeys } from '@rolefit/core';
import { checkListArgument, checkTextArgument } from '@rolefit/core/internal';
import { buildApplicantOccupationFew } from './applicant-occupation-few.js';
import { createDevSetContext, type DevSetContext } from './context.js';
import { buildEmber } from './ember.js';
import { buildGoogleRecruiterFew } from './google-recruiter-few.js';
import { buildHandGradedJobResumes } from './hand-graded-job-resumes.js';
import { buildHandGradedResumeJobs } from './hand-graded-resume-jobs.js';
import { buildHandGradedSoftwareResumeJobs } from './hand-graded-software-resume-jobs.js';
import { buildJobViews } from './job-views.js';
import { buildLirecommend } from './lirecommend.js';
import { buildLirecommendProfile } from './lirecommend-profile.js';
import { buildRecruiterOccupation } from './recruiter-occupation.js';
import { buildResumeOccupation } from './resume-occupation.js';
import { buildResumeSkillJobsFew } from './resume-skill-jobs-few.js';
import type { DevSet } from './types.js';
import { writeDevSet } from './write.js';
import { buildWuzzufSkills } from './wuzzuf-skills.js';

/** One builder per set, in build order. */
export const DEV_SET_BUILDERS: Readonly<Record<string, (context: DevSetContext) => DevSet>> = Object.freeze({
  lirecommend: buildLirecommend,
  'lirecommend-profile': buildLirecommendProfile,
  'job-views': buildJobViews,
  ember: buildEmber,
  'wuzzuf-skills': buildWuzzufSkills,
  'resume-occupation': buildResumeOccupation,
  'applicant-occupation-few': buildApplicantOccupationFew,
  'recruiter-occupation': buildRecruiterOccupation,
  'google-recruiter-few': buildGoogleRecruiterFew,
  'resume-skill-jobs-few': buildResumeSkillJobsFew,
  'hand-graded-resume-jobs': buildHandGradedResumeJobs,
  'hand-graded-job-resumes': buildHandGradedJobResumes,
  'hand-graded-software-resume-jobs': buildHandGradedSoftwareResumeJobs,
});

/** Every set, in build order. */
export const DEV_SETS: readonly string[] = Object.freeze(Object.keys(DEV_SET_BUILDERS));

/** Where {@link buildDevSets} reads and writes. */
export interface BuildDevSetsSettings {
  /** Output folder (default `<os.tmpdir()>/rolefit-dev-sets`). */
  out?: string | undefined;
  /** Sets to build (default: all, {@link DEV_SETS}). */
  sets?: readonly string[] | undefined;
  /** Public data folder (default ROLEFIT_DATA, else `<repository>/../shared/data`). */
  data?: string | undefined;
  /** The repository root: the output may not be inside it, and the default data folder is next to it. */
  repository: string;
}

/** The keys of {@link BuildDevSetsSettings}, for its unknown-setting check. */
const BUILD_DEV_SETS_SETTING_NAMES = { out: true, sets: true, data: true, repository: true } as const satisfies Record<
  keyof BuildDevSetsSettings,
  true
>;

/** Whether `path` is `root` or inside it. */
const isInside = (root: string, path: string) => {
  const relation = relative(root, path);
  return relation === '' || (!relation.startsWith('..') && !isAbsolute(relation));
};

/**
 * Builds `sets` from the public data into `out` and returns the output folder. Throws a RangeError for an unknown set
 * or an output folder inside the repository, and an Error for a missing data folder.
 */
export function buildDevSets(settings: BuildDevSetsSettings): string {
  // Settings of the wrong kind were TypeErrors from inside ("reading 'sets'", node's "paths[0]").
  rejectUnknownKeys('BuildDevSetsSettings', settings, BUILD_DEV_SETS_SETTING_NAMES, { required: true });
  checkTextArgument('BuildDevSetsSettings', 'repository', settings.repository);
  for (const setting of ['out', 'data'] as const)
    if (settings[setting] !== undefined) checkTextArgument('BuildDevSetsSettings', setting, settings[setting]);
  if (settings.sets !== undefined)
    checkListArgument('BuildDevSetsSettings', 'sets', settings.sets, 'a list of set names');
  const { sets = DEV_SETS, repository } = settings;
  const dataRoot = resolve(settings.data ?? process.env.ROLEFIT_DATA ?? join(repository, '..', 'shared', 'data'));
  const outRoot = resolve(settings.out ?? join(tmpdir(), 'rolefit-dev-sets'));
  if (isInside(resolve(repository), outRoot))
    throw new RangeError(
      `--out ${outRoot} is inside the repository; the source data may not be redistributed, so write it elsewhere`,
    );
  for (const name of sets) if (!DEV_SETS.includes(name)) throw new RangeError(`unknown set "${name}"`);
  if (!existsSync(dataRoot)) throw new Error(`data folder ${dataRoot} not found (set ROLEFIT_DATA)`);
  mkdirSync(outRoot, { recursive: true });
  const context = createDevSetContext(dataRoot);
  for (const name of sets) writeDevSet(outRoot, dataRoot, DEV_SET_BUILDERS[name]!(context));
  process.stderr.write(`dev sets written to ${outRoot}\n`);
  return outRoot;
}

/**
 * `node scripts/build-dev-sets.mjs [--out DIR] [--sets a,b]`: returns the exit code (2 for bad arguments, 1 for a
 * missing data folder) after writing errors to stderr.
 */
export function runBuildDevSetsCli(argv: readonly string[], repository: string): number {
  // Arguments of the wrong kind were TypeErrors from inside ("argv is not iterable", node's "paths[0]").
  checkListArgument('runBuildDevSetsCli', 'argv', argv, 'a list of strings');
  checkTextArgument('runBuildDevSetsCli', 'repository', repository);
  const usage = (message: string) => {
    process.stderr.write(
      `build-dev-sets: ${message}\nUsage: node scripts/build-dev-sets.mjs [--out DIR] [--sets ${DEV_SETS.join(',')}]\n`,
    );
    return 2;
  };
  let values: { out?: string; sets?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { out: { type: 'string' }, sets: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  const out = resolve(values.out ?? join(tmpdir(), 'rolefit-dev-sets'));
  if (isInside(resolve(repository), out))
    return usage(
      `--out ${out} is inside the repository; the source data may not be redistributed, so write it elsewhere`,
    );
  const sets =
    values.sets === undefined
      ? DEV_SETS
      : values.sets
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
  for (const name of sets) if (!DEV_SETS.includes(name)) return usage(`unknown set "${name}"`);
  const data = resolve(process.env.ROLEFIT_DATA ?? join(repository, '..', 'shared', 'data'));
  if (!existsSync(data)) {
    process.stderr.write(`build-dev-sets: data folder ${data} not found (set ROLEFIT_DATA)\n`);
    return 1;
  }
  buildDevSets({ out, sets, data, repository });
  return 0;
}
