// Every publishable package as a user gets it: packed with the pinned pnpm (so `workspace:` ranges become versions),
// installed from the tarballs with npm into a fresh project under the OS temp folder, then loaded, type-checked, linted
// (publint, attw) and run there: the README snippets, and the Store contract of the installed @rolefit/core/testing
// against the installed MemoryStore. Nothing here reads the packages' sources; the only network use is the npm registry
// (third-party dependencies of the tarballs, usually from npm's cache).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedFiles, extractSnippets, runSnippets } from './doc-snippets.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string };
const pnpm = rootManifest.packageManager; // pnpm@x.y.z, fetched through npx as the README does

/** The fields of a package.json this test reads. */
interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
  bin?: Record<string, string>;
  files?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** A workspace package that is published: its folder under packages/ and its manifest. */
interface PublishedPackage {
  dir: string;
  manifest: Manifest;
}

const published: PublishedPackage[] = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .map((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as Manifest,
  }))
  .filter(({ manifest }) => !manifest.private);

/** The `exports` subpaths of a manifest that are modules (not `./package.json`), as `.`, `./samples`, … */
function moduleSubpaths(manifest: Manifest): string[] {
  return Object.keys(manifest.exports ?? { '.': {} }).filter(
    (subpath) => subpath !== './package.json' && !subpath.includes('*'),
  );
}

/** The import specifier of an `exports` subpath of a package. */
function specifierOf(manifest: Manifest, subpath: string): string {
  return subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
}

/** The `require` types file of an `exports` subpath, which node10 resolution must reach through typesVersions. */
function requireTypesOf(manifest: Manifest, subpath: string): string | undefined {
  const entry = manifest.exports?.[subpath] as { require?: { types?: string } } | undefined;
  return entry?.require?.types;
}

const specifiers = published.flatMap(({ manifest }) =>
  moduleSubpaths(manifest).map((subpath) => specifierOf(manifest, subpath)),
);
const built = published.every(({ dir }) => existsSync(join(root, 'packages', dir, 'dist')));

/** What a finished child process printed. */
interface Output {
  stdout: string;
  stderr: string;
  code: number;
}

// Child processes get the environment without the npm_* / pnpm_* variables a `pnpm test` run sets, so the npm in the
// temporary project behaves as it would for a user (no inherited workspace settings).
const childEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm|pnpm)_/i.test(name)),
);

/** Runs a command to its end and returns its output and exit code; rejects only if it cannot start or runs 15 minutes. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Output> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...childEnv, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number')
          reject(new Error(`${command} ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
        else resolve({ stdout, stderr, code: error ? (error.code as number) : 0 });
      },
    );
  });
}

/** Runs a command and returns its stdout; a non-zero exit throws with everything it printed. */
async function runOk(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const output = await run(command, args, cwd, env);
  if (output.code !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${output.code}\n${output.stdout}\n${output.stderr}`);
  return output.stdout;
}

/** The first fenced block of a language in a Markdown section (`## heading` up to the next `## `). */
function fencedBlock(markdown: string, heading: string, language: string): string | undefined {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  // A block may be marked to run (```ts run, see doc-snippets.ts).
  return new RegExp('```' + language + '(?: run)?\\n([\\s\\S]*?)```').exec(section)?.[1];
}

/** One line of the packed file list of `pnpm pack --json`. */
interface Packed {
  name: string;
  version: string;
  filename: string;
  files: Array<{ path: string }>;
}

// Optional settings, options and requests given values that may be undefined, as a consumer with
// exactOptionalPropertyTypes writes them.
const settingsUndefinedSnippet = `import { createMemoryStore, createPipeline, findDateRanges, reciprocalRankFusion } from '@rolefit/core';
import { tokenize } from '@rolefit/core/text';
import { createHttpClient } from '@rolefit/crawlers';
import { createDefaultRanker, createMultiFactorRanker, writeJobFeatures } from '@rolefit/rankers';
import type { ElasticStore } from '@rolefit/store-elastic';
import { createOpenAiCompatibleGenerator, parseResumeText, scoreResumeAgainstJob } from '@rolefit/ats';
import { createWebhookNotifier } from '@rolefit/notify';
declare const maybeFetch: typeof fetch | undefined;
declare const maybeText: string | undefined;
declare const maybeNumber: number | undefined;
export const client = createHttpClient({ fetch: maybeFetch, userAgent: maybeText, maxRetries: maybeNumber });
export const store = createMemoryStore({ path: maybeText, maxJobBytes: maybeNumber });
export const ranker = createMultiFactorRanker({ name: maybeText, minimumListedSkills: maybeNumber });
export const generator = createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'm', apiKey: maybeText, fetch: maybeFetch });
export const notifier = createWebhookNotifier({ url: 'https://example.com/hook', secret: 's', timeoutMs: maybeNumber });
declare const maybeSignal: AbortSignal | undefined;
declare const maybeDate: Date | undefined;
const pipeline = createPipeline({ store, ranker: createDefaultRanker() });
export const recommended = pipeline.recommend({ text: 'nurse', subjectId: maybeText, limit: maybeNumber, signal: maybeSignal });
export const matches = ranker.rank({ text: maybeText }, [], { limit: maybeNumber, signal: maybeSignal });
export const page = client.getText('https://example.com/', { signal: maybeSignal });
export const resume = parseResumeText('Jane Doe', { now: maybeDate });
// Whom to rank for is required (RecommendSubject); beside a resume the text may be undefined.
export const recommendedFor = pipeline.recommend({ resume, text: maybeText, limit: maybeNumber });
export const score = scoreResumeAgainstJob(resume, 'Analyst: SQL', { now: maybeDate, minimumConfidence: maybeNumber });
declare const maybeBoolean: boolean | undefined;
export const tokens = tokenize('Senior engineers', { stem: maybeBoolean, minLength: maybeNumber });
export const ranges = findDateRanges('2019 - 2021', { now: maybeDate });
export const fused = reciprocalRankFusion([['a'], ['b']], { k: maybeNumber, limit: maybeNumber });
export const features = writeJobFeatures('job-features.bin', [], { signal: maybeSignal });
declare const elastic: ElasticStore;
export const hybrid = elastic.searchJobsHybrid('sql', new Float32Array(2), { limit: maybeNumber, rrfK: maybeNumber });
`;

const readmeSnippet = fencedBlock(readFileSync(join(root, 'README.md'), 'utf8'), 'Use it', 'ts');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

// The Store contract on node:test, for the consumer project; ROLEFIT_BROKEN_STORE=oldest-first breaks the store's
// listing order, to show the contract can fail.
const contractBody = `
const MAX_JOB_BYTES = 16 * 1024;
const refusable = (job) => ({ ...job, description: 'x'.repeat(MAX_JOB_BYTES) });
async function createStore() {
  const store = createMemoryStore({ maxJobBytes: MAX_JOB_BYTES });
  if (process.env.ROLEFIT_BROKEN_STORE !== 'oldest-first') return store;
  const listJobs = store.listJobs.bind(store);
  return Object.assign(store, { listJobs: async (...args) => (await listJobs(...args)).reverse() });
}
for (const testCase of STORE_CONTRACT_CASES) test(testCase.name, () => runStoreContractCase(testCase, createStore, { refusable }));
`;
const contractEsm = `import { test } from 'node:test';\nimport { createMemoryStore } from '@rolefit/core';\nimport { STORE_CONTRACT_CASES, runStoreContractCase } from '@rolefit/core/testing';\n${contractBody}`;
const contractCjs = `const { test } = require('node:test');\nconst { createMemoryStore } = require('@rolefit/core');\nconst { STORE_CONTRACT_CASES, runStoreContractCase } = require('@rolefit/core/testing');\n${contractBody}`;

/** Pass and fail counts from node:test's TAP summary. */
function tapCounts(output: string): { pass: number; fail: number } {
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? Number.NaN);
  return { pass: count('pass'), fail: count('fail') };
}

/** A one-page PDF showing one line of text in Helvetica, its cross-reference offsets counted. */
function onePagePdf(line: string): string {
  const text = `BT /F1 12 Tf 72 720 Td (${line.replace(/[\\()]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  return `${pdf}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

// `pnpm test` builds first; a bare `vitest run` on an unbuilt tree has nothing to pack.
// Generous limits: tsc with skipLibCheck off and attw take tens of seconds each on a busy machine.
describe.skipIf(!built)('packed packages installed with npm outside the workspace', { timeout: 10 * 60_000 }, () => {
  let work = '';
  let app = '';
  const packed = new Map<string, Packed>();
  let install: Output;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'rolefit-packed-'));
    const tarballs = join(work, 'tarballs');
    app = join(work, 'app');
    mkdirSync(tarballs);
    mkdirSync(app);
    // The pinned pnpm, found once through npx (each `npx --yes pnpm@x.y.z` start costs 2 to 3 s, more than a pack),
    // then started with node for each package.
    const pnpmVersion = pnpm.slice(pnpm.lastIndexOf('@') + 1);
    const pnpmBin = (
      await runOk(
        'npx',
        [
          '--yes',
          '--package',
          pnpm,
          'node',
          '-e',
          `const { delimiter, join } = require('node:path');
const found = process.env.PATH.split(delimiter).map((entry) => join(entry, '..', 'pnpm')).find((folder) => {
  try { return require(join(folder, 'package.json')).version === ${JSON.stringify(pnpmVersion)}; } catch { return false; }
});
if (!found) throw new Error('npx put no pnpm ${pnpmVersion} on the PATH');
process.stdout.write(join(found, 'bin', 'pnpm.cjs'));`,
        ],
        root,
      )
    ).trim();
    for (const { dir } of published) {
      const stdout = await runOk(
        process.execPath,
        [pnpmBin, 'pack', '--json', '--pack-destination', tarballs],
        join(root, 'packages', dir),
      );
      const result = JSON.parse(stdout) as Packed;
      packed.set(result.name, result);
    }
    // Every package from its tarball; @elastic/elasticsearch because store-elastic's types need it (as its README says).
    const elasticRange = published.find(({ manifest }) => manifest.peerDependencies?.['@elastic/elasticsearch'])
      ?.manifest.devDependencies?.['@elastic/elasticsearch'];
    const dependencies: Record<string, string> = Object.fromEntries(
      [...packed.values()].map((result) => [result.name, `file:${result.filename}`]),
    );
    if (elasticRange) dependencies['@elastic/elasticsearch'] = elasticRange;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'rolefit-consumer', version: '0.0.0', private: true, dependencies }, null, 2),
    );
    // No install scripts: the optional peers are not installed, and none of the packages needs one.
    install = await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=warn'],
      app,
    );
    if (install.code !== 0)
      throw new Error(`npm install failed (${install.code})\n${install.stdout}\n${install.stderr}`);
    writeFileSync(join(app, 'store-contract.test.mjs'), contractEsm);
    writeFileSync(join(app, 'store-contract.test.cjs'), contractCjs);
  }, 20 * 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  }, 5 * 60_000);

  it('packs dist, README, LICENSE and CHANGELOG, and no sources, tests or source maps', () => {
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    for (const { dir, manifest } of published) {
      const files = packed.get(manifest.name)!.files.map((file) => file.path);
      for (const required of [
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
      ])
        expect(files, `${manifest.name} ships ${required}`).toContain(required);
      expect(
        files.filter((file) => /(^|\/)src\/|\.test\.|\.test-d\.|\.map$|(^|\/)fixtures\//.test(file)),
        manifest.name,
      ).toEqual([]);
      expect(readFileSync(join(root, 'packages', dir, 'LICENSE'), 'utf8'), `${dir}/LICENSE is the root LICENSE`).toBe(
        license,
      );
      expect(readFileSync(join(root, 'packages', dir, 'CHANGELOG.md'), 'utf8'), `${dir}/CHANGELOG.md`).toContain(
        `## ${manifest.version}`,
      );
    }
  });

  it('installs with npm without an engine warning, one copy of each package, and no workspace: ranges', () => {
    expect(`${install.stdout}\n${install.stderr}`).not.toMatch(/EBADENGINE/);
    const versions = new Map(published.map(({ manifest }) => [manifest.name, manifest.version]));
    for (const { manifest } of published) {
      const installedPath = join(app, 'node_modules', manifest.name, 'package.json');
      const installedText = readFileSync(installedPath, 'utf8');
      expect(installedText, manifest.name).not.toContain('workspace:');
      const installed = JSON.parse(installedText) as Manifest;
      expect(installed.version).toBe(manifest.version);
      // Dependencies on sibling packages are caret ranges of their current versions, and npm used the local tarballs.
      for (const [name, range] of Object.entries(installed.dependencies ?? {})) {
        if (!versions.has(name)) continue;
        expect(range, `${manifest.name} -> ${name}`).toBe(`^${versions.get(name)}`);
        expect(
          existsSync(join(app, 'node_modules', manifest.name, 'node_modules', name)),
          `a second ${name} under ${manifest.name}`,
        ).toBe(false);
      }
    }
  });

  it('gives every exports subpath a typesVersions entry, for node10 resolution', () => {
    for (const { manifest } of published) {
      const expected = Object.fromEntries(
        moduleSubpaths(manifest)
          .filter((subpath) => subpath !== '.')
          .map((subpath) => [subpath.slice(2), [requireTypesOf(manifest, subpath)]]),
      );
      if (Object.keys(expected).length === 0) expect(manifest.typesVersions, manifest.name).toBeUndefined();
      else
        expect(
          manifest.typesVersions,
          `${manifest.name}: "typesVersions": { "*": { "<subpath>": ["<require types>"] } }`,
        ).toEqual({ '*': expected });
    }
  });

  for (const specifier of specifiers) {
    it(`${specifier} loads as ESM and as CommonJS with the same exports`, async () => {
      const esm = JSON.parse(
        await runOk(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(specifier)}))))`,
          ],
          app,
        ),
      ) as string[];
      const cjs = JSON.parse(
        await runOk(
          process.execPath,
          ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`],
          app,
        ),
      ) as string[];
      expect(esm.length).toBeGreaterThan(0);
      expect([...cjs].sort()).toEqual(esm.filter((name) => name !== 'default' && name !== 'module.exports').sort());
      // Exported classes keep their own names in the bundles (Node prints an uncaught error by its constructor's
      // name: `_ValidationError: …` before tsup's keepNames).
      const misnamed = await runOk(
        process.execPath,
        [
          '-e',
          `const m = require(${JSON.stringify(specifier)}); console.log(Object.entries(m).filter(([k, v]) => /^[A-Z]/.test(k) && typeof v === 'function' && v.name !== k).map(([k, v]) => k + ' is named ' + v.name).join('\\n'))`,
        ],
        app,
      );
      expect(misnamed.trim(), specifier).toBe('');
    });
  }

  it('the bins start', async () => {
    for (const { manifest } of published)
      for (const bin of Object.keys(manifest.bin ?? {}))
        expect(await runOk(join(app, 'node_modules/.bin', bin), ['--help'], app), bin).toMatch(/\S/);
    // One package installs `rolefit` (two would fight over node_modules/.bin), and its commands read files through
    // @rolefit/ats's extraction worker as installed.
    expect(published.filter(({ manifest }) => manifest.bin?.rolefit).map(({ manifest }) => manifest.name)).toEqual([
      '@rolefit/cli',
    ]);
    writeFileSync(
      join(app, 'bin-resume.txt'),
      'Jane Doe\njane@example.com\n\nSkills\nPython, SQL\n\nExperience\nData Analyst, Acme, 2019 – Present\n',
    );
    const parsed = JSON.parse(
      await runOk(join(app, 'node_modules/.bin/rolefit'), ['parse', 'bin-resume.txt', '--json'], app),
    ) as { skills: string[] };
    expect(parsed.skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });

  it("the installed rolefit runs the README's session against Greenhouse- and Lever-shaped boards on 127.0.0.1", async () => {
    // The bin as a user runs it (its own process, so the program's 4 s deadline for files is live, unlike the in-process
    // command tests), crawling boards written here through --base-url, then recommend, dismiss, rate, ats and check.
    const greenhouse = {
      jobs: [
        {
          id: 11,
          title: 'Data Analyst',
          absolute_url: 'https://boards.greenhouse.io/acme/jobs/11',
          location: { name: 'Austin, TX' },
          updated_at: '2026-12-01T10:00:00Z',
          company_name: 'Acme',
          content: '&lt;p&gt;SQL, Python and Tableau dashboards. 3+ years.&lt;/p&gt;',
        },
        {
          id: 12,
          title: 'Registered Nurse',
          absolute_url: 'https://boards.greenhouse.io/acme/jobs/12',
          location: { name: 'Remote' },
          updated_at: '2026-12-02T10:00:00Z',
          company_name: 'Acme',
          content: '&lt;p&gt;Patient care and wound care.&lt;/p&gt;',
        },
      ],
    };
    // Lever pages with skip/limit (100 a page); 150 postings make two pages and an empty third.
    const posting = (index: number) => ({
      id: `posting-${index}`,
      text: index === 0 ? 'Senior Data Analyst' : `Warehouse Associate ${index}`,
      hostedUrl: `https://jobs.lever.co/acme/posting-${index}`,
      categories: { location: 'Berlin', commitment: 'Full-time' },
      createdAt: 1764000000000,
      descriptionPlain: index === 0 ? 'SQL and Python reporting.' : 'Picking and packing orders.',
    });
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      response.setHeader('content-type', 'application/json');
      if (url.pathname === '/v1/boards/acme/jobs') return void response.end(JSON.stringify(greenhouse));
      if (url.pathname === '/v0/postings/acme') {
        const skip = Number(url.searchParams.get('skip'));
        return void response.end(
          JSON.stringify(
            Array.from({ length: Math.max(0, Math.min(100, 150 - skip)) }, (_, index) => posting(skip + index)),
          ),
        );
      }
      response.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const rolefit = (args: string[]) => run(join(app, 'node_modules/.bin/rolefit'), args, app, { NODE_PATH: '' });
    try {
      writeFileSync(
        join(app, 'session-resume.txt'),
        'Jane Doe\njane@example.com\n\nSkills\nSQL, Python, Tableau\n\nExperience\nData Analyst, Acme, 2019 – Present\n- Built SQL dashboards\n',
      );
      const store = 'session-jobs.json';
      const crawlGreenhouse = await rolefit([
        'crawl',
        'greenhouse',
        '--board',
        'acme',
        '--base-url',
        origin,
        '--no-cache',
        '--store',
        store,
        '--json',
      ]);
      expect(crawlGreenhouse.code, crawlGreenhouse.stderr).toBe(0);
      expect(JSON.parse(crawlGreenhouse.stdout)).toMatchObject({ inserted: 2 });
      const crawlLever = await rolefit([
        'crawl',
        'lever',
        '--company',
        'acme',
        '--base-url',
        origin,
        '--no-cache',
        '--max-pages',
        '1',
        '--store',
        store,
        '--json',
      ]);
      expect(crawlLever.code, crawlLever.stderr).toBe(0);
      expect(JSON.parse(crawlLever.stdout)).toMatchObject({ inserted: 100, perSource: { lever: { pages: 1 } } });
      const recommend = await rolefit([
        'recommend',
        '--resume',
        'session-resume.txt',
        '--store',
        store,
        '--limit',
        '3',
        '--json',
      ]);
      expect(recommend.code, recommend.stderr).toBe(0);
      const recommended = JSON.parse(recommend.stdout) as {
        person: string;
        recommendations: Array<{ job: { id: string } }>;
      };
      const ids = recommended.recommendations.map(({ job }) => job.id);
      expect(ids.slice(0, 2).sort()).toEqual(['greenhouse:acme:11', 'lever:acme:posting-0']);
      const dismiss = await rolefit(['dismiss', ids[0]!, '--store', store]);
      expect(dismiss.code, dismiss.stderr).toBe(0);
      expect(dismiss.stdout).toContain(`for person ${recommended.person}`);
      const rate = await rolefit(['rate', ids[1]!, '3', '--store', store]);
      expect(rate.code, rate.stderr).toBe(0);
      const again = await rolefit([
        'recommend',
        '--resume',
        'session-resume.txt',
        '--store',
        store,
        '--limit',
        '3',
        '--json',
      ]);
      expect((JSON.parse(again.stdout) as typeof recommended).recommendations.map(({ job }) => job.id)).not.toContain(
        ids[0],
      );
      const ats = await rolefit([
        'ats',
        '--resume',
        'session-resume.txt',
        '--job-id',
        'greenhouse:acme:11',
        '--store',
        store,
        '--json',
      ]);
      expect(ats.code, ats.stderr).toBe(0);
      expect(JSON.parse(ats.stdout)).toMatchObject({
        score: expect.any(Number),
        breakdown: { skills: { score: expect.any(Number) } },
      });
      const check = await rolefit(['check', '--store', store, '--json']);
      expect(check.code, check.stderr).toBe(0);
      expect(JSON.parse(check.stdout)).toMatchObject({ jobs: 102, damaged: [] });
    } finally {
      server.close();
    }
  });

  it('a global rolefit (npm install --global, as its README says) tells to install a missing optional package globally', async () => {
    // `npm install tesseract.js` in the current folder, which the error's own advice says, is not seen by a global
    // rolefit: @rolefit/ats loads its optional peers from where it is installed, the global node_modules.
    const prefix = join(work, 'global');
    const tarballs = [...packed.values()]
      .filter((result) => result.name !== '@rolefit/store-elastic')
      .map((result) => result.filename);
    await runOk(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--ignore-scripts',
        '--loglevel=warn',
        ...tarballs,
      ],
      app,
    );
    const tessdata = join(work, 'global-tessdata');
    mkdirSync(tessdata, { recursive: true });
    writeFileSync(join(tessdata, 'eng.traineddata'), 'not language data');
    // A PDF of one page image and no text, which only OCR reads. NODE_PATH emptied, as pnpm's bin shims set it.
    const scan = join(root, 'packages/ats/src/pdf/fixtures/scanned.pdf');
    const output = await run(
      join(prefix, 'bin', 'rolefit'),
      ['parse', scan, '--ocr', tessdata, '--time-limit', '120'],
      app,
      { NODE_PATH: '' },
    );
    expect(output.code, output.stderr).toBe(1);
    expect(output.stderr).toContain('needs the optional package tesseract.js, which is not installed');
    expect(output.stderr).toContain(
      'this rolefit is installed globally, so install tesseract.js globally too: npm install --global tesseract.js',
    );
  });

  it('@rolefit/ats writes a DOCX and reads it back in its worker thread, from ESM and CommonJS', async () => {
    // The bundled docx, the extraction worker next to the shared chunks, and yauzl and htmlparser2 as npm installed them.
    const body = `const resume = ats.parseResumeText('Jane Doe\\njane@example.com\\n\\nSkills\\nPython, SQL\\n\\nExperience\\nData Analyst, Acme, 2019 – Present\\n- Built SQL dashboards');
const bytes = await ats.resumeToDocx(resume);
const back = await ats.parseResumeFile(bytes);
const again = await resumeEntry.parseResumeFile(bytes);
console.log(JSON.stringify({ skills: back.skills, again: again.skills }));`;
    // Script files, not -e: a worker inherits the parent's execArgv, and --input-type is refused for a worker's file.
    // `@rolefit/ats/resume` reads the same bytes through the worker from its own entry.
    writeFileSync(
      join(app, 'docx-round-trip.mjs'),
      `import * as ats from '@rolefit/ats';\nimport * as resumeEntry from '@rolefit/ats/resume';\n${body}`,
    );
    writeFileSync(
      join(app, 'docx-round-trip.cjs'),
      `const ats = require('@rolefit/ats');\nconst resumeEntry = require('@rolefit/ats/resume');\n(async () => {\n${body}\n})().catch((error) => { console.error(error); process.exit(1); });`,
    );
    const esm = await runOk(process.execPath, ['docx-round-trip.mjs'], app);
    const cjs = await runOk(process.execPath, ['docx-round-trip.cjs'], app);
    for (const output of [esm, cjs])
      expect(JSON.parse(output)).toMatchObject({
        skills: expect.arrayContaining(['Python', 'SQL']),
        again: expect.arrayContaining(['Python', 'SQL']),
      });
  });

  it('runs the README "Use it" snippet', async () => {
    expect(readmeSnippet, 'README.md has a ```ts block under "## Use it"').toBeDefined();
    writeFileSync(join(app, 'use-it.mjs'), readmeSnippet!);
    const stdout = await runOk(process.execPath, ['use-it.mjs'], app);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\d\.\d\d \S/);
  });

  it("runs each package README's example", async () => {
    const withExample: string[] = [];
    for (const { dir, manifest } of published) {
      const example = fencedBlock(readFileSync(join(root, 'packages', dir, 'README.md'), 'utf8'), 'Example', 'js');
      // store-elastic's example needs an Elasticsearch cluster; its README points to examples/elastic.mjs instead.
      if (example === undefined) continue;
      withExample.push(manifest.name);
      const file = `example-${dir}.mjs`;
      writeFileSync(join(app, file), example);
      expect(await runOk(process.execPath, [file], app), manifest.name).toMatch(/\S/);
    }
    expect(withExample).toEqual(
      expect.arrayContaining([
        '@rolefit/core',
        '@rolefit/crawlers',
        '@rolefit/rankers',
        '@rolefit/career',
        '@rolefit/ats',
        '@rolefit/notify',
        '@rolefit/cli',
      ]),
    );
  });

  it('runs the ```ts run blocks of the README, the package READMEs and the guides', async () => {
    // Each as a user copies it: an ES module in a folder of the app (one per guide, blocks in the order written), with
    // the inputs the guides name: a resume PDF (an invented resume of the generated set, rendered by LibreOffice, see
    // packages/ats/src/parse/fixtures/labelled/README.md) and the secrets they read from the environment (made up).
    const snippets = documentedFiles(root).flatMap((file) =>
      extractSnippets(file, readFileSync(join(root, file), 'utf8')),
    );
    expect(snippets.filter((snippet) => snippet.run).length).toBeGreaterThan(15);
    const failures = await runSnippets(snippets, {
      app,
      inputs: { 'resume.pdf': join(root, 'packages/ats/src/parse/fixtures/labelled/01-maya-okafor.pdf') },
      env: {
        ...childEnv,
        ROLEFIT_WEBHOOK_SECRET: 'whsec_example',
        SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T000/B000/example',
        SMTP_PASSWORD: 'example',
      },
      timeoutMs: 180_000,
    });
    expect(failures.join('\n\n')).toBe('');
  });

  it('type-checks a consumer under node16 (ESM and CommonJS), bundler and node10 resolution', async () => {
    const types = join(app, 'types');
    mkdirSync(types, { recursive: true });
    const imports = (style: 'import' | 'require') =>
      specifiers
        .map((specifier, index) =>
          style === 'import'
            ? `import * as m${index} from '${specifier}';`
            : `import m${index} = require('${specifier}');`,
        )
        .join('\n') + `\nexport const modules = [${specifiers.map((_, index) => `m${index}`).join(', ')}];\n`;
    writeFileSync(join(types, 'esm.mts'), imports('import'));
    writeFileSync(join(types, 'cjs.cts'), imports('require'));
    writeFileSync(join(types, 'bundler.ts'), imports('import'));
    writeFileSync(join(types, 'node10.ts'), imports('import'));
    writeFileSync(join(types, 'use-it.mts'), `${readmeSnippet}\nexport {};\n`);
    writeFileSync(join(types, 'use-it-bundler.ts'), `${readmeSnippet}\nexport {};\n`);
    // Under exactOptionalPropertyTypes a consumer passes a value that may be undefined to an optional setting: the
    // settings say `?: T | undefined` (api-report.test.ts checks every one; these are a few, as a consumer writes them).
    writeFileSync(join(types, 'settings-undefined.mts'), settingsUndefinedSnippet);
    const settings = (module: string, moduleResolution: string, files: string[]) => ({
      compilerOptions: {
        module,
        moduleResolution,
        target: 'ES2022',
        lib: ['ES2023'],
        strict: true,
        // The strictest settings an integrator may turn on: optional properties without `| undefined` in the shipped
        // types fail under exactOptionalPropertyTypes, indexed reads in them under noUncheckedIndexedAccess.
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: false, // the shipped .d.ts files are checked too
        esModuleInterop: true, // as `tsc --init` sets; zod's and @elastic/transport's CommonJS types need it under node10
        types: ['node'],
        typeRoots: [join(root, 'node_modules/@types')],
      },
      files,
    });
    const configs = {
      node16: settings('node16', 'node16', ['esm.mts', 'cjs.cts', 'use-it.mts', 'settings-undefined.mts']),
      bundler: settings('esnext', 'bundler', ['bundler.ts', 'use-it-bundler.ts']),
      node10: settings('commonjs', 'node10', ['node10.ts']),
    };
    const failures: string[] = [];
    for (const [name, config] of Object.entries(configs)) {
      writeFileSync(join(types, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
      const output = await run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], types);
      if (output.code !== 0) failures.push(`${name}:\n${output.stdout}${output.stderr}`);
    }
    expect(failures.join('\n')).toBe('');
  });

  it('type-checks every TypeScript block of the README, the package READMEs and the guides against the installed types', async () => {
    // guide-snippets.test.ts checks them against the sources through tsconfig paths; here they meet the .d.ts files that
    // tsup bundled into the tarballs, through the packages' `exports`, as an integrator's project compiles them (strict,
    // node16). Blocks that import a package that is not published (the private @rolefit/eval: "run this inside the
    // repository") are left out; the optional peers and vitest get their types from the repository, as an app that
    // installed them would.
    const folder = join(app, 'doc-types');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
    const publishedNames = new Set(published.map(({ manifest }) => manifest.name));
    const unpublished = (code: string) =>
      [...code.matchAll(/from '(@rolefit\/[^/']+)/g)].some((match) => !publishedNames.has(match[1]!));
    const snippets = documentedFiles(root).flatMap((file) =>
      extractSnippets(file, readFileSync(join(root, file), 'utf8')),
    );
    const names = new Map<string, { file: string; line: number }>();
    snippets.forEach((snippet, index) => {
      if (unpublished(snippet.code)) return;
      const name = snippet.module ?? `${snippet.file.replace(/[^a-z0-9]+/gi, '-')}-${index}.mts`;
      names.set(name, snippet);
      writeFileSync(join(folder, name), `${snippet.code}\nexport {};\n`);
    });
    expect(names.size).toBeGreaterThan(30);
    const typesOf = (directory: string) => {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { types?: string };
      return [join(directory, manifest.types ?? 'index.d.ts')];
    };
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'ES2022',
          lib: ['ES2023'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
          paths: {
            '@huggingface/transformers': typesOf(join(root, 'packages/rankers/node_modules/@huggingface/transformers')),
            'node-llama-cpp': typesOf(join(root, 'packages/rankers/node_modules/node-llama-cpp')),
            vitest: [join(root, 'node_modules/vitest/dist/index.d.ts')],
          },
        },
        include: ['./*.mts', './*.ts'],
      }),
    );
    const output = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], folder);
    const located = `${output.stdout}${output.stderr}`
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const match = /([^/\\]+\.m?ts)\((\d+),(\d+)\): (.*)$/.exec(line);
        const snippet = match ? names.get(match[1]!) : undefined;
        return snippet ? `${snippet.file}:${snippet.line + Number(match![2]) - 1}: ${match![4]}` : line;
      });
    expect(located).toEqual([]);
  });

  it("@rolefit/store-elastic's settings stay typed with the 9.x client, whose ES module types do not name ClientOptions", async () => {
    // The peer range takes 8.x and 9.x. The 9.x client's esm/index.d.ts (what `import` resolves to) exports no
    // ClientOptions, so settings typed with that name read as `any` in an ES module project (skipLibCheck on, which the
    // 9.x client needs: its own declarations name apache-arrow's, which it does not install).
    const elastic9 = join(work, 'app-elastic-9');
    mkdirSync(elastic9);
    writeFileSync(
      join(elastic9, 'package.json'),
      JSON.stringify({
        name: 'rolefit-elastic-9-consumer',
        version: '0.0.0',
        private: true,
        type: 'module',
        dependencies: {
          '@rolefit/core': `file:${packed.get('@rolefit/core')!.filename}`,
          '@rolefit/store-elastic': `file:${packed.get('@rolefit/store-elastic')!.filename}`,
          '@elastic/elasticsearch': '^9.0.0',
        },
      }),
    );
    await runOk(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=warn'],
      elastic9,
    );
    writeFileSync(
      join(elastic9, 'settings.mts'),
      `import { createElasticStore } from '@rolefit/store-elastic';
// @ts-expect-error auth is { apiKey } or { username, password }, not a number
export const store = createElasticStore({ node: 'http://localhost:9200', clientOptions: { auth: 42 } });
export const typed = createElasticStore({ node: 'http://localhost:9200', clientOptions: { auth: { apiKey: 'key' } } });
`,
    );
    writeFileSync(
      join(elastic9, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'ES2022',
          lib: ['ES2023'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
        },
        files: ['settings.mts'],
      }),
    );
    const output = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], elastic9);
    expect(`${output.stdout}${output.stderr}`).toBe('');
    expect(output.code).toBe(0);
  });

  it("instanceof holds for an error of the other build: a CommonJS app that import()s @rolefit/ats gets ESM core's errors", async () => {
    // require('@rolefit/core') is the CommonJS build; @rolefit/ats loaded with import() uses the ESM build of core, so
    // its ValidationError and ResumeParseError are of another copy. instanceof ValidationError was false for them.
    writeFileSync(
      join(app, 'error-copies.cjs'),
      `const { RolefitError, ValidationError, StoreFileError } = require('@rolefit/core');
const { ResumeParseError } = require('@rolefit/ats');
(async () => {
  const ats = await import('@rolefit/ats');
  const caught = [];
  try { ats.scoreResumeAgainstJob('Jane Doe', 'Analyst: SQL', { typo: 1 }); } catch (error) { caught.push(error); }
  try { await ats.parseResumeFile(Buffer.from('%PDF-1.4 not a pdf')); } catch (error) { caught.push(error); }
  const [validation, parse] = caught;
  console.log(JSON.stringify({
    otherCopy: !Object.is(validation.constructor, ValidationError),
    validation: [validation instanceof RolefitError, validation instanceof ValidationError, validation instanceof StoreFileError],
    parse: [parse instanceof RolefitError, parse instanceof ResumeParseError, parse instanceof ValidationError, parse.code],
  }));
})().catch((error) => { console.error(error); process.exit(1); });`,
    );
    expect(JSON.parse(await runOk(process.execPath, ['error-copies.cjs'], app))).toEqual({
      otherCopy: true,
      validation: [true, true, false],
      parse: [true, true, false, 'corrupt'],
    });
  });

  it('an optional peer that is not installed fails the feature that needs it with an OptionalDependencyError naming it', async () => {
    // The app installs none of the optional model, OCR and mail packages (only @elastic/elasticsearch, for the types;
    // store-elastic's own test covers its error). Each feature is reached past its settings and file checks: a model
    // folder with the files the loaders look for, a GGUF file of a header only, a folder holding eng.traineddata.
    const peers = ['@huggingface/transformers', 'node-llama-cpp', 'tesseract.js', 'nodemailer'];
    for (const peer of peers) expect(existsSync(join(app, 'node_modules', peer)), `${peer} is installed`).toBe(false);
    const models = join(app, 'peer-models');
    mkdirSync(join(models, 'embedder', 'onnx'), { recursive: true });
    mkdirSync(join(models, 'tessdata'), { recursive: true });
    for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json'])
      writeFileSync(join(models, 'embedder', file), '{}');
    writeFileSync(join(models, 'embedder', 'onnx', 'model.onnx'), 'not a model');
    // A whole GGUF header (version 3, no tensor, no metadata) that core's header walk accepts (0d43656 refuses version 0).
    const ggufHeader = Buffer.alloc(24);
    ggufHeader.write('GGUF', 0, 'latin1');
    ggufHeader.writeUInt32LE(3, 4);
    writeFileSync(join(models, 'model.gguf'), ggufHeader);
    writeFileSync(join(models, 'tessdata', 'eng.traineddata'), 'not language data');
    writeFileSync(
      join(app, 'optional-peers.mjs'),
      `import { OptionalDependencyError, parseJob, parseResume } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { createTransformersEmbedder, createLlmRanker } from '@rolefit/rankers';
import { createTesseractRecognizer, createLlamaCppGenerator } from '@rolefit/ats';
import { createEmailDigestNotifier } from '@rolefit/notify';
const resume = parseResume(sampleResumes[0]);
const job = parseJob(sampleJobs[0]);
const features = {
  embedder: () => createTransformersEmbedder({ model: 'peer-models/embedder' }).embed(['text']),
  'llm ranker': () => createLlmRanker({ model: 'peer-models/model.gguf' }).rank({ resume }, [job]),
  'llama.cpp generator': () => createLlamaCppGenerator({ model: 'peer-models/model.gguf' }).generate('Hello'),
  ocr: () => createTesseractRecognizer({ langPath: 'peer-models/tessdata' }).recognize({ width: 1, height: 1, channels: 1, data: new Uint8Array(1) }),
  'e-mail digest': () =>
    createEmailDigestNotifier({ smtp: { host: '127.0.0.1', port: 9 }, from: 'a@example.com', to: 'b@example.com' }).notify({
      subjectId: resume.id,
      matches: [{ job, match: { jobId: job.id, score: 0.5, breakdown: {}, matchedSkills: [], missingSkills: [], explanation: 'test' } }],
      createdAt: new Date(),
    }),
};
const results = {};
for (const [feature, run] of Object.entries(features)) {
  try {
    await run();
    results[feature] = 'no error';
  } catch (error) {
    results[feature] = { optional: error instanceof OptionalDependencyError, packageName: error.packageName, message: error.message };
  }
}
console.log(JSON.stringify(results));
`,
    );
    const results = JSON.parse(await runOk(process.execPath, ['optional-peers.mjs'], app)) as Record<
      string,
      { optional: boolean; packageName: string; message: string }
    >;
    // A guide is named by its web address: the app has the packages' READMEs, not the repository's docs/guides.
    const guides = 'https://github.com/rolefit/rolefit/blob/main/docs/guides/';
    const expected: Array<[string, string, string]> = [
      ['embedder', '@huggingface/transformers', `${guides}using-real-models.md`],
      ['llm ranker', 'node-llama-cpp', `${guides}using-real-models.md`],
      ['llama.cpp generator', 'node-llama-cpp', `${guides}using-real-models.md`],
      ['ocr', 'tesseract.js', "@rolefit/ats's README"],
      ['e-mail digest', 'nodemailer', `@rolefit/notify's README or ${guides}notifications.md`],
    ];
    for (const [feature, packageName, guide] of expected) {
      expect(results[feature], feature).toMatchObject({ optional: true, packageName });
      // The message names the package, the command that installs it, and documentation about that feature.
      expect(results[feature]!.message, feature).toContain(
        `needs the optional package ${packageName}, which is not installed`,
      );
      expect(results[feature]!.message, feature).toContain(`npm install ${packageName}`);
      expect(results[feature]!.message, feature).toContain(`See ${guide}`);
      // No path into a checkout of the repository, which the app does not have.
      expect(results[feature]!.message, feature).not.toMatch(/(^|[\s(])docs\/guides\//);
    }
  });

  it('installed with --omit=optional, @rolefit/ats answers a PDF with an OptionalDependencyError naming @napi-rs/canvas', async () => {
    // pdf.js 5 cannot load in Node without its optional dependency @napi-rs/canvas ("DOMMatrix is not defined"), which
    // `npm install --omit=optional` leaves out. A second app installs only the core and ats tarballs that way; the same
    // one-page PDF (written here) is read in the main app, which has the package, to show the file itself is sound.
    const lean = join(work, 'app-omit-optional');
    mkdirSync(lean);
    const tarballOf = (name: string) => `file:${packed.get(name)!.filename}`;
    writeFileSync(
      join(lean, 'package.json'),
      JSON.stringify({
        name: 'rolefit-lean-consumer',
        version: '0.0.0',
        private: true,
        dependencies: { '@rolefit/core': tarballOf('@rolefit/core'), '@rolefit/ats': tarballOf('@rolefit/ats') },
      }),
    );
    await runOk(
      'npm',
      [
        'install',
        '--omit=optional',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--ignore-scripts',
        '--loglevel=warn',
      ],
      lean,
    );
    expect(existsSync(join(lean, 'node_modules', '@napi-rs', 'canvas'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', '@napi-rs', 'canvas'))).toBe(true);
    const script = `import { readFileSync } from 'node:fs';
import { OptionalDependencyError } from '@rolefit/core';
import { parseResumeFile } from '@rolefit/ats';
try {
  const resume = await parseResumeFile(new Uint8Array(readFileSync('one-page.pdf')));
  console.log(JSON.stringify({ skills: resume.skills }));
} catch (error) {
  console.log(JSON.stringify({ optional: error instanceof OptionalDependencyError, code: error.code, packageName: error.packageName, message: error.message }));
}
`;
    for (const folder of [app, lean]) {
      writeFileSync(join(folder, 'one-page.pdf'), onePagePdf('Jane Doe jane@example.com Skills Python, SQL'));
      writeFileSync(join(folder, 'read-pdf.mjs'), script);
    }
    expect(JSON.parse(await runOk(process.execPath, ['read-pdf.mjs'], app))).toEqual({
      skills: expect.arrayContaining(['Python', 'SQL']),
    });
    // NODE_PATH emptied: pnpm's bin shims set it to the workspace's node_modules/.pnpm/node_modules, where
    // @napi-rs/canvas is, and pdf.js's require() would find it there.
    const answer = JSON.parse(await runOk(process.execPath, ['read-pdf.mjs'], lean, { NODE_PATH: '' })) as Record<
      string,
      unknown
    >;
    expect(answer).toMatchObject({
      optional: true,
      code: 'ROLEFIT_OPTIONAL_DEPENDENCY',
      packageName: '@napi-rs/canvas',
    });
    expect(answer.message).toContain('needs the optional package @napi-rs/canvas, which is not installed');
    expect(answer.message).toContain('npm install @napi-rs/canvas');
    // The text side of the package still works without it.
    expect(
      await runOk(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "console.log((await import('@rolefit/ats')).parseResumeText('Jane Doe\\n\\nSkills\\nPython, SQL\\n').skills.join(', '))",
        ],
        lean,
        { NODE_PATH: '' },
      ),
    ).toContain('Python, SQL');
  });

  it('an app bundled with esbuild builds without the optional peers and runs; @rolefit/ats says to stay out of a bundle', async () => {
    // A literal import('node-llama-cpp') in a package fails an app's esbuild build when the peer is not installed
    // ("Could not resolve"); the packages import optional peers by a name in a variable. nodePaths: [] so that only the
    // app's node_modules resolve (pnpm's bin shims set NODE_PATH to the workspace's).
    const { build } = await import('esbuild');
    const bundle = (entry: string, outfile: string, external: string[] = []) =>
      build({
        absWorkingDir: app,
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        external,
        nodePaths: [],
        logLevel: 'silent',
      });
    mkdirSync(join(app, 'bundled'), { recursive: true });
    writeFileSync(join(app, 'bundle-use-it.mjs'), readmeSnippet!);
    await bundle('bundle-use-it.mjs', 'bundled/use-it.mjs');
    const lines = (await runOk(process.execPath, ['bundled/use-it.mjs'], app)).trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\d\.\d\d \S/);
    // @rolefit/ats reads files in a worker started from its own dist: inlined, it says what to do; external, it works.
    writeFileSync(
      join(app, 'bundle-ats.mjs'),
      `import { parseResumeFile } from '@rolefit/ats';
const resume = await parseResumeFile(new TextEncoder().encode('Jane Doe\\njane@example.com\\n\\nSkills\\nPython, SQL\\n'));
console.log(resume.skills.join(', '));
`,
    );
    await bundle('bundle-ats.mjs', 'bundled/ats-inlined.mjs');
    const inlined = await run(process.execPath, ['bundled/ats-inlined.mjs'], app);
    expect(inlined.code).not.toBe(0);
    expect(inlined.stderr).toContain('leave the package out of the bundle (esbuild --external:@rolefit/ats');
    await bundle('bundle-ats.mjs', 'bundled/ats-external.mjs', ['@rolefit/ats']);
    expect(await runOk(process.execPath, ['bundled/ats-external.mjs'], app)).toContain('Python, SQL');
  });

  it('publint finds no error or warning in any tarball', async () => {
    const findings: string[] = [];
    for (const { manifest } of published) {
      const tarball = readFileSync(packed.get(manifest.name)!.filename);
      const { messages, pkg } = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
        level: 'warning',
        strict: true,
      });
      for (const message of messages)
        findings.push(
          `${manifest.name}: ${message.type} ${message.code}: ${formatMessage(message, pkg, { color: false })}`,
        );
    }
    expect(findings).toEqual([]);
  });

  it('attw finds no type resolution problem in any tarball (node10, node16 ESM and CJS, bundler)', async () => {
    const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const findings: string[] = [];
    for (const { manifest } of published) {
      const output = await run(
        process.execPath,
        [attw, packed.get(manifest.name)!.filename, '--format', 'json', '--no-definitely-typed', '--profile', 'strict'],
        app,
      );
      const report = JSON.parse(output.stdout) as {
        analysis?: { problems?: Array<{ kind: string; entrypoint?: string; resolutionKind?: string }> };
      };
      for (const problem of report.analysis?.problems ?? [])
        findings.push(`${manifest.name}: ${problem.kind} ${problem.entrypoint ?? ''} ${problem.resolutionKind ?? ''}`);
      if (output.code !== 0 && !(report.analysis?.problems ?? []).length)
        findings.push(`${manifest.name}: attw exited with ${output.code}: ${output.stderr}`);
    }
    expect(findings).toEqual([]);
  });

  it('runs the Store contract of the installed @rolefit/core/testing against the installed MemoryStore, in ESM and CommonJS', async () => {
    const cases = Number(
      await runOk(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "console.log((await import('@rolefit/core/testing')).STORE_CONTRACT_CASES.length)",
        ],
        app,
      ),
    );
    expect(cases).toBeGreaterThan(5);
    for (const file of ['store-contract.test.mjs', 'store-contract.test.cjs']) {
      const output = await run(process.execPath, ['--test', '--test-reporter=tap', file], app);
      expect({ file, ...tapCounts(output.stdout), code: output.code }, output.stdout).toEqual({
        file,
        pass: cases,
        fail: 0,
        code: 0,
      });
    }
  });

  it('the same contract run fails a store that lists oldest first', async () => {
    for (const file of ['store-contract.test.mjs', 'store-contract.test.cjs']) {
      const output = await run(process.execPath, ['--test', '--test-reporter=tap', file], app, {
        ROLEFIT_BROKEN_STORE: 'oldest-first',
      });
      expect(output.code, file).not.toBe(0);
      expect(tapCounts(output.stdout).fail, file).toBeGreaterThan(0);
    }
  });
});
