// The arguments of `pnpm bench` (bench/run.mjs), parsed apart so a test can check them without running a benchmark.
import { readScriptArguments, ScriptUsageError } from '../scripts/script-arguments.mjs';

/** The sections `--only` names; `adversarial` and `recall` run only when named. */
export const BENCH_SECTIONS = [
  'text',
  'rankers',
  'crawlers',
  'crawl-file',
  'embedding',
  'llm',
  'throughput',
  'store',
  'store-scale',
  'recommend',
  'parse-start',
  'adversarial',
  'recall',
];

/** What `pnpm bench --help` prints, and a usage error after its one line. */
export const BENCH_USAGE = `Usage: pnpm bench [--json] [--quick] [--only SECTION[,SECTION…]] [--check]

  --json    one JSON object on stdout (figures by name and by section)
  --quick   smaller sizes (10k jobs instead of 10k and 100k)
  --only    these sections, comma-separated (default: all but adversarial and recall):
            ${BENCH_SECTIONS.join(', ')}
  --check   with --only adversarial: exit 1 on a time(2n)/time(n) ratio above 3
Sizes: ROLEFIT_BENCH_STORE_SIZES, ROLEFIT_BENCH_RECOMMEND_SIZES (comma-separated job counts), ROLEFIT_BENCH_1M=1.`;

/** A bad `pnpm bench` argument: its message names it; the caller prints it with the usage and exits 2. */
export class BenchUsageError extends ScriptUsageError {}

/**
 * Parses `pnpm bench`'s arguments through the scripts' own reader (a leading `--`, which pnpm 10 passes on, dropped;
 * `--help` added), then checks the `--only` sections; throws a BenchUsageError.
 */
export function parseBenchArguments(argv) {
  let parsed;
  try {
    parsed = readScriptArguments(argv, {
      options: {
        json: { type: 'boolean', default: false },
        quick: { type: 'boolean', default: false },
        only: { type: 'string', default: 'all' },
        check: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    if (!(error instanceof ScriptUsageError)) throw error;
    throw new BenchUsageError(error.message, { cause: error });
  }
  const { values } = parsed;
  if (values.only !== 'all') {
    const unknown = values.only.split(',').filter((name) => !BENCH_SECTIONS.includes(name));
    if (unknown.length > 0)
      throw new BenchUsageError(`--only: no section named ${unknown.map((name) => `'${name}'`).join(', ')}`);
  }
  return values;
}
