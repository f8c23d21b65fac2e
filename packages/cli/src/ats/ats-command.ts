import { formatAtsReport, scoreResumeAgainstJob } from '@rolefit/ats';
import { parseCommandArguments, requiredOption } from '../shared/args.js';
import { UsageError, type RolefitCliIo } from '../shared/io.js';
import { loadJob, loadLayout, loadResume } from '../shared/inputs.js';

/** `rolefit ats --resume FILE --job FILE [--json]`: an ATS score of the resume against the job. */
export async function runAts(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, {
    resume: { type: 'string' },
    job: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.resume === undefined || values.job === undefined)
    throw new UsageError('ats needs --resume FILE and --job FILE');
  const resumeFile = requiredOption(values, 'resume', 'ats');
  const jobFile = requiredOption(values, 'job', 'ats');
  if (resumeFile === '-' && jobFile === '-') throw new UsageError('only one of --resume and --job can read stdin');
  // The job first: a quick read, so a wrong --job path is reported at once rather than after the resume's read (or
  // instead of its time limit running out on a busy machine).
  const job = await loadJob(jobFile, io);
  // Layout and text are read side by side (each in its own worker, under the same limits), so a slow file costs one
  // time limit, not two; a problem found by the layout reader is reported first.
  const [layoutRead, resumeRead] = await Promise.allSettled([loadLayout(resumeFile, io), loadResume(resumeFile, io)]);
  if (layoutRead.status === 'rejected') throw layoutRead.reason;
  if (resumeRead.status === 'rejected') throw resumeRead.reason;
  const report = scoreResumeAgainstJob(resumeRead.value, job, {
    layout: layoutRead.value,
    ...(io.now === undefined ? {} : { now: io.now }),
  });
  io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatAtsReport(report));
  return 0;
}
