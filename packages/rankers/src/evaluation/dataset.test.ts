import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EvaluationDataError, datasetName, loadEvaluationDataset } from './dataset.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const job = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, title: `Job ${id}`, description: `About ${id}`, ...extra });

/** Writes a dataset folder; a file given as undefined is left out. */
function writeSet(files: Partial<Record<'jobs.jsonl' | 'resumes.jsonl' | 'qrels.tsv' | 'README.md', string>>, name = 'my-set'): string {
  const root = mkdtempSync(join(tmpdir(), 'rolefit-dataset-'));
  directories.push(root);
  const directory = join(root, name);
  mkdirSync(directory, { recursive: true });
  const defaults = {
    'jobs.jsonl': `${job('j1', { skills: ['SQL'], company: 'Acme', location: { city: 'Austin', country: 'US' } })}\n${job('j2')}\n`,
    'resumes.jsonl': `${JSON.stringify({ id: 'r1', text: 'SQL analyst' })}\n${JSON.stringify({ id: 'r2', text: '' })}\n`,
    'qrels.tsv': 'r1\tj1\t3\nr1\tj2\t0\nr2\tj2\t1\n',
  };
  for (const [file, content] of Object.entries({ ...defaults, ...files })) if (content !== undefined) writeFileSync(join(directory, file), content);
  return directory;
}

async function loadError(directory: string): Promise<EvaluationDataError> {
  const error = await loadEvaluationDataset(directory).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EvaluationDataError);
  return error as EvaluationDataError;
}

describe('loadEvaluationDataset', () => {
  it('reads jobs, resumes and judgements, filling source and validating with core', async () => {
    const dataset = await loadEvaluationDataset(writeSet({}));
    expect(dataset.name).toBe('my-set');
    expect(dataset.jobs.map((entry) => entry.id)).toEqual(['j1', 'j2']);
    expect(dataset.jobs[0]).toMatchObject({ source: 'eval', company: 'Acme', skills: ['SQL'], location: { city: 'Austin', country: 'US' } });
    expect(dataset.resumes.map((resume) => [resume.id, resume.text])).toEqual([
      ['r1', 'SQL analyst'],
      ['r2', ''],
    ]);
    expect(dataset.judgements).toEqual([
      { resumeId: 'r1', jobId: 'j1', grade: 3 },
      { resumeId: 'r1', jobId: 'j2', grade: 0 },
      { resumeId: 'r2', jobId: 'j2', grade: 1 },
    ]);
    expect(dataset.defaultQuery).toBeUndefined();
  });

  it('keeps a source that is given, and accepts a header line and comments in qrels.tsv', async () => {
    const dataset = await loadEvaluationDataset(
      writeSet({ 'jobs.jsonl': `${job('j1', { source: 'board' })}\n${job('j2')}\n`, 'qrels.tsv': 'resumeId\tjobId\tgrade\n# a comment\nr1\tj1\t2\n' }),
    );
    expect(dataset.jobs[0]?.source).toBe('board');
    expect(dataset.judgements).toEqual([{ resumeId: 'r1', jobId: 'j1', grade: 2 }]);
  });

  it('reads the default direction from README.md', async () => {
    expect((await loadEvaluationDataset(writeSet({ 'README.md': '# Set\n\nquery: job\n' }))).defaultQuery).toBe('job');
    expect((await loadEvaluationDataset(writeSet({ 'README.md': '# Set\nQuery: resume\n' }))).defaultQuery).toBe('resume');
    const error = await loadError(writeSet({ 'README.md': '# Set\n\nquery: both\n' }));
    expect(error.file).toMatch(/README\.md$/);
    expect(error.line).toBe(3);
  });

  it('names split folders after their set', () => {
    expect(datasetName('/data/job-views/test')).toBe('job-views/test');
    expect(datasetName('/data/sample-dev')).toBe('sample-dev');
  });

  it('reports the file and line of a bad job', async () => {
    const invalid = await loadError(writeSet({ 'jobs.jsonl': `${job('j1')}\n\n${job('j2', { url: 'not a url' })}\n` }));
    expect(invalid.file).toMatch(/jobs\.jsonl$/);
    expect(invalid.line).toBe(3);
    expect(invalid.message).toMatch(/jobs\.jsonl:3: .*url/);

    const missingTitle = await loadError(writeSet({ 'jobs.jsonl': `${JSON.stringify({ id: 'j1', description: '' })}\n` }));
    expect(missingTitle.line).toBe(1);
    expect(missingTitle.message).toMatch(/"title"/);

    const missingDescription = await loadError(writeSet({ 'jobs.jsonl': `${JSON.stringify({ id: 'j1', title: 'T' })}\n` }));
    expect(missingDescription.message).toMatch(/"description"/);

    const notJson = await loadError(writeSet({ 'jobs.jsonl': `${job('j1')}\n{oops\n` }));
    expect(notJson.line).toBe(2);
    expect(notJson.message).toMatch(/not valid JSON/);

    const duplicate = await loadError(writeSet({ 'jobs.jsonl': `${job('j1')}\n${job('j1')}\n` }));
    expect(duplicate.line).toBe(2);
    expect(duplicate.message).toMatch(/duplicate job id/);
  });

  it('reports a resume without text or id', async () => {
    const noText = await loadError(writeSet({ 'resumes.jsonl': `${JSON.stringify({ id: 'r1' })}\n` }));
    expect(noText.file).toMatch(/resumes\.jsonl$/);
    expect(noText.message).toMatch(/"text"/);
    const noId = await loadError(writeSet({ 'resumes.jsonl': `${JSON.stringify({ text: 'x' })}\n` }));
    expect(noId.message).toMatch(/"id"/);
  });

  it('reports bad judgements with their line', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['r1\tj1\t3\nr9\tj1\t2\n', 2, /unknown resume id "r9"/],
      ['r1\tj1\t3\nr1\tj9\t2\n', 2, /unknown job id "j9"/],
      ['r1\tj1\t4\n', 1, /grade must be a whole number from 0 to 3/],
      ['r1\tj1\t1.5\n', 1, /grade must be a whole number/],
      ['r1\tj1\t2\nr1\tj2\thigh\n', 2, /grade must be a whole number/],
      ['r1\tj1\t2\nr1 j2 1\n', 2, /3 tab-separated fields/],
      ['r1\tj1\t2\nr1\tj1\t1\n', 2, /duplicate judgement/],
    ];
    for (const [qrels, line, message] of cases) {
      const error = await loadError(writeSet({ 'qrels.tsv': qrels }));
      expect(error.file).toMatch(/qrels\.tsv$/);
      expect(error.line, qrels).toBe(line);
      expect(error.message, qrels).toMatch(message);
    }
  });

  it('reports a missing file', async () => {
    const error = await loadError(writeSet({ 'qrels.tsv': undefined }));
    expect(error.file).toMatch(/qrels\.tsv$/);
    expect(error.line).toBeUndefined();
  });
});
