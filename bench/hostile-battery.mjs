#!/usr/bin/env node
// The hostile-file battery of issue #17 ("every parser linear in time, bounded in memory, typed in failure"), run as its
// checker would: hostile résumé files are generated in a temporary folder and each is read, in a fresh child process,
// through parseResumeFile (the library) and through `rolefit parse FILE --json` (the program), both bundled from the
// current sources with the extraction worker beside them, as dist/ lays them out. Each run must end in a typed error or
// a parsed résumé within 5 s of wall time (the process's start-up included) and 500 MB of peak RSS (the whole process,
// worker threads included: process.resourceUsage().maxRSS). Prints a Markdown table; exits 1 when a run breaks a bound.
//
//   node bench/hostile-battery.mjs [--keep] [--only NAME]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseScriptArguments(import.meta.url, {
  options: { keep: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const BOUND_MS = 5_000;
const BOUND_RSS_MB = 500;
const MB = 1024 * 1024;

// Bundled into the ats package's node_modules/.cache, so pdfjs-dist and mammoth resolve from its node_modules.
const out = join(root, 'packages/ats/node_modules/.cache/rolefit-hostile-battery');
mkdirSync(out, { recursive: true });
const { build } = await import('esbuild');
const bundle = (entry, name) =>
  build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(out, name),
    // Core's subpath entries first (as in packages/core/tsup.config.ts), then the package itself.
    alias: {
      '@rolefit/core/text': join(root, 'packages/core/src/text/index.ts'),
      '@rolefit/core/internal': join(root, 'packages/core/src/internal/index.ts'),
      '@rolefit/core/base': join(root, 'packages/core/src/base/index.ts'),
      '@rolefit/ats/read': join(root, 'packages/ats/src/read.ts'),
      '@rolefit/core/samples': join(root, 'packages/core/src/samples/index.ts'),
      '@rolefit/core': join(root, 'packages/core/src/index.ts'),
      '@rolefit/ats': join(root, 'packages/ats/src/index.ts'),
    },
    // The program's other packages (crawlers, rankers, career) come from their built dist/, their heavy peers stay out.
    external: [
      'pdfjs-dist',
      'pdfjs-dist/*',
      'mammoth',
      'yauzl',
      'docx',
      'node-llama-cpp',
      'zod',
      'onnxruntime-node',
      '@huggingface/transformers',
      '@elastic/elasticsearch',
      'playwright-core',
      'tesseract.js',
    ],
    logLevel: 'error',
  });
await Promise.all([
  bundle('packages/cli/src/main.ts', 'rolefit.mjs'),
  bundle('packages/ats/src/index.ts', 'api.mjs'),
  bundle('packages/ats/src/parse/extract-worker.ts', 'extract-worker.mjs'),
  bundle('packages/ats/src/testing/hostile-files.ts', 'hostile-files.mjs'),
]);
writeFileSync(
  join(out, 'measure.mjs'),
  "process.on('exit', () => process.stderr.write(`\\nMAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n",
);
writeFileSync(
  join(out, 'parse-file.mjs'),
  [
    "import { parseResumeFile } from './api.mjs';",
    'try {',
    '  const resume = await parseResumeFile(process.argv[2]);',
    '  console.log(`parsed ${resume.experience.length} roles, ${resume.skills.length} skills`);',
    '} catch (error) {',
    "  console.log(error?.name === 'ResumeParseError' ? `error ${error.code}` : `UNTYPED ${error?.name}: ${error?.message}`);",
    '}',
    '',
  ].join('\n'),
);

const files = await import(pathToFileURL(join(out, 'hostile-files.mjs')).href);
const { buildPdf, docxWithBody, docxZipBomb, pdfManyItems, pdfManyPages, pdfStreamBomb, randomWords, textContent } =
  files;
const directory = mkdtempSync(join(tmpdir(), 'rolefit-hostile-'));
const okPdf = buildPdf(
  [{ data: textContent(['Jane Doe', 'jane@example.com', 'Experience', 'Engineer, Acme, 2019 - 2021']) }],
  [0],
);
const text = (body) => `Jane Doe\njane@example.com\n\nExperience\n${body}\n`;
// Pathological shapes at 400 KB (over the 300,000-character cap unless multi-byte) and just under the cap (parsed).
const shapes = {
  spaces: (n) => text(`Engineer${' '.repeat(n)}x at Acme`),
  word: (n) => text('a'.repeat(n)),
  'dollar-emspace': (n) => text(`$5${'\u2003'.repeat(n)}x`),
  pipes: (n) => text('Go | '.repeat(Math.floor(n / 5))),
  'phone-spaces': (n) => text(`Phone${' '.repeat(n)}x`),
  'years-line': (n) => text('2019 '.repeat(Math.floor(n / 5))),
  // 145,000 mentions of a skill that needs a context word: extractSkills on such text overflowed the stack
  // (Math.max(...mentions)); through a résumé file it parsed before as well (a guard, not a reproduction).
  'context-skills': (n) => text('R '.repeat(Math.floor(n / 2))),
};
const cases = [
  ['ok.pdf', okPdf, 'control'],
  ['resume.txt', text('Backend Engineer, Acme, 2019 - 2023\n- Built Go services\n\nSkills\nGo, Kubernetes'), 'control'],
  ['bomb-64mb.pdf', pdfStreamBomb(64 * MB)],
  ['bomb-512mb.pdf', pdfStreamBomb(512 * MB)],
  ['pages-20000.pdf', pdfManyPages(20_000)],
  ['items-200k.pdf', pdfManyItems(200_000)],
  ['bomb-2gb.docx', docxZipBomb(2048 * MB)],
  [
    'huge-document-xml.docx',
    docxWithBody(
      randomWords(600_000)
        .map((word) => `<w:p><w:r><w:t>${word}</w:t></w:r></w:p>`)
        .join(''),
    ),
  ],
  // One table cell of 200,000 one-letter paragraphs (4.8 MB, under the 5 MB part cap and the compression-ratio check):
  // its lines were spread into one push (more than ~120,000 arguments overflow V8's stack).
  [
    'table-cell-lines.docx',
    docxWithBody(
      `<w:tbl><w:tr><w:tc>${randomWords(200_000)
        .map((word) => `<w:p><w:t>${word[0]}</w:t></w:p>`)
        .join('')}</w:tc></w:tr></w:tbl>`,
    ),
  ],
  // An external entity and a billion-laughs DTD: the XML reader must neither fetch nor expand them.
  [
    'entities.docx',
    docxWithBody(
      '<w:p><w:r><w:t>&xxe;&lol9;Jane Doe</w:t></w:r></w:p>',
      '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    ),
  ],
  // 32,000 items in a Skills section and a 290,000-character certification line (under the text cap): fields past the
  // Resume schema's size caps (MAX_SKILLS, MAX_SHORT_TEXT_LENGTH), which the parser cuts with a warning.
  [
    'skill-items-290k-chars.txt',
    `Jane Doe\n\nSkills\n${Array.from({ length: 32_000 }, (_, index) => `sk${index}`).join(', ')}\n`,
  ],
  ['certification-290k-chars.txt', `Jane Doe\n\nCertifications\n${'Certified '.repeat(29_000)}\n`],
  ['empty.pdf', new Uint8Array(0)],
  ['truncated.pdf', okPdf.subarray(0, Math.floor(okPdf.byteLength / 2))],
  ...Object.entries(shapes).flatMap(([name, make]) => {
    const big = make(400 * 1024);
    const bytes = Buffer.byteLength(big);
    // Multi-byte shapes are cut to 400 KB of UTF-8, so every big file is about 400 KB on disk.
    const sized = bytes > 400 * 1024 ? make(Math.floor((400 * 1024 * big.length) / bytes) - 40) : big;
    return [
      [`${name}-400kb.txt`, sized],
      [`${name}-290k-chars.txt`, make(290_000)],
    ];
  }),
  ['binary-garbage.txt', Buffer.from(Array.from({ length: 400 * 1024 }, (_, index) => (index * 2_654_435_761) >>> 24))],
];
for (const [name, contents] of cases) writeFileSync(join(directory, name), contents);
const special = [];
if (process.platform !== 'win32') {
  special.push(['/dev/zero', '/dev/zero']);
  const fifo = join(directory, 'no-writer.fifo');
  if (spawnSync('mkfifo', [fifo]).status === 0) special.push(['FIFO with no writer', fifo]);
}

function run(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', join(out, 'measure.mjs'), ...args], {
    cwd: directory,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * MB,
  });
  const ms = performance.now() - started;
  const rssMb = Number(/MAXRSS_KB (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024;
  const stderr = result.stderr.replace(/\s*MAXRSS_KB \d+\s*$/, '').trim();
  return { status: result.status, signal: result.signal, stdout: result.stdout.trim(), stderr, ms, rssMb };
}

const rows = [];
let failures = 0;
const targets = [...cases.map(([name, , note]) => [name, join(directory, name), note]), ...special];
for (const [label, path, note] of targets) {
  if (values.only && !label.includes(values.only)) continue;
  const library = run([join(out, 'parse-file.mjs'), path]);
  const program = run([join(out, 'rolefit.mjs'), 'parse', path, '--json']);
  const libraryOutcome = library.signal
    ? `killed (${library.signal})`
    : library.stdout || library.stderr.split('\n')[0];
  const code = /\((\S+)\)$/.exec(program.stderr.split('\n')[0] ?? '')?.[1];
  const programOutcome =
    program.signal !== null
      ? `killed (${program.signal})`
      : program.status === 0
        ? `parsed (exit 0)`
        : code
          ? `error ${code} (exit ${program.status})`
          : `UNTYPED (exit ${program.status}): ${program.stderr.split('\n')[0]}`;
  const typed = (outcome) => /^(parsed|error [a-z-]+)/.test(outcome);
  const ok =
    [library, program].every((one) => one.ms <= BOUND_MS && one.rssMb <= BOUND_RSS_MB) &&
    typed(libraryOutcome) &&
    typed(programOutcome);
  if (!ok) failures++;
  rows.push(
    `| ${label}${note ? ` (${note})` : ''} | ${libraryOutcome} | ${(library.ms / 1000).toFixed(2)} s | ${library.rssMb.toFixed(0)} MB | ${programOutcome} | ${(program.ms / 1000).toFixed(2)} s | ${program.rssMb.toFixed(0)} MB |${ok ? '' : ' **FAILS** |'}`,
  );
  process.stderr.write(`${rows.at(-1)}\n`);
}
console.log('| file | parseResumeFile | wall | peak RSS | `rolefit parse --json` | wall | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(
  `\n${failures === 0 ? 'All' : `${rows.length - failures} of`} ${rows.length} files within ${BOUND_MS / 1000} s and ${BOUND_RSS_MB} MB with a typed outcome.`,
);
if (!values.keep) rmSync(directory, { recursive: true, force: true });
else console.log(`Files kept in ${directory}`);
process.exitCode = failures === 0 ? 0 : 1;
