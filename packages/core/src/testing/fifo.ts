import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** Whether this system makes FIFOs with `mkfifo` (Windows has none in its file system): `it.skipIf(!hasMkfifo)`. */
export const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).error === undefined;

/** A test file's FIFOs and their writers: see {@link fifoScratch}. */
export interface FifoScratch {
  /** The folder the FIFOs (and any other scratch file) are made in. */
  readonly directory: string;
  /** Makes a FIFO named `name` in the folder with `mkfifo`, and gives its path. */
  fifo(name: string): string;
  /** Starts `sh -c script` (a writer, e.g. `exec 3>'path'; printf 'x' >&3`), killed after its test if still running. */
  writer(script: string): ChildProcess;
}

/**
 * A scratch folder for a test file's FIFOs (removed after its last test) and `sh` writers for them (each killed after
 * the test that started it, so a writer that never finishes holds nothing). Call it at the top of the test file: it
 * registers vitest's `afterEach` and `afterAll`. Test helper (tests import this file directly); real FIFOs and real
 * child processes, nothing mocked.
 */
export function fifoScratch(prefix: string): FifoScratch {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  const writers: ChildProcess[] = [];
  afterEach(() => {
    for (const writer of writers.splice(0)) if (writer.exitCode === null) writer.kill('SIGKILL');
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  return {
    directory,
    fifo(name) {
      const path = join(directory, name);
      const made = spawnSync('mkfifo', [path]);
      if (made.status !== 0) throw new Error(`mkfifo ${path} failed: ${String(made.stderr ?? made.error)}`);
      return path;
    },
    writer(script) {
      const child = spawn('sh', ['-c', script], { stdio: 'ignore' });
      writers.push(child);
      return child;
    },
  };
}
