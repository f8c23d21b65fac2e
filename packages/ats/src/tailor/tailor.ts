import {
  invalidSetting,
  MAX_LIST_LENGTH,
  MAX_LONG_TEXT_LENGTH,
  parseJob,
  parseResume,
  rejectUnknownKeys,
} from '@rolefit/core';
import type { Job, Resume } from '@rolefit/core';
import { checkNumberSetting, checkSignalOption, describeValue, pushAll } from '@rolefit/core/internal';
import { GeneratorResponseError, type TextGenerator } from '../generators/index.js';
import { checkTruthfulness, type Claim } from '../truthfulness/index.js';
import { claimFinder } from './claim-finder.js';
import { parseTailorOutput, type GeneratedPiece } from './parse-output.js';
import { buildTailorPrompt } from './prompt.js';

/** Options for {@link tailorResume}. */
export interface TailorResumeOptions {
  /** The person's resume: the only source of facts. */
  readonly resume: Resume;
  /** The posting to tailor toward. */
  readonly job: Job;
  /** What writes the tailored text. */
  readonly generator: TextGenerator;
  /** `'flag'` keeps everything and reports unsupported claims; `'remove-unsupported'` drops what carries them (default `'flag'`). */
  readonly mode?: 'flag' | 'remove-unsupported' | undefined;
  /** Most tokens to ask for (default 600). */
  readonly maxTokens?: number | undefined;
  /** Cancels the generation. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Longest wait for the generator's answer, in milliseconds (default 300,000: a local 7B model on a CPU writing
   * `maxTokens` 600); past it the signal the generator was given aborts and the call throws a GeneratorResponseError.
   */
  readonly timeoutMs?: number | undefined;
}

/** A tailored resume and what its generated parts claim. */
export interface TailoredResume {
  /** A copy of the source with the summary and experience bullets replaced where the answer could be read. */
  readonly resume: Resume;
  /** The generator's answer, as returned. */
  readonly generatedText: string;
  /** Claims in the generated parts kept in `resume`; offsets refer to `generatedText`. */
  readonly claims: Claim[];
  /** Kept claims the source does not support (always empty with `'remove-unsupported'`). */
  readonly unsupported: Claim[];
  /** Unsupported claims whose sentence or bullet was removed. */
  readonly removed: Claim[];
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const TAILOR_RESUME_OPTIONS_NAMES = {
  resume: true,
  job: true,
  generator: true,
  mode: true,
  maxTokens: true,
  signal: true,
  timeoutMs: true,
} satisfies Record<keyof TailorResumeOptions, true>;

/**
 * Longest generator answer read, in characters: four times core's `MAX_LONG_TEXT_LENGTH` (a summary at its limit and
 * bullets beside it fit). Reading an answer costs about 0.4 s of CPU and 35 MB of memory a million characters, and an
 * answer of 30 MB (a model in a loop, a hostile backend) took the process past a 1 GB heap (fuzz round 12).
 */
const MAX_ANSWER_LENGTH = 4 * MAX_LONG_TEXT_LENGTH;

/**
 * Default {@link TailorResumeOptions.timeoutMs}: 5 minutes, room for a local 7B model on a CPU (a few tokens a second)
 * writing the default 600 tokens; a remote API answers in seconds.
 */
export const DEFAULT_TAILOR_TIMEOUT_MS = 300_000;

// setTimeout's longest delay; a longer one fires at once (Node's TimeoutOverflowWarning).
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Asks a generator to rewrite a resume's summary and bullets toward a job using only the resume's facts, then
 * checks every claim in what came back. Parts of the answer that cannot be read fall back to the source text; an
 * answer that is no text or is longer than four times `MAX_LONG_TEXT_LENGTH`, or a summary, bullet or role's bullets
 * past core's limits on a Resume (`MAX_LONG_TEXT_LENGTH`, `MAX_LIST_LENGTH`), is a `GeneratorResponseError` naming
 * the field.
 */
export async function tailorResume(options: TailorResumeOptions): Promise<TailoredResume> {
  rejectUnknownKeys('TailorResumeOptions', options, TAILOR_RESUME_OPTIONS_NAMES, { required: true });
  // Checked before the generator is asked (round 8 of ADVERSARIAL.md): an unparsed resume, a generator that is no
  // TextGenerator and an answer that is no string were TypeErrors from inside; a mode of 'delete' was taken as 'flag'
  // and a maxTokens of -1 passed on.
  // A resume or job of the wrong kind names the option (round 8's leftovers: it was `Invalid Resume: (root): …`);
  // a record is then checked by its parser. A mode of null was taken as 'flag'.
  for (const [field, what] of [
    ['resume', 'a Resume (parseResumeText or parseResume makes one)'],
    ['job', 'a Job (parseJob makes one)'],
  ] as const) {
    const value: unknown = options[field];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw invalidSetting('TailorResumeOptions', field, `must be ${what}, got ${describeValue(value)}`);
  }
  const resume = parseResume(options.resume);
  const job = parseJob(options.job);
  const generator = options.generator;
  if (typeof (generator as Partial<TextGenerator> | null | undefined)?.generate !== 'function')
    throw invalidSetting(
      'TailorResumeOptions',
      'generator',
      `must be a TextGenerator (an object with generate(); createOpenAiCompatibleGenerator or createLlamaCppGenerator make one), got ${describeValue(generator)}`,
    );
  const mode: unknown = options.mode === undefined ? 'flag' : options.mode;
  if (mode !== 'flag' && mode !== 'remove-unsupported')
    throw invalidSetting(
      'TailorResumeOptions',
      'mode',
      `must be 'flag' or 'remove-unsupported', got ${describeValue(mode)}`,
    );
  const maxTokens =
    checkNumberSetting('TailorResumeOptions', 'maxTokens', options.maxTokens, { integer: true, min: 1 }) ?? 600;
  const timeoutMs =
    checkNumberSetting('TailorResumeOptions', 'timeoutMs', options.timeoutMs, {
      integer: true,
      min: 1,
      max: MAX_TIMER_MS,
    }) ?? DEFAULT_TAILOR_TIMEOUT_MS;
  // `signal: {}` was a TypeError from inside AbortSignal.any (round 14).
  const signal = checkSignalOption('TailorResumeOptions', options.signal);
  // The generator's name as errors quote it: at most 200 characters (a name of 100,000 made messages as long).
  const name =
    typeof generator.name === 'string' ? JSON.stringify(generator.name.slice(0, 200)) : describeValue(generator.name);
  const generatedText = await generateWithin(generator, buildTailorPrompt(resume, job), {
    maxTokens,
    timeoutMs,
    name,
    signal,
  });
  if (typeof generatedText !== 'string')
    throw new GeneratorResponseError(`the generator ${name} answered ${describeValue(generatedText)}, not a text`);
  if (generatedText.length > MAX_ANSWER_LENGTH)
    throw new GeneratorResponseError(
      `the generator ${name} wrote ${generatedText.length} characters, more than 4 × MAX_LONG_TEXT_LENGTH (${MAX_ANSWER_LENGTH}); none of it was read`,
    );
  const parsed = parseTailorOutput(generatedText, resume.experience.length);
  const report = checkTruthfulness(generatedText, resume);
  const claimsIn = claimFinder(report.claims);

  const kept: Claim[] = [];
  const removed: Claim[] = [];
  // Keeps a piece, or in remove mode drops it when it carries an unsupported claim.
  const keep = (piece: GeneratedPiece): boolean => {
    const claims = claimsIn(piece);
    if (mode === 'remove-unsupported' && claims.some((claim) => !claim.supported)) {
      for (const claim of claims) if (!claim.supported) removed.push(claim);
      return false;
    }
    pushAll(kept, claims);
    return true;
  };

  // What the generator wrote goes into the resume only within core's limits on a Resume (a summary or bullet of at
  // most MAX_LONG_TEXT_LENGTH characters, at most MAX_LIST_LENGTH bullets a role): past them, as for an answer that is
  // no text, a GeneratorResponseError names the field, rather than a Resume that parseResume would refuse.
  const tooLong = (field: string, what: string, limit: string) =>
    new GeneratorResponseError(`the generator ${name} wrote ${what} for resume.${field}, more than ${limit}`);
  const summaryPieces = parsed.summary?.filter(keep) ?? [];
  const summary = summaryPieces.length > 0 ? summaryPieces.map((piece) => piece.text).join(' ') : resume.summary;
  if (summaryPieces.length > 0 && summary !== undefined && summary.length > MAX_LONG_TEXT_LENGTH)
    throw tooLong('summary', `${summary.length} characters`, `MAX_LONG_TEXT_LENGTH (${MAX_LONG_TEXT_LENGTH})`);
  const experience = resume.experience.map((entry, index) => {
    const pieces = parsed.bullets.get(index)?.filter(keep) ?? [];
    if (pieces.length > MAX_LIST_LENGTH)
      throw tooLong(
        `experience.${index}.highlights`,
        `${pieces.length} bullets`,
        `MAX_LIST_LENGTH (${MAX_LIST_LENGTH})`,
      );
    pieces.forEach((piece, bullet) => {
      if (piece.text.length > MAX_LONG_TEXT_LENGTH)
        throw tooLong(
          `experience.${index}.highlights.${bullet}`,
          `${piece.text.length} characters`,
          `MAX_LONG_TEXT_LENGTH (${MAX_LONG_TEXT_LENGTH})`,
        );
    });
    // A role whose every bullet was unreadable or removed keeps its original bullets.
    return pieces.length > 0
      ? { ...entry, highlights: pieces.map((piece) => piece.text) }
      : { ...entry, highlights: [...entry.highlights] };
  });

  const { text: _staleText, ...rest } = resume;
  const tailored: Resume = {
    ...rest,
    ...(summary === undefined ? {} : { summary }),
    experience,
    skills: [...resume.skills],
    education: resume.education.map((entry) => ({ ...entry })),
    certifications: [...resume.certifications],
    languages: [...resume.languages],
    contact: { ...resume.contact, links: [...resume.contact.links] },
  };
  const unique = (claims: Claim[]) => [...new Set(claims)].sort((left, right) => left.start - right.start);
  const claims = unique(kept);
  return {
    resume: tailored,
    generatedText,
    claims,
    unsupported: claims.filter((claim) => !claim.supported),
    removed: unique(removed),
  };
}

/**
 * The generator's answer, or a GeneratorResponseError after `timeoutMs` (the signal the generator gets aborts then),
 * or the caller's `signal`'s reason once it aborts: a generator that ignores its signal no longer holds the call.
 */
async function generateWithin(
  generator: TextGenerator,
  prompt: Parameters<TextGenerator['generate']>[0],
  settings: { maxTokens: number; timeoutMs: number; name: string; signal: AbortSignal | undefined },
): Promise<unknown> {
  const { maxTokens, timeoutMs, name, signal } = settings;
  signal?.throwIfAborted();
  const timeout = AbortSignal.timeout(timeoutMs);
  const generatorSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const timedOut = () =>
    new GeneratorResponseError(
      `the generator ${name} did not answer within ${timeoutMs} ms (TailorResumeOptions.timeoutMs)`,
      { cause: timeout.reason },
    );
  let stop: (() => void) | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = () => reject(timeout.aborted ? timedOut() : signal?.reason);
    generatorSignal.addEventListener('abort', stop, { once: true });
  });
  try {
    return await Promise.race([
      generator.generate(prompt, { maxTokens, temperature: 0, signal: generatorSignal }),
      stopped,
    ]);
  } catch (error) {
    // A generator that heeds its signal rejects with the abort's reason: the timeout is said as such.
    if (timeout.aborted && !signal?.aborted) throw timedOut();
    throw error;
  } finally {
    generatorSignal.removeEventListener('abort', stop!);
    stopped.catch(() => {});
  }
}
