import { parseArgs } from 'node:util';
import type { Ranker } from '@rolefit/core';
import { checkListArgument, checkRecordArgument, describeValue, invalidArgument } from '@rolefit/core/internal';
import {
  EvaluationDataError,
  loadEvaluationDataset,
  type EvaluationDataset,
  type QueryDirection,
} from '../harness/dataset.js';
import { evaluate, type RankerEvaluation } from '../harness/evaluate.js';
import { RankerRegistryError, createRankerRegistry, type RankerRegistry } from '../harness/registry.js';
import {
  buildEvaluationReport,
  findReportSets,
  formatEvaluationReport,
  type EvaluationReport,
  type ReportSet,
} from '../harness/report.js';
import { DEFAULT_RANKER_MAXIMUM_LOSS, type TrainableRanker } from '@rolefit/rankers';
import { defaultRankerCandidates, multiFactorAblations, multiFactorCandidates } from '@rolefit/rankers/testing';

/** Where the CLI writes: results to `stdout`, everything else (progress, errors, usage on error) to `stderr`. */
export interface EvalCliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Ranker registry (default: {@link createRankerRegistry} over `process.env`). */
  registry?: RankerRegistry | undefined;
}

/** Usage text of `eval`. */
export const EVAL_USAGE = `Usage: eval --data DIR [--train DIR] [--rankers a,b] [--query resume|job] [--json]
       eval --report --sets DIR[,DIR…] [--rankers a,b] [--json]

Scores rankers on a labelled set (jobs.jsonl, resumes.jsonl, qrels.tsv, optional README.md).

  --data DIR       set to report on; nothing is ever fitted on it
  --report         run the rankers over every dev set under --sets and print, per set, nDCG@10, AUC and the
                   paired-bootstrap 95% interval of each ranker's difference from bm25, the mean and worst set,
                   and the default ranker's settings chosen leave-one-dataset-out (pnpm eval --report builds the
                   dev sets from ../shared/data and adds datasets/ itself)
  --sets DIRS      comma-separated folders of dev sets (a set is a dataset folder, or a folder with train/ and test/)
  --train DIR      set that trainable rankers (fusion weights) are fitted on
  --rankers a,b    rankers to run (default: bm25, multi-factor, fusion, and embedding when
                   ROLEFIT_EMBEDDING_MODEL is set; fusion-plain, occupation, llm, learned, desirability and
                   cold-start run only when named)
  --query SIDE     resume: each resume ranks its judged jobs; job: each job ranks its judged resumes
                   (default: the set's README "query:" line, else resume)
  --json           print one JSON object {"rankers": {...}} on stdout and nothing else
  -h, --help       show this help
`;

/** Exit code for bad arguments. */
const USAGE_ERROR = 2;

class UsageError extends Error {}

interface EvalArguments {
  data: string;
  report: boolean;
  sets: string[];
  train: string | undefined;
  rankers: string[] | undefined;
  query: QueryDirection | undefined;
  json: boolean;
  help: boolean;
}

function parseEvalArguments(argv: readonly string[]): EvalArguments {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        report: { type: 'boolean', default: false },
        sets: { type: 'string' },
        train: { type: 'string' },
        rankers: { type: 'string' },
        query: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const help = values.help === true;
  const data = typeof values.data === 'string' ? values.data : '';
  const report = values.report === true;
  const sets =
    typeof values.sets === 'string'
      ? values.sets
          .split(',')
          .map((path) => path.trim())
          .filter((path) => path !== '')
      : [];
  if (report && data !== '') throw new UsageError('--report and --data do not go together');
  if (report && !help && sets.length === 0) throw new UsageError('--report needs --sets DIR[,DIR…]');
  if (!report && sets.length > 0) throw new UsageError('--sets goes with --report');
  if (report && (values.train !== undefined || values.query !== undefined))
    throw new UsageError(
      '--report takes no --train or --query: each set is reported on its held-out split in its own direction',
    );
  if (!help && !report && data.trim() === '') throw new UsageError('--data DIR is required');
  const query = values.query;
  if (query !== undefined && query !== 'resume' && query !== 'job')
    throw new UsageError(`--query must be "resume" or "job", got "${String(query)}"`);
  let rankers: string[] | undefined;
  if (typeof values.rankers === 'string') {
    rankers = values.rankers
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    if (rankers.length === 0) throw new UsageError('--rankers needs at least one name');
    const duplicate = rankers.find((name, index) => rankers!.indexOf(name) !== index);
    if (duplicate !== undefined) throw new UsageError(`--rankers names "${duplicate}" twice`);
  }
  return {
    data,
    report,
    sets,
    train: typeof values.train === 'string' ? values.train : undefined,
    rankers,
    query,
    json: values.json === true,
    help,
  };
}

const formatMetric = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));

/** A plain-text table of results: ranker, nDCG@10, MAP, MRR, Recall@10, AUC, queries, pairs, ms. */
export function formatEvaluationTable(results: Readonly<Record<string, RankerEvaluation>>): string {
  checkRecordArgument('formatEvaluationTable', 'results', results, 'results by ranker (from evaluate)');
  for (const [name, result] of Object.entries(results)) {
    const given = checkRecordArgument('formatEvaluationTable', `results.${name}`, result, 'a RankerEvaluation');
    for (const metric of ['ndcg@10', 'map', 'mrr', 'recall@10', 'auc'])
      if (typeof given[metric] !== 'number' && given[metric] !== null)
        throw invalidArgument(
          'formatEvaluationTable',
          `results.${name}.${metric}`,
          `must be a number or null, got ${describeValue(given[metric])}`,
        );
  }
  const header = ['ranker', 'nDCG@10', 'MAP', 'MRR', 'Recall@10', 'AUC', 'queries', 'pairs', 'ms'];
  const rows = Object.entries(results).map(([name, result]) => [
    name,
    formatMetric(result['ndcg@10']),
    formatMetric(result.map),
    formatMetric(result.mrr),
    formatMetric(result['recall@10']),
    formatMetric(result.auc),
    String(result.queries),
    String(result.pairs),
    String(result.ms),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/**
 * Runs `eval` with `argv` (the arguments after the script name) and returns the exit code:
 * 0 on success, 1 when a dataset cannot be read or a ranker fails, 2 on bad arguments.
 */
export async function runEvalCli(argv: readonly string[], io: EvalCliIo): Promise<number> {
  // An io without writers was "Cannot read properties of undefined (reading 'stderr')" at the first message.
  const { stdout, stderr } = checkRecordArgument('runEvalCli', 'io', io, 'EvalCliIo ({ stdout, stderr, registry? })');
  for (const [name, stream] of [
    ['stdout', stdout],
    ['stderr', stderr],
  ] as const)
    if (typeof (stream as { write?: unknown } | null | undefined)?.write !== 'function')
      throw invalidArgument(
        'runEvalCli',
        `io.${name}`,
        `must be a writable stream (with write()), got ${describeValue(stream)}`,
      );
  checkListArgument('runEvalCli', 'argv', argv, 'a list of strings');
  let args: EvalArguments;
  try {
    args = parseEvalArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`eval: ${error.message}\n\n${EVAL_USAGE}`);
    return USAGE_ERROR;
  }
  if (args.help) {
    io.stdout.write(EVAL_USAGE);
    return 0;
  }

  const registry = io.registry ?? createRankerRegistry();
  const names = args.rankers ?? registry.defaults();
  const rankers: Array<Ranker | TrainableRanker> = [];
  for (const name of names) {
    try {
      rankers.push(await registry.create(name));
    } catch (error) {
      if (!(error instanceof RankerRegistryError)) throw error;
      io.stderr.write(`eval: ${error.message}\n\n${EVAL_USAGE}`);
      return USAGE_ERROR;
    }
  }

  const log = (message: string) => io.stderr.write(`${message}\n`);
  if (args.report) return runReport(args, names, registry, io, log);
  let dataset: EvaluationDataset;
  let train: EvaluationDataset | undefined;
  try {
    dataset = await loadEvaluationDataset(args.data);
    train = args.train === undefined ? undefined : await loadEvaluationDataset(args.train);
  } catch (error) {
    if (!(error instanceof EvaluationDataError)) throw error;
    io.stderr.write(`eval: ${error.message}\n`);
    return 1;
  }
  const direction = args.query ?? dataset.defaultQuery ?? 'resume';
  log(
    `eval: ${dataset.name} (query: ${direction}${train ? `, train: ${train.name}` : ''}), rankers: ${names.join(', ')}`,
  );
  for (const set of train ? [dataset, train] : [dataset])
    for (const warning of set.warnings ?? []) log(`eval: warning: ${set.name}/${warning}`);

  let results: Record<string, RankerEvaluation>;
  try {
    results = await evaluate({ dataset, rankers, query: direction, ...(train ? { train } : {}), onProgress: log });
  } catch (error) {
    io.stderr.write(`eval: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }

  if (args.json) io.stdout.write(`${JSON.stringify({ rankers: results })}\n`);
  else {
    io.stdout.write(`Dataset: ${dataset.name}   query: ${direction}   train: ${train ? train.name : 'none'}\n\n`);
    io.stdout.write(`${formatEvaluationTable(results)}\n`);
  }
  return 0;
}

/** `eval --report`: every dev set under `--sets`, the registry's rankers, bm25 as baseline, leave-one-dataset-out over the default ranker's candidates. */
async function runReport(
  args: EvalArguments,
  names: readonly string[],
  registry: RankerRegistry,
  io: EvalCliIo,
  log: (message: string) => void,
): Promise<number> {
  let sets: ReportSet[];
  try {
    sets = await findReportSets(args.sets);
  } catch (error) {
    if (!(error instanceof EvaluationDataError) && !(error instanceof RangeError)) throw error;
    io.stderr.write(`eval: ${error.message}\n`);
    return 1;
  }
  if (sets.length === 0) {
    io.stderr.write(`eval: no dev sets under ${args.sets.join(', ')}\n`);
    return 1;
  }
  const rankers = Object.fromEntries(names.map((name) => [name, () => registry.create(name)]));
  if (!('bm25' in rankers)) rankers.bm25 = () => registry.create('bm25');
  // The default ranker is held to beating each single ranker, the occupation ranker (opt-in elsewhere) included.
  if (!args.rankers && !('occupation' in rankers) && registry.available().includes('occupation'))
    rankers.occupation = () => registry.create('occupation');
  const singles = ['bm25', 'multi-factor', 'occupation', 'embedding'].filter((name) => name in rankers);
  log(
    `eval: report over ${sets.length} sets (${sets.map((set) => set.name).join(', ')}), rankers: ${Object.keys(rankers).join(', ')}`,
  );
  let report: EvaluationReport;
  try {
    report = await buildEvaluationReport({
      sets,
      rankers,
      candidates: {
        'default ranker': {
          candidates: defaultRankerCandidates(),
          maximumLoss: DEFAULT_RANKER_MAXIMUM_LOSS,
          compareWith: singles,
        },
        'multi-factor': { candidates: multiFactorCandidates() },
        'multi-factor ablations': { candidates: multiFactorAblations() },
      },
      onProgress: log,
    });
  } catch (error) {
    io.stderr.write(`eval: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
  if (args.json) io.stdout.write(`${JSON.stringify(report)}\n`);
  else io.stdout.write(`${formatEvaluationReport(report)}\n`);
  return 0;
}
