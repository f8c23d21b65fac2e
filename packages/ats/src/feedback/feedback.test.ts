import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidationError } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendFeedbackRecord,
  buildFineTuningExport,
  createTailoringFeedback,
  DEFAULT_TAILORING_SYSTEM_PROMPT,
  exportFineTuningJsonl,
  readFeedbackRecords,
  tailoringFeedbackSchema,
  type TailoringFeedbackInput,
} from './index.js';

const base: TailoringFeedbackInput = {
  resumeId: 'r1',
  jobId: 'j1',
  generatorName: 'llama-3.1-8b/tailor-v2',
  generatedText: 'Jane Doe\nSenior Backend Engineer …',
  atsScore: 82,
  truthful: true,
  rater: 'alex',
  ratedAt: '2026-01-10T12:00:00.000Z',
  jobText: 'Senior Backend Engineer\nPython, Kubernetes',
  sourceResumeText: 'Jane Doe\nBackend Engineer …',
};

describe('tailoringFeedbackSchema', () => {
  it('accepts what createTailoringFeedback returns and refuses unknown fields', () => {
    expect(tailoringFeedbackSchema.safeParse(createTailoringFeedback(base)).success).toBe(true);
    expect(tailoringFeedbackSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });
});

describe('createTailoringFeedback', () => {
  it('validates and normalises a record', () => {
    const record = createTailoringFeedback(base);
    expect(record.ratedAt).toEqual(new Date('2026-01-10T12:00:00.000Z'));
    expect(record.unsupportedClaims).toEqual([]);
    expect(createTailoringFeedback({ ...base, truthful: null, unsupportedClaims: ['Led a team of 40'] })).toMatchObject({ truthful: null, unsupportedClaims: ['Led a team of 40'] });
  });

  it('throws a ValidationError naming each bad field', () => {
    let caught: unknown;
    try {
      createTailoringFeedback({ ...base, resumeId: ' ', atsScore: 140, truthful: 'yes' as unknown as boolean, ratedAt: 'not a date' });
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (!isValidationError(caught)) return;
    expect(caught.entity).toBe('TailoringFeedback');
    expect(caught.fields.sort()).toEqual(['atsScore', 'ratedAt', 'resumeId', 'truthful']);
    expect(() => createTailoringFeedback({ ...base, extra: 1 } as TailoringFeedbackInput)).toThrow(/Invalid TailoringFeedback/);
  });
});

describe('feedback JSONL store', () => {
  let directory = '';
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'rolefit-feedback-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('appends records and reads them back equal', async () => {
    const path = join(directory, 'nested', 'feedback.jsonl');
    expect(await readFeedbackRecords(path)).toEqual([]);
    await appendFeedbackRecord(path, base);
    await appendFeedbackRecord(path, { ...base, resumeId: 'r2', truthful: false, unsupportedClaims: ['AWS certified'] });
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trim().split('\n')).toHaveLength(2);
    const records = await readFeedbackRecords(path);
    expect(records).toEqual([createTailoringFeedback(base), createTailoringFeedback({ ...base, resumeId: 'r2', truthful: false, unsupportedClaims: ['AWS certified'] })]);
  });

  it('refuses invalid records without touching the file, and names the line of a bad one', async () => {
    const path = join(directory, 'feedback.jsonl');
    await expect(appendFeedbackRecord(path, { ...base, jobId: '' })).rejects.toThrow(/jobId/);
    expect(await readFeedbackRecords(path)).toEqual([]);
    writeFileSync(path, `${JSON.stringify(base)}\n{"resumeId":"r3"}\n`);
    await expect(readFeedbackRecords(path)).rejects.toThrow(/feedback\.jsonl:2: Invalid TailoringFeedback: jobId/);
    writeFileSync(path, `${JSON.stringify(base)}\n{oops`);
    await expect(readFeedbackRecords(path)).rejects.toThrow(/feedback\.jsonl:2: not valid JSON/);
  });
});

describe('exportFineTuningJsonl', () => {
  const records = [
    createTailoringFeedback(base),
    createTailoringFeedback({ ...base, resumeId: 'untruthful', truthful: false }),
    createTailoringFeedback({ ...base, resumeId: 'unrated', truthful: null }),
    createTailoringFeedback({ ...base, resumeId: 'low', atsScore: 40 }),
    createTailoringFeedback({ resumeId: 'no-source', jobId: 'j1', generatorName: 'g', generatedText: 'x', atsScore: 90, truthful: true }),
  ];

  it('writes chat-format lines from truthful records with both source texts', () => {
    const jsonl = exportFineTuningJsonl(records, { minAtsScore: 50 });
    const lines = jsonl.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toEqual({
      messages: [
        { role: 'system', content: DEFAULT_TAILORING_SYSTEM_PROMPT },
        { role: 'user', content: 'Senior Backend Engineer\nPython, Kubernetes\n\nJane Doe\nBackend Engineer …' },
        { role: 'assistant', content: 'Jane Doe\nSenior Backend Engineer …' },
      ],
    });
  });

  it('counts what it skips, and keeps untruthful records only when asked', () => {
    expect(buildFineTuningExport(records, { minAtsScore: 50 })).toMatchObject({ exported: 1, skipped: { notTruthful: 2, belowMinAtsScore: 1, missingSourceText: 1 } });
    const all = buildFineTuningExport(records, { truthfulOnly: false, systemPrompt: 'Tailor.' });
    expect(all).toMatchObject({ exported: 4, skipped: { notTruthful: 0, belowMinAtsScore: 0, missingSourceText: 1 } });
    expect(all.jsonl).toContain('"content":"Tailor."');
    expect(exportFineTuningJsonl([])).toBe('');
  });
});
