import { describe, expect, it } from 'vitest';
import { docxToText } from '../docx/docx-to-text.js';
import { extractDocumentLayout } from '../layout/index.js';
import { pdfToText } from '../pdf/pdf-to-text.js';
import { parseResumeFile, parseResumeText, resumeFileToText } from '../parse/index.js';
import { tailorResume } from '../tailor/index.js';
import { backendJobText, backendStrongResume } from './fixtures.js';
import { scoreResumeAgainstJob } from './score.js';
import { validationMessageOf } from '../../../core/src/testing/validation-message.js';

const bytes = new TextEncoder().encode(backendStrongResume);

// Scoring, tailoring and parsing refuse a mistyped option (issue #17, item 6) before doing any work, naming the nearest known one.
describe('ats options refuse unknown keys', () => {
  it.each([
    [
      'scoreResumeAgainstJob',
      () => scoreResumeAgainstJob(backendStrongResume, backendJobText, { weight: {} } as never),
      'weight',
      'weights',
    ],
    [
      'scoreResumeAgainstJob (weights)',
      () => scoreResumeAgainstJob(backendStrongResume, backendJobText, { weights: { skill: 1 } } as never),
      'skill',
      'skills',
    ],
    [
      'tailorResume',
      () => tailorResume({ resume: {}, job: {}, generator: {}, maxToken: 10 } as never),
      'maxToken',
      'maxTokens',
    ],
    ['parseResumeText', () => parseResumeText(backendStrongResume, { nwo: new Date() } as never), 'nwo', 'now'],
    ['parseResumeFile', () => parseResumeFile(bytes, { timeout: 1_000 } as never), 'timeout', 'timeoutMs'],
    ['resumeFileToText', () => resumeFileToText(bytes, { maxPage: 3 } as never), 'maxPage', 'maxPages'],
    [
      'extractDocumentLayout',
      () => extractDocumentLayout(bytes, { countImage: false } as never),
      'countImage',
      'countImages',
    ],
    ['pdfToText', () => pdfToText(bytes, { timeoutMS: 1_000 } as never), 'timeoutMS', 'timeoutMs'],
    ['docxToText', () => docxToText(bytes, { maxPage: 3 } as never), 'maxPage', 'maxPages'],
  ])('%s', async (_name, run, typo, known) => {
    expect(await validationMessageOf(run)).toContain(`unknown key '${typo}' (did you mean '${known}'?)`);
  });

  it('still accepts every documented option', () => {
    expect(
      scoreResumeAgainstJob(backendStrongResume, backendJobText, {
        weights: { skills: 2 },
        now: new Date(Date.UTC(2026, 0, 1)),
      }).score,
    ).toBeGreaterThan(0);
  });
});
