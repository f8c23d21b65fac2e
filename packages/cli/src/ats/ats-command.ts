import { formatAtsReport, scoreResumeAgainstJob } from '@rolefit/ats';
import { parseCommandArguments, requiredOption, stringOption } from '../shared/args.js';
import { UsageError, type RolefitCliIo } from '../shared/io.js';
import { loadJob, loadLayout, loadResume } from '../shared/inputs.js';
import { OCR_OPTION, withResumeReading } from '../shared/ocr.js';
import { loadStoredJob } from '../shared/store.js';

/** `rolefit ats --resume FILE (--job FILE | --job-id ID --store FILE) [--json] [--ocr DIR]`: an ATS score of the resume against the job. */
export async function runAts(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, {
    resume: { type: 'string' },
    job: { type: 'string' },
    'job-id': { type: 'string' },
    store: { type: 'string' },
    json: { type: 'boolean' },
    ...OCR_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const jobFile = stringOption(values, 'job');
  const jobId = stringOption(values, 'job-id');
  if (values.resume === undefined || (jobFile === undefined) === (jobId === undefined))
    throw new UsageError('ats needs --resume FILE and --job FILE or --job-id ID (with --store FILE)');
  const storePath = stringOption(values, 'store');
  if (jobId !== undefined && storePath === undefined) throw new UsageError('--job-id needs --store FILE');
  if (jobFile !== undefined && storePath !== undefined)
    throw new UsageError('--store is read with --job-id; --job names the job file');
  const resumeFile = requiredOption(values, 'resume', 'ats');
  if (resumeFile === '-' && jobFile === '-') throw new UsageError('only one of --resume and --job can read stdin');
  // The job first: a quick read, so a wrong --job path or job id is reported at once rather than after the resume's
  // read (or instead of its time limit running out on a busy machine). A recommended job is scored by its id, as
  // `rolefit recommend` lists it.
  const job = jobFile !== undefined ? await loadJob(jobFile, io) : await loadStoredJob(storePath!, jobId!);
  // Layout and text are read side by side (each in its own worker, under the same limits), so a slow file costs one
  // time limit, not two; a problem found by the layout reader is reported first.
  const [layout, resume] = await withResumeReading(values, true, async (reading) => {
    const [layoutRead, resumeRead] = await Promise.allSettled([
      loadLayout(resumeFile, io, reading),
      loadResume(resumeFile, io, reading),
    ]);
    if (layoutRead.status === 'rejected') throw layoutRead.reason;
    if (resumeRead.status === 'rejected') throw resumeRead.reason;
    return [layoutRead.value, resumeRead.value] as const;
  });
  const report = scoreResumeAgainstJob(resume, job, {
    layout: layout === 'scan' ? { scanned: true } : layout,
    ...(io.now === undefined ? {} : { now: io.now }),
  });
  io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatAtsReport(report));
  // Scored from the text OCR read (--ocr): what an ATS without OCR makes of the same file is said beside the score.
  if (layout === 'scan')
    io.stderr.write(
      `rolefit: ${resumeFile}: note: a scan (images, no text), scored from the text OCR read: an ATS that runs no OCR reads nothing of it; send a PDF with text or a DOCX\n`,
    );
  return 0;
}
