import { MAX_LIST_LENGTH, MAX_LONG_TEXT_LENGTH, parseResume } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import type { TextGenerator } from '../generators/index.js';
import { answer, job, resume } from '../testing/tailor-fixtures.js';
import { tailorResume } from './index.js';

// Round 8 of ADVERSARIAL.md: an unparsed resume, a generator that is no TextGenerator and an answer that is no string
// were TypeErrors from inside (reading 'split' of null, generator.generate is not a function); a mode of 'delete' was
// taken as 'flag', and a maxTokens of -1 was passed on to the generator.
let asked = 0;
const answering = (reply: unknown): TextGenerator => ({
  name: 'stub',
  generate: async () => ((asked += 1), reply as string),
});

describe('tailorResume arguments', () => {
  it.each([
    ['generator', { generator: null }],
    ['generator', { generator: async () => answer }],
    ['mode', { mode: 'delete' }],
    ['mode', { mode: null }],
    ['resume', { resume: null }],
    ['resume', { resume: 'Jane Doe, SQL' }],
    ['job', { job: [] }],
    ['maxTokens', { maxTokens: -1 }],
    ['maxTokens', { maxTokens: 1.5 }],
    ['experience', { resume: { id: 'r', contact: { links: [] }, experience: 'none' } }],
  ])('refuses a wrong %s with a ValidationError naming it, before the generator is asked', async (field, change) => {
    asked = 0;
    const options = { resume, job, generator: answering(answer), ...change };
    await expect(tailorResume(options as never)).rejects.toMatchObject({ name: 'ValidationError', field });
    expect(asked).toBe(0);
  });

  it('names the option whose value is of the wrong kind', async () => {
    await expect(tailorResume({ resume: null, job, generator: answering(answer) } as never)).rejects.toThrow(
      'Invalid TailorResumeOptions: resume: must be a Resume (parseResumeText or parseResume makes one), got null',
    );
  });

  it.each([42, null, undefined, { text: answer }])('an answer of %j is a GeneratorResponseError', async (reply) => {
    await expect(tailorResume({ resume, job, generator: answering(reply) })).rejects.toMatchObject({
      name: 'GeneratorResponseError',
      code: 'ROLEFIT_GENERATOR_RESPONSE',
      message: expect.stringContaining('the generator "stub" answered'),
    });
  });

  // A hostile generator's answer past core's limits on a Resume: the tailored resume had a summary of 1,050,000
  // characters (or 1,001 bullets, or a bullet of 1,000,001) that parseResume refuses. Hand-written answers.
  it('refuses a summary, bullets or a bullet past core’s limits with a GeneratorResponseError naming the field, and keeps them at the limits', async () => {
    const pastLimits: Array<[reply: string, field: string]> = [
      [`SUMMARY: ${'Led. '.repeat(210_000)}\n`, 'resume.summary, more than MAX_LONG_TEXT_LENGTH'],
      [
        `SUMMARY: Data engineer.\nROLE 1:\n${'- Led a team.\n'.repeat(1_001)}`,
        'resume.experience.0.highlights, more than MAX_LIST_LENGTH',
      ],
      [
        `SUMMARY: Data engineer.\nROLE 2:\n- Built tools.\n- ${'a'.repeat(1_000_001)}\n`,
        'resume.experience.1.highlights.1, more than MAX_LONG_TEXT_LENGTH',
      ],
    ];
    for (const [reply, field] of pastLimits)
      await expect(tailorResume({ resume, job, generator: answering(reply) }), field).rejects.toMatchObject({
        name: 'GeneratorResponseError',
        code: 'ROLEFIT_GENERATOR_RESPONSE',
        message: expect.stringContaining(field),
      });
    const atLimits = `SUMMARY: ${'Led. '.repeat(199_999)}Led.\nROLE 1:\n${'- Led a team.\n'.repeat(1_000)}`;
    const result = await tailorResume({ resume, job, generator: answering(atLimits) });
    expect(result.resume.summary).toHaveLength(MAX_LONG_TEXT_LENGTH - 1);
    expect(result.resume.experience[0]?.highlights).toHaveLength(MAX_LIST_LENGTH);
    expect(parseResume(result.resume).summary).toBe(result.resume.summary);
  });

  it('refuses an answer over 4 × MAX_LONG_TEXT_LENGTH before reading it, and quotes 200 characters of the name', async () => {
    // Fuzz round 12 (tailor seed 1 #39, #83): answers of 16–33 MB (a model in a loop) were read whole, about 0.4 s of
    // CPU and 35 MB a million characters, to be refused afterwards for a summary or bullets past core's limits: a
    // 33 MB one took the process past a 1 GB heap. A generator named with 100,000 letters gave messages as long (#91).
    const reply = `SUMMARY: Data engineer.\nROLE 1:\n${'- Led a team of five engineers.\n'.repeat(130_000)}`;
    expect(reply.length).toBeGreaterThan(4 * MAX_LONG_TEXT_LENGTH);
    const generator = { name: 'x'.repeat(100_000), generate: async () => reply };
    const error = await tailorResume({ resume, job, generator }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({
      name: 'GeneratorResponseError',
      message: expect.stringContaining(`wrote ${reply.length} characters, more than 4 × MAX_LONG_TEXT_LENGTH`),
    });
    expect((error as Error).message.length).toBeLessThan(400);
  });

  it('ends a generator that never answers at timeoutMs with a GeneratorResponseError, aborting its signal', async () => {
    // Round 12's left item: tailorResume had no deadline of its own, so a generator that never answers held the call
    // for ever unless the caller passed a signal. A real hostile TextGenerator (core's interface): it never settles.
    const given: Array<AbortSignal | undefined> = [];
    const silent: TextGenerator = {
      name: 'silent',
      generate: (_prompt, options) => {
        given.push(options?.signal);
        return new Promise<string>(() => {});
      },
    };
    await expect(tailorResume({ resume, job, generator: silent, timeoutMs: 20 })).rejects.toMatchObject({
      name: 'GeneratorResponseError',
      code: 'ROLEFIT_GENERATOR_RESPONSE',
      message: 'the generator "silent" did not answer within 20 ms (TailorResumeOptions.timeoutMs)',
    });
    expect(given).toHaveLength(1);
    expect(given[0]?.aborted).toBe(true);
    // The caller's own abort ends the call with its reason, though the generator ignores its signal.
    const controller = new AbortController();
    const call = tailorResume({ resume, job, generator: silent, signal: controller.signal, timeoutMs: 60_000 });
    controller.abort(new Error('the user left'));
    await expect(call).rejects.toThrow('the user left');
    for (const timeoutMs of [0, 1.5, 2 ** 31])
      await expect(tailorResume({ resume, job, generator: silent, timeoutMs })).rejects.toMatchObject({
        name: 'ValidationError',
        field: 'timeoutMs',
        message: expect.stringContaining('must be a whole number'),
      });
    expect(given).toHaveLength(2);
  });

  it('still tailors with valid options', async () => {
    const result = await tailorResume({ resume, job, generator: answering(answer), mode: 'remove-unsupported' });
    expect(result.generatedText).toBe(answer);
    expect(result.unsupported).toEqual([]);
  });
});
