import { writeFile } from 'node:fs/promises';
import type { Job } from '@rolefit/core';
import {
  createLlamaCppGenerator,
  createOpenAiCompatibleGenerator,
  resumeToDocx,
  tailorResume,
  type TailoredResume,
  type TextGenerator,
} from '@rolefit/ats';
import { parseCommandArguments, requiredOption, stringOption } from '../shared/args.js';
import { UsageError, withFile, type RolefitCliIo } from '../shared/io.js';
import { loadJob, loadResume, OWN_RESUME_TIMEOUT_MS } from '../shared/inputs.js';
import { OCR_OPTION, withResumeReading } from '../shared/ocr.js';
import { loadStoredJob } from '../shared/store.js';

/** A text generator chosen by the command's options, and how to free it. */
interface ChosenGenerator {
  generator: TextGenerator;
  dispose(): Promise<void>;
}

/**
 * The generator the options name: `--gguf FILE` (a local GGUF model through node-llama-cpp) or `--openai-url URL
 * --model NAME` (an OpenAI-compatible endpoint; the key from OPENAI_API_KEY when set). Neither is a UsageError.
 */
export function chooseGenerator(
  options: { gguf?: string; openaiUrl?: string; model?: string },
  env: Readonly<Record<string, string | undefined>>,
): ChosenGenerator {
  if (options.gguf !== undefined && options.openaiUrl !== undefined)
    throw new UsageError('give --gguf FILE or --openai-url URL, not both');
  if (options.gguf !== undefined) {
    if (options.model !== undefined)
      throw new UsageError('--model names a model of --openai-url; a --gguf file is the model');
    const generator = createLlamaCppGenerator({ model: options.gguf });
    return { generator, dispose: () => generator.dispose() };
  }
  if (options.openaiUrl !== undefined) {
    if (!/^https?:\/\//.test(options.openaiUrl))
      throw new UsageError(`--openai-url must be an http(s) URL, got "${options.openaiUrl}"`);
    if (options.model === undefined || options.model.trim() === '')
      throw new UsageError('--openai-url needs --model NAME (the model that server knows)');
    const apiKey = env.OPENAI_API_KEY;
    const generator = createOpenAiCompatibleGenerator({
      baseUrl: options.openaiUrl,
      model: options.model,
      ...(apiKey ? { apiKey } : {}),
    });
    return { generator, dispose: async () => undefined };
  }
  throw new UsageError(
    'tailor needs a text generator: --gguf FILE (a local GGUF chat model) or --openai-url URL --model NAME (an OpenAI-compatible server)',
  );
}

/** The tailored resume for a person to read: the rewritten summary and bullets, then every claim the check could not support. */
export function formatTailoredResume(result: TailoredResume, job: Job): string {
  const lines = [`Tailored toward: ${job.title}${job.company ? ` at ${job.company}` : ''}`, ''];
  if (result.resume.summary) lines.push('Summary:', `  ${result.resume.summary}`, '');
  if (result.resume.experience.length) lines.push('Experience:');
  for (const role of result.resume.experience) {
    lines.push(`  ${role.title}${role.company ? ` — ${role.company}` : ''}`);
    for (const highlight of role.highlights) lines.push(`    - ${highlight}`);
  }
  lines.push(
    '',
    `Truthfulness: ${result.claims.length} claim${result.claims.length === 1 ? '' : 's'} checked against the resume, ${result.unsupported.length} unsupported${result.removed.length ? `, ${result.removed.length} removed with their sentence or bullet` : ''}.`,
  );
  for (const claim of result.unsupported) lines.push(`  ! ${claim.kind} "${claim.text}": ${claim.reason}`);
  for (const claim of result.removed) lines.push(`  - removed ${claim.kind} "${claim.text}": ${claim.reason}`);
  if (result.unsupported.length)
    lines.push('  Check these before sending the resume (or run with --remove-unsupported).');
  return `${lines.join('\n')}\n`;
}

/** `rolefit tailor --resume FILE --job FILE (--gguf FILE | --openai-url URL --model NAME)`: a tailored resume, claims checked. */
export async function runTailor(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(argv, {
    resume: { type: 'string' },
    job: { type: 'string' },
    'job-id': { type: 'string' },
    store: { type: 'string' },
    gguf: { type: 'string' },
    'openai-url': { type: 'string' },
    model: { type: 'string' },
    'remove-unsupported': { type: 'boolean' },
    docx: { type: 'string' },
    json: { type: 'boolean' },
    ...OCR_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const resumeFile = requiredOption(values, 'resume', 'tailor');
  const jobFile = stringOption(values, 'job');
  const jobId = stringOption(values, 'job-id');
  if ((jobFile === undefined) === (jobId === undefined))
    throw new UsageError('tailor needs --job FILE or --job-id ID (with --store FILE)');
  const storePath = stringOption(values, 'store');
  if (jobId !== undefined && storePath === undefined) throw new UsageError('--job-id needs --store FILE');
  const chosen = chooseGenerator(
    {
      gguf: stringOption(values, 'gguf'),
      openaiUrl: stringOption(values, 'openai-url'),
      model: stringOption(values, 'model'),
    },
    io.env ?? process.env,
  );
  try {
    const resume = await withResumeReading(values, true, (reading) =>
      loadResume(resumeFile, io, reading, { timeoutMs: OWN_RESUME_TIMEOUT_MS }),
    );
    let job: Job;
    if (jobFile !== undefined) job = await loadJob(jobFile, io);
    else job = await loadStoredJob(storePath!, jobId!);
    const result = await tailorResume({
      resume,
      job,
      generator: chosen.generator,
      mode: values['remove-unsupported'] ? 'remove-unsupported' : 'flag',
    });
    const docxFile = stringOption(values, 'docx');
    if (docxFile !== undefined)
      await withFile(docxFile, async () => writeFile(docxFile, await resumeToDocx(result.resume)));
    if (values.json)
      io.stdout.write(
        `${JSON.stringify({ job: { id: job.id, title: job.title, company: job.company ?? null }, ...result })}\n`,
      );
    else io.stdout.write(formatTailoredResume(result, job) + (docxFile === undefined ? '' : `\nWrote ${docxFile}\n`));
    return 0;
  } finally {
    await chosen.dispose();
  }
}
