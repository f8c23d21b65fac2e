import { existsSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJob, parseResume, type RankQuery } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFeedbackClassifier,
  LearnedModelFormatError,
  loadFeedbackClassifier,
  trainFeedbackClassifier,
  type FeedbackExample,
  type SavedLearnedModel,
} from './index.js';
import { MAX_LEARNED_MODEL_BYTES } from './model-file.js';

// Round 8 of ADVERSARIAL.md: a saved model was checked for its format, version and the kinds of a few top-level parts
// only. A hand-edited or hostile file was then read as it came.
const now = () => new Date('2026-01-01T00:00:00Z');
const query: RankQuery = { resume: parseResume({ id: 'r', text: 'Backend engineer: TypeScript, Node.js, SQL' }) };
const jobs = sampleJobs.slice(0, 12).map((job) => parseJob(job));
const examples: FeedbackExample[] = jobs.map((job, index) => ({ query, job, label: index % 4 }));

let ridge: SavedLearnedModel;
let head: SavedLearnedModel;
let directory: string;
beforeAll(async () => {
  ridge = (await trainFeedbackClassifier({ examples, now })).model;
  head = (await trainFeedbackClassifier({ examples, now, learner: 'head', epochs: 5 })).model;
  directory = await mkdtemp(join(tmpdir(), 'rolefit-model-shape-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

/** A copy of `model` with `edit` applied to a deep clone. */
function edited(model: SavedLearnedModel, edit: (copy: Record<string, any>) => void): unknown {
  const copy = structuredClone(model) as Record<string, any>;
  edit(copy);
  return copy;
}

describe('saved learned models: the contents are checked when read', () => {
  it('refuses a feature spec of 10^12 buckets before building its feature names (it ran the process out of memory)', () => {
    const hostile = edited(ridge, (copy) => {
      copy.featureSpec.skillBuckets = 1e12;
    });
    expect(() => createFeedbackClassifier({ model: hostile })).toThrow(
      /the saved model's featureSpec\.skillBuckets must be a whole number 0–65536/,
    );
  });

  it.each([
    ['a text space that is null', (copy: any) => (copy.ridge.spaces[0] = null), /ridge\.spaces\.0 must be an object/],
    ['a text space of the wrong shape', (copy: any) => (copy.ridge.spaces[0] = {}), /ridge\.spaces\.0\.name must be/],
    ['idf that is no object', (copy: any) => (copy.ridge.spaces[0].vocabulary.idf = 3), /vocabulary\.idf must be/],
    ['weights that are strings', (copy: any) => copy.ridge.dense.weights.fill('a'), /dense\.weights item 0 is not/],
    [
      'too few weights',
      (copy: any) => (copy.ridge.dense.weights = []),
      /dense\.weights must hold \d+ numbers, holds 0/,
    ],
    ['a string intercept', (copy: any) => (copy.ridge.intercept = '1'), /lacks its head|intercept must be a number/],
    ['feature names of another spec', (copy: any) => (copy.featureNames[0] = 'x'), /featureNames item 0 is "x"/],
    ['a vocabulary of numbers', (copy: any) => (copy.featureSpec.titleVocabulary = [1]), /titleVocabulary item 0/],
    ['an unknown label kind', (copy: any) => (copy.labelKind = 'stars'), /labelKind must be 'binary' or 'ordinal'/],
  ])('a ridge with %s is a LearnedModelFormatError naming the part', (_what, edit, message) => {
    // On the old code: TypeErrors at rank time (terms is not iterable; reading 'vocabulary' of null), every job scored
    // 0, or a plain RangeError for the names.
    const model = edited(ridge, edit);
    expect(() => createFeedbackClassifier({ model })).toThrow(LearnedModelFormatError);
    expect(() => createFeedbackClassifier({ model })).toThrow(message);
  });

  it.each([
    ['parameters of the wrong length', (copy: any) => copy.head.parameters.pop(), /head\.parameters must hold/],
    ['a hidden layer the parameters lack', (copy: any) => (copy.head.hidden = 3), /head\.parameters must hold/],
    ['a null mean', (copy: any) => (copy.head.means[2] = null), /head\.means item 2 is not a number/],
    ['inputs that disagree', (copy: any) => (copy.head.inputs += 1), /head\.inputs must be \d+/],
  ])('a head with %s is a LearnedModelFormatError naming the part', (_what, edit, message) => {
    expect(() => createFeedbackClassifier({ model: edited(head, edit) })).toThrow(message);
  });

  it('still reads what training saved, ridge and head, with the same scores', async () => {
    for (const model of [ridge, head]) {
      const path = join(directory, 'model.json');
      await writeFile(path, JSON.stringify(model));
      const loaded = await loadFeedbackClassifier(path, { now });
      expect(await loaded.score(query, jobs)).toEqual(
        await createFeedbackClassifier({ model, now }).score(query, jobs),
      );
    }
  });

  it('refuses a file over the size limit, and a device, without reading them', async () => {
    const path = join(directory, 'huge.json');
    await writeFile(path, '');
    await truncate(path, MAX_LEARNED_MODEL_BYTES + 1); // sparse: no disk used
    await expect(loadFeedbackClassifier(path)).rejects.toMatchObject({
      name: 'LearnedModelFormatError',
      message: expect.stringMatching(/huge\.json is not a saved learned model: \d+ bytes, over the \d+-byte limit/),
    });
    // /dev/zero was read into one string for ever.
    if (existsSync('/dev/zero'))
      await expect(loadFeedbackClassifier('/dev/zero')).rejects.toMatchObject({
        name: 'LearnedModelFormatError',
        message: expect.stringMatching(/not a regular file/),
      });
  });

  it('training refuses bucket counts no saved model may have, and examples without a job or query', async () => {
    for (const titleBuckets of [1e12, -1, 1.5])
      await expect(trainFeedbackClassifier({ examples, learner: 'head', titleBuckets })).rejects.toMatchObject({
        name: 'ValidationError',
        field: 'titleBuckets',
      });
    for (const [example, field] of [
      [null, 'examples.0'],
      [{ query, label: 1 }, 'examples.0.job'],
      [{ query: null, job: jobs[0], label: 1 }, 'examples.0.query'],
    ] as const)
      await expect(trainFeedbackClassifier({ examples: [example as never] })).rejects.toMatchObject({
        name: 'ValidationError',
        field,
      });
  });
});
