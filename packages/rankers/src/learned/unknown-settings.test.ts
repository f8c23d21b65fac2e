import { describe, expect, it } from 'vitest';
import {
  createColdStartRanker,
  createOnnxClassifierRanker,
  createFeedbackClassifier,
  createTrainableColdStartRanker,
  createTrainableDesirabilityModel,
  createTrainableFeedbackClassifier,
  crossValidateFeedbackClassifier,
  loadFeedbackClassifier,
  trainDesirabilityModel,
  trainFeedbackClassifier,
} from './index.js';
import { validationMessageOf } from '../../../core/src/testing/validation-message.js';

// Every learned ranker refuses a mistyped setting (issue #17, item 6) before doing any work, naming the nearest known one.
describe('learned ranker settings refuse unknown keys', () => {
  it.each([
    ['trainFeedbackClassifier', () => trainFeedbackClassifier({ examples: [], epoch: 3 } as never), 'epoch', 'epochs'],
    [
      'trainFeedbackClassifier (text)',
      () => trainFeedbackClassifier({ examples: [], text: { lambda: [1] } } as never),
      'lambda',
      'lambdas',
    ],
    [
      'crossValidateFeedbackClassifier',
      () => crossValidateFeedbackClassifier({ examples: [], k: 2, seeds: 1 } as never),
      'seeds',
      'seed',
    ],
    ['createFeedbackClassifier', () => createFeedbackClassifier({ model: {}, nmae: 'x' } as never), 'nmae', 'name'],
    [
      'loadFeedbackClassifier',
      () => loadFeedbackClassifier('/nonexistent.json', { embeder: {} } as never),
      'embeder',
      'embedder',
    ],
    [
      'trainDesirabilityModel',
      () => trainDesirabilityModel([], { minimumCounts: 2 } as never),
      'minimumCounts',
      'minimumCount',
    ],
    [
      'createColdStartRanker',
      () => createColdStartRanker({ learned: createTrainableFeedbackClassifier(), minLabel: 3 } as never),
      'minLabel',
      'minLabels',
    ],
    [
      'createTrainableFeedbackClassifier',
      () => createTrainableFeedbackClassifier({ learningrate: 0.1 } as never),
      'learningrate',
      'learningRate',
    ],
    [
      'createTrainableDesirabilityModel',
      () => createTrainableDesirabilityModel({ leaner: 'ridge' } as never),
      'leaner',
      'learner',
    ],
    ['createTrainableColdStartRanker', () => createTrainableColdStartRanker({ fold: 3 } as never), 'fold', 'folds'],
  ])('%s', async (_name, run, typo, known) => {
    expect(await validationMessageOf(run)).toContain(`unknown key '${typo}' (did you mean '${known}'?)`);
  });

  it('still accepts every documented setting', () => {
    expect(() =>
      createTrainableFeedbackClassifier({ name: 'x', epochs: 3, learner: 'ridge', text: { folds: 3 } }),
    ).not.toThrow();
    expect(() => createTrainableColdStartRanker({ minLabels: 3, folds: 3, name: 'c' })).not.toThrow();
  });
});

describe('createOnnxClassifierRanker', () => {
  it('refuses an unknown setting before loading anything, naming the nearest known one', () => {
    expect(() => createOnnxClassifierRanker({ model: '/nonexistent', positivelabel: 1 } as never)).toThrow(
      "unknown key 'positivelabel' (did you mean 'positiveLabel'?)",
    );
  });
});
