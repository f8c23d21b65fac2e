import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../testing/run-in-process.js';

// Store files as a crash or another process leaves them, opened by the commands that read a store (found by an
// integrator: a first crawl killed before it closed the store left every job in <store>.journal and no <store>, and
// every command answered "no such store").
let directory = '';
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-cli-store-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('commands on a store', () => {
  it('read a store whose jobs are all still in its journal', async () => {
    const path = join(directory, 'journal-only.rf');
    // A store written and never closed, as a crawl killed part-way leaves it: its jobs are in the journal alone.
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(sampleJobs.slice(0, 3));
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.journal`)).toBe(true);
    const result = await runInProcess(['check', '--store', path]);
    expect(result).toEqual({ code: 0, stdout: `${path}: 3 jobs, none damaged.\n`, stderr: '' });
    await store.close();
  });

  it('say in one line which process has the store open (exit 1)', async () => {
    const path = join(directory, 'locked.rf');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(sampleJobs.slice(0, 1));
    await store.close();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 4242, host: `elsewhere-${hostname()}`, since: '2026-12-05' }));
    for (const argv of [['check'], ['rate', sampleJobs[0]!.id, '2', '--person', 'p']]) {
      const result = await runInProcess([...argv, '--store', path]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `rolefit: ${path}: is open in process 4242 on elsewhere-${hostname()} (since 2026-12-05); close the store there first (one process at a time writes a store), or delete ${path}.lock if no such process runs\n`,
      );
    }
  });
});
