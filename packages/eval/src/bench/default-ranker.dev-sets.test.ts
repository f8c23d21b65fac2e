// The default ranker against BM25 on real dev sets built from ../shared/data (the dev-set builder), on the
// held-out split of the two largest multi-query sets. A failable guard of "never does harm", not an order on a
// handful of queries: each set has about 100–400 queries. Skipped, with the reason, without the data.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBm25Ranker, createDefaultRanker, DEFAULT_RANKER_MAXIMUM_LOSS } from '@rolefit/rankers';
import { pairedBootstrap } from '../harness/bootstrap.js';
import { loadEvaluationDataset } from '../harness/dataset.js';
import { scoreRanker } from '../harness/evaluate.js';
import { buildLabelledQueries } from '../harness/queries.js';
import { buildDevSets } from '../dev-sets/build.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const data = process.env.ROLEFIT_DATA ?? join(repo, '..', 'shared', 'data');
const reason = !existsSync(data) ? `no data folder at ${data}` : undefined;
if (reason) console.log(`default ranker on dev sets: skipped, ${reason}`);

const SETS = ['job-views', 'resume-occupation'];

describe.skipIf(reason !== undefined)('the default ranker on held-out dev sets', () => {
  const out = mkdtempSync(join(tmpdir(), 'rolefit-default-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('stays within 0.01 nDCG@10 of BM25 (mean over queries) on each set', async () => {
    buildDevSets({ out, sets: SETS, data, repository: repo });
    for (const set of SETS) {
      const dataset = await loadEvaluationDataset(join(out, set, 'test'));
      const queries = buildLabelledQueries(dataset, dataset.defaultQuery ?? 'resume');
      expect(queries.length, set).toBeGreaterThanOrEqual(50);
      const bm25 = await scoreRanker(createBm25Ranker(), queries);
      const fusion = await scoreRanker(createDefaultRanker(), queries);
      const difference = pairedBootstrap(
        fusion.perQuery.map((query) => query.ndcg),
        bm25.perQuery.map((query) => query.ndcg),
        { resamples: 500 },
      );
      console.log(
        `${set}: bm25 ${bm25['ndcg@10']!.toFixed(3)}, default ${fusion['ndcg@10']!.toFixed(3)}, Δ ${difference.difference.toFixed(3)} [${difference.low.toFixed(3)}, ${difference.high.toFixed(3)}]`,
      );
      expect(difference.difference, set).toBeGreaterThanOrEqual(-DEFAULT_RANKER_MAXIMUM_LOSS);
    }
  }, 600_000);
});
