import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRankerRegistry } from '../harness/registry.js';
import { EVAL_USAGE, formatEvaluationTable, runEvalCli } from './run-eval.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const sampleDev = join(repo, 'datasets/sample-dev/');
const registry = createRankerRegistry({ env: {}, now: () => new Date('2026-12-01T00:00:00.000Z') });
const METRIC_KEYS = ['ndcg@10', 'map', 'mrr', 'recall@10', 'auc', 'queries', 'pairs', 'ms'];

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runEvalCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    registry,
  });
  return { code, stdout, stderr };
}

describe('runEvalCli', () => {
  it('prints exactly one JSON object with --json, and logs only to stderr', async () => {
    const { code, stdout, stderr } = await run(['--data', sampleDev, '--json']);
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const output = JSON.parse(stdout) as { rankers: Record<string, Record<string, unknown>> };
    expect(Object.keys(output)).toEqual(['rankers']);
    expect(Object.keys(output.rankers)).toEqual(['bm25', 'multi-factor', 'fusion']);
    for (const result of Object.values(output.rankers)) {
      expect(Object.keys(result)).toEqual(METRIC_KEYS);
      expect(result.queries).toBe(5);
      expect(result.pairs).toBe(103);
    }
    expect(stderr).toMatch(/sample-dev/);
  });

  it('prints a table with the dataset and direction, for the rankers asked for', async () => {
    const { code, stdout } = await run(['--data', sampleDev, '--rankers', 'bm25', '--query', 'job']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Dataset: sample-dev\s+query: job\s+train: none/);
    expect(stdout).toMatch(/ranker\s+nDCG@10\s+MAP\s+MRR\s+Recall@10\s+AUC\s+queries\s+pairs\s+ms/);
    expect(stdout).toMatch(/\nbm25\s+\d\.\d{3}/);
    expect(stdout).not.toMatch(/multi-factor/);
  });

  it('fits fusion on --train and says so on stderr', async () => {
    const { code, stdout, stderr } = await run([
      '--data',
      sampleDev,
      '--train',
      sampleDev,
      '--rankers',
      'fusion',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(Object.keys((JSON.parse(stdout) as { rankers: object }).rankers)).toEqual(['fusion']);
    expect(stderr).toMatch(/fusion: fitted weighted-sum weights bm25=/);
  });

  it('answers bad arguments with the usage on stderr and exit code 2', async () => {
    for (const argv of [
      [],
      ['--data'],
      ['--data', sampleDev, '--query', 'both'],
      ['--data', sampleDev, '--nope'],
      ['--data', sampleDev, 'extra'],
      ['--data', sampleDev, '--rankers', 'bm25,nope'],
      ['--data', sampleDev, '--rankers', 'embedding'],
      ['--data', sampleDev, '--rankers', ','],
    ]) {
      const { code, stdout, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout, argv.join(' ')).toBe('');
      expect(stderr, argv.join(' ')).toContain('Usage: eval --data DIR');
    }
  });

  it('prints help on stdout with exit code 0', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: EVAL_USAGE, stderr: '' });
  });

  it("names in its --rankers line the registry's defaults, and every other ranker as run only when named", () => {
    const line = /--rankers a,b {4}([\s\S]*?)\n {2}--/.exec(EVAL_USAGE)?.[1]?.replace(/\s+/g, ' ') ?? '';
    const [defaults = '', whenNamed = ''] = line.split(';');
    const withEmbedding = createRankerRegistry({
      env: { ROLEFIT_EMBEDDING_MODEL: 'x' },
      embeddingFactory: async () => {
        throw new Error('not created');
      },
    });
    const named = (text: string) => text.match(/[a-z][a-z0-9-]*[a-z0-9]/g) ?? [];
    expect(named(defaults).filter((name) => withEmbedding.entries.some((entry) => entry.name === name))).toEqual(
      withEmbedding.defaults(),
    );
    expect(named(whenNamed).filter((name) => registry.entries.some((entry) => entry.name === name))).toEqual(
      registry.entries.map((entry) => entry.name).filter((name) => !withEmbedding.defaults().includes(name)),
    );
  });

  it('ranks a set written by other tools (numeric ids, nulls, jobs with only skills) and warns on stderr of what it left out', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rolefit-cli-'));
    try {
      const jobs = [
        { id: 1, title: 'Data analyst', description: null, skills: 'SQL, Python, Tableau', salary: 'competitive' },
        { id: 2, title: 'Line cook', skills: ['Food safety', 'Knife skills'], location: 'Austin, TX' },
        { id: 3, title: 'BI developer', description: 'Dashboards in Power BI and SQL.', salary: null },
      ];
      writeFileSync(join(directory, 'jobs.jsonl'), `${jobs.map((job) => JSON.stringify(job)).join('\n')}\n`);
      writeFileSync(
        join(directory, 'resumes.jsonl'),
        `${JSON.stringify({ id: 10, text: 'Analyst: SQL and Python, Tableau reports.' })}\n`,
      );
      writeFileSync(join(directory, 'qrels.tsv'), 'resume\tjob\tgrade\n10\t1\t3.0\n10\t2\t0.0\n10\t3\t2.0\n');
      const { code, stdout, stderr } = await run(['--data', directory, '--json']);
      expect(code).toBe(0);
      const output = JSON.parse(stdout) as { rankers: Record<string, { pairs: number; 'ndcg@10': number }> };
      for (const result of Object.values(output.rankers)) expect(result.pairs).toBe(3);
      // The cook shares nothing with the analyst: nDCG@10 stays above 0.7 only if no ranker puts that job first.
      for (const result of Object.values(output.rankers)) expect(result['ndcg@10']).toBeGreaterThan(0.7);
      expect(stderr).toMatch(/warning: .*jobs\.jsonl: "salary" "competitive" names no pay: left out \(line 1\)/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('reads a set graded 1–7 by two annotators, with a row for a job not in jobs.jsonl: one JSON object on stdout', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rolefit-cli-'));
    try {
      const jobs = [
        { id: 'j1', title: 'Data analyst', description: 'SQL, Python and Tableau dashboards.' },
        { id: 'j2', title: 'Line cook', description: 'Prep and grill in a busy kitchen.' },
      ];
      writeFileSync(join(directory, 'jobs.jsonl'), jobs.map((job) => JSON.stringify(job)).join('\r\n'));
      writeFileSync(join(directory, 'resumes.jsonl'), '{"id":"r1","text":"Analyst: SQL, Python, Tableau."}\r\n');
      writeFileSync(join(directory, 'README.md'), 'query: job\r\n');
      writeFileSync(join(directory, 'qrels.tsv'), 'r1\tj1\t7\r\nr1\tj2\t1\r\nr1\tj1\t6\r\nr1\tj9\t4\r\n\r\n');
      const { code, stdout, stderr } = await run([
        '--data',
        directory,
        '--rankers',
        'bm25',
        '--query',
        'resume',
        '--json',
      ]);
      expect(code).toBe(0);
      const output = JSON.parse(stdout) as { rankers: { bm25: { pairs: number; 'ndcg@10': number; mrr: number } } };
      expect(output.rankers.bm25).toMatchObject({ pairs: 2, 'ndcg@10': 1, mrr: 1 });
      expect(stderr).toMatch(/warning: .*qrels\.tsv: grades run from 1 to 7/);
      expect(stderr).toMatch(/warning: .*qrels\.tsv: 1 repeated judgement .*mean/);
      expect(stderr).toMatch(/warning: .*qrels\.tsv: a job id not in jobs\.jsonl: judgement left out \(line 4\)/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('reports an unreadable dataset with exit code 1 and the file and line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rolefit-cli-'));
    try {
      writeFileSync(join(directory, 'jobs.jsonl'), '{"id":"j1","title":"T","description":""}\n');
      writeFileSync(join(directory, 'resumes.jsonl'), '{"id":"r1","text":"x"}\n');
      writeFileSync(join(directory, 'qrels.tsv'), 'r1\tj1\t3\nr1\tj2\tgood\n');
      const { code, stdout, stderr } = await run(['--data', directory]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/qrels\.tsv:2: grade must be a whole number/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('formatEvaluationTable', () => {
  it('aligns columns and shows n/a for a metric no query qualifies for', () => {
    const table = formatEvaluationTable({
      long: { 'ndcg@10': 0.91234, map: 0.5, mrr: 1, 'recall@10': 0.25, auc: null, queries: 3, pairs: 30, ms: 12 },
    });
    expect(table.split('\n')).toEqual([
      'ranker  nDCG@10    MAP    MRR  Recall@10  AUC  queries  pairs  ms',
      'long      0.912  0.500  1.000      0.250  n/a        3     30  12',
    ]);
  });
});

// src/cli/eval.ts bundled and run in a child Node process, as `pnpm eval` runs the built one: its own stdout and exit code.
describe('eval as a program', () => {
  let program = '';
  beforeAll(async () => {
    // Bundled as `pnpm eval` bundles it (bench/bundle-sources.mjs: every workspace package from its sources, optional
    // peers external and loaded lazily), under a name of its own so a running `pnpm eval` keeps its bundle.
    const { bundleSources } = (await import(pathToFileURL(join(repo, 'bench/bundle-sources.mjs')).href)) as {
      bundleSources(name: string, entry: string): Promise<string>;
    };
    program = await bundleSources('rolefit-eval-test', 'packages/eval/src/cli/eval.ts');
  });
  afterAll(() => rmSync(dirname(program), { recursive: true, force: true }));

  it('writes only JSON to stdout with --json and exits 0', () => {
    const result = spawnSync(process.execPath, [program, '--data', sampleDev, '--json', '--rankers', 'bm25,fusion'], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { rankers: Record<string, Record<string, number>> };
    expect(Object.keys(output.rankers)).toEqual(['bm25', 'fusion']);
    expect(output.rankers.bm25!['ndcg@10']).toBeGreaterThan(0.85);
    expect(result.stderr).toMatch(/sample-dev/);
  });

  it('exits 2 with the usage on stderr for bad arguments', () => {
    const result = spawnSync(process.execPath, [program, '--query', 'sideways'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: eval');
  });
});
