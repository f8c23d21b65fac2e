// Runs a Node program in a child process and measures it: wall time and peak resident memory. Test-only: not exported
// from the package. Used by the hostile-file tests of @rolefit/ats (parseResumeFile) and @rolefit/cli (the program).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** A finished child process: exit status, output, wall time and peak RSS. */
export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  milliseconds: number;
  /** Peak resident memory of the whole process, worker threads included (process.resourceUsage().maxRSS), in MB. */
  rssMb: number;
}

const PROBE = 'measure-rss.mjs';

/** Writes the probe `runMeasured` preloads into `directory`: it prints the process's peak RSS on stderr at exit. */
export function writeRssProbe(directory: string): void {
  writeFileSync(
    join(directory, PROBE),
    "process.on('exit', () => process.stderr.write(`\\nMAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n",
  );
}

/** Runs `node <args>` in `directory` (which holds the probe) with `input` on stdin; the probe's line is taken off stderr. */
export function runMeasured(directory: string, args: readonly string[], input?: Buffer): MeasuredRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', join(directory, PROBE), ...args], {
    cwd: directory,
    input,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const milliseconds = performance.now() - started;
  const rss = /MAXRSS_KB (\d+)/.exec(result.stderr)?.[1];
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/\s*MAXRSS_KB \d+\s*$/, ''),
    milliseconds,
    rssMb: Number(rss ?? Number.NaN) / 1024,
  };
}

/** What {@link createMeasurementLog} makes: `record` checks one run's memory against the bound and keeps its line; `print` prints the table. */
export interface MeasurementLog {
  record(label: string, run: MeasuredRun, outcome: string): void;
  print(): void;
}

/**
 * A table of measured runs (input | outcome | wall | peak RSS), each run's peak RSS checked against a generous bound. The
 * wall time is printed, never asserted: speed is measured in benchmarks (bench/hostile-battery.mjs), and a run held past
 * the child's own time limit shows as a wrong outcome (a killed run has no typed error).
 */
export function createMeasurementLog(bounds: { rssMb: number }): MeasurementLog {
  const lines: string[] = [];
  return {
    record(label, run, outcome) {
      lines.push(`${label} | ${outcome} | ${(run.milliseconds / 1000).toFixed(2)} s | ${run.rssMb.toFixed(0)} MB`);
      expect(run.rssMb, label).toBeLessThan(bounds.rssMb);
    },
    print() {
      console.log(`input | outcome | wall | peak RSS\n${lines.join('\n')}`);
    },
  };
}
