#!/usr/bin/env node
// Linear time on hostile input, measured: `pnpm bench --only adversarial [--check]`, or `node bench/adversarial.mjs
// [--check] [--filter TEXT] [--json]`. Every pathological input of the `*adversarial.test.ts` files (the list is in
// bench/adversarial-cases.ts) runs through its function at n and 2n, bundled from the current sources. n starts at
// 20,000 characters (or the case's own size) and doubles while a run at n takes under 5 ms (up to 160,000), so timer
// noise does not decide the ratio; a case still under 1 ms there is listed but not judged. Times are the process's CPU
// time (process.cpuUsage, in a node run with --single-threaded: other processes' load on a shared machine does not add
// to it, nor do V8's background threads). Prints the median ms at n and 2n over 5 interleaved runs, "medians" =
// median(2n) / median(n), and "ratio" = the smaller of that and fastest(2n) / fastest(n), the figure judged: about 2
// for linear work, about 4 for quadratic. With --check it exits 1 when a ratio stays above 3 when measured again with
// 9 runs, at n and then at another n. Reported, never part of `pnpm test` (the tests assert what such inputs produce,
// not how long they take).
// With --at SIZE (e.g. --at 40000) it prints instead each case's absolute CPU time at that one size: median and
// fastest of --runs runs (default 5, after a run on a small input and 5 on the input itself), slowest first at the end
// with --over MS listing only those above MS. Cases counted in other units (jobs, pieces, records, bytes: the group
// names the unit in parentheses) run at their own largest size. No gc() before each run: a forced full collection
// deoptimises the readers' code (the object shapes it was optimised for die in it), and in a --single-threaded node the
// next call compiles it again on its own thread (a 40-character parseResumeText right after one: 10-40 ms, otherwise
// about 1), which is the bench's doing, not the input's; the garbage a run leaves is collected while the next runs, as
// in a process that parses one résumé after another. --gc times each run right after gc() instead (as the --at figures
// in ADVERSARIAL.md before 2026-12-06's note on it were taken).
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';
import { bundleSources } from './bundle-sources.mjs';

/** Largest time(2n) / time(n) of medians --check accepts. */
export const MAX_RATIO = 3;
/**
 * n is doubled while a run at n takes under this many ms, up to the case's largest n: 160,000 by default, as past a
 * few hundred thousand characters V8's own string handling slows down more than linearly (normalizeText on '<a ' ×
 * n/3: 8.8 ms at 320,000, 67 ms at 640,000).
 */
const CALIBRATION_MS = 5;
/** A case whose median at n stays under this many ms even at its largest n is reported but not judged: timer noise. */
const MIN_MS = 1;

/** This process's CPU time (user + system, all its threads), ms: load from other processes does not add to it. */
const cpuMilliseconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/**
 * Measures every case (or those whose group or name contains `filter`), calling `log` with one line each, and returns
 * the rows and the cases --check would fail.
 */
export async function benchAdversarial({ filter, log = console.log } = {}) {
  const { ADVERSARIAL_CASES, measureScaling } = await import(
    pathToFileURL(await bundleSources('adversarial-bench', 'bench/adversarial-cases.ts')).href
  );
  const chosen = ADVERSARIAL_CASES.filter(
    (one) => filter === undefined || `${one.group} ${one.name}`.toLowerCase().includes(filter.toLowerCase()),
  );
  log(`adversarial: ${chosen.length} cases, load average ${load()} (1, 5, 15 min), node ${process.version}`);
  log(
    `${'function: input'.padEnd(96)} ${'n'.padStart(7)} ${'ms(n)'.padStart(8)} ${'ms(2n)'.padStart(8)} ${'medians'.padStart(7)}  ratio`,
  );
  const rows = [];
  const failures = [];
  const started = performance.now();
  for (const one of chosen) {
    const options = {
      size: one.size ?? 20_000,
      maxSize: one.maxSize ?? 160_000,
      minMilliseconds: CALIBRATION_MS,
      clock: cpuMilliseconds,
    };
    let measured = measureScaling(one.run, one.make, { ...options, repetitions: 5 });
    // measured.ratio: the smaller of the ratio of medians and the ratio of fastest runs (load from other processes only
    // adds time, so the fastest runs are the steadier estimate on a shared machine; a quadratic part shows in both).
    let ratio = measured.ratio;
    const judged = measured.small >= MIN_MS;
    let again = false;
    // Above MAX_RATIO: once more with more runs at the same n, then at another n (2n, or n/2 where 2n is past the
    // case's largest): a burst of load, or a jump in garbage-collection cost at one size, passes; a quadratic part
    // shows at every size.
    const first = measured.size;
    const other = first * 2 <= options.maxSize ? first * 2 : Math.floor(first / 2);
    for (const size of [first, other]) {
      if (!judged || ratio <= MAX_RATIO) break;
      measured = measureScaling(one.run, one.make, { ...options, size, maxSize: size, repetitions: 9 });
      ratio = measured.ratio;
      again = true;
    }
    const row = {
      group: one.group,
      name: one.name,
      size: measured.size,
      small: Number(measured.small.toFixed(2)),
      large: Number(measured.large.toFixed(2)),
      ratio: Number(ratio.toFixed(2)),
      medianRatio: Number((measured.large / Math.max(measured.small, 1e-3)).toFixed(2)),
      judged,
    };
    rows.push(row);
    const failed = judged && ratio > MAX_RATIO;
    if (failed) failures.push(row);
    log(
      `${`${one.group}: ${one.name}`.slice(0, 96).padEnd(96)} ${String(row.size).padStart(7)} ${row.small.toFixed(2).padStart(8)} ${row.large.toFixed(2).padStart(8)} ${row.medianRatio.toFixed(2).padStart(7)}  ${row.ratio.toFixed(2)}${judged ? '' : ` (under ${MIN_MS} ms: not judged)`}${again ? ' (measured again)' : ''}${failed ? '  SUPERLINEAR' : ''}`,
    );
  }
  const ratios = rows
    .filter((row) => row.judged)
    .map((row) => row.ratio)
    .sort((left, right) => left - right);
  log(
    `adversarial: ${rows.length} cases in ${((performance.now() - started) / 1000).toFixed(0)} s, ${ratios.length} judged: ratio median ${ratios[Math.floor(ratios.length / 2)]?.toFixed(2)}, max ${ratios.at(-1)?.toFixed(2)}; ${failures.length} above ${MAX_RATIO}; load average ${load()}`,
  );
  return { rows, failures };
}

const median = (values) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0;

/**
 * Times every case (or those whose group or name contains `filter`) at one size: `runs` runs each after a warm-up
 * (with `gc`, each right after a forced full collection); returns rows with the median and fastest CPU ms, slowest
 * first.
 */
export async function benchAdversarialAt({ filter, size, runs = 5, over = 0, gc = false, log = console.log } = {}) {
  const { ADVERSARIAL_CASES } = await import(
    pathToFileURL(await bundleSources('adversarial-bench', 'bench/adversarial-cases.ts')).href
  );
  const collect = (gc && globalThis.gc) || (() => undefined);
  const chosen = ADVERSARIAL_CASES.filter(
    (one) => filter === undefined || `${one.group} ${one.name}`.toLowerCase().includes(filter.toLowerCase()),
  );
  log(
    `adversarial at ${size}: ${chosen.length} cases, ${runs} runs each${gc ? ', each after gc()' : ''}, load average ${load()}, node ${process.version}`,
  );
  const rows = [];
  for (const one of chosen) {
    const at = /\([a-z]+\)/.test(one.group) ? (one.maxSize ?? size) : size;
    const input = one.make(at);
    one.run(one.make(Math.min(at, 1_000)));
    // Warm-up on the input itself: the readers' largest functions settle in their optimised code only after a few runs
    // (parseResumeText under headings on '2019\nto\n' x 5,000: 132, 107, 115, then 63 ms after 3 runs).
    for (let warm = 0; warm < 5; warm++) one.run(input);
    const times = [];
    for (let run = 0; run < runs; run++) {
      collect();
      const started = cpuMilliseconds();
      one.run(input);
      times.push(cpuMilliseconds() - started);
    }
    const row = {
      group: one.group,
      name: one.name,
      size: at,
      median: Number(median(times).toFixed(2)),
      fastest: Number(Math.min(...times).toFixed(2)),
      load: loadavg()[0],
    };
    rows.push(row);
    if (row.median >= over) {
      log(
        `${`${one.group}: ${one.name}`.slice(0, 110).padEnd(110)} ${String(at).padStart(8)} ${row.median.toFixed(1).padStart(8)} ${row.fastest.toFixed(1).padStart(8)}  load ${row.load.toFixed(2)}`,
      );
    }
  }
  rows.sort((left, right) => right.median - left.median);
  log(`adversarial at ${size}: slowest first (median ms, fastest ms), load average ${load()}`);
  for (const row of rows.filter((one) => one.median >= over)) {
    log(`${row.median.toFixed(1).padStart(8)} ${row.fastest.toFixed(1).padStart(8)}  ${row.group}: ${row.name}`);
  }
  return rows;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain && !process.execArgv.includes('--single-threaded')) {
  // Again with V8 on one thread (no concurrent garbage collection or compilation), so the process's CPU time is the
  // timed function's own work, and with gc() exposed.
  const child = spawnSync(
    process.execPath,
    ['--single-threaded', '--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exitCode = child.status ?? 1;
} else if (isMain) {
  const { values } = parseScriptArguments(import.meta.url, {
    options: {
      check: { type: 'boolean', default: false },
      filter: { type: 'string' },
      json: { type: 'boolean', default: false },
      at: { type: 'string' },
      runs: { type: 'string', default: '5' },
      over: { type: 'string', default: '0' },
      gc: { type: 'boolean', default: false },
    },
  });
  if (values.at !== undefined) {
    for (const name of ['at', 'runs', 'over'])
      if (!(Number(values[name]) >= 0) || (name !== 'over' && !(Number(values[name]) >= 1))) {
        console.error(`adversarial.mjs: --${name} must be a number${name === 'over' ? '' : ' of 1 or more'}`);
        process.exit(2);
      }
    const rows = await benchAdversarialAt({
      filter: values.filter,
      size: Number(values.at),
      runs: Number(values.runs),
      over: Number(values.over),
      gc: values.gc,
      log: values.json ? () => undefined : console.log,
    });
    if (values.json) console.log(JSON.stringify({ load: loadavg(), size: Number(values.at), rows }, null, 2));
    process.exit();
  }
  const { rows, failures } = await benchAdversarial({
    filter: values.filter,
    log: values.json ? () => undefined : console.log,
  });
  if (values.json) console.log(JSON.stringify({ load: loadavg(), maxRatio: MAX_RATIO, rows, failures }, null, 2));
  if (values.check && failures.length > 0) process.exitCode = 1;
}
