#!/usr/bin/env node
// The cost of starting the résumé parser: `rolefit parse - --json` on one résumé text, run as a fresh process N times
// (default 10), CPU time (user + system, every thread of the process: the main thread's module loading, the extraction
// worker's loading and warm-up, the parse) and wall time per run, medians; the load average is printed beside them (on a
// busy machine CPU time holds up better than wall time). Parsing the text itself takes milliseconds: nearly all of it is
// start-up, what a batch of `rolefit parse` runs pays once per file. The text: the first DataTurks dev résumé of
// ../shared (ROLEFIT_DATA), else a short built-in one.
// Run by bench/run.mjs (section "parse-start", which builds the CLI first where stale), or alone, also to compare
// checkouts with the runs interleaved (each ROOT's packages/cli/dist built; default: this checkout):
//   node bench/parse-start.mjs [--runs N] [--json] [ROOT ...]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The module each timed run loads first (`--import`): it writes the process's CPU time to a file as it exits. */
const REPORTER = join(root, 'bench/report-cpu-at-exit.mjs');

const BUILT_IN_TEXT = [
  'Jane Example',
  'jane@example.com | +1 555 0100 | Springfield, IL',
  'Experience',
  'Senior Software Engineer at Example Corp, Springfield',
  'Jan 2019 - Present',
  'Education',
  'B.Sc. Computer Science, Example University, 2014 - 2018',
  'Skills',
  'JavaScript, React, Docker, SQL',
].join('\n');

/** The résumé text the runs read on stdin: the first DataTurks dev résumé of ../shared, else a built-in one. */
export function parseStartText() {
  const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
  const file = join(dataDirectory, 'dataturks-dev/resumes.jsonl');
  if (!existsSync(file)) return { text: BUILT_IN_TEXT, source: 'a built-in résumé' };
  const first = readFileSync(file, 'utf8')
    .split('\n')
    .find((line) => line.trim());
  return { text: JSON.parse(first).text, source: 'the first DataTurks dev résumé' };
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One `rolefit parse - --json` of `text` with the CLI of `checkout`: its CPU time (ms, all threads) and wall time (ms);
 * rejects when the run fails.
 */
export function timeParseRun(checkout, text) {
  const folder = mkdtempSync(join(tmpdir(), 'rolefit-parse-start-'));
  const cpuFile = join(folder, 'cpu.json');
  const started = performance.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(REPORTER).href,
        join(checkout, 'packages/cli/dist/rolefit.js'),
        'parse',
        '-',
        '--json',
      ],
      { cwd: checkout, env: { ...process.env, ROLEFIT_BENCH_CPU_FILE: cpuFile }, stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let errors = '';
    child.stderr.on('data', (chunk) => {
      errors += chunk;
    });
    // A child that could not be started emits 'error' and no 'exit': its folder is removed here.
    child.on('error', (error) => {
      rmSync(folder, { recursive: true, force: true });
      reject(error);
    });
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      try {
        if (code !== 0) throw new Error(`rolefit parse exited with ${code}: ${errors.trim().slice(0, 500)}`);
        const { user, system } = JSON.parse(readFileSync(cpuFile, 'utf8'));
        resolveRun({ cpuMs: (user + system) / 1000, wallMs });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
    child.stdin.end(text);
  });
}

/**
 * Runs each checkout's `rolefit parse` `runs` times, the checkouts taking turns, and returns per checkout the median CPU
 * and wall time of a run, with the load average before and after.
 */
export async function measureParseStart({ checkouts = [root], runs = 10, text = parseStartText().text } = {}) {
  const loadBefore = loadavg()[0];
  const samples = checkouts.map(() => ({ cpuMs: [], wallMs: [] }));
  // One run first for each, untimed: the files come from the disk cache from then on.
  for (const checkout of checkouts) await timeParseRun(checkout, text);
  for (let run = 0; run < runs; run += 1)
    for (const [index, checkout] of checkouts.entries()) {
      const { cpuMs, wallMs } = await timeParseRun(checkout, text);
      samples[index].cpuMs.push(cpuMs);
      samples[index].wallMs.push(wallMs);
    }
  return {
    loadBefore,
    loadAfter: loadavg()[0],
    results: checkouts.map((checkout, index) => ({
      checkout,
      cpuMs: median(samples[index].cpuMs),
      wallMs: median(samples[index].wallMs),
      cpuSamples: samples[index].cpuMs,
    })),
  };
}

/** The "parse-start" section of `pnpm bench`: this checkout's figures through `record(name, value, unit)`. */
export async function benchParseStart({ runs = 10, record, log = () => undefined }) {
  const { text, source } = parseStartText();
  const { loadBefore, loadAfter, results } = await measureParseStart({ runs, text });
  const [{ cpuMs, wallMs }] = results;
  log(
    `parse-start: ${runs} runs of rolefit parse - --json on ${source} (load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)})`,
  );
  record(`rolefit parse: CPU per run, start-up included (median of ${runs})`, Number(cpuMs.toFixed(0)), 'ms');
  record(`rolefit parse: wall time per run (median of ${runs})`, Number(wallMs.toFixed(0)), 'ms');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    options: { runs: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(runs) || runs < 1) {
    console.error(`parse-start: --runs must be a whole number of at least 1, got "${values.runs}"`);
    process.exit(2);
  }
  const checkouts = positionals.length ? positionals.map((path) => resolve(path)) : [root];
  const measured = await measureParseStart({ checkouts, runs });
  if (values.json) console.log(JSON.stringify(measured, null, 2));
  else {
    console.log(
      `load average ${measured.loadBefore.toFixed(2)} → ${measured.loadAfter.toFixed(2)}, ${runs} runs each, interleaved`,
    );
    for (const { checkout, cpuMs, wallMs } of measured.results)
      console.log(`${checkout}: CPU ${cpuMs.toFixed(0)} ms, wall ${wallMs.toFixed(0)} ms per rolefit parse (medians)`);
  }
}
