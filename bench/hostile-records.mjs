#!/usr/bin/env node
// Hostile records through the schemas and the file crawler, each case in a fresh Node process (bundled from the current
// sources): wall time of the case itself, the process's peak RSS, and what came out (a typed error and its message's
// size, or the parsed record). For ADVERSARIAL.md's third hostile round (schema caps, bounded error messages, cheap
// invalid records). Prints a Markdown table.
//
//   node bench/hostile-records.mjs [--only NAME]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSources } from './bundle-sources.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const library = await bundleSources('hostile-records', {
  contents: [
    "export * from './packages/core/src/index.ts';",
    "export { createFileCrawler } from './packages/crawlers/src/file/index.ts';",
  ].join('\n'),
  sourcefile: 'hostile-records-entry.ts',
});
const directory = mkdtempSync(join(tmpdir(), 'rolefit-hostile-records-'));
const job = (extra) => `({ id: 'j1', source: 'test', title: 'Engineer', ...(${extra}) })`;
const cases = [
  ['title of 100 MB', `core.parseJob(${job("{ title: 'a'.repeat(100e6) }")})`],
  [
    '1,000,000 skills of 100 characters',
    `core.parseJob(${job("{ skills: Array.from({ length: 1e6 }, (_, i) => String(i).padStart(100, 'x')) }")})`,
  ],
  ['300,000 invalid skills', `core.parseJob(${job('{ skills: Array.from({ length: 3e5 }, () => 1) }')})`],
  [
    '300,000 unknown keys',
    `core.parseJob(${job("Object.fromEntries(Array.from({ length: 3e5 }, (_, i) => ['k' + i, 1]))")})`,
  ],
  ['résumé text of 100 MB', "core.parseResume({ id: 'r1', text: 'a'.repeat(100e6) })"],
  [
    'profile with 1,000,000 desired titles',
    "core.parseProfile({ desiredTitles: Array.from({ length: 1e6 }, (_, i) => 'title ' + i) })",
  ],
  [
    '300,000 × parseJob({})',
    '(() => { let bad = 0; for (let i = 0; i < 3e5; i++) { try { core.parseJob({}); } catch { bad++; } } return { bad }; })()',
  ],
  [
    '300,000 × safeParseWith(jobSchema, {})',
    "(() => { let bad = 0; for (let i = 0; i < 3e5; i++) if (!core.safeParseWith(core.jobSchema, 'Job', {}).success) bad++; return { bad }; })()",
  ],
  [
    'file crawler, 1,000,000 lines of {}',
    "(async () => { let errors = 0; for await (const _ of core.createFileCrawler({ path: FILE }).crawl({ onProgress: (e) => { if (e.type === 'error') errors++; } })); return { errors }; })()",
    () => '{}\n'.repeat(1e6),
  ],
];
const rows = [];
for (const [name, expression, makeFile] of cases) {
  if (values.only && !name.includes(values.only)) continue;
  const file = join(directory, 'records.jsonl');
  if (makeFile) writeFileSync(file, makeFile());
  const script = `
import * as core from ${JSON.stringify(library)};
const FILE = ${JSON.stringify(file)};
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
