import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createBm25Ranker,
  createMultiFactorRanker,
  createTrainableColdStartRanker,
  createTrainableDesirabilityModel,
  createTrainableFeedbackClassifier,
  createTrainableFusionRanker,
  type LabelledQuery,
} from '@rolefit/rankers';
import { shuffled } from '@rolefit/rankers/testing';
import { buildLabelledQueries, evaluate, loadEvaluationDataset, type RankerEvaluation } from '../harness/index.js';

// Real public dev sets written by `node scripts/build-dev-sets.mjs`; skipped when they are absent.
const root = process.env.ROLEFIT_DEV_SETS ?? '/tmp/rolefit-dev-sets';
const present = existsSync(join(root, 'lirecommend', 'train', 'qrels.tsv'));
const SETS = ['lirecommend', 'lirecommend-profile', 'ember', 'job-views'];

const format = (value: number | null) => (value === null ? '  –  ' : value.toFixed(3));
const table = (title: string, results: Record<string, RankerEvaluation>) =>
  [
    `${title}`,
    'ranker          nDCG@10  MAP    MRR    R@10   AUC',
    ...Object.entries(results).map(
      ([name, row]) =>
        `${name.padEnd(15)} ${format(row['ndcg@10'])}  ${format(row.map)}  ${format(row.mrr)}  ${format(row['recall@10'])}  ${format(row.auc)}`,
    ),
  ].join('\n');

/** The training queries restricted to `count` judged pairs, drawn with a fixed seed. */
function subset(queries: readonly LabelledQuery[], count: number, seed: number): LabelledQuery[] {
  const keys = shuffled(
    queries.flatMap((query) => [...query.grades.keys()].map((jobId) => `${query.id}\t${jobId}`)),
    seed,
  ).slice(0, count);
  const kept = new Set(keys);
  return queries
    .map((query) => {
      const jobs = query.jobs.filter((job) => kept.has(`${query.id}\t${job.id}`));
      return { ...query, jobs, grades: new Map(jobs.map((job) => [job.id, query.grades.get(job.id)!])) };
    })
    .filter((query) => query.jobs.length > 0);
}

describe.skipIf(!present)('learned rankers on the dev sets (train → test)', () => {
  for (const set of SETS) {
    it(`${set}`, async () => {
      if (!existsSync(join(root, set, 'train'))) return;
      const train = await loadEvaluationDataset(join(root, set, 'train'));
      const dataset = await loadEvaluationDataset(join(root, set, 'test'));
      const results = await evaluate({
        dataset,
        train,
        rankers: [
          createBm25Ranker(),
          createMultiFactorRanker(),
          createTrainableFusionRanker({ rankers: [createBm25Ranker(), createMultiFactorRanker()] }),
          createTrainableFeedbackClassifier(),
          createTrainableDesirabilityModel(),
          createTrainableColdStartRanker(),
        ],
      });
      console.log(table(`${set}/train → ${set}/test`, results));
      expect(Object.keys(results)).toHaveLength(6);
    }, 600_000);
  }

  it('learning curve on lirecommend and job-views', async () => {
    for (const set of ['lirecommend', 'job-views']) {
      const train = await loadEvaluationDataset(join(root, set, 'train'));
      const dataset = await loadEvaluationDataset(join(root, set, 'test'));
      const queries = buildLabelledQueries(train, 'resume');
      const lines = [
        `learning curve ${set} (test)`,
        'labels  learned nDCG/AUC   cold-start nDCG/AUC (mode)   desirability nDCG/AUC',
      ];
      for (const count of [10, 25, 50, 100, 200]) {
        const part = subset(queries, count, 7);
        const learned = await createTrainableFeedbackClassifier().fit(part);
        const coldStart = await createTrainableColdStartRanker().fit(part);
        const desirability = await createTrainableDesirabilityModel().fit(part);
        const results = await evaluate({ dataset, rankers: [learned, coldStart, desirability] });
        const mode = (coldStart as { mode?: string }).mode ?? '?';
        const row = (name: string) => `${format(results[name]!['ndcg@10'])}/${format(results[name]!.auc)}`;
        lines.push(
          `${String(count).padStart(6)}  ${row('learned')}         ${row('cold-start')} (${mode})     ${row('desirability')}`,
        );
      }
      console.log(lines.join('\n'));
    }
  }, 600_000);
});
