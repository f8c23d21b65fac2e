import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EvaluationDataError, datasetName, loadEvaluationDataset } from './dataset.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const job = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, title: `Job ${id}`, description: `About ${id}`, ...extra });

/** Writes a dataset folder; a file given as undefined is left out. */
function writeSet(
  files: Partial<Record<'jobs.jsonl' | 'resumes.jsonl' | 'qrels.tsv' | 'README.md', string>>,
  name = 'my-set',
): string {
  const root = mkdtempSync(join(tmpdir(), 'rolefit-dataset-'));
  directories.push(root);
  const directory = join(root, name);
  mkdirSync(directory, { recursive: true });
  const defaults = {
    'jobs.jsonl': `${job('j1', { skills: ['SQL'], company: 'Acme', location: { city: 'Austin', country: 'US' } })}\n${job('j2')}\n`,
    'resumes.jsonl': `${JSON.stringify({ id: 'r1', text: 'SQL analyst' })}\n${JSON.stringify({ id: 'r2', text: '' })}\n`,
    'qrels.tsv': 'r1\tj1\t3\nr1\tj2\t0\nr2\tj2\t1\n',
  };
  for (const [file, content] of Object.entries({ ...defaults, ...files }))
    if (content !== undefined) writeFileSync(join(directory, file), content);
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
    expect(dataset.jobs[0]).toMatchObject({
      source: 'eval',
      company: 'Acme',
      skills: ['SQL'],
      location: { city: 'Austin', country: 'US' },
    });
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
      writeSet({
        'jobs.jsonl': `${job('j1', { source: 'board' })}\n${job('j2')}\n`,
        'qrels.tsv': 'resumeId\tjobId\tgrade\n# a comment\nr1\tj1\t2\n',
      }),
    );
    expect(dataset.jobs[0]?.source).toBe('board');
    expect(dataset.judgements).toEqual([{ resumeId: 'r1', jobId: 'j1', grade: 2 }]);
  });

  it('reads the default direction from README.md', async () => {
    expect((await loadEvaluationDataset(writeSet({ 'README.md': '# Set\n\nquery: job\n' }))).defaultQuery).toBe('job');
    expect((await loadEvaluationDataset(writeSet({ 'README.md': '# Set\nQuery: resume\n' }))).defaultQuery).toBe(
      'resume',
    );
    const error = await loadError(writeSet({ 'README.md': '# Set\n\nquery: both\n' }));
    expect(error.file).toMatch(/README\.md$/);
    expect(error.line).toBe(3);
  });

  it('names split folders after their set', () => {
    expect(datasetName('/data/job-views/test')).toBe('job-views/test');
    expect(datasetName('/data/sample-dev')).toBe('sample-dev');
  });

  it('reports the file and line of a bad job', async () => {
    const invalid = await loadError(writeSet({ 'jobs.jsonl': `${job('j1')}\n\n${job('j2', { title: '  ' })}\n` }));
    expect(invalid.file).toMatch(/jobs\.jsonl$/);
    expect(invalid.line).toBe(3);
    expect(invalid.message).toMatch(/jobs\.jsonl:3: "title" must not be empty/);

    const numericTitle = await loadError(
      writeSet({ 'jobs.jsonl': `${JSON.stringify({ id: 'j1', title: { text: 'T' }, description: '' })}\n` }),
    );
    expect(numericTitle.message).toMatch(/"title" must be a string/);

    const missingTitle = await loadError(
      writeSet({ 'jobs.jsonl': `${JSON.stringify({ id: 'j1', description: '' })}\n` }),
    );
    expect(missingTitle.line).toBe(1);
    expect(missingTitle.message).toMatch(/"title"/);

    const badDescription = await loadError(
      writeSet({ 'jobs.jsonl': `${JSON.stringify({ id: 'j1', title: 'T', description: ['a'] })}\n` }),
    );
    expect(badDescription.message).toMatch(/"description" must be a string/);

    const notJson = await loadError(writeSet({ 'jobs.jsonl': `${job('j1')}\n{oops\n` }));
    expect(notJson.line).toBe(2);
    expect(notJson.message).toMatch(/not valid JSON/);

    const duplicate = await loadError(writeSet({ 'jobs.jsonl': `${job('j1')}\n${job('j1')}\n` }));
    expect(duplicate.line).toBe(2);
    expect(duplicate.message).toMatch(/duplicate job id/);
  });

  it('reports a resume without an id or with text that is not a string', async () => {
    const badText = await loadError(writeSet({ 'resumes.jsonl': `${JSON.stringify({ id: 'r1', text: 7 })}\n` }));
    expect(badText.file).toMatch(/resumes\.jsonl$/);
    expect(badText.message).toMatch(/"text" must be a string/);
    const noId = await loadError(writeSet({ 'resumes.jsonl': `${JSON.stringify({ text: 'x' })}\n` }));
    expect(noId.message).toMatch(/"id"/);
  });

  it('reports bad judgements with their line', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['r1\tj1\t101\n', 1, /grade must be a whole number from 0 to 3 \(or, on a wider scale such as 1–7, up to 100\)/],
      ['r1\tj1\t1.5\n', 1, /grade must be a whole number/],
      ['r1\tj1\t2\n\tj2\t1\n', 2, /the resume id is empty/],
      ['r1\tj1\t3.0\nr1\tj2\t-0\n', 2, /grade must be a whole number/],
      ['r1\tj1\t2\nr1\tj2\thigh\n', 2, /grade must be a whole number/],
      ['r1\tj1\t2\nr1 j2 1\n', 2, /3 tab-separated fields/],
    ];
    for (const [qrels, line, message] of cases) {
      const error = await loadError(writeSet({ 'qrels.tsv': qrels }));
      expect(error.file).toMatch(/qrels\.tsv$/);
      expect(error.line, qrels).toBe(line);
      expect(error.message, qrels).toMatch(message);
    }
  });

  it('leaves out a judgement whose resume or job is not in the jsonl files, with a warning naming the lines', async () => {
    const dataset = await loadEvaluationDataset(
      writeSet({ 'qrels.tsv': 'r1\tj1\t3\nr9\tj1\t2\nr1\tj9\t2\nr1\tj8\t1\nr2\tj2\t1\n' }),
    );
    expect(dataset.judgements).toEqual([
      { resumeId: 'r1', jobId: 'j1', grade: 3 },
      { resumeId: 'r2', jobId: 'j2', grade: 1 },
    ]);
    expect(dataset.warnings).toEqual([
      'qrels.tsv: a resume id not in resumes.jsonl: judgement left out (line 2)',
      'qrels.tsv: a job id not in jobs.jsonl: judgement left out (2 lines: 3, 4)',
    ]);
    // When no row names known ids, the file is wrong, not a few rows.
    const none = await loadError(writeSet({ 'qrels.tsv': 'j1\tr1\t3\nj2\tr2\t1\n' }));
    expect(none.file).toMatch(/qrels\.tsv$/);
    expect(none.message).toMatch(/no judgement names both a resume of resumes\.jsonl and a job of jobs\.jsonl/);
  });

  it('gives a pair judged by two annotators the mean of their grades, noting it', async () => {
    const dataset = await loadEvaluationDataset(
      writeSet({ 'qrels.tsv': 'r1\tj1\t3\nr1\tj2\t0\nr1\tj1\t2\nr1\tj2\t0\n' }),
    );
    expect(dataset.judgements).toEqual([
      { resumeId: 'r1', jobId: 'j1', grade: 2.5 },
      { resumeId: 'r1', jobId: 'j2', grade: 0 },
    ]);
    expect(dataset.relevantGrade).toBeUndefined();
    expect(dataset.warnings).toEqual([
      'qrels.tsv: 2 repeated judgements of a pair already judged (several annotators): each pair gets the mean of its grades',
    ]);
  });

  it('reads a grade per annotator side by side (a header naming them, empty trailing cells) as their mean', async () => {
    const dataset = await loadEvaluationDataset(
      writeSet({ 'qrels.tsv': 'resume\tjob\tannotator A\tannotator B\nr1\tj1\t3\t2\t\t\nr1\tj2\t0\t0\nr2\tj2\t1\n' }),
    );
    expect(dataset.judgements).toEqual([
      { resumeId: 'r1', jobId: 'j1', grade: 2.5 },
      { resumeId: 'r1', jobId: 'j2', grade: 0 },
      { resumeId: 'r2', jobId: 'j2', grade: 1 },
    ]);
    expect(dataset.warnings).toEqual([
      'qrels.tsv: 2 rows with more than one grade (one per annotator): each pair gets the mean of its grades',
    ]);
    const error = await loadError(writeSet({ 'qrels.tsv': 'r1\tj1\t3\t3\nr1\tj2\t3\tA\n' }));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/grade must be a whole number .*got "A"/);
    // A file of a header alone (or a first line that is not data) holds nothing to score: said, not scored as 0 queries.
    const headerOnly = await loadError(writeSet({ 'qrels.tsv': 'r1\tj1\t3\tA\n\n# nothing else\n' }));
    expect(headerOnly.message).toMatch(/qrels\.tsv: holds no judgement/);
  });

  it('reads a million rows of one pair, and a row of 200,000 grades, as their mean (a RangeError before)', async () => {
    // Every grade was kept and spread into Math.min / Math.max and push: the stack ran out past ~120,000 of them.
    const many = await loadEvaluationDataset(writeSet({ 'qrels.tsv': 'r1\tj1\t2\nr1\tj1\t3\n'.repeat(500_000) }));
    expect(many.judgements).toEqual([{ resumeId: 'r1', jobId: 'j1', grade: 2.5 }]);
    expect(many.warnings).toEqual([
      'qrels.tsv: 999999 repeated judgements of a pair already judged (several annotators): each pair gets the mean of its grades',
    ]);
    const wide = await loadEvaluationDataset(
      writeSet({ 'qrels.tsv': `r1\tj1${'\t7\t1'.repeat(100_000)}\nr1\tj2\t4\n` }),
    );
    expect(wide.judgements).toEqual([
      { resumeId: 'r1', jobId: 'j1', grade: 3 },
      { resumeId: 'r1', jobId: 'j2', grade: 3 },
    ]);
    expect(wide.relevantGrade).toBe(4);
  });

  it('reads a wider scale such as HR relevance 1–7 from its lowest grade, relevant above its middle', async () => {
    const dataset = await loadEvaluationDataset(writeSet({ 'qrels.tsv': 'r1\tj1\t7\nr1\tj2\t1\nr2\tj2\t5\n' }));
    expect(dataset.judgements.map((judgement) => judgement.grade)).toEqual([6, 0, 4]);
    expect(dataset.relevantGrade).toBe(4);
    expect(dataset.warnings).toEqual([
      'qrels.tsv: grades run from 1 to 7, over the 0–3 scale: read as 0–6 (minus 1); relevant for MAP, MRR and recall from grade 5',
    ]);
    // The 0–3 scale is read as written, even without a 0.
    const narrow = await loadEvaluationDataset(writeSet({ 'qrels.tsv': 'r1\tj1\t3\nr1\tj2\t1\n' }));
    expect(narrow.judgements.map((judgement) => judgement.grade)).toEqual([3, 1]);
    expect(narrow.relevantGrade).toBeUndefined();
  });

  it('reads the shapes other tools write: numeric ids, nulls, skill strings, free-text fields, grades such as 2.0', async () => {
    const jobs = [
      {
        id: 101,
        title: 'Data analyst',
        description: null,
        skills: 'SQL, Python; Tableau',
        company: '',
        location: 'Austin, TX',
        salary: '$80,000 - $95,000 a year',
        employmentType: 'FULL_TIME',
        experienceLevel: 'Mid-Senior level',
        experienceYears: '3+ years',
        postedAt: null,
      },
      {
        id: 'j2',
        title: 'Welder',
        skills: ['Welding', 12, { name: 'MIG' }, { level: 3 }],
        location: { city: 'Cairo', region: null, country: '' },
        salary: 'competitive',
        experienceYears: 2,
        url: 'not a url',
      },
    ];
    const resumes = [
      { id: 7, text: 'SQL analyst', skills: 'SQL, Excel', totalYears: '4' },
      { id: 'r2', summary: 'Welder', email: null },
    ];
    const dataset = await loadEvaluationDataset(
      writeSet({
        'jobs.jsonl': `${jobs.map((entry) => JSON.stringify(entry)).join('\n')}\n`,
        'resumes.jsonl': `${resumes.map((entry) => JSON.stringify(entry)).join('\n')}\n`,
        'qrels.tsv': '7\t101\t3.0\n7\tj2\t0\nr2\tj2\t2\n',
      }),
    );
    expect(dataset.jobs[0]).toMatchObject({
      id: '101',
      description: '',
      skills: ['SQL', 'Python', 'Tableau'],
      location: { city: 'Austin', region: 'TX' },
      salary: { min: 80_000, max: 95_000, currency: 'USD', period: 'year' },
      employmentType: 'full-time',
      experienceLevel: 'mid-senior',
      experienceYears: { min: 3 },
    });
    expect(dataset.jobs[0]).not.toHaveProperty('company');
    expect(dataset.jobs[1]).toMatchObject({
      id: 'j2',
      skills: ['Welding', '12', 'MIG'],
      location: { city: 'Cairo' },
      experienceYears: { min: 2 },
    });
    expect(dataset.jobs[1]).not.toHaveProperty('salary');
    expect(dataset.jobs[1]).not.toHaveProperty('url');
    expect(dataset.resumes.map((resume) => [resume.id, resume.text, resume.skills, resume.totalYears])).toEqual([
      ['7', 'SQL analyst', ['SQL', 'Excel'], 4],
      ['r2', '', [], undefined],
    ]);
    expect(dataset.judgements).toEqual([
      { resumeId: '7', jobId: '101', grade: 3 },
      { resumeId: '7', jobId: 'j2', grade: 0 },
      { resumeId: 'r2', jobId: 'j2', grade: 2 },
    ]);
    // What was left out is said, once per file, field and problem, with the line.
    expect(dataset.warnings).toEqual([
      'jobs.jsonl: "skills" has items that are not skill names: those left out (line 2)',
      'jobs.jsonl: "salary" "competitive" names no pay: left out (line 2)',
      'jobs.jsonl: "url" "not a url" is not valid: left out (line 2)',
    ]);
  });

  it('reports a missing file', async () => {
    const error = await loadError(writeSet({ 'qrels.tsv': undefined }));
    expect(error.file).toMatch(/qrels\.tsv$/);
    expect(error.line).toBeUndefined();
  });
});
