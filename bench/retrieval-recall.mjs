#!/usr/bin/env node
// Retrieval recall@K against full ranking (issue #21 item 1): does re-ranking K retrieved candidates give the default
// ranker's top 10 over every job?
//
//   node bench/retrieval-recall.mjs [--json] [--queries-per-set N|all] [--sets a,b] [--depths 50,100,...] [--dev-sets DIR]
//     [--recipe NAME]
//   (--recipe: one of DEFAULT_RANKER_CANDIDATES instead of the default ranker, to compare recipes on the same queries;
//   --sets: only these sets' queries, e.g. the held-out half (the pool is always every set's jobs);
//   --queries-per-set all: every judged resume query, about 1,000, about 20 minutes on a quiet machine)
//   pnpm bench --only recall        (the same, as part of the bench report)
//
// The dev sets give each query only its ~10–20 judged jobs, too few to test K. So the test splits of every dev set are
// pooled into one store (5,606 real jobs), and each sampled query (a resume) is ranked against the whole pool:
// once with every job ("full ranking"), and once per K with the pipeline's first stage (retrieveCandidates: BM25 on
// the person's text and on each of the ranker's retrievalTexts; no embedder, so no vector list) followed by the same
// ranker on the K candidates. Both rankings get the store's corpus statistics, as recommend passes them, so the ranker
// scores a job alike in either. To choose a setting, choose it on some sets' queries (--sets) and report on the others.
// Held-out split used on 2026-12-05: tuned on ember, job-views, lirecommend-profile, resume-skill-jobs-few; reported on
// applicant-occupation-few, hand-graded-resume-jobs, lirecommend, resume-occupation, wuzzuf-skills.
// Dev sets: ROLEFIT_DEV_SETS or --dev-sets (default <tmp>/rolefit-dev-sets); built from ../shared/data when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';
import { createMemoryStore, parseJob, parseResume, retrieveCandidates } from '@rolefit/core';
import { createRandom } from '@rolefit/core/internal';
import { createDefaultRanker, createRankerFromRecipe, DEFAULT_RANKER_CANDIDATES } from '@rolefit/rankers';

const root = fileURLToPath(new URL('..', import.meta.url));
export const RECALL_DEPTHS = Object.freeze([50, 100, 200, 300, 500, 1000, 3000]);
const TOP = 10;

const readLines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));

/** The dev sets folder, built from ../shared/data (ROLEFIT_DATA) when it is not there yet. */
export function devSetsDirectory(directory = process.env.ROLEFIT_DEV_SETS ?? join(tmpdir(), 'rolefit-dev-sets')) {
  if (!existsSync(directory) || readdirSync(directory).length === 0) {
    const built = spawnSync(process.execPath, [join(root, 'scripts/build-dev-sets.mjs'), '--out', directory], {
      stdio: ['ignore', 2, 2],
    });
    if (built.status !== 0) throw new Error(`retrieval-recall: building the dev sets into ${directory} failed`);
  }
  return directory;
}

/** Every test split's jobs in one list (deduplicated by id), and the resume queries of the sets whose queries are resumes. */
export function loadPool(directory) {
  const jobs = new Map();
  const querySets = [];
  for (const set of readdirSync(directory).sort()) {
    const split = join(directory, set, 'test');
    if (!existsSync(join(split, 'jobs.jsonl'))) continue;
    for (const record of readLines(join(split, 'jobs.jsonl')))
      if (!jobs.has(record.id)) jobs.set(record.id, parseJob(record));
    const readme = existsSync(join(split, 'README.md')) ? readFileSync(join(split, 'README.md'), 'utf8') : '';
    if (!/^query: resume$/m.test(readme)) continue;
    const judged = new Set(
      readFileSync(join(split, 'qrels.tsv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[0])
        .filter(Boolean),
    );
    const resumes = readLines(join(split, 'resumes.jsonl'))
      .filter((record) => judged.has(record.id))
      .map((record) => parseResume(record));
    querySets.push({ set, resumes });
  }
  return { jobs: [...jobs.values()], querySets };
}

/** A seeded sample of up to `count` items, in their original order. */
function sample(items, count, seed) {
  if (items.length <= count) return items;
  const random = createRandom(seed);
  const indexes = items.map((_, index) => index);
  for (let index = indexes.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [indexes[index], indexes[other]] = [indexes[other], indexes[index]];
  }
  return indexes
    .slice(0, count)
    .sort((left, right) => left - right)
    .map((index) => items[index]);
}

/** Sorted copy of numbers. */
const sorted = (values) => [...values].sort((left, right) => left - right);
const sameList = (left, right) => left.length === right.length && left.every((value, index) => value === right[index]);

/**
 * For each K: the share of queries whose re-ranked top 10 equals the full ranking's as a set and in order, and the
 * mean recall@K of the full ranking's top 10 among the K candidates. Each comes strict (by job id) and up to ties
 * (jobs the full ranking scores exactly alike are interchangeable: the pool holds many postings with the same title and
 * no text, which every ranker scores alike and orders among themselves only by id). `onQuery` hears of each query.
 */
export async function measureRetrievalRecall({
  directory = devSetsDirectory(),
  queriesPerSet = 40,
  depths = RECALL_DEPTHS,
  seed = 21,
  recipe,
  sets,
  onQuery,
} = {}) {
  const { jobs: poolJobs, querySets } = loadPool(directory);
  const store = createMemoryStore();
  await store.upsertJobs(poolJobs);
  // The store's own job objects, as retrieval returns them (rankers keep what they read per job object).
  const jobs = await store.listJobs();
  const byId = new Map(jobs.map((job) => [job.id, job]));
  if (recipe !== undefined && DEFAULT_RANKER_CANDIDATES[recipe] === undefined)
    throw new Error(`no default-ranker candidate "${recipe}" (${Object.keys(DEFAULT_RANKER_CANDIDATES).join(', ')})`);
  const ranker =
    recipe === undefined ? createDefaultRanker() : createRankerFromRecipe(DEFAULT_RANKER_CANDIDATES[recipe]);
  const corpusStatistics = await store.corpusStatistics();
  const queries = querySets.flatMap(({ set, resumes }, index) =>
    sets !== undefined && !sets.includes(set)
      ? []
      : sample(resumes, queriesPerSet, seed + index).map((resume) => ({ set, resume })),
  );
  const keys = ['sameSet', 'sameOrder', 'recall', 'tiedSet', 'tiedOrder', 'tiedRecall', 'allRetrieved', 'oracleSet'];
  const totals = Object.fromEntries(depths.map((depth) => [depth, Object.fromEntries(keys.map((key) => [key, 0]))]));
  const misses = [];
  const started = performance.now();
  for (const [index, { set, resume }] of queries.entries()) {
    const query = { resume };
    const ranking = await ranker.rank(query, jobs, { corpusStatistics });
    const fullScore = new Map(ranking.map((match) => [match.jobId, match.score]));
    const top = ranking.slice(0, TOP);
    const full = top.map((match) => match.jobId);
    const topScores = top.map((match) => match.score);
    for (const depth of depths) {
      const { jobs: candidates, corpusStatistics: statistics } = await retrieveCandidates({
        store,
        query,
        filter: {},
        settings: { depth },
        ...(ranker.retrievalTexts ? { texts: () => ranker.retrievalTexts(query) } : {}),
      });
      const retrieved = new Set(candidates.map((job) => job.id));
      const reranked = (await ranker.rank(query, candidates, { limit: TOP, corpusStatistics: statistics })).map(
        (match) => match.jobId,
      );
      const rerankedScores = reranked.map((id) => fullScore.get(id));
      // Up to ties: each top-10 score the full ranking has must be met by as many retrieved jobs of that score.
      const available = new Map();
      for (const id of retrieved) available.set(fullScore.get(id), (available.get(fullScore.get(id)) ?? 0) + 1);
      let tiedHits = 0;
      for (const score of topScores) {
        const left = available.get(score) ?? 0;
        if (left > 0) {
          tiedHits += 1;
          available.set(score, left - 1);
        }
      }
      const entry = totals[depth];
      const sameSet = reranked.length === full.length && reranked.every((id) => full.includes(id));
      entry.sameSet += sameSet ? 1 : 0;
      entry.sameOrder += sameList(reranked, full) ? 1 : 0;
      entry.recall += full.filter((id) => retrieved.has(id)).length / full.length;
      const tiedSet = sameList(sorted(rerankedScores), sorted(topScores));
      entry.tiedSet += tiedSet ? 1 : 0;
      entry.tiedOrder += sameList(rerankedScores, topScores) ? 1 : 0;
      entry.tiedRecall += tiedHits / topScores.length;
      // Whether retrieval held the whole full top 10 (with a ranker that scores each job on its own, the same top 10
      // would follow), and what this ranker gives when it re-ranks the candidates plus any of that top 10 they lack:
      // the share left over is the ranker scoring jobs relative to the batch it is given (min-max, BM25 statistics, pseudo-relevance expansion).
      const allRetrieved = full.every((id) => retrieved.has(id));
      entry.allRetrieved += allRetrieved ? 1 : 0;
      const withTop = allRetrieved
        ? candidates
        : [...candidates, ...full.filter((id) => !retrieved.has(id)).map((id) => byId.get(id))];
      const oracle = allRetrieved
        ? reranked
        : (await ranker.rank(query, withTop, { limit: TOP, corpusStatistics: statistics })).map((match) => match.jobId);
      entry.oracleSet += oracle.length === full.length && oracle.every((id) => full.includes(id)) ? 1 : 0;
      if (!tiedSet) misses.push({ depth, set, resumeId: resume.id });
    }
    onQuery?.(index + 1, queries.length);
  }
  const count = queries.length;
  return {
    pool: jobs.length,
    queries: count,
    perSet: Object.fromEntries(
      querySets.map(({ set }) => [set, queries.filter((query) => query.set === set).length]).filter(([, n]) => n > 0),
    ),
    seconds: Math.round((performance.now() - started) / 1000),
    depths: depths.map((depth) => ({
      depth,
      sameTop10Set: totals[depth].sameSet / count,
      sameTop10Order: totals[depth].sameOrder / count,
      recallOfFullTop10: totals[depth].recall / count,
      sameTop10SetUpToTies: totals[depth].tiedSet / count,
      sameTop10SetUpToTiesInterval: wilsonInterval(totals[depth].tiedSet, count),
      sameTop10OrderUpToTies: totals[depth].tiedOrder / count,
      recallOfFullTop10UpToTies: totals[depth].tiedRecall / count,
      fullTop10AllRetrieved: totals[depth].allRetrieved / count,
      sameTop10SetWithFullTop10Added: totals[depth].oracleSet / count,
    })),
    misses,
  };
}

/** Wilson score interval (95%, z = 1.96) of a binomial share: `hits` of `count`. */
export function wilsonInterval(hits, count, z = 1.96) {
  if (count === 0) return [0, 1];
  const share = hits / count;
  const denominator = 1 + (z * z) / count;
  const centre = (share + (z * z) / (2 * count)) / denominator;
  const half = (z * Math.sqrt((share * (1 - share)) / count + (z * z) / (4 * count * count))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The smallest K whose re-ranked top 10 equals the full ranking's (as a set, up to ties) on at least `target` of the queries. */
export function chooseDepth(result, target = 0.99) {
  return result.depths.find((row) => row.sameTop10SetUpToTies >= target)?.depth;
}

const percent = (value, digits = 1) => `${(value * 100).toFixed(digits)}%`;

/** Prints the table. */
export function formatRecall(result) {
  const lines = [
    `retrieval recall: ${result.queries} resume queries (${Object.entries(result.perSet)
      .map(([set, n]) => `${set} ${n}`)
      .join(', ')}) against a pool of ${result.pool} dev-set jobs, default ranker, ${result.seconds} s`,
  ];
  lines.push(
    '    K | same top-10 set  order  recall@K | up to ties: set  order  recall@K | whole top 10 retrieved | same set, top 10 added | up to ties: set, 95% interval',
  );
  for (const row of result.depths)
    lines.push(
      `${String(row.depth).padStart(5)} | ${percent(row.sameTop10Set).padStart(15)} ${percent(row.sameTop10Order).padStart(6)} ${percent(row.recallOfFullTop10).padStart(9)} | ${percent(row.sameTop10SetUpToTies).padStart(15)} ${percent(row.sameTop10OrderUpToTies).padStart(6)} ${percent(row.recallOfFullTop10UpToTies).padStart(9)} | ${percent(row.fullTop10AllRetrieved).padStart(22)} | ${percent(row.sameTop10SetWithFullTop10Added).padStart(22)} | ${row.sameTop10SetUpToTiesInterval.map((value) => percent(value)).join('–')}`,
    );
  lines.push(
    `smallest K with the same top-10 set (up to ties) on ≥ 99% of queries: ${chooseDepth(result) ?? 'none of these'}`,
  );
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseScriptArguments(import.meta.url, {
    options: {
      json: { type: 'boolean', default: false },
      'queries-per-set': { type: 'string', default: '40' },
      sets: { type: 'string' },
      depths: { type: 'string' },
      'dev-sets': { type: 'string' },
      recipe: { type: 'string' },
    },
  });
  const result = await measureRetrievalRecall({
    directory: devSetsDirectory(values['dev-sets']),
    queriesPerSet: values['queries-per-set'] === 'all' ? Infinity : Number(values['queries-per-set']),
    ...(values.sets ? { sets: values.sets.split(',') } : {}),
    recipe: values.recipe,
    depths: values.depths ? values.depths.split(',').map(Number) : RECALL_DEPTHS,
    onQuery: values.json
      ? undefined
      : (done, total) => done % 10 === 0 && process.stderr.write(`  ${done}/${total} queries\n`),
  });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatRecall(result));
}
