import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, StoreFileError } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damagedJobHint } from '../shared/errors.js';
import { runInProcess } from '../testing/run-in-process.js';

// `rolefit check` on real store files: the sample postings (invented for Rolefit, @rolefit/core/samples) written by
// the embedded store, then one record damaged by hand the two ways core's crafted-files.test.ts does: bytes changed
// inside a job's record in the binary snapshot (its crc32 left as it was: a disk or copy error), and a job an
// earlier version accepted (an ftp: URL) in a format-1 JSON store file.
let directory = '';
let resumeFile = '';
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-check-'));
  resumeFile = join(directory, 'resume.txt');
  writeFileSync(
    resumeFile,
    'Dana Analyst\ndana@example.com\n\nExperience\nData Analyst, Acme (2020 - 2024)\nSQL, Python and dashboards\n\nSkills\nSQL, Python, Tableau\n',
  );
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/**
 * A binary store of the sample jobs and two analyst jobs, whose records are then changed in place (their crc32s are
 * not): 'torn-job' gets bytes that are not JSON, 'ftp-job' an ftp: URL (a valid URL, refused by the job schema).
 */
async function damagedStore(name: string): Promise<string> {
  const path = join(directory, name);
  const store = createMemoryStore({ path });
  await store.open();
  const analyst = { ...sampleJobs[0]!, title: 'Data analyst', skills: ['SQL', 'Python', 'Tableau'] };
  await store.upsertJobs([
    ...sampleJobs,
    { ...analyst, id: 'torn-job', description: 'Data analyst, SQL and Python, torn-marker dashboards' },
    { ...analyst, id: 'ftp-job', description: 'Data analyst, SQL and Tableau', url: 'https://ftp-marker.example/1' },
  ]);
  await store.close();
  const bytes = readFileSync(path);
  const overwrite = (marker: string, at: number, text: string) => {
    const found = bytes.indexOf(marker);
    expect(found, marker).toBeGreaterThan(0);
    expect(bytes.indexOf(marker, found + 1), marker).toBe(-1);
    bytes.write(text, found + at, 'latin1');
  };
  overwrite('torn-marker', 0, '"{{{{{{{{{{');
  overwrite('https://ftp-marker', 0, 'ftp:////');
  writeFileSync(path, bytes);
  return path;
}

/** How many jobs the store at `path` holds, and the ids of the damaged ones (read by core, not by the command). */
async function storeState(path: string): Promise<{ jobs: number; damaged: string[] }> {
  const store = await createMemoryStore({ path }).open();
  try {
    const { jobs, damaged } = await store.check();
    return { jobs, damaged: damaged.map((item) => item.id).sort() };
  } finally {
    await store.close();
  }
}

const total = sampleJobs.length + 2;

describe('rolefit check', () => {
  it('says so when no job is damaged', async () => {
    const path = join(directory, 'healthy.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(sampleJobs);
    await store.close();
    const result = await runInProcess(['check', '--store', path]);
    expect(result).toEqual({ code: 0, stdout: `${path}: ${sampleJobs.length} jobs, none damaged.\n`, stderr: '' });
  });

  it('lists damaged jobs (exit 1), --repair deletes them and saves, and recommend works again', {
    timeout: 120_000,
  }, async () => {
    const path = await damagedStore('damaged.bin');
    // recommend reaches a damaged job and fails, pointing to rolefit check.
    const failed = await runInProcess(['recommend', '--resume', resumeFile, '--store', path, '--ranker', 'bm25']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^rolefit: StoreFileError: .*jobs@\d+ /);
    expect(failed.stderr).toContain(`"rolefit check --store ${path}"`);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);

    const listed = await runInProcess(['check', '--store', path]);
    expect(listed.code).toBe(1);
    const lines = listed.stdout.split('\n');
    expect(lines[0]).toBe(`${path}: 2 of ${total} jobs damaged (every command that reads them fails):`);
    const ftp = lines.find((line) => line.startsWith('  ftp-job  '));
    const torn = lines.find((line) => line.startsWith('  torn-job  '));
    expect(ftp).toMatch(/^ {2}ftp-job {2}jobs@\d+ .*url: must be an http, https or mailto URL$/);
    expect(torn).toMatch(/^ {2}torn-job {2}jobs@\d+ .*not JSON/);
    expect(listed.stdout).toContain(`"rolefit check --store ${path} --repair"`);
    // Listing changes nothing.
    expect(await storeState(path)).toEqual({ jobs: total, damaged: ['ftp-job', 'torn-job'] });

    const json = await runInProcess(['check', '--store', path, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      jobs: number;
      damaged: Array<{ id: string; error: string; fields: string[] }>;
      repaired: number;
    };
    expect(report.jobs).toBe(total);
    expect(report.repaired).toBe(0);
    expect(report.damaged.map((item) => item.id).sort()).toEqual(['ftp-job', 'torn-job']);
    expect(report.damaged.find((item) => item.id === 'ftp-job')!.fields).toEqual(['url']);

    const repaired = await runInProcess(['check', '--store', path, '--repair']);
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repaired.stdout).toContain(`Deleted 2 damaged jobs and saved the store (${total - 2} jobs left).`);
    expect(repaired.stdout).toContain('Crawling their source again restores them');
    expect(await storeState(path)).toEqual({ jobs: total - 2, damaged: [] });
    expect(await runInProcess(['check', '--store', path])).toMatchObject({ code: 0 });

    const recommended = await runInProcess(['recommend', '--resume', resumeFile, '--store', path, '--ranker', 'bm25']);
    expect(recommended.code, recommended.stderr).toBe(0);
    expect(recommended.stdout).toContain(`of ${total - 2} stored jobs`);
  });

  it('repairs a format-1 JSON store holding a job an earlier version accepted (--repair --json)', async () => {
    const path = join(directory, 'old.json');
    const file = { format: 'rolefit-memory-store', version: 1, savedAt: '2026-01-01T00:00:00.000Z' };
    const old = { ...sampleJobs[1]!, id: 'old-ftp', url: 'ftp://old.example/5' };
    writeFileSync(
      path,
      JSON.stringify({ ...file, jobs: [sampleJobs[0], old], vectors: [], resumes: [], feedback: [], matches: [] }),
    );
    const failed = await runInProcess(['recommend', '--resume', resumeFile, '--store', path, '--ranker', 'bm25']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/jobs\[1\] .*"rolefit check --store .*old\.json", delete them with --repair\)\n$/);
    // That run saved the store as a binary snapshot, the damaged record kept as it was.
    const result = await runInProcess(['check', '--store', path, '--repair', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ store: path, jobs: 2, repaired: 1, jobsLeft: 1 });
    expect(report.damaged).toEqual([
      { id: 'old-ftp', error: expect.stringMatching(/^jobs(@\d+|\[1\]) .*url/), fields: ['url'] },
    ]);
    expect(await storeState(path)).toEqual({ jobs: 1, damaged: [] });
  });

  it('points a damaged job in the journal to the store beside it, and says nothing for other store errors', () => {
    const journal = new StoreFileError('/data/jobs.bin.journal', 'job x is invalid', { section: 'line 2.jobs[0]' });
    expect(damagedJobHint(journal)).toBe(
      ' (a damaged stored job: list such jobs with "rolefit check --store /data/jobs.bin", delete them with --repair)',
    );
    expect(damagedJobHint(new StoreFileError('/data/jobs.bin', 'is cut short', { section: 'vectorsFloat32' }))).toBe(
      '',
    );
    expect(damagedJobHint(new Error('jobs@12'))).toBe('');
  });

  it('refuses a missing --store and an unknown option (exit 2), and a missing store file (exit 1)', async () => {
    expect((await runInProcess(['check'])).code).toBe(2);
    expect((await runInProcess(['check', '--store', join(directory, 'x.bin'), '--fix'])).code).toBe(2);
    const missing = await runInProcess(['check', '--store', join(directory, 'none.bin')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/none\.bin: no such store/);
  });
});
