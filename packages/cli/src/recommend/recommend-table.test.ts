import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../testing/run-in-process.js';

// `rolefit recommend`'s table, in process: the ids it lists are what `rate`, `dismiss`, `apply` and `ats --job-id` take.
// Jobs and resume written by hand for this test.
let directory = '';
const store = () => join(directory, 'jobs.json');
// A content id (24 hex digits) after a file's --id-prefix, as `rolefit crawl file --id-prefix wuzzuf:` stores it.
const longId = 'wuzzuf:5883145ed7cbdf12260d34ad';

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-recommend-table-'));
  const jobs = createMemoryStore({ path: store() });
  await jobs.open();
  await jobs.upsertJobs([
    {
      id: longId,
      source: 'wuzzuf',
      title: 'System Administrator',
      description: 'Linux, VMware and Active Directory administration.',
      skills: [],
    },
    { id: 'b:1', source: 'b', title: 'Pastry Chef', description: 'Bake bread and cakes.', skills: [] },
  ]);
  await jobs.close();
  writeFileSync(
    join(directory, 'resume.txt'),
    'Sam Lee\nSystems Administrator\n\nExperience\nSystems Administrator, Acme (2018 - 2024)\n- Ran Linux and VMware servers\n\nSkills\nLinux, VMware, Active Directory\n',
  );
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('rolefit recommend table', () => {
  it('shows an id of a prefixed content hash whole, so it can be copied into rate or ats --job-id', async () => {
    const result = await runInProcess(['recommend', '--resume', join(directory, 'resume.txt'), '--store', store()]);
    expect(result.code, result.stderr).toBe(0);
    const row = result.stdout.split('\n').find((line) => line.startsWith('1  '));
    // Before, the id column was cut at 24 characters: 'wuzzuf:5883145ed7cbdf12…'.
    expect(row?.split(/\s{2,}/)[1]).toBe(longId);
    // And the table says how to score one (before, only rate and dismiss were named).
    expect(result.stdout).toContain(
      `Score the resume against one with "rolefit ats --resume ${join(directory, 'resume.txt')} --job-id <id> --store ${store()}".`,
    );
    const scored = await runInProcess([
      'ats',
      '--resume',
      join(directory, 'resume.txt'),
      '--job-id',
      longId,
      '--store',
      store(),
    ]);
    expect(scored.code, scored.stderr).toBe(0);
    expect(scored.stdout).toMatch(/^ATS score: \d+\/100 {2}\(job: System Administrator\)/);
  });
});
