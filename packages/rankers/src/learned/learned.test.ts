import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJob, parseResume, ValidationError, type Job, type Ranker, type RankQuery } from '@rolefit/core';
import { createRandom } from '@rolefit/core/internal';
import { describe, expect, it } from 'vitest';
import { createDefaultRanker } from '../default/index.js';
import type { LabelledQuery } from '../training/labelled-query.js';
import { desirabilityTextSettings } from './desirability.js';
import {
  LearnedModelFormatError,
  createColdStartRanker,
  createFeedbackClassifier,
  createTrainableFeedbackClassifier,
  crossValidateFeedbackClassifier,
  loadFeedbackClassifier,
  trainDesirabilityModel,
  trainFeedbackClassifier,
  trainHead,
  type ColdStartRanker,
  type FeedbackExample,
  type HeadRow,
} from './index.js';

const now = () => new Date('2026-01-01T00:00:00Z');
const person: RankQuery = {
  resume: parseResume({
    id: 'r1',
    text: 'Backend engineer: TypeScript, Node.js, PostgreSQL, Kubernetes',
    skills: ['TypeScript', 'Node.js', 'PostgreSQL'],
  }),
};
const TITLES = [
  'Backend Engineer',
  'Frontend Developer',
  'Nurse',
  'Data Analyst',
  'Warehouse Associate',
  'Senior Backend Engineer',
  'Sales Manager',
  'Welder',
];
const SKILLS = [
  ['TypeScript', 'Node.js'],
  ['React', 'CSS'],
  ['Patient care'],
  ['SQL', 'Excel'],
  ['Forklift'],
  ['PostgreSQL', 'Kubernetes'],
  ['CRM'],
  ['Welding'],
];

/** Synthetic jobs whose desirability is driven by pay (and a little noise). */
function syntheticJobs(count: number, seed: number): Array<{ job: Job; pay: number }> {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_unused, index) => {
    const kind = index % TITLES.length;
    const pay = 40_000 + Math.floor(random() * 160_000);
    const job = parseJob({
      id: `job-${seed}-${index}`,
      source: 'test',
      title: TITLES[kind]!,
      description: `${TITLES[kind]} role. ${SKILLS[kind]!.join(', ')}.`,
      skills: SKILLS[kind]!,
      salary: { min: pay, max: pay + 10_000, currency: 'USD', period: 'year' },
      location: { workplace: random() < 0.5 ? 'remote' : 'onsite' },
    });
    return { job, pay };
  });
}

const payGrade = (pay: number) => (pay > 160_000 ? 3 : pay > 120_000 ? 2 : pay > 80_000 ? 1 : 0);

function examples(count: number, seed: number, binary = false): FeedbackExample[] {
  return syntheticJobs(count, seed).map(({ job, pay }) => ({
    query: person,
    job,
    label: binary ? (pay > 150_000 ? 1 : 0) : payGrade(pay),
  }));
}

describe('trainHead', () => {
  const rows = (count: number, positiveShare: number, seed: number): HeadRow[] => {
    const random = createRandom(seed);
    return Array.from({ length: count }, () => {
      const label = random() < positiveShare ? 1 : 0;
      const value = label + (random() - 0.5) * 2.5;
      return { features: [value, random()], target: label, label };
    });
  };

  it('reduces the training loss', () => {
    const { report } = trainHead(rows(200, 0.5, 3), { validationShare: 0, epochs: 40, seed: 2 });
    expect(report.trainLoss.at(-1)!).toBeLessThan(report.trainLoss[0]! - 0.01);
  });

  it('stops early when the validation loss stops improving', () => {
    const { report } = trainHead(rows(200, 0.5, 4), { epochs: 500, patience: 5, seed: 2 });
    expect(report.stoppedEarly).toBe(true);
    expect(report.epochsRun).toBeLessThan(500);
    expect(report.bestEpoch).toBeLessThanOrEqual(report.epochsRun);
  });

  it('class weighting raises the rare class on an imbalanced set', () => {
    const data = rows(400, 0.08, 5);
    const weighted = trainHead(data, { validationShare: 0, epochs: 60, seed: 1, classWeighting: true });
    const plain = trainHead(data, { validationShare: 0, epochs: 60, seed: 1, classWeighting: false });
    const meanPrediction = (state: typeof weighted.state) => {
      const positives = data.filter((row) => row.label === 1);
      return positives.reduce((sum, row) => sum + predict(state, row), 0) / positives.length;
    };
    const predict = (state: typeof weighted.state, row: HeadRow) => {
      const z =
        state.parameters[2]! +
        row.features.reduce(
          (sum, value, index) =>
            sum + state.parameters[index]! * ((value - state.means[index]!) / state.scales[index]!),
          0,
        );
      return 1 / (1 + Math.exp(-z));
    };
    // Unweighted, the rare positives are pulled towards the base rate; weighted, they score clearly higher.
    expect(meanPrediction(weighted.state)).toBeGreaterThan(meanPrediction(plain.state) + 0.1);
  });

  it('is deterministic for a seed', () => {
    const data = rows(100, 0.5, 6);
    expect(trainHead(data, { seed: 9, hidden: 3 }).state.parameters).toEqual(
      trainHead(data, { seed: 9, hidden: 3 }).state.parameters,
    );
  });
});

describe('feedback classifier', () => {
  it('learns pay-driven grades, ranks, and ranks held-out jobs well', async () => {
    const classifier = await trainFeedbackClassifier({ examples: examples(120, 1), now, seed: 3 });
    expect(classifier.model.labelKind).toBe('ordinal');
    const test = syntheticJobs(40, 2);
    const matches = await classifier.rank(
      person,
      test.map((entry) => entry.job),
    );
    expect(matches).toHaveLength(40);
    for (const match of matches) expect(match.score).toBeGreaterThanOrEqual(0);
    const payById = new Map(test.map((entry) => [entry.job.id, entry.pay]));
    const topPay = matches.slice(0, 10).reduce((sum, match) => sum + payById.get(match.jobId)!, 0) / 10;
    const bottomPay = matches.slice(-10).reduce((sum, match) => sum + payById.get(match.jobId)!, 0) / 10;
    expect(topPay).toBeGreaterThan(bottomPay);
  });

  it('trains a binary model with a hidden layer', async () => {
    const classifier = await trainFeedbackClassifier({ examples: examples(80, 4, true), now, hidden: 4, seed: 1 });
    expect(classifier.model.labelKind).toBe('binary');
    expect(classifier.model.head?.hidden).toBe(4);
  });

  it('k-fold cross-validation returns k folds and means', async () => {
    const result = await crossValidateFeedbackClassifier({ examples: examples(60, 5), now, k: 3, epochs: 50 });
    expect(result.folds).toHaveLength(3);
    expect(result.folds.reduce((sum, fold) => sum + fold.examples, 0)).toBe(60);
    expect(result.mean.auc).not.toBeNull();
  });

  it('save → load gives the same scores; a wrong version is a typed error', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rolefit-learned-'));
    try {
      const classifier = await trainFeedbackClassifier({ examples: examples(50, 6), now, seed: 2, epochs: 40 });
      const path = join(directory, 'model.json');
      await classifier.save(path);
      const loaded = await loadFeedbackClassifier(path, { now });
      const jobs = syntheticJobs(10, 7).map((entry) => entry.job);
      expect(await loaded.score(person, jobs)).toEqual(await classifier.score(person, jobs));
      const saved = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      expect(saved.format).toBe('rolefit-learned-model');
      expect(() => createFeedbackClassifier({ model: { ...saved, version: 99 } })).toThrow(LearnedModelFormatError);
      // A file path is not a model (the settings' doc said "object or file path"): the error says what reads a file.
      expect(() => createFeedbackClassifier({ model: path })).toThrow(
        /must be the parsed JSON object, not a string: loadFeedbackClassifier\(path\) reads a saved file/,
      );
      await writeFile(path, JSON.stringify({ ...saved, format: 'other' }));
      await expect(loadFeedbackClassifier(path)).rejects.toBeInstanceOf(LearnedModelFormatError);
      // A file that is not JSON at all (a resume passed by mistake) is the same typed error, naming the file; it was
      // JSON.parse's bare SyntaxError.
      await writeFile(path, 'Jane Doe\njane@example.com\n');
      await expect(loadFeedbackClassifier(path)).rejects.toMatchObject({
        name: 'LearnedModelFormatError',
        code: 'ROLEFIT_LEARNED_MODEL_FORMAT',
        message: expect.stringMatching(/model\.json is not a saved learned model: not JSON/),
      });
      // A file that is not there, or a folder, is core's ModelFilesError naming the path and why (it was a bare ENOENT).
      for (const [missing, why] of [
        [join(directory, 'nowhere.json'), /no such file/],
        [directory, /directory/],
      ] as const)
        await expect(loadFeedbackClassifier(missing)).rejects.toMatchObject({
          name: 'ModelFilesError',
          code: 'ROLEFIT_MODEL_FILES',
          path: missing,
          message: expect.stringMatching(why),
        });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('uses a frozen embedder with a trained low-rank adapter', async () => {
    const embedder = {
      name: 'fake',
      dimensions: 4,
      embed: async (texts: readonly string[]) =>
        texts.map((text) =>
          Float32Array.from([text.length % 7, text.includes('Backend') ? 1 : 0, 0.5, text.length / 100]),
        ),
    };
    const classifier = await trainFeedbackClassifier({
      examples: examples(40, 8),
      now,
      embedder,
      adapterRank: 2,
      epochs: 30,
    });
    expect(classifier.model.head?.adapterRank).toBe(2);
    expect(classifier.model.featureNames).toContain('embedding:product-0');
    expect(await classifier.score(person, [syntheticJobs(1, 9)[0]!.job])).toHaveLength(1);
    // Loaded without that embedder, or with another, the model is refused at once (it failed at the first score).
    const saved = JSON.parse(JSON.stringify(classifier.model));
    for (const [runtime, why] of [
      [{}, /embedder: is required: this model was trained with the embedder "fake" \(4 dimensions\)/],
      [{ embedder: { ...embedder, dimensions: 8 } }, /embedder: must be the embedder .*got "fake" \(8\)/],
      [{ embedder: { ...embedder, name: 'other' } }, /embedder: must be the embedder .*got "other" \(4\)/],
    ] as const) {
      expect(() => createFeedbackClassifier({ model: saved, now, ...runtime })).toThrow(ValidationError);
      expect(() => createFeedbackClassifier({ model: saved, now, ...runtime })).toThrow(why);
    }
    expect(createFeedbackClassifier({ model: saved, now, embedder }).name).toBe('learned');
    // Feature names that are not what the spec makes: a file of another build or hand-edited.
    expect(() =>
      createFeedbackClassifier({ model: { ...saved, featureNames: saved.featureNames.slice(1) }, now, embedder }),
    ).toThrow(LearnedModelFormatError);
  });
});

describe('desirability model', () => {
  it('explains salary as a positive driver when pay drives the ratings', async () => {
    const ratings = syntheticJobs(150, 11).map(({ job, pay }) => ({ job, rating: payGrade(pay) as 0 | 1 | 2 | 3 }));
    const model = await trainDesirabilityModel(ratings, { now, seed: 1 });
    const explanation = model.explain(3);
    expect(explanation.positive[0]?.feature).toBe('salary:log-annual');
    const matches = await model.rank(
      {},
      ratings.slice(0, 5).map((rating) => rating.job),
    );
    expect(matches[0]?.ranker).toBe('desirability');
  });

  it('searches the lead space, fits pairwise and averages 5 settings by default; given text settings win (mixGrid block by block)', async () => {
    expect(desirabilityTextSettings()).toEqual({
      objective: 'pairwise',
      ensemble: 5,
      mixGrid: { lead: [0, 0.25, 0.5, 1] },
    });
    expect(desirabilityTextSettings({ objective: 'pointwise', ensemble: 1 })).toMatchObject({
      objective: 'pointwise',
      ensemble: 1,
    });
    const merged = desirabilityTextSettings({ lambdas: [1], mixGrid: { dense: [0.1] } });
    expect(merged).toMatchObject({ lambdas: [1], mixGrid: { lead: [0, 0.25, 0.5, 1], dense: [0.1] } });
    expect(desirabilityTextSettings({ mixGrid: { lead: [0] } }).mixGrid?.lead).toEqual([0]);
    const ratings = syntheticJobs(60, 12).map(({ job, pay }) => ({ job, rating: payGrade(pay) as 0 | 1 | 2 | 3 }));
    const model = await trainDesirabilityModel(ratings, { now, seed: 1, text: { lambdas: [1] } });
    // The start, then dense 4 more weights, salaryText 3, lead 3, skills 2: 13 mixes at one λ (company: no job here
    // names one, so its weights are not tried).
    expect(model.model.ridge?.selection.candidates).toBe(13);
    expect(model.model.ridge?.selection.objective).toBe('pairwise');
    expect(model.model.ridge?.selection.members).toHaveLength(5);
  });

  it('refuses a rating or label outside 0–3 with a ValidationError naming it (it was a bare RangeError)', async () => {
    const jobs = syntheticJobs(3, 13).map((entry) => entry.job);
    const ratings = jobs.map((job, index) => ({ job, rating: index === 2 ? 5 : 1 })) as never;
    await expect(trainDesirabilityModel(ratings)).rejects.toMatchObject({
      name: 'ValidationError',
      code: 'ROLEFIT_VALIDATION',
      field: '2.rating',
      message: 'Invalid JobRating: 2.rating: a rating is a whole number 0–3, got 5',
    });
    const examples = jobs.map((job, index) => ({ query: person, job, label: index === 1 ? 1.5 : 0 }));
    await expect(trainFeedbackClassifier({ examples })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'examples.1.label',
    });
  });

  it('loadFeedbackClassifier refuses a path that is no string, naming it (a TypeError of node before)', async () => {
    for (const path of [5, null, { model: 'x' }])
      await expect(loadFeedbackClassifier(path as never), String(path)).rejects.toThrow(
        /^Invalid loadFeedbackClassifier: path: must be a string/,
      );
  });

  it('refuses no ratings or examples with a ValidationError saying so (it was a bare RangeError or TypeError)', async () => {
    await expect(trainDesirabilityModel([])).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Invalid JobRating: (root): trainDesirabilityModel needs at least one rating',
    });
    await expect(trainDesirabilityModel(null as never)).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(/must be an array of \{ job, rating \}, got null/),
    });
    await expect(trainFeedbackClassifier({ examples: [] })).rejects.toMatchObject({
      name: 'ValidationError',
      setting: 'examples',
    });
    await expect(trainFeedbackClassifier({ examples: 'x' as never })).rejects.toMatchObject({
      name: 'ValidationError',
      setting: 'examples',
      message: expect.stringMatching(/got string/),
    });
    const job = syntheticJobs(1, 14)[0]!.job;
    await expect(
      crossValidateFeedbackClassifier({ examples: [{ query: person, job, label: 1 }], k: 2 }),
    ).rejects.toMatchObject({ name: 'ValidationError', setting: 'k' });
  });
});

describe('cold-start switch', () => {
  const labelled = (count: number): LabelledQuery[] => {
    const data = syntheticJobs(count, 21);
    return [
      {
        id: 'r1',
        query: person,
        jobs: data.map((entry) => entry.job),
        grades: new Map(data.map((entry) => [entry.job.id, payGrade(entry.pay)])),
      },
    ];
  };

  it('stays in cold-start below the threshold and blends or learns past it, and says so', async () => {
    const switcher = createColdStartRanker({
      learned: createTrainableFeedbackClassifier({ now, epochs: 60 }),
      minLabels: 30,
      folds: 3,
    });
    const cold = (await switcher.fit(labelled(20))) as ColdStartRanker;
    expect(cold.mode).toBe('cold-start');
    expect(cold.labelCount).toBe(20);
    expect(cold.reason).toContain('fewer than the 30');
    const coldMatches = await cold.rank(person, labelled(20)[0]!.jobs);
    expect(coldMatches[0]?.explanation).toMatch(/^\[cold-start:/);

    const warm = (await switcher.fit(labelled(90))) as ColdStartRanker;
    expect(warm.labelCount).toBe(90);
    expect(warm.validation?.folds).toBe(3);
    // Pay drives the grades and the unsupervised rankers cannot see it: the learned ranker wins cross-validation.
    expect(['blended', 'learned']).toContain(warm.mode);
    const matches = await warm.rank(person, labelled(90)[0]!.jobs);
    expect(matches[0]?.explanation).toMatch(new RegExp(`^\\[${warm.mode}:`));
    expect(matches[0]?.breakdown.learned).toBeDefined();
  });
  it('refuses blend weights that are not from 0 to 1 with a ValidationError naming the weight', () => {
    const learned = createTrainableFeedbackClassifier({ now });
    for (const [weights, setting] of [
      [[Number.NaN], 'weights.0'],
      [[0.5, 2], 'weights.1'],
      [[-0.25], 'weights.0'],
      [['0.5'], 'weights.0'],
      [0.5, 'weights'],
    ] as const)
      expect(() => createColdStartRanker({ learned, weights: weights as never }), String(weights)).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting }),
      );
    expect(() => createColdStartRanker({ learned, weights: [0, 1] })).not.toThrow();
    // Without a learned ranker it worked below minLabels and failed with a TypeError past them.
    for (const missing of [undefined, {}, createDefaultRanker()])
      expect(() => createColdStartRanker({ learned: missing as never })).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting: 'learned' }),
      );
  });
  it('hands prepare (reading jobs ahead) to its unsupervised ranker, and scores as before', async () => {
    const base = createDefaultRanker();
    const prepared: (readonly Job[])[] = [];
    // The real default ranker, with its prepare recorded on the way through.
    const unsupervised: Ranker = {
      name: base.name,
      rank: (query, jobs, options) => base.rank(query, jobs, options),
      prepare: async (jobs, options) => {
        prepared.push(jobs);
        await base.prepare?.(jobs, options);
      },
    };
    const settings = { learned: createTrainableFeedbackClassifier({ now, epochs: 60 }), minLabels: 30, folds: 3 };
    const jobs = labelled(20)[0]!.jobs;
    const cold = (await createColdStartRanker({ ...settings, unsupervised }).fit(labelled(20))) as ColdStartRanker;
    await cold.prepare?.(jobs);
    expect(prepared).toEqual([jobs]);
    const fresh = (await createColdStartRanker({ ...settings, unsupervised: createDefaultRanker() }).fit(
      labelled(20),
    )) as ColdStartRanker;
    const freshJobs = jobs.map((job) => ({ ...job }));
    expect((await cold.rank(person, jobs)).map((match) => [match.jobId, match.score])).toEqual(
      (await fresh.rank(person, freshJobs)).map((match) => [match.jobId, match.score]),
    );
  });
});
