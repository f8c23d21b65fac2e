#!/usr/bin/env node
// Query-adaptive fusion for the default ranker (issue #22): does weighting a member per query or per job by how sure
// its evidence is, or a third member only where it has evidence, or another normalisation, beat the shipped recipe
// (BM25 + occupation 1 : 1, expansion 0.5) under the same leave-one-dataset-out protocol as `pnpm eval --report`?
//
//   node bench/query-adaptive-fusion.mjs [--sets DIR,DIR] [--json FILE]
//   node bench/query-adaptive-fusion.mjs --evaluate DIR[,DIR…] [--json FILE]
//
// --evaluate: no choosing at all; on each dataset folder named (a split, or a folder of train/ and test/, whose
// union is scored too), nDCG@10 of the three members, the sum (BM25 + occupation 1 : 1, expansion 0.5: the default
// ranker's recipe) and the agreement variant (BM25 1 + occupation 1 + 2·min(1, BM25/0.2), expansion 0.5; the default
// for a few hours on 2026-12-05), each with a paired-bootstrap 95% interval against BM25, and agreement against sum.
// For a set nothing was tuned on.
//
// Without --sets: the dev sets in ROLEFIT_DEV_SETS (default <tmp>/rolefit-dev-sets; build them with
// `node scripts/build-dev-sets.mjs --out DIR`) and datasets/. Prints three leave-one-dataset-out families (each with
// the no-harm rule, 0.01 nDCG@10 of BM25 on every tuning split, and each fold compared with BM25, multi-factor and the
// occupation ranker by a paired bootstrap over queries): the shipped candidates, those plus the query-adaptive
// variants below, and those plus a plain heavier occupation weight; then every variant's held-out and tuning figures.
//
// The variants are computed here from the three members' own scores, with the fusion's arithmetic: a weighted sum of
// the members' scores (no per-batch normalisation), BM25 deciding from its score 0.78 (wholly from 0.85), then the
// package's pseudo-relevance step (best 5, at most half the batch, no rescaling). On the shipped candidates this gives
// the package's figures to the last digit (the "current" family below is `pnpm eval --report`'s default-ranker table).
// Gates (a member's weight for one query or job, in [0, 1]):
//   personConf   how sure the person's occupation is: the evidence weight of the best occupation the occupation
//                ranker's knowledge finds in the person's titles and text, capped at 1 (a title that names one ≈ 1)
//   focus        the best occupation's share of the evidence of the 5 found, over 0.5, capped at 1
//   jobConf      the same evidence for the job (its title first), capped at 1; bothConf: personConf × jobConf
//   skillsShared skills the occupation ranker finds shared, over 3, capped at 1
//   bm25Agree    agreement: BM25's own score over 0.2, capped at 1 (the occupation's extra weight counts where the
//                texts share words); `bm25Agree .1` and `.4` over 0.1 and 0.4
//   listedJob    multi-factor only for jobs that list skills (job.skills), its weight handed to the others elsewhere
// `1:0:1+2[g]` is BM25 1, multi-factor 0, occupation 1 + 2·g, divided by the weights as they are for that job.
// min-max, rrf and mnz (CombMNZ: the sum times the share of members scoring above 0) scale by the batch, so a job's
// score would depend on the batch it is ranked in: reported for comparison only, not candidates to ship.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';
import { pathToFileURL } from 'node:url';
import { bundleSources, root } from './bundle-sources.mjs';

const { values } = parseScriptArguments(import.meta.url, {
  options: { sets: { type: 'string' }, json: { type: 'string' }, evaluate: { type: 'string' } },
});
const roots = values.sets
  ? values.sets.split(',')
  : [process.env.ROLEFIT_DEV_SETS ?? join(tmpdir(), 'rolefit-dev-sets'), join(root, 'datasets')];

const entry = `
export { buildEvaluationReport, evaluate, findReportSets, formatEvaluationReport, loadEvaluationDataset, pairedBootstrap } from '@rolefit/eval';
export { createBm25Ranker, createMultiFactorRanker, createOccupationRanker, DEFAULT_RANKER_MAXIMUM_LOSS } from '@rolefit/rankers';
export { loadOccupationKnowledge } from '@rolefit/core';
export { applyPseudoRelevanceToJobs } from './packages/rankers/src/pseudo-relevance/pseudo-relevance.js';
export { jobDescription, jobTexts, personTexts } from './packages/rankers/src/occupation/texts.js';
export { orderMatches, clampUnit, firstOfEachId } from './packages/rankers/src/shared/ranking.js';
export { fractionalRanks } from './packages/rankers/src/fusion/fuse.js';
export { BM25_DECIDES } from './packages/rankers/src/default/default-ranker.js';
`;
const lib = await import(
  pathToFileURL(await bundleSources('rolefit-query-adaptive', { contents: entry, sourcefile: 'query-adaptive.ts' }))
    .href
);

// Each member ranks a query's jobs once; every variant reads the same answer.
function remembering(ranker) {
  const answers = new WeakMap();
  return {
    name: ranker.name,
    rank(query, jobs) {
      let byJobs = answers.get(query);
      if (byJobs === undefined) answers.set(query, (byJobs = new WeakMap()));
      let answer = byJobs.get(jobs);
      if (answer === undefined) byJobs.set(jobs, (answer = ranker.rank(query, jobs)));
      return answer;
    },
  };
}
const members = {
  bm25: remembering(lib.createBm25Ranker()),
  mf: remembering(lib.createMultiFactorRanker()),
  occ: remembering(lib.createOccupationRanker()),
};

const knowledge = await lib.loadOccupationKnowledge();
const personCache = new WeakMap();
const person = (query) => {
  let value = personCache.get(query);
  if (value === undefined) {
    const found = knowledge.findOccupations(lib.personTexts(query).parts, { limit: 5 });
    const best = found[0]?.score ?? 0;
    const total = found.reduce((sum, match) => sum + match.score, 0);
    personCache.set(query, (value = { evidence: best, focus: total > 0 ? best / total : 0 }));
  }
  return value;
};
const jobCache = new WeakMap();
const jobEvidence = (job) => {
  let value = jobCache.get(job);
  if (value === undefined) {
    value = knowledge.findOccupations(lib.jobTexts(job, lib.jobDescription(job)), { limit: 5 })[0]?.score ?? 0;
    jobCache.set(job, value);
  }
  return value;
};
const ramp = (value, at) => Math.min(1, Math.max(0, value / at));
const listed = (job) => (Array.isArray(job.skills) ? job.skills.length : 0);
const GATES = {
  personConf: (c) => ramp(person(c.query).evidence, 1),
  focus: (c) => ramp(person(c.query).focus, 0.5),
  jobConf: (c) => ramp(jobEvidence(c.job), 1),
  bothConf: (c) => ramp(person(c.query).evidence, 1) * ramp(jobEvidence(c.job), 1),
  skillsShared: (c) => ramp(c.occ?.matchedSkills.length ?? 0, 3),
  bm25Agree: (c) => ramp(c.bm25?.score ?? 0, 0.2),
  'bm25Agree .1': (c) => ramp(c.bm25?.score ?? 0, 0.1),
  'bm25Agree .4': (c) => ramp(c.bm25?.score ?? 0, 0.4),
  listedJob: (c) => (listed(c.job) > 0 ? 1 : 0),
};

const minmax = (scores) => {
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  return high > low ? scores.map((score) => (score - low) / (high - low)) : scores.map(() => 0.5);
};

/**
 * A variant as a ranker. `w`: base weights; `gates`: a member's weight times its gate; `extra`: occupation weight
 * added times a gate; `norm`: `none` (the members' own scores), `min-max`, `rrf` (61 / (60 + rank)) or `mnz`.
 */
function variantRanker(name, variant) {
  const keys = ['bm25', 'mf', 'occ'].filter((key) => variant.w[key] > 0);
  return {
    name,
    async rank(query, jobs) {
      const answers = await Promise.all(keys.map((key) => members[key].rank(query, jobs)));
      const byKey = { bm25: new Map(), mf: new Map(), occ: new Map() };
      keys.forEach((key, index) => {
        for (const match of answers[index]) if (!byKey[key].has(match.jobId)) byKey[key].set(match.jobId, match);
      });
      const unique = lib.firstOfEachId(jobs, (job) => job.id);
      const ids = unique.map((job) => job.id);
      const norm = variant.norm ?? 'none';
      const contributions = keys.map((key) => {
        const scores = unique.map((job) => byKey[key].get(job.id)?.score ?? 0);
        if (norm === 'min-max') return minmax(scores);
        if (norm === 'rrf') return lib.fractionalRanks(scores).map((rank) => 61 / (60 + rank));
        return scores;
      });
      const fused = unique.map((job, position) => {
        const context = { query, job, bm25: byKey.bm25.get(job.id), occ: byKey.occ.get(job.id) };
        let total = 0;
        let weights = 0;
        let scoring = 0;
        keys.forEach((key, index) => {
          let weight = variant.w[key] * (variant.gates?.[key]?.(context) ?? 1);
          if (key === 'occ' && variant.extra) weight += variant.extra.weight * variant.extra.gate(context);
          total += weight * contributions[index][position];
          weights += weight;
          if (contributions[index][position] > 0) scoring += 1;
        });
        let score = weights > 0 ? total / weights : 0;
        if (norm === 'mnz') score *= scoring / keys.length;
        if (variant.decisive === false) return score;
        const own = lib.clampUnit(byKey.bm25.get(ids[position])?.score ?? 0);
        const share = Math.min(
          1,
          Math.max(0, (own - lib.BM25_DECIDES.from) / (lib.BM25_DECIDES.to - lib.BM25_DECIDES.from)),
        );
        return share * own + (1 - share) * score;
      });
      const expansion =
        variant.prf !== false &&
        lib.applyPseudoRelevanceToJobs(fused, unique, ids, {
          depth: 5,
          weight: variant.prf,
          minimumJobs: 2,
          maximumShare: 0.5,
          normalization: 'none',
        });
      const scores = expansion ? expansion.scores : fused;
      return lib.orderMatches(
        unique.map((job, position) => ({
          jobId: job.id,
          score: lib.clampUnit(scores[position]),
          breakdown: {},
          matchedSkills: [],
          missingSkills: [],
          ranker: name,
        })),
      );
    },
  };
}

const variants = {};
const add = (name, variant, expansions) => {
  for (const prf of expansions) variants[`${name}${prf === false ? '' : ` +prf ${prf}`}`] = { ...variant, prf };
};
// The shipped candidates (DEFAULT_RANKER_CANDIDATES), in their order.
add('bm25', { w: { bm25: 1, mf: 0, occ: 0 } }, [false, 0.5]);
add('sum 1:0:1', { w: { bm25: 1, mf: 0, occ: 1 } }, [false, 0.5, 1]);
add('sum 1:1:0', { w: { bm25: 1, mf: 1, occ: 0 } }, [0.5]);
add('sum 1:1:1', { w: { bm25: 1, mf: 1, occ: 1 } }, [0.5, 1]);
add('sum 2:1:1', { w: { bm25: 2, mf: 1, occ: 1 } }, [0.5]);
add('sum 2:0:1', { w: { bm25: 2, mf: 0, occ: 1 } }, [0.5]);
const current = Object.keys(variants);
// (b) multi-factor as a third member only for jobs that list skills.
for (const weight of [0.25, 0.5, 1])
  add(`1:${weight}[listedJob]:1`, { w: { bm25: 1, mf: weight, occ: 1 }, gates: { mf: GATES.listedJob } }, [0.5, 1]);
// (a), (d) the occupation member's extra weight by its confidence, or by agreement with BM25.
for (const gate of [
  'personConf',
  'focus',
  'jobConf',
  'bothConf',
  'skillsShared',
  'bm25Agree',
  'bm25Agree .1',
  'bm25Agree .4',
])
  for (const weight of [1, 2])
    add(`1:0:1+${weight}[${gate}]`, { w: { bm25: 1, mf: 0, occ: 1 }, extra: { weight, gate: GATES[gate] } }, [0.5, 1]);
for (const gate of ['personConf', 'skillsShared', 'bm25Agree'])
  add(
    `1:0.5[listedJob]:1+2[${gate}]`,
    { w: { bm25: 1, mf: 0.5, occ: 1 }, gates: { mf: GATES.listedJob }, extra: { weight: 2, gate: GATES[gate] } },
    [0.5, 1],
  );
// (c) normalisations over the batch (not batch-independent).
for (const norm of ['min-max', 'rrf', 'mnz']) {
  add(`${norm} 1:0:1`, { w: { bm25: 1, mf: 0, occ: 1 }, norm, decisive: false }, [false, 0.5]);
  add(`${norm} 1:1:1`, { w: { bm25: 1, mf: 1, occ: 1 }, norm, decisive: false }, [false, 0.5]);
}
const adaptive = Object.keys(variants);
// A plain heavier occupation weight, for comparison.
for (const weight of [2, 3]) add(`sum 1:0:${weight}`, { w: { bm25: 1, mf: 0, occ: weight } }, [false, 0.5, 1]);
const heavier = Object.keys(variants);

if (values.evaluate !== undefined) {
  await evaluateFixed(values.evaluate.split(','));
  process.exit(0);
}

/** Scores the members, the sum (the default's recipe) and the agreement variant on each named folder; nothing is chosen. */
async function evaluateFixed(folders) {
  const { existsSync, mkdtempSync, readFileSync, writeFileSync: write } = await import('node:fs');
  const fixed = {
    bm25: members.bm25,
    'multi-factor': members.mf,
    occupation: members.occ,
    sum: variantRanker('sum', variants['sum 1:0:1 +prf 0.5']),
    agreement: variantRanker('agreement', variants['1:0:1+2[bm25Agree] +prf 0.5']),
  };
  // train + test as one folder: each file's lines once (a résumé judged on both sides is one record).
  const union = (folder) => {
    const out = mkdtempSync(join(tmpdir(), 'rolefit-union-'));
    for (const file of ['jobs.jsonl', 'resumes.jsonl', 'qrels.tsv']) {
      const lines = ['train', 'test'].flatMap((part) =>
        readFileSync(join(folder, part, file), 'utf8')
          .split('\n')
          .filter(Boolean),
      );
      write(join(out, file), `${[...new Set(lines)].join('\n')}\n`);
    }
    write(join(out, 'README.md'), readFileSync(join(folder, 'test', 'README.md'), 'utf8'));
    return out;
  };
  const splits = folders.flatMap((folder) =>
    existsSync(join(folder, 'test'))
      ? [
          [`${folder} train`, join(folder, 'train')],
          [`${folder} test`, join(folder, 'test')],
          [`${folder} train+test`, union(folder)],
        ]
      : [[folder, folder]],
  );
  const results = [];
  const f = (value) => (value >= 0 ? '+' : '') + value.toFixed(3);
  const interval = (d) => `${f(d.difference)} [${f(d.low)}, ${f(d.high)}]`;
  for (const [label, folder] of splits) {
    const dataset = await lib.loadEvaluationDataset(folder);
    const scores = await lib.evaluate({ dataset, rankers: Object.values(fixed), perQuery: true });
    const per = (name) => scores[name].perQuery.map((query) => query.ndcg);
    const row = {
      set: label,
      queries: scores.bm25['ndcg@10'] === null ? 0 : per('bm25').filter((v) => v !== null).length,
    };
    for (const name of Object.keys(fixed)) row[name] = scores[name]['ndcg@10'];
    for (const name of ['multi-factor', 'occupation', 'sum', 'agreement'])
      row[`${name} - bm25`] = lib.pairedBootstrap(per(name), per('bm25'));
    row['agreement - sum'] = lib.pairedBootstrap(per('agreement'), per('sum'));
    // Each query's nDCG@10 per ranker, for a look at where they differ (in --json only).
    row.perQuery = scores.bm25.perQuery.map((query, index) => ({
      id: query.id,
      ...Object.fromEntries(Object.keys(fixed).map((name) => [name, scores[name].perQuery[index].ndcg])),
    }));
    results.push(row);
    process.stdout.write(
      `${label} (${row.queries} queries): ${Object.keys(fixed)
        .map((name) => `${name} ${row[name].toFixed(3)}`)
        .join(', ')}\n  ${['multi-factor', 'occupation', 'sum', 'agreement']
        .map((name) => `${name} - bm25 ${interval(row[`${name} - bm25`])}`)
        .join('; ')}; agreement - sum ${interval(row['agreement - sum'])}\n`,
    );
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(results));
}

const family = (names) => ({
  candidates: Object.fromEntries(names.map((name) => [name, () => variantRanker(name, variants[name])])),
  maximumLoss: lib.DEFAULT_RANKER_MAXIMUM_LOSS,
  compareWith: ['bm25', 'multi-factor', 'occupation'],
});
const started = Date.now();
const report = await lib.buildEvaluationReport({
  sets: await lib.findReportSets(roots),
  rankers: { bm25: () => members.bm25, 'multi-factor': () => members.mf, occupation: () => members.occ },
  candidates: {
    current: family(current),
    'current + query-adaptive': family(adaptive),
    'current + query-adaptive + heavier occupation': family(heavier),
  },
  onProgress: (line) => {
    if (!line.includes('candidate')) process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0)} s ${line}\n`);
  },
});
if (values.json) writeFileSync(values.json, JSON.stringify(report));
process.stdout.write(`${lib.formatEvaluationReport(report)}\n`);
process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0)} s in all\n`);
