import { createPipeline, summarizeMatch, type Job, type Match, type Ranker } from '@rolefit/core';
import { createBm25Ranker, createDefaultRanker, createMultiFactorRanker, type JobFeatureFile } from '@rolefit/rankers';
import { choice, parseCommandArguments, requiredOption, stringOption, wholeNumber } from '../shared/args.js';
import { InputError, UsageError, type RolefitCliIo } from '../shared/io.js';
import { loadProfile, loadResume, OWN_RESUME_TIMEOUT_MS } from '../shared/inputs.js';
import { OCR_OPTION, withResumeReading } from '../shared/ocr.js';
import { openStore, openStoreJobFeatures } from '../shared/store.js';
import { formatTable } from '../shared/table.js';

/** The rankers `rolefit recommend --ranker` offers. */
export const RECOMMEND_RANKERS = ['default', 'multi-factor', 'bm25'] as const;

const RANKERS: Readonly<Record<(typeof RECOMMEND_RANKERS)[number], (jobFeatures?: JobFeatureFile) => Ranker>> = {
  // The readings `rolefit crawl` saved beside the store: candidates are not read again (same scores).
  default: (jobFeatures) => createDefaultRanker(jobFeatures ? { jobFeatures } : {}),
  'multi-factor': () => createMultiFactorRanker(),
  bm25: () => createBm25Ranker(),
};

/** One row of the recommendation table: rank, id, score, title, company, place, pay, link, why (core's summarizeMatch). */
export function recommendationRow(rank: number, job: Job, match: Match): Record<string, string> {
  const { jobId, score, title, company, place, pay, link, why } = summarizeMatch(job, match);
  return { '#': String(rank), id: jobId, score: score.toFixed(3), title, company, place, pay, link, why };
}

/**
 * Widest id the table shows whole: an id is copied from it into `rate`, `dismiss`, `apply` and `ats --job-id`, so it is
 * not clipped at the width of the other columns (at 24 characters, a file's content id with its prefix,
 * `wuzzuf:5883145ed7cbdf12260d34ad`, read `wuzzuf:5883145ed7cbdf12…`). A longer id is clipped; `--json` has it whole.
 */
const ID_WIDTH = 64;

/** `rolefit recommend --resume FILE --store FILE …`: the stored jobs ranked for the resume, as a table or JSON. */
export async function runRecommend(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, {
    resume: { type: 'string' },
    store: { type: 'string' },
    profile: { type: 'string' },
    ranker: { type: 'string' },
    limit: { type: 'string' },
    all: { type: 'boolean' },
    json: { type: 'boolean' },
    ...OCR_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const resumeFile = requiredOption(values, 'resume', 'recommend');
  const storePath = requiredOption(values, 'store', 'recommend');
  const rankerName = choice(stringOption(values, 'ranker'), '--ranker', RECOMMEND_RANKERS, 'default');
  const limit = wholeNumber(stringOption(values, 'limit'), '--limit', 10, 1, 1000);
  const profileFile = stringOption(values, 'profile');

  const resume = await withResumeReading(values, true, (reading) =>
    loadResume(resumeFile, io, reading, { timeoutMs: OWN_RESUME_TIMEOUT_MS }),
  );
  const profile = profileFile === undefined ? undefined : await loadProfile(profileFile, io);
  const store = await openStore(storePath);
  const jobFeatures = rankerName === 'default' ? openStoreJobFeatures(storePath, io.stderr) : undefined;
  try {
    const total = await store.countJobs();
    if (total === 0)
      throw new InputError(
        `the store ${storePath} holds no jobs: fill it with "rolefit crawl <source> --store ${storePath}"`,
      );
    // The person is kept in the store, so that rate / apply / dismiss find them without the resume.
    await store.upsertResume(resume);
    const pipeline = createPipeline({ store, ranker: RANKERS[rankerName](jobFeatures) });
    const recommendations = await pipeline.recommend({
      resume,
      ...(profile ? { profile } : {}),
      limit,
      ...(values.all ? { includeDismissed: true } : {}),
    });
    if (values.json) {
      const items = recommendations.map(({ job, match }, index) => {
        const { raw: _raw, ...rest } = job;
        return { rank: index + 1, job: rest, match };
      });
      io.stdout.write(
        `${JSON.stringify({ person: resume.id, name: resume.contact.name ?? null, ranker: rankerName, store: storePath, jobsInStore: total, recommendations: items })}\n`,
      );
      return 0;
    }
    const rows = recommendations.map(({ job, match }, index) => recommendationRow(index + 1, job, match));
    io.stdout.write(
      `${recommendations.length} of ${total} stored jobs for ${resume.contact.name ?? 'this resume'} (person ${resume.id}), ranked by ${rankerName}:\n\n` +
        formatTable(
          rows,
          { id: ID_WIDTH, title: 40, company: 24, place: 28, pay: 28, link: 60, why: 80 },
          '(no jobs left to recommend: all were filtered out or dismissed)\n',
        ) +
        `\nRate a job with "rolefit rate <id> 0-3 --store ${storePath}", or drop it with "rolefit dismiss <id> --store ${storePath}".\n` +
        `Score the resume against one with "rolefit ats --resume ${resumeFile} --job-id <id> --store ${storePath}".\n`,
    );
    return 0;
  } finally {
    jobFeatures?.close();
    await store.close();
  }
}
