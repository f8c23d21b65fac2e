import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidationError } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendTailoringReview,
  buildFineTuningExport,
  createTailoringReview,
  DEFAULT_TAILORING_SYSTEM_PROMPT,
  exportFineTuningJsonl,
  readTailoringReviews,
  tailoringReviewSchema,
  type TailoringReviewInput,
} from './index.js';

const base: TailoringReviewInput = {
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

describe('tailoringReviewSchema', () => {
  it('accepts what createTailoringReview returns and refuses unknown fields', () => {
    expect(tailoringReviewSchema.safeParse(createTailoringReview(base)).success).toBe(true);
    expect(tailoringReviewSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });
});

describe('createTailoringReview', () => {
  it('validates and normalises a record', () => {
    const record = createTailoringReview(base);
    expect(record.ratedAt).toEqual(new Date('2026-01-10T12:00:00.000Z'));
    expect(record.unsupportedClaims).toEqual([]);
    expect(createTailoringReview({ ...base, truthful: null, unsupportedClaims: ['Led a team of 40'] })).toMatchObject({
      truthful: null,
      unsupportedClaims: ['Led a team of 40'],
    });
  });

  it('throws a ValidationError naming each bad field', () => {
    let caught: unknown;
    try {
      createTailoringReview({
        ...base,
        resumeId: ' ',
        atsScore: 140,
        truthful: 'yes' as unknown as boolean,
        ratedAt: 'not a date',
      });
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (!isValidationError(caught)) return;
    expect(caught.entity).toBe('TailoringReview');
    expect(caught.fields.sort()).toEqual(['atsScore', 'ratedAt', 'resumeId', 'truthful']);
    expect(() => createTailoringReview({ ...base, extra: 1 } as TailoringReviewInput)).toThrow(
      /Invalid TailoringReview/,
    );
  });
});

describe('tailoring review JSONL store', () => {
  let directory = '';
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'rolefit-review-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('appends records and reads them back equal', async () => {
    const path = join(directory, 'nested', 'reviews.jsonl');
    expect(await readTailoringReviews(path)).toEqual([]);
    await appendTailoringReview(path, base);
    await appendTailoringReview(path, {
      ...base,
      resumeId: 'r2',
      truthful: false,
      unsupportedClaims: ['AWS certified'],
    });
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trim().split('\n')).toHaveLength(2);
    const records = await readTailoringReviews(path);
    expect(records).toEqual([
      createTailoringReview(base),
      createTailoringReview({ ...base, resumeId: 'r2', truthful: false, unsupportedClaims: ['AWS certified'] }),
    ]);
  });

  it('refuses invalid records without touching the file, and names the line of a bad one', async () => {
    const path = join(directory, 'reviews.jsonl');
    await expect(appendTailoringReview(path, { ...base, jobId: '' })).rejects.toThrow(/jobId/);
    expect(await readTailoringReviews(path)).toEqual([]);
    writeFileSync(path, `${JSON.stringify(base)}\n{"resumeId":"r3"}\n`);
    await expect(readTailoringReviews(path)).rejects.toThrow(/reviews\.jsonl:2: Invalid TailoringReview: jobId/);
    writeFileSync(path, `${JSON.stringify(base)}\n{oops`);
    await expect(readTailoringReviews(path)).rejects.toThrow(/reviews\.jsonl:2: not valid JSON/);
  });
});

describe('exportFineTuningJsonl', () => {
  const records = [
    createTailoringReview(base),
    createTailoringReview({ ...base, resumeId: 'untruthful', truthful: false }),
    createTailoringReview({ ...base, resumeId: 'unrated', truthful: null }),
    createTailoringReview({ ...base, resumeId: 'low', atsScore: 40 }),
    createTailoringReview({
      resumeId: 'no-source',
      jobId: 'j1',
      generatorName: 'g',
      generatedText: 'x',
      atsScore: 90,
      truthful: true,
    }),
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
    expect(buildFineTuningExport(records, { minAtsScore: 50 })).toMatchObject({
      exported: 1,
      skipped: { notTruthful: 2, belowMinAtsScore: 1, missingSourceText: 1 },
    });
    const all = buildFineTuningExport(records, { truthfulOnly: false, systemPrompt: 'Tailor.' });
    expect(all).toMatchObject({ exported: 4, skipped: { notTruthful: 0, belowMinAtsScore: 0, missingSourceText: 1 } });
    expect(all.jsonl).toContain('"content":"Tailor."');
    expect(exportFineTuningJsonl([])).toBe('');
  });
});
