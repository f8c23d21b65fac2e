// The harness's helpers refuse an argument of the wrong kind with core's ValidationError naming it
// (`Invalid ratingAuc: scores: must have the length of grades (3), got 2`), where they threw a TypeError from inside.
import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  crossValidatedAuc,
  crossValidatedLearningCurve,
  exactAccuracy,
  loadRatings,
  learningCurve,
  majorityGrade,
  pairedBootstrapAuc,
  ratingAuc,
  tasteReport,
} from '../bench/taste-report.js';
import { formatEvaluationTable, runEvalCli } from '../cli/run-eval.js';
import { pairedBootstrap } from './bootstrap.js';
import { datasetName, loadEvaluationDataset } from './dataset.js';
import { jobAsQuery, resumeAsJob } from './queries.js';
import { buildEvaluationReport, findReportSets, formatEvaluationReport } from './report.js';

const refusals: Array<[string, () => unknown, string]> = [
  ['pairedBootstrap', () => pairedBootstrap(null as never, []), 'candidate: must be a list of per-query values'],
  ['ratingAuc', () => ratingAuc([1, 2, 3], [0.1, 0.2]), 'scores: must have the length of grades (3), got 2'],
  ['exactAccuracy', () => exactAccuracy(undefined as never, [1]), 'predicted: must be a list of numbers'],
  ['majorityGrade', () => majorityGrade(42 as never), 'grades: must be a list of grades, got a number (42)'],
  ['pairedBootstrapAuc', () => pairedBootstrapAuc([1, 0], [0.1, 0.2], [0.3]), 'scoresB: must have the length'],
  ['jobAsQuery', () => jobAsQuery(null as never), 'job: must be a Job (use parseJob), got null'],
  ['jobAsQuery', () => jobAsQuery({ id: 'j', title: 'Analyst', description: 'SQL' } as never), 'job.skills:'],
  ['resumeAsJob', () => resumeAsJob('Jane' as never), 'resume: must be a Resume (use parseResume), got a string'],
  ['datasetName', () => datasetName(null as never), 'directory: must be a string, got null'],
  ['formatEvaluationReport', () => formatEvaluationReport({ summary: {} } as never), 'report.sets: must be a list'],
  [
    'formatEvaluationTable',
    () => formatEvaluationTable({ bm25: {} } as never),
    'results.bm25.ndcg@10: must be a number or null',
  ],
  ['formatEvaluationTable', () => formatEvaluationTable(null as never), 'results: must be results by ranker'],
];

const rejections: Array<[string, () => Promise<unknown>, string]> = [
  ['findReportSets', () => findReportSets([null] as never), 'roots.0: must be a string, got null'],
  ['buildEvaluationReport', () => buildEvaluationReport(undefined as never), 'settings: must be'],
  ['tasteReport', () => tasteReport(null as never), 'options: must be TasteReportOptions, got null'],
  ['crossValidatedAuc', () => crossValidatedAuc(null as never, 5), 'ratings: must be a list of ratings'],
  // Round 17: these were node's "paths[0]" TypeError, groupedStratifiedFolds' RangeError and "(reading 'stderr')".
  [
    'crossValidatedAuc',
    () => crossValidatedAuc([], undefined as never),
    'folds: must be a whole number ≥ 2, got undefined',
  ],
  ['crossValidatedAuc', () => crossValidatedAuc([], 2.5), 'folds: must be a whole number ≥ 2, got a number (2.5)'],
  [
    'loadEvaluationDataset',
    () => loadEvaluationDataset(undefined as never),
    'directory: must be a string, got undefined',
  ],
  ['loadRatings', () => loadRatings(42 as never), 'directory: must be a string, got a number (42)'],
  ['runEvalCli', () => runEvalCli([], undefined as never), 'io: must be EvalCliIo'],
  ['runEvalCli', () => runEvalCli([], { stdout: process.stdout } as never), 'io.stderr: must be a writable stream'],
  [
    'runEvalCli',
    () => runEvalCli('--help' as never, { stdout: process.stdout, stderr: process.stderr }),
    'argv: must be a list of strings, got a string',
  ],
  ['learningCurve', () => learningCurve([], [], null as never, [1]), 'sizes: must be a list of training sizes'],
  ['crossValidatedLearningCurve', () => crossValidatedLearningCurve([], 5, 'x' as never), 'sizes: must be a list'],
];

describe('the harness helpers check their arguments', () => {
  for (const [name, call, message] of refusals)
    it(`${name}: ${message}`, () => expect(call).toThrow(`Invalid ${name}: ${message}`));
  for (const [name, call, message] of rejections)
    it(`${name}: ${message}`, async () => {
      const error = await call().catch((caught: unknown) => caught);
      expect(isValidationError(error), String(error)).toBe(true);
      expect((error as Error).message).toContain(`Invalid ${name}: ${message}`);
    });

  it('answer valid input as before', () => {
    expect(ratingAuc([0, 1], [0.1, 0.9])).toBe(1);
    expect(exactAccuracy([1, 2], [1, 3])).toBe(0.5);
    expect(majorityGrade([2, 1, 2])).toBe(2);
    expect(pairedBootstrap([0.5], [0.25]).difference).toBe(0.25);
    expect(datasetName('/data/sets/recruiter/test')).toBe('recruiter/test');
  });
});
