import { createPipeline, type FeedbackInput, type Ranker } from '@rolefit/core';
import { parseCommandArguments, requiredOption, stringOption } from '../shared/args.js';
import { InputError, UsageError, type RolefitCliIo } from '../shared/io.js';
import { OCR_OPTION, withResumeReading } from '../shared/ocr.js';
import { resolvePersonId } from '../shared/person.js';
import { openStore } from '../shared/store.js';

// Feedback ranks nothing; the pipeline still wants a ranker.
const NO_RANKER: Ranker = { name: 'none', rank: async () => [] };

const OPTIONS = {
  store: { type: 'string' },
  resume: { type: 'string' },
  person: { type: 'string' },
  ...OCR_OPTION,
} as const;

/** Records one piece of feedback on a stored job, then says so on stdout. */
async function recordFeedback(
  command: string,
  argv: readonly string[],
  io: RolefitCliIo,
  arity: number,
  feedback: (positionals: string[]) => { input: Omit<FeedbackInput, 'subjectId' | 'jobId'>; said: string },
): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, OPTIONS);
  if (positionals.length < arity)
    throw new UsageError(`${command} needs ${arity === 1 ? 'a job id' : 'a job id and a rating'}`);
  if (positionals.length > arity) throw new UsageError(`unexpected argument "${positionals[arity]}"`);
  const jobId = positionals[0]!;
  const { input, said } = feedback(positionals);
  const storePath = requiredOption(values, 'store', command);
  const store = await openStore(storePath);
  try {
    const resume = stringOption(values, 'resume');
    const subjectId = await withResumeReading(values, resume !== undefined, (reading) =>
      resolvePersonId(store, { person: stringOption(values, 'person'), resume }, io, reading),
    );
    const job = await store.getJob(jobId);
    if (!job)
      throw new InputError(
        `job ${jobId} is not in ${storePath} (the ids are in the first column of "rolefit recommend")`,
      );
    await createPipeline({ store, ranker: NO_RANKER }).feedback({
      subjectId,
      jobId,
      ...input,
      ...(io.now === undefined ? {} : { timestamp: io.now }),
    });
    io.stdout.write(
      `${said} ${job.title}${job.company ? ` at ${job.company}` : ''} (${jobId}) for person ${subjectId}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

/** `rolefit rate <jobId> <0-3> --store FILE`: records a rating (0 drops the job from later recommendations). */
export function runRate(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  return recordFeedback('rate', argv, io, 2, (positionals) => {
    const text = positionals[1]!;
    if (!/^[0-3]$/.test(text)) throw new UsageError(`the rating must be 0, 1, 2 or 3, got "${text}"`);
    return { input: { rating: Number(text) }, said: `Rated ${text}/3:` };
  });
}

/** `rolefit apply <jobId> --store FILE`: records an application. */
export function runApply(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  return recordFeedback('apply', argv, io, 1, () => ({ input: { action: 'apply' }, said: 'Applied to' }));
}

/** `rolefit dismiss <jobId> --store FILE`: dismisses a job; it leaves this person's later recommendations. */
export function runDismiss(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  return recordFeedback('dismiss', argv, io, 1, () => ({ input: { action: 'dismiss' }, said: 'Dismissed' }));
}
