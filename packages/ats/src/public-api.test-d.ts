// Type-level checks of what an integrator of @rolefit/ats relies on, imported by package name as an app would:
// parse options and results, the score's breakdown, tailoring settings, and error codes that narrow.
import type { Job, Resume, RolefitError } from '@rolefit/core';
import {
  type AtsComponent,
  type AtsComponentScore,
  type AtsReport,
  type atsComponents,
  type Claim,
  createOpenAiCompatibleGenerator,
  extractDocumentLayout,
  type GeneratorDependencyError,
  GeneratorError,
  type GeneratorErrorCode,
  GeneratorHttpError,
  GeneratorResponseError,
  isResumeParseError,
  ModelFileNotFoundError,
  parseResumeFile,
  parseResumeText,
  readResumeFile,
  ResumeParseError,
  type ParseResumeFileOptions,
  type ResumeParseErrorCode,
  type ResumeReadout,
  scoreResumeAgainstJob,
  type TailoredResume,
  tailorResume,
  type TextGenerator,
} from '@rolefit/ats';
import { parseResumeFile as parseResumeFileFromSubpath } from '@rolefit/ats/resume';
import { assertType, describe, expectTypeOf, it } from 'vitest';

declare const resume: Resume;
declare const job: Job;
declare const generator: TextGenerator;

describe('parseResumeText / parseResumeFile', () => {
  it('return a Resume, a file one as a promise', () => {
    expectTypeOf(parseResumeText('Jane Doe')).toEqualTypeOf<Resume>();
    expectTypeOf(parseResumeFile('cv.pdf')).toEqualTypeOf<Promise<Resume>>();
    expectTypeOf(parseResumeFile(new Uint8Array())).toEqualTypeOf<Promise<Resume>>();
    expectTypeOf(parseResumeFile(Buffer.from(''))).toEqualTypeOf<Promise<Resume>>();
    expectTypeOf(parseResumeFileFromSubpath).toEqualTypeOf(parseResumeFile);
  });

  it('take optional, typed options and refuse misspelt ones', () => {
    assertType<Resume>(parseResumeText('x', { id: 'r1', now: new Date(0) }));
    assertType<Promise<Resume>>(
      parseResumeFile('cv.pdf', { type: 'pdf', maxPages: 3, timeoutMs: 1000, maxBytes: 1e6 }),
    );
    // @ts-expect-error now is a Date
    parseResumeText('x', { now: '2024-01-01' });
    // @ts-expect-error the id is a string
    parseResumeText('x', { id: 1 });
    // @ts-expect-error a legacy Word .doc is no resume file type
    parseResumeFile('cv.doc', { type: 'doc' });
    assertType<Promise<Resume>>(parseResumeFile('cv.odt', { type: 'odt' }));
    // @ts-expect-error timeout is spelt timeoutMs
    parseResumeFile('cv.pdf', { timeout: 1000 });
    // @ts-expect-error OCR needs a recognizer
    parseResumeFile('cv.pdf', { ocr: { maxPages: 2 } });
    // @ts-expect-error the input is a path or bytes, not an ArrayBuffer
    parseResumeFile(new ArrayBuffer(8));
  });

  it('give a Resume whose optional parts say so', () => {
    expectTypeOf<Resume['contact']['email']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Resume['experience'][number]['end']>().toEqualTypeOf<Date | null | undefined>();
    expectTypeOf<Resume['totalYears']>().toEqualTypeOf<number | undefined>();
  });

  it('throw errors whose code is a closed union', () => {
    expectTypeOf<ResumeParseError>().toExtend<RolefitError>();
    expectTypeOf<ResumeParseError['code']>().toEqualTypeOf<ResumeParseErrorCode>();
    const error: unknown = undefined;
    if (isResumeParseError(error)) {
      expectTypeOf(error).toEqualTypeOf<ResumeParseError>();
      if (error.code === 'too-many-pages') expectTypeOf(error.code).toEqualTypeOf<'too-many-pages'>();
      // @ts-expect-error no such code
      if (error.code === 'too-big') void error;
    }
    // @ts-expect-error no such code
    isResumeParseError(error, 'too-big');
  });

  it('narrow the code to the one asked for', () => {
    const error: unknown = undefined;
    if (isResumeParseError(error, 'timeout')) {
      expectTypeOf(error).toExtend<ResumeParseError>();
      expectTypeOf(error.code).toEqualTypeOf<'timeout'>();
    }
    const caught = new ResumeParseError('corrupt', 'bad xref');
    if (isResumeParseError(caught, 'scanned-pdf')) expectTypeOf(caught.code).toEqualTypeOf<'scanned-pdf'>();
    else expectTypeOf(caught).toEqualTypeOf<ResumeParseError>();
    const code = 'empty' as ResumeParseErrorCode | undefined;
    if (isResumeParseError(error, code)) expectTypeOf(error.code).toEqualTypeOf<ResumeParseErrorCode>();
  });

  it('read a file as a resume, a JSON text or a blank: a union that narrows', async () => {
    const readout = await readResumeFile('cv.pdf', { acceptJson: true });
    if ('resume' in readout) expectTypeOf(readout.resume).toEqualTypeOf<Resume>();
    else if ('json' in readout) expectTypeOf(readout.json).toEqualTypeOf<string>();
    else expectTypeOf(readout.blank).toEqualTypeOf<true>();
  });

  it('read a file as a resume only when acceptJson is off', async () => {
    expectTypeOf(await readResumeFile('cv.pdf')).toEqualTypeOf<{ resume: Resume }>();
    expectTypeOf((await readResumeFile('cv.pdf', { timeoutMs: 100 })).resume).toEqualTypeOf<Resume>();
    expectTypeOf(await readResumeFile('cv.pdf', { acceptJson: false })).toEqualTypeOf<{ resume: Resume }>();
    const options: ParseResumeFileOptions = {};
    expectTypeOf(await readResumeFile('cv.pdf', options)).toEqualTypeOf<{ resume: Resume }>();
    const acceptJson = Math.random() > 0.5;
    expectTypeOf(await readResumeFile('cv.pdf', { acceptJson })).toEqualTypeOf<ResumeReadout>();
    // @ts-expect-error misspelt option
    await readResumeFile('cv.pdf', { acceptJSON: true });
  });
});

describe('scoreResumeAgainstJob', () => {
  it('takes a Resume or text against a Job or text, with optional typed options', () => {
    expectTypeOf(scoreResumeAgainstJob(resume, job)).toEqualTypeOf<AtsReport>();
    assertType<AtsReport>(
      scoreResumeAgainstJob('resume text', 'job text', { now: new Date(0), weights: { skills: 2 } }),
    );
    // @ts-expect-error salary is no ATS component
    scoreResumeAgainstJob(resume, job, { weights: { salary: 1 } });
    // @ts-expect-error minimumConfidence is a number
    scoreResumeAgainstJob(resume, job, { minimumConfidence: 'high' });
    // @ts-expect-error threshold is not an option
    scoreResumeAgainstJob(resume, job, { threshold: 0.5 });
  });

  it('takes the layout extractDocumentLayout reads', async () => {
    const layout = await extractDocumentLayout('cv.pdf');
    assertType<AtsReport>(scoreResumeAgainstJob(resume, job, { layout }));
    // @ts-expect-error the layout's image count is a number
    scoreResumeAgainstJob(resume, job, { layout: { imageCount: 'two' } });
  });

  it('gives a breakdown with every component', () => {
    const report = scoreResumeAgainstJob(resume, job);
    expectTypeOf(report.score).toEqualTypeOf<number>();
    expectTypeOf<AtsComponent>().toEqualTypeOf<(typeof atsComponents)[number]>();
    // Every component is present: no undefined to guard against.
    expectTypeOf(report.breakdown.skills).toEqualTypeOf<AtsComponentScore>();
    expectTypeOf(report.breakdown.parseability.applicable).toEqualTypeOf<boolean>();
    // @ts-expect-error salary is no component
    void report.breakdown.salary;
    expectTypeOf(report.suggestions[0]?.priority).toEqualTypeOf<1 | 2 | 3 | undefined>();
    expectTypeOf(report.missingKeywords[0]?.kind).toEqualTypeOf<
      'required-skill' | 'keyword' | 'preferred-skill' | undefined
    >();
    expectTypeOf(report.facts.resumeYears).toEqualTypeOf<number | undefined>();
  });
});

describe('tailorResume', () => {
  it('requires a generator, a resume and a job', () => {
    expectTypeOf(tailorResume({ generator, resume, job })).toEqualTypeOf<Promise<TailoredResume>>();
    assertType<Promise<TailoredResume>>(
      tailorResume({
        generator,
        resume,
        job,
        mode: 'remove-unsupported',
        maxTokens: 800,
        signal: AbortSignal.timeout(1),
      }),
    );
    // @ts-expect-error the generator is required
    tailorResume({ resume, job });
    // @ts-expect-error mode is flag or remove-unsupported
    tailorResume({ generator, resume, job, mode: 'rewrite' });
    // @ts-expect-error the resume is a parsed Resume, not text
    tailorResume({ generator, resume: 'text', job });
    // @ts-expect-error timeout is spelt timeoutMs
    tailorResume({ generator, resume, job, timeout: 1000 });
  });

  it('answers the tailored resume and its claims', async () => {
    const tailored = await tailorResume({ generator, resume, job });
    expectTypeOf(tailored.resume).toEqualTypeOf<Resume>();
    expectTypeOf(tailored.unsupported).toEqualTypeOf<Claim[]>();
    expectTypeOf<Claim['kind']>().toEqualTypeOf<
      | 'number'
      | 'title'
      | 'skill'
      | 'employer'
      | 'degree'
      | 'date'
      | 'award'
      | 'credential'
      | 'patent'
      | 'publication'
      | 'rank'
      | 'name'
    >();
  });

  it('takes any TextGenerator, and an OpenAI-compatible one with an injected fetch', () => {
    const mine: TextGenerator = {
      name: 'echo',
      generate: async (prompt) => (typeof prompt === 'string' ? prompt : ''),
    };
    assertType<TextGenerator>(mine);
    assertType<TextGenerator>(createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'm' }));
    assertType<TextGenerator>(
      createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'm', fetch: globalThis.fetch }),
    );
    const stub = async (_url: string, _init: RequestInit) => new Response('{}');
    assertType<TextGenerator>(
      createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'm', fetch: stub }),
    );
    // @ts-expect-error the model is required
    createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:8080/v1' });
    // @ts-expect-error apiKey is spelt so
    createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'm', key: 'k' });
    const error: unknown = undefined;
    if (error instanceof GeneratorHttpError) expectTypeOf(error.status).toEqualTypeOf<number>();
  });

  it('throw errors whose code is that of their class, the union of the family for GeneratorError', () => {
    expectTypeOf<GeneratorError['code']>().toEqualTypeOf<GeneratorErrorCode>();
    expectTypeOf<GeneratorHttpError['code']>().toEqualTypeOf<'ROLEFIT_GENERATOR_HTTP'>();
    expectTypeOf(new GeneratorResponseError('no answer').code).toEqualTypeOf<'ROLEFIT_GENERATOR_RESPONSE'>();
    expectTypeOf<GeneratorDependencyError['code']>().toEqualTypeOf<'ROLEFIT_OPTIONAL_DEPENDENCY'>();
    expectTypeOf(new ModelFileNotFoundError('/nowhere.gguf').code).toEqualTypeOf<'ROLEFIT_MODEL_FILES'>();
    const error: unknown = undefined;
    if (error instanceof GeneratorError) {
      if (error.code === 'ROLEFIT_GENERATOR_HTTP') expectTypeOf(error.code).toEqualTypeOf<'ROLEFIT_GENERATOR_HTTP'>();
      // @ts-expect-error no generator error has this code
      if (error.code === 'ROLEFIT_GENERATOR_TIMEOUT') void error;
    }
    // @ts-expect-error a GeneratorError's code is one of its family's
    new GeneratorError('failed', { code: 'ROLEFIT_SOMETHING_ELSE' });
  });
});
