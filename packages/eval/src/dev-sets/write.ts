// Writes a built set as two dataset folders (<out>/<set>/train and /test: jobs.jsonl, resumes.jsonl, qrels.tsv,
// README.md), in the format loadEvaluationDataset reads.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRecordArgument, checkTextArgument, describeValue, invalidArgument } from '@rolefit/core/internal';
import type { QueryDirection } from '../harness/dataset.js';
import type { DevSet, DevSetData } from './types.js';

/** Writes one dataset folder. */
export function writeDataset(
  directory: string,
  { jobs, resumes, qrels, readme }: DevSetData & { readme: string },
): void {
  mkdirSync(directory, { recursive: true });
  const lines = (records: readonly object[]) => `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;
  writeFileSync(join(directory, 'jobs.jsonl'), lines(jobs));
  writeFileSync(join(directory, 'resumes.jsonl'), lines(resumes));
  writeFileSync(
    join(directory, 'qrels.tsv'),
    `${['resumeId\tjobId\tgrade', ...qrels.map((row) => `${row.resumeId}\t${row.jobId}\t${row.grade}`)].join('\n')}\n`,
  );
  writeFileSync(join(directory, 'README.md'), readme);
}

/** "3 queries, 30 jobs, 3 resumes, 33 judgements (grades 3: 4, …)" for a split. */
export function summary(split: DevSetData, query: QueryDirection = 'resume'): string {
  const counts: Record<string, number> = {};
  for (const row of split.qrels) counts[row.grade] = (counts[row.grade] ?? 0) + 1;
  const grades = Object.keys(counts)
    .sort()
    .reverse()
    .map((grade) => `${grade}: ${counts[grade]}`)
    .join(', ');
  const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
  const queries = new Set(split.qrels.map((row) => (query === 'job' ? row.jobId : row.resumeId))).size;
  return `${count(queries, 'query', 'queries')}, ${count(split.jobs.length, 'job')}, ${count(split.resumes.length, 'resume')}, ${count(split.qrels.length, 'judgement')} (grades ${grades})`;
}

/** Writes a set's two splits under `<outRoot>/<name>/`, each with a README; logs each split's summary to stderr. */
export function writeDevSet(outRoot: string, dataRoot: string, set: DevSet): void {
  // Arguments of the wrong kind were TypeErrors from inside ("Cannot destructure property 'name' of 'set'", node's
  // "paths[0]"); a name that is no plain folder name would remove and write outside outRoot.
  checkTextArgument('writeDevSet', 'outRoot', outRoot);
  checkTextArgument('writeDevSet', 'dataRoot', dataRoot);
  checkRecordArgument('writeDevSet', 'set', set, 'a DevSet ({ name, splits, describe, query })');
  const { name, splits, describe, query } = set;
  if (typeof (name as unknown) !== 'string' || !/^[\w.-]+$/.test(name) || name === '.' || name === '..')
    throw invalidArgument(
      'writeDevSet',
      'set.name',
      `must be a folder name (letters, digits, '.', '-', '_'), got ${typeof name === 'string' ? JSON.stringify(name.slice(0, 100)) : describeValue(name)}`,
    );
  const { train, test } = checkRecordArgument('writeDevSet', 'set.splits', splits as unknown, '{ train, test }');
  checkRecordArgument('writeDevSet', 'set.splits.train', train, 'a DevSetData');
  checkRecordArgument('writeDevSet', 'set.splits.test', test, 'a DevSetData');
  rmSync(join(outRoot, name), { recursive: true, force: true });
  for (const part of ['train', 'test'] as const) {
    const split = splits[part];
    const readme = `# ${name} / ${part}\n\nquery: ${query}\n\n${describe}\n\nThis split: ${summary(split, query)}.\n\nBuilt by scripts/build-dev-sets.mjs from ${dataRoot} (see SOURCES.md there). Not for redistribution: the source data has no licence to share it.\n`;
    writeDataset(join(outRoot, name, part), { ...split, readme });
    process.stderr.write(`${name}/${part}: ${summary(split, query)}\n`);
  }
}
