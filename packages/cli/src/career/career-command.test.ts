import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, createPipeline } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../testing/run-in-process.js';

// `rolefit career` over a store holding the sample postings (invented for Rolefit, @rolefit/core/samples), for the
// sample data analyst's resume.
let directory = '';
let store = '';
let resumeFile = '';
beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-career-'));
  store = join(directory, 'jobs.json');
  const memory = createMemoryStore({ path: store });
  await createPipeline({ store: memory, ranker: { name: 'none', rank: async () => [] } }).ingest(sampleJobs);
  await memory.close();
  const { profile: _profile, ...resume } = sampleResumes.find((sample) => sample.id === 'resume-data-analyst')!;
  resumeFile = join(directory, 'resume.json');
  writeFileSync(resumeFile, JSON.stringify(resume));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const run = (argv: string[]) => runInProcess(argv);

describe('rolefit career', () => {
  it('reports specialisations, skill gaps and courses from the stored jobs', { timeout: 120_000 }, async () => {
    const text = await run(['career', '--resume', resumeFile, '--store', store, '--limit', '2']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Career guidance for .*: \d+ stored postings in \d+ specialisations\./);
    expect(text.stdout).toMatch(/^ 1\. .+ score \d\.\d{3}/m);
    const json = await run(['career', '--resume', resumeFile, '--store', store, '--limit', '2', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const output = JSON.parse(json.stdout) as {
      specialisations: { specialisations: Array<{ name: string; rank: number }> };
      skillGap: { gaps: unknown[] } | null;
      courses: unknown[];
    };
    expect(output.specialisations.specialisations.map((item) => item.rank)).toEqual([1, 2]);
    expect(text.stdout).toContain(output.specialisations.specialisations[0]!.name);
  });

  it('fails with one line for a store that does not exist', async () => {
    const result = await run(['career', '--resume', resumeFile, '--store', join(directory, 'none.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^rolefit: .*none\.json: no such store/);
  });
});
