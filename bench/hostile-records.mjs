#!/usr/bin/env node
// Hostile records through the schemas and the file crawler, each case in a fresh Node process (bundled from the current
// sources): wall time of the call itself (the input is built before the clock starts), the process's peak RSS, and what came out (a typed error and its message's
// size, or the parsed record). For ADVERSARIAL.md's third hostile round (schema caps, bounded error messages, cheap
// invalid records). Prints a Markdown table.
//
//   node bench/hostile-records.mjs [--only NAME] [--sources DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';
import { root } from './bundle-sources.mjs';

const { values } = parseScriptArguments(import.meta.url, {
  options: { only: { type: 'string' }, sources: { type: 'string' } },
});
// --sources DIR: bundle the packages/core and packages/crawlers sources under DIR instead (an older commit's, from
// `git archive COMMIT packages/core/src packages/crawlers/src | tar -x -C DIR`), for before → after figures.
const sources = values.sources ?? root;
const library = join(
  root,
  'packages/rankers/node_modules/.cache/hostile-records',
  `${values.sources ? 'before' : 'current'}.mjs`,
);
await (await import('esbuild')).build({
  stdin: {
    contents: [
      `export * from ${JSON.stringify(join(sources, 'packages/core/src/index.ts'))};`,
      `export { createFileCrawler } from ${JSON.stringify(join(sources, 'packages/crawlers/src/file/index.ts'))};`,
      `export { createJsonLdCrawler } from ${JSON.stringify(join(sources, 'packages/crawlers/src/json-ld/index.ts'))};`,
      `export { createHttpClient } from ${JSON.stringify(join(sources, 'packages/crawlers/src/http/index.ts'))};`,
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'hostile-records-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: library,
  alias: {
    '@rolefit/core/text': join(sources, 'packages/core/src/text/index.ts'),
    '@rolefit/core/internal': join(sources, 'packages/core/src/internal/index.ts'),
    '@rolefit/core/samples': join(sources, 'packages/core/src/samples/index.ts'),
    '@rolefit/core': join(sources, 'packages/core/src/index.ts'),
  },
  // Third-party packages resolve from this checkout's installs.
  nodePaths: [join(root, 'packages/core/node_modules'), join(root, 'packages/crawlers/node_modules')],
  external: ['node-llama-cpp', 'onnxruntime-node', '@huggingface/transformers'],
  banner: {
    js: "import { createRequire as __rolefitCreateRequire } from 'node:module'; const require = __rolefitCreateRequire(import.meta.url);",
  },
  logLevel: 'error',
});
const directory = mkdtempSync(join(tmpdir(), 'rolefit-hostile-records-'));
const job = (extra) => `({ id: 'j1', source: 'test', title: 'Engineer', ...(${extra}) })`;
// [name, an expression building the input (not timed), an expression using `input` (timed), a file to write first]
const cases = [
  ['title of 100 MB', job("{ title: 'a'.repeat(100e6) }"), 'core.parseJob(input)'],
  [
    '1,000,000 skills of 100 characters',
    job("{ skills: Array.from({ length: 1e6 }, (_, i) => String(i).padStart(100, 'x')) }"),
    'core.parseJob(input)',
  ],
  ['300,000 invalid skills', job('{ skills: Array.from({ length: 3e5 }, () => 1) }'), 'core.parseJob(input)'],
  [
    '5,000 invalid skills (at the cap)',
    job('{ skills: Array.from({ length: 5e3 }, () => 1) }'),
    'core.parseJob(input)',
  ],
  [
    '300,000 unknown keys',
    job("Object.fromEntries(Array.from({ length: 3e5 }, (_, i) => ['k' + i, 1]))"),
    'core.parseJob(input)',
  ],
  ['résumé text of 100 MB', "({ id: 'r1', text: 'a'.repeat(100e6) })", 'core.parseResume(input)'],
  [
    'profile with 1,000,000 desired titles',
    "({ desiredTitles: Array.from({ length: 1e6 }, (_, i) => 'title ' + i) })",
    'core.parseProfile(input)',
  ],
  [
    '300,000 × parseJob({})',
    'null',
    '(() => { let bad = 0; for (let i = 0; i < 3e5; i++) { try { core.parseJob({}); } catch { bad++; } } return { bad }; })()',
  ],
  [
    'file crawler, 1,000,000 lines of {}',
    'null',
    "(async () => { let errors = 0; for await (const _ of core.createFileCrawler({ path: FILE }).crawl({ onProgress: (e) => { if (e.type === 'error') errors++; } })); return { errors }; })()",
    () => '{}\n'.repeat(1e6),
  ],
  [
    // Opened by createReadStream, it held a thread of libuv's pool for ever (the crawl, and process.exit, hung): now a
    // FileSourceError after the default idleTimeoutMs (5 s), and the process exits by itself.
    'file crawler, a FIFO nobody writes to',
    "(await import('node:child_process')).execFileSync('mkfifo', [FILE + '.fifo.jsonl'])",
    "(async () => { for await (const _ of core.createFileCrawler({ path: FILE + '.fifo.jsonl' }).crawl()); return {}; })()",
  ],
  [
    // The page is served from 127.0.0.1 (a 9.6 MB page, under the client's 10 MB cap): JobPostings without a title.
    'JSON-LD page of 290,000 invalid postings',
    'null',
    `(async () => {
      const { createServer } = await import('node:http');
      const body = '<script type="application/ld+json">[' + Array(2.9e5).fill('{"@type":"JobPosting","title":""}').join(',') + ']</script>';
      const server = createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(body));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const http = core.createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0, respectRobots: false });
      let errors = 0;
      try {
        for await (const _ of core.createJsonLdCrawler({ urls: ['http://127.0.0.1:' + server.address().port + '/jobs'], http }).crawl({ onProgress: (e) => { if (e.type === 'error') errors++; } }));
      } finally { server.close(); }
      return { errors };
    })()`,
  ],
];
const rows = [];
for (const [name, build, expression, makeFile] of cases) {
  if (values.only && !name.includes(values.only)) continue;
  const file = join(directory, 'records.jsonl');
  if (makeFile) writeFileSync(file, makeFile());
  const script = `
import * as core from ${JSON.stringify(library)};
const FILE = ${JSON.stringify(file)};
const input = ${build};
const started = performance.now();
let outcome;
try {
  const value = await ${expression};
  outcome = value && value.bad !== undefined ? value.bad + ' refused' : value && value.errors !== undefined ? value.errors + ' records reported' : 'accepted';
} catch (error) {
  outcome = (error?.name ?? 'Error') + ', ' + (error?.issueCount ?? error?.issues?.length ?? '?') + ' issues, message ' + (error?.message?.length ?? 0).toLocaleString('en') + ' characters: ' + JSON.stringify(String(error?.message).slice(0, 110));
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, outcome }));
`;
  writeFileSync(join(directory, 'case.mjs'), script);
  const result = spawnSync(process.execPath, ['--max-old-space-size=4096', join(directory, 'case.mjs')], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  let line;
  try {
    line = JSON.parse(result.stdout.trim().split('\n').at(-1));
  } catch {
    line = {
      ms: Number.NaN,
      rssMb: Number.NaN,
      outcome: `died: ${result.signal ?? result.status} ${result.stderr.slice(0, 200)}`,
    };
  }
  rows.push(`| ${name} | ${(line.ms / 1000).toFixed(2)} s | ${line.rssMb.toFixed(0)} MB | ${line.outcome} |`);
  process.stderr.write(`${rows.at(-1)}\n`);
}
const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim();
console.log(
  `| case | time | peak RSS | outcome |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\nload average: ${load}`,
);
rmSync(directory, { recursive: true, force: true });
