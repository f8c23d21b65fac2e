import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Ranker } from '@rolefit/core';
import { checkListArgument, checkRecordArgument, checkTextArgument } from '@rolefit/core/internal';
import { pairedBootstrap, type PairedDifference } from './bootstrap.js';
import { loadEvaluationDataset, type EvaluationDataset, type QueryDirection } from './dataset.js';
import { scoreRanker, type QueryScore } from './evaluate.js';
import { type LabelledQuery, isTrainableRanker, type TrainableRanker } from '@rolefit/rankers';
import { buildLabelledQueries } from './queries.js';

/** One dev set of a report: the split reported on and the split settings may be chosen on. */
export interface ReportSet {
  /** The set's name (its folder). */
  name: string;
  /** Query direction (the README's `query:` line, else `resume`). */
  direction: QueryDirection;
  /** The split figures are reported on: `test` when the set is split, else the whole set. */
  heldOut: EvaluationDataset;
  /** The split settings may be chosen on when another set is held out: `train` when the set is split, else the whole set. */
  tuning: EvaluationDataset;
}

/** A ranker the report runs, built afresh for each split (a trainable one gets its untrained defaults). */
export type ReportRankerFactory = () => Promise<Ranker | TrainableRanker> | Ranker | TrainableRanker;

/** Candidate settings of one ranker, chosen among leave-one-dataset-out. */
export interface CandidateFamily {
  /** Each candidate's factory, by name; the first wins a tie. */
  candidates: Readonly<Record<string, ReportRankerFactory>>;
  /**
   * When set, a candidate qualifies only if its nDCG@10 is at most this far below the baseline's on every set it is
   * chosen on (tuning splits); the best mean among those wins, else the one with the best worst case. For a default
   * that must never do harm (0.01).
   */
  maximumLoss?: number | undefined;
  /**
   * A candidate listed later must beat the best earlier one by more than this mean nDCG@10 to be chosen (default
   * 0.002): list the simpler settings first, and a difference within the noise keeps the simpler one.
   */
  tieTolerance?: number | undefined;
  /**
   * Names of the report's rankers that each fold's chosen candidate is also compared with on the held-out set (paired
   * bootstrap over queries), one by one and against the best of them there: for a fused default that should beat
   * every single ranker it is made of.
   */
  compareWith?: readonly string[] | undefined;
}

/** Settings for {@link buildEvaluationReport}. */
export interface EvaluationReportSettings {
  /** The dev sets (see {@link findReportSets}). */
  sets: readonly ReportSet[];
  /** Rankers reported on every set, by name, in column order. */
  rankers: Readonly<Record<string, ReportRankerFactory>>;
  /** Name of the ranker every other one is compared with (default `bm25`); must be one of `rankers`. */
  baseline?: string | undefined;
  /**
   * Families of candidate settings, by family name (e.g. the default ranker's configurations, multi-factor's
   * weights), each a map of candidate name to factory. For each family and held-out set the candidate with the best
   * mean nDCG@10 over the OTHER sets' tuning splits is chosen and scored on the held-out set:
   * leave-one-dataset-out, so no figure comes from a set its setting was chosen on.
   */
  candidates?: Readonly<Record<string, CandidateFamily>> | undefined;
  /**
   * Fewest held-out queries for a set to count in choices and in the worst-set figure (default 10). Smaller sets
   * (one person's ratings, the 5-query sample set) are still reported, marked, and counted in the means; a setting
   * chosen on, or a worst case read from, a handful of queries is noise.
   */
  minimumQueries?: number | undefined;
  /** Bootstrap resamples (default 2,000). */
  resamples?: number | undefined;
  /** Seed of the bootstrap (default 1). */
  seed?: number | undefined;
  /** Receives progress lines. */
  onProgress?: ((message: string) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/** One ranker on one set's held-out split. */
export interface ReportCell {
  /** Mean nDCG@10 over the queries with a relevant item (`null` when none has one). */
  ndcg: number | null;
  /** Mean pairwise AUC over the queries with two or more grades. */
  auc: number | null;
  /** nDCG@10 difference from the baseline with its paired-bootstrap interval (absent for the baseline itself). */
  versusBaseline?: PairedDifference | undefined;
}

/** One set's row of the report. */
export interface ReportSetResult {
  name: string;
  direction: QueryDirection;
  /** Queries on the held-out split. */
  queries: number;
  /** Mean candidates per query on the held-out split. */
  candidatesPerQuery: number;
  /** Whether the set has enough queries to count in choices and in the worst-set figure. */
  counted: boolean;
  /** Each ranker's figures, by name. */
  rankers: Record<string, ReportCell>;
}

/** What leave-one-dataset-out chose for one family of candidates. */
export interface LeaveOneOutFamily {
  /** The family's name. */
  family: string;
  /** Per held-out set, what was chosen and how it did. */
  folds: LeaveOneOutResult[];
  /** Mean and worst case of the folds. */
  summary: ReportSummary;
  /** The candidate with the best mean over every set's tuning split: what should ship (undefined: no set has enough queries). */
  chosenOnAllSets: string | undefined;
  /** Each candidate's mean nDCG@10 on every set's tuning and held-out split, for transparency. */
  scores: Record<string, Record<string, { tuning: number | null; heldOut: number | null }>>;
}

/** What leave-one-dataset-out chose for one held-out set. */
export interface LeaveOneOutResult {
  /** The held-out set. */
  set: string;
  /** The candidate with the best mean nDCG@10 over the other sets' tuning splits (undefined: none has enough queries). */
  chosen: string | undefined;
  /** The chosen candidate's nDCG@10 on the held-out set. */
  ndcg: number | null;
  /** Its difference from the baseline on the held-out set. */
  versusBaseline: PairedDifference;
  /** With {@link CandidateFamily.compareWith}: its difference from each named ranker on the held-out set. */
  versusRankers?: Record<string, PairedDifference> | undefined;
  /** With {@link CandidateFamily.compareWith}: its difference from the named ranker with the best nDCG@10 on the held-out set. */
  versusBest?: (PairedDifference & { ranker: string }) | undefined;
}

/** Mean and worst case of one ranker across the sets. */
export interface ReportSummary {
  /** Mean over sets of each set's nDCG@10 (every set weighs the same). */
  meanNdcg: number | null;
  /** Mean over sets of the difference from the baseline. */
  meanDifference: number | null;
  /** Among the sets with enough queries, the one where the difference from the baseline is lowest, and that difference. */
  worstSet: { name: string; difference: number } | undefined;
  /** The lowest difference on any set, small ones included. */
  worstOfAll: { name: string; difference: number } | undefined;
}

/** Result of {@link buildEvaluationReport}. */
export interface EvaluationReport {
  baseline: string;
  sets: ReportSetResult[];
  /** Per ranker, across sets. */
  summary: Record<string, ReportSummary>;
  /** Leave-one-dataset-out, per family of candidates (empty without candidates). */
  leaveOneOut: LeaveOneOutFamily[];
}

const SPLIT_NAMES = { heldOut: 'test', tuning: 'train' } as const;

function isDataset(directory: string): boolean {
  return existsSync(join(directory, 'qrels.tsv'));
}

/**
 * The dev sets under each root folder: a subfolder with `train/` and `test/` splits (reported on `test`, tuned on
 * `train`), or a subfolder (or the root itself) that is one dataset (reported on whole, tuned on whole when
 * another set is held out). Sets are sorted by name; a name seen twice is an error.
 */
export async function findReportSets(roots: readonly string[]): Promise<ReportSet[]> {
  checkListArgument('findReportSets', 'roots', roots, 'a list of folders').forEach((root, index) =>
    checkTextArgument('findReportSets', `roots.${index}`, root),
  );
  const folders: Array<{ name: string; heldOut: string; tuning: string }> = [];
  for (const root of roots.map((path) => resolve(path))) {
    if (!existsSync(root) || !statSync(root).isDirectory())
      throw new RangeError(`dev-set folder ${root} does not exist`);
    const candidates = isDataset(root) ? [root] : readdirSync(root).map((name) => join(root, name));
    for (const folder of candidates) {
      if (!statSync(folder).isDirectory()) continue;
      const name = folder.split(/[\\/]/).at(-1)!;
      const heldOut = join(folder, SPLIT_NAMES.heldOut);
      const tuning = join(folder, SPLIT_NAMES.tuning);
      if (isDataset(heldOut)) folders.push({ name, heldOut, tuning: isDataset(tuning) ? tuning : heldOut });
      else if (isDataset(folder)) folders.push({ name, heldOut: folder, tuning: folder });
    }
  }
  folders.sort((left, right) => left.name.localeCompare(right.name));
  const sets: ReportSet[] = [];
  for (const folder of folders) {
    if (sets.some((set) => set.name === folder.name)) throw new RangeError(`two dev sets are named "${folder.name}"`);
    const heldOut = await loadEvaluationDataset(folder.heldOut);
    const tuning = folder.tuning === folder.heldOut ? heldOut : await loadEvaluationDataset(folder.tuning);
    sets.push({ name: folder.name, direction: heldOut.defaultQuery ?? 'resume', heldOut, tuning });
  }
  return sets;
}

async function readyRanker(factory: ReportRankerFactory): Promise<Ranker> {
  const built = await factory();
  return isTrainableRanker(built) ? built.fit(undefined) : built;
}

const mean = (values: ReadonlyArray<number | null>): number | null => {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
};

function summarise(
  rows: ReadonlyArray<{ name: string; ndcg: number | null; difference: number | null; counted: boolean }>,
): ReportSummary {
  let worstSet: ReportSummary['worstSet'];
  let worstOfAll: ReportSummary['worstOfAll'];
  for (const row of rows) {
    if (row.difference === null || Number.isNaN(row.difference)) continue;
    if (worstOfAll === undefined || row.difference < worstOfAll.difference)
      worstOfAll = { name: row.name, difference: row.difference };
    if (row.counted && (worstSet === undefined || row.difference < worstSet.difference))
      worstSet = { name: row.name, difference: row.difference };
  }
  return {
    meanNdcg: mean(rows.map((row) => row.ndcg)),
    meanDifference: mean(rows.map((row) => row.difference)),
    worstSet,
    worstOfAll,
  };
}

/**
 * Runs rankers over every dev set and reports, per set, nDCG@10, AUC and each ranker's nDCG@10 difference from the
 * baseline with a paired-bootstrap 95% interval over queries; across sets, the mean and the worst set. With
 * `candidates`, it also runs leave-one-dataset-out: for each held-out set, the candidate that does best on the other
 * sets' tuning splits is scored on the held-out one.
 */
export async function buildEvaluationReport(settings: EvaluationReportSettings): Promise<EvaluationReport> {
  checkRecordArgument('buildEvaluationReport', 'settings', settings, 'EvaluationReportSettings');
  checkRecordArgument('buildEvaluationReport', 'settings.rankers', settings.rankers, 'ranker factories by name');
  const baseline = settings.baseline ?? 'bm25';
  if (!(baseline in settings.rankers))
    throw new RangeError(`the baseline "${baseline}" is not one of the report's rankers`);
  const bootstrap = { resamples: settings.resamples ?? 2000, seed: settings.seed ?? 1 };
  const progress = settings.onProgress ?? (() => {});
  const minimumQueries = settings.minimumQueries ?? 10;
  const queryCache = new Map<EvaluationDataset, LabelledQuery[]>();
  const queriesOf = (dataset: EvaluationDataset, direction: QueryDirection) => {
    let queries = queryCache.get(dataset);
    if (queries === undefined) queryCache.set(dataset, (queries = buildLabelledQueries(dataset, direction)));
    return queries;
  };
  const run = async (
    factory: ReportRankerFactory,
    dataset: EvaluationDataset,
    direction: QueryDirection,
  ): Promise<{ ndcg: number | null; auc: number | null; perQuery: QueryScore[] }> => {
    settings.signal?.throwIfAborted();
    const result = await scoreRanker(
      await readyRanker(factory),
      queriesOf(dataset, direction),
      undefined,
      settings.signal,
    );
    return { ndcg: result['ndcg@10'], auc: result.auc, perQuery: result.perQuery };
  };
  const ndcgs = (scores: readonly QueryScore[]) => scores.map((score) => score.ndcg);

  const sets: ReportSetResult[] = [];
  const baselineScores = new Map<string, QueryScore[]>();
  const rankerScores = new Map<string, Record<string, { ndcg: number | null; perQuery: QueryScore[] }>>();
  for (const family of Object.values(settings.candidates ?? {}))
    for (const name of family.compareWith ?? [])
      if (!(name in settings.rankers))
        throw new RangeError(`compareWith names "${name}", which is not one of the report's rankers`);
  for (const set of settings.sets) {
    const queries = queriesOf(set.heldOut, set.direction);
    progress(`report: ${set.name} (${set.heldOut.name}, query: ${set.direction}, ${queries.length} queries)`);
    const results: Record<string, { ndcg: number | null; auc: number | null; perQuery: QueryScore[] }> = {};
    for (const [name, factory] of Object.entries(settings.rankers))
      results[name] = await run(factory, set.heldOut, set.direction);
    const base = results[baseline]!;
    baselineScores.set(set.name, base.perQuery);
    rankerScores.set(set.name, results);
    const rankers: Record<string, ReportCell> = {};
    for (const [name, result] of Object.entries(results)) {
      rankers[name] = {
        ndcg: result.ndcg,
        auc: result.auc,
        ...(name === baseline
          ? {}
          : { versusBaseline: pairedBootstrap(ndcgs(result.perQuery), ndcgs(base.perQuery), bootstrap) }),
      };
    }
    const candidateCount = queries.reduce((sum, query) => sum + query.jobs.length, 0);
    sets.push({
      name: set.name,
      direction: set.direction,
      queries: queries.length,
      candidatesPerQuery: queries.length === 0 ? 0 : candidateCount / queries.length,
      counted: queries.length >= minimumQueries,
      rankers,
    });
  }

  const summary: Record<string, ReportSummary> = {};
  for (const name of Object.keys(settings.rankers)) {
    summary[name] = summarise(
      sets.map((set) => ({
        name: set.name,
        counted: set.counted,
        ndcg: set.rankers[name]!.ndcg,
        difference: name === baseline ? 0 : (set.rankers[name]!.versusBaseline?.difference ?? null),
      })),
    );
  }

  const leaveOneOut: LeaveOneOutFamily[] = [];
  // The baseline on every tuning split, for families that must stay close to it.
  const baselineTuning = new Map<string, number | null>();
  const needsBaselineTuning = Object.values(settings.candidates ?? {}).some(
    (family) => family.maximumLoss !== undefined,
  );
  if (needsBaselineTuning) {
    for (const set of settings.sets) {
      const held = sets.find((row) => row.name === set.name)!.rankers[baseline]!.ndcg;
      baselineTuning.set(
        set.name,
        set.tuning === set.heldOut ? held : (await run(settings.rankers[baseline]!, set.tuning, set.direction)).ndcg,
      );
    }
  }
  for (const [family, { candidates: members, maximumLoss, tieTolerance = 0.002, compareWith }] of Object.entries(
    settings.candidates ?? {},
  )) {
    const candidates = Object.entries(members);
    if (candidates.length === 0) continue;
    const scores: LeaveOneOutFamily['scores'] = {};
    const heldOutScores = new Map<string, Map<string, QueryScore[]>>();
    for (const [name, factory] of candidates) {
      scores[name] = {};
      heldOutScores.set(name, new Map());
      for (const set of settings.sets) {
        progress(`report: ${family} candidate "${name}" on ${set.name}`);
        const heldOut = await run(factory, set.heldOut, set.direction);
        const tuning = set.tuning === set.heldOut ? heldOut : await run(factory, set.tuning, set.direction);
        scores[name]![set.name] = { tuning: tuning.ndcg, heldOut: heldOut.ndcg };
        heldOutScores.get(name)!.set(set.name, heldOut.perQuery);
      }
    }
    // Every counted set weighs the same, whatever its number of queries; the first candidate wins a tie.
    const counted = new Set(sets.filter((set) => set.counted).map((set) => set.name));
    const choose = (onSets: readonly ReportSet[]): string | undefined => {
      onSets = onSets.filter((set) => counted.has(set.name));
      if (onSets.length === 0) return undefined;
      const rated = candidates.map(([name]) => {
        const losses = onSets.map(
          (set) => (baselineTuning.get(set.name) ?? 0) - (scores[name]![set.name]!.tuning ?? 0),
        );
        return {
          name,
          average: mean(onSets.map((set) => scores[name]![set.name]!.tuning)) ?? -Infinity,
          worstLoss: Math.max(-Infinity, ...losses),
        };
      });
      const pool = maximumLoss === undefined ? rated : rated.filter((candidate) => candidate.worstLoss <= maximumLoss);
      if (pool.length === 0)
        return rated.reduce((best, candidate) => (candidate.worstLoss < best.worstLoss ? candidate : best)).name;
      return pool.reduce((best, candidate) => (candidate.average > best.average + tieTolerance ? candidate : best))
        .name;
    };
    const folds = settings.sets.map((set): LeaveOneOutResult => {
      const chosen = choose(settings.sets.filter((other) => other.name !== set.name));
      if (chosen === undefined)
        return {
          set: set.name,
          chosen,
          ndcg: null,
          versusBaseline: { difference: Number.NaN, low: Number.NaN, high: Number.NaN, pairs: 0 },
        };
      const chosenScores = ndcgs(heldOutScores.get(chosen)!.get(set.name)!);
      const result: LeaveOneOutResult = {
        set: set.name,
        chosen,
        ndcg: scores[chosen]![set.name]!.heldOut,
        versusBaseline: pairedBootstrap(chosenScores, ndcgs(baselineScores.get(set.name)!), bootstrap),
      };
      if (compareWith !== undefined && compareWith.length > 0) {
        const results = rankerScores.get(set.name)!;
        result.versusRankers = Object.fromEntries(
          compareWith.map((name) => [name, pairedBootstrap(chosenScores, ndcgs(results[name]!.perQuery), bootstrap)]),
        );
        // The first named wins a tie.
        const best = compareWith.reduce((left, right) =>
          (results[right]!.ndcg ?? -Infinity) > (results[left]!.ndcg ?? -Infinity) ? right : left,
        );
        result.versusBest = { ranker: best, ...result.versusRankers[best]! };
      }
      return result;
    });
    leaveOneOut.push({
      family,
      folds,
      summary: summarise(
        folds.map((row) => ({
          name: row.set,
          ndcg: row.ndcg,
          difference: row.versusBaseline.difference,
          counted: counted.has(row.set),
        })),
      ),
      chosenOnAllSets: choose(settings.sets),
      scores,
    });
  }
  return { baseline, sets, summary, leaveOneOut };
}

const figure = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(3);
const signed = (value: number) =>
  Number.isNaN(value) ? 'n/a' : `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;
const interval = (difference: PairedDifference | undefined) =>
  difference === undefined
    ? '—'
    : `${signed(difference.difference)} [${signed(difference.low)}, ${signed(difference.high)}]`;

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** The report as plain text: one table per set, then the across-set summary and the leave-one-dataset-out table. */
export function formatEvaluationReport(report: EvaluationReport): string {
  const { summary, sets } = checkRecordArgument('formatEvaluationReport', 'report', report, 'an EvaluationReport');
  checkRecordArgument('formatEvaluationReport', 'report.summary', summary, 'the summary by ranker');
  checkListArgument('formatEvaluationReport', 'report.sets', sets, 'a list of sets').forEach((set, index) =>
    checkRecordArgument('formatEvaluationReport', `report.sets.${index}`, set, 'a set'),
  );
  const names = Object.keys(report.summary);
  const parts: string[] = [];
  for (const set of report.sets) {
    parts.push(
      `${set.name}  (query: ${set.direction}, ${set.queries} ${set.queries === 1 ? 'query' : 'queries'}, ${set.candidatesPerQuery.toFixed(1)} candidates per query${set.counted ? '' : '; too few queries to choose settings or judge the worst case'})\n` +
        table(
          ['ranker', 'nDCG@10', 'AUC', `Δ nDCG@10 vs ${report.baseline} [95% CI]`],
          names.map((name) => [
            name,
            figure(set.rankers[name]!.ndcg),
            figure(set.rankers[name]!.auc),
            interval(set.rankers[name]!.versusBaseline),
          ]),
        ),
    );
  }
  parts.push(
    `Across ${report.sets.length} sets (each set weighs the same; the worst set is among those with enough queries)\n` +
      table(
        ['ranker', 'mean nDCG@10', `mean Δ vs ${report.baseline}`, 'worst set (Δ)', 'worst of all (Δ)'],
        names.map((name) => {
          const summary = report.summary[name]!;
          return [
            name,
            figure(summary.meanNdcg),
            name === report.baseline ? '—' : figure(summary.meanDifference),
            name === report.baseline || summary.worstSet === undefined
              ? '—'
              : `${summary.worstSet.name} (${signed(summary.worstSet.difference)})`,
            name === report.baseline || summary.worstOfAll === undefined
              ? '—'
              : `${summary.worstOfAll.name} (${signed(summary.worstOfAll.difference)})`,
          ];
        }),
      ),
  );
  for (const family of report.leaveOneOut) {
    const summary = family.summary;
    const compared = family.folds.find((row) => row.versusRankers !== undefined)?.versusRankers;
    const comparedNames = compared === undefined ? [] : Object.keys(compared);
    const beatsAll = (row: LeaveOneOutResult) =>
      row.versusRankers !== undefined && Object.values(row.versusRankers).every((cell) => cell.difference > 0);
    const countedSets = new Set(report.sets.filter((set) => set.counted).map((set) => set.name));
    const bestColumn =
      comparedNames.length === 0
        ? undefined
        : {
            title: `Δ vs best of ${comparedNames.join(', ')} [95% CI]`,
            cell: (row: LeaveOneOutResult) =>
              row.versusBest === undefined ? '—' : `${interval(row.versusBest)} (${row.versusBest.ranker})`,
          };
    parts.push(
      `Leave-one-dataset-out, ${family.family}: the candidate chosen on the other sets' tuning splits (sets with enough queries), scored on the held-out set\n` +
        table(
          [
            'held-out set',
            'chosen',
            'nDCG@10',
            `Δ vs ${report.baseline} [95% CI]`,
            ...(bestColumn ? [bestColumn.title] : []),
          ],
          [
            ...family.folds.map((row) => [
              row.set,
              row.chosen ?? '(no other set to choose on)',
              figure(row.ndcg),
              row.chosen === undefined ? '—' : interval(row.versusBaseline),
              ...(bestColumn ? [bestColumn.cell(row)] : []),
            ]),
            [
              'mean',
              '',
              figure(summary.meanNdcg),
              summary.meanDifference === null ? 'n/a' : signed(summary.meanDifference),
              ...(bestColumn ? [''] : []),
            ],
            [
              'worst',
              summary.worstSet?.name ?? '',
              '',
              summary.worstSet === undefined ? 'n/a' : signed(summary.worstSet.difference),
              ...(bestColumn ? [''] : []),
            ],
            [
              'worst of all',
              summary.worstOfAll?.name ?? '',
              '',
              summary.worstOfAll === undefined ? 'n/a' : signed(summary.worstOfAll.difference),
              ...(bestColumn ? [''] : []),
            ],
          ],
        ) +
        (bestColumn
          ? `\nAbove every one of ${comparedNames.join(', ')} (point estimate) on ${
              family.folds.filter((row) => countedSets.has(row.set) && beatsAll(row)).length
            } of ${family.folds.filter((row) => countedSets.has(row.set) && row.chosen !== undefined).length} sets with enough queries`
          : '') +
        `\nChosen on every set's tuning split (what ships): ${family.chosenOnAllSets ?? 'nothing: no set has enough queries to choose on'}\n\n` +
        `Each ${family.family} candidate's nDCG@10 on each held-out set (tuning-split figure in brackets)\n` +
        table(
          ['candidate', ...report.sets.map((set) => set.name)],
          Object.entries(family.scores).map(([name, bySet]) => [
            name,
            ...report.sets.map((set) => `${figure(bySet[set.name]?.heldOut)} (${figure(bySet[set.name]?.tuning)})`),
          ]),
        ),
    );
  }
  return parts.join('\n\n');
}
