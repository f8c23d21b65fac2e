// The TypeScript blocks of the README, the package READMEs and the guides: read once here, type-checked by
// guide-snippets.test.ts, and those marked ```ts run executed by packed-packages.test.ts against the installed tarballs.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The markdown files whose TypeScript blocks are checked: the README, the guides and the package READMEs. */
export function documentedFiles(root: string): string[] {
  return [
    'README.md',
    ...readdirSync(join(root, 'docs', 'guides'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => join('docs', 'guides', file)),
    // The package READMEs' "## Example" JavaScript blocks also run in packed-packages.test.ts.
    ...readdirSync(join(root, 'packages'))
      .map((name) => join('packages', name, 'README.md'))
      .filter((file) => existsSync(join(root, file))),
  ];
}

/** A ```ts block of a markdown file. */
export interface Snippet {
  file: string;
  /** The line of the block's first line of code (1-based). */
  line: number;
  code: string;
  /** The module name other blocks import it by, when the guide gives one. */
  module?: string;
  /** The block is marked ```ts run: it is executed against the built packages. */
  run?: true;
}

/**
 * The TypeScript blocks of a markdown file, with the line each starts on. A block right after a line
 * `<!-- snippet: not checked -->` is left out; one after `<!-- snippet: file NAME.ts -->` is a module named NAME.ts,
 * which a later block imports as `./NAME.js`; a fence written ```ts run marks a block to be executed.
 */
export function extractSnippets(file: string, text: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^(\s*)```(ts|typescript)(\s+run)?\s*$/.exec(lines[index]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const marker =
      index > 0 ? /<!--\s*snippet:\s*(not checked|file\s+([\w-]+\.ts))\s*-->/.exec(lines[index - 1]!) : null;
    const skipped = marker?.[1] === 'not checked';
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length && !/^\s*```\s*$/.test(lines[end]!); end += 1) body.push(lines[end]!.slice(indent));
    if (!skipped)
      snippets.push({
        file,
        line: index + 2,
        code: body.join('\n'),
        ...(marker?.[2] ? { module: marker[2] } : {}),
        ...(open[3] ? { run: true as const } : {}),
      });
    index = end;
  }
  return snippets;
}

/** Where and how `runSnippets` runs the blocks. */
export interface SnippetRunSettings {
  /** A project folder whose node_modules holds the packages the blocks import (each guide gets a folder inside). */
  app: string;
  /** Files copied into each guide's folder before its blocks run, as `{ 'resume.pdf': '/path/to/fixture.pdf' }`. */
  inputs?: Record<string, string>;
  /** The child processes' environment (the default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** How long one block may run; generous, as the machine may be busy. Default 120 s. */
  timeoutMs?: number;
}

/** One block's exit code (null when it was stopped), its signal and what it printed. */
interface BlockOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a file with Node in a folder; resolves whatever the exit (a stop at the timeout included). */
function runNode(file: string, cwd: string, env: NodeJS.ProcessEnv, timeout: number): Promise<BlockOutcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file],
      { cwd, env, timeout, maxBuffer: 16 * 1024 * 1024, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const failed = error as (Error & { code?: number | string; signal?: NodeJS.Signals | null }) | null;
        resolve({
          code: failed ? (typeof failed.code === 'number' ? failed.code : null) : 0,
          signal: failed?.signal ?? null,
          stdout,
          stderr: failed && typeof failed.code !== 'number' && !failed.signal ? `${stderr}${failed.message}` : stderr,
        });
      },
    );
  });
}

/**
 * Runs the blocks marked `run`, guide by guide in the order written, each as its own ES module (TypeScript stripped by
 * esbuild) in a child process, in a folder per guide under `settings.app` holding the guide's named modules and the
 * inputs; resolves to one message per block that exited other than 0 (`file:line: …` with what it printed to stderr).
 */
export async function runSnippets(snippets: readonly Snippet[], settings: SnippetRunSettings): Promise<string[]> {
  const { transform } = await import('esbuild');
  const toModule = async (snippet: Snippet) =>
    (await transform(snippet.code, { loader: 'ts', format: 'esm', target: 'node20', sourcefile: snippet.file })).code;
  const failures: string[] = [];
  const files = [...new Set(snippets.filter((snippet) => snippet.run).map((snippet) => snippet.file))];
  for (const file of files) {
    const folder = join(settings.app, 'guide-snippets', file.replace(/[^a-z0-9]+/gi, '-'));
    mkdirSync(folder, { recursive: true });
    // The named modules are written as NAME.js, which the blocks import: ES modules, whatever the app's package.json says.
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
    for (const [name, source] of Object.entries(settings.inputs ?? {})) copyFileSync(source, join(folder, name));
    const ofFile = snippets.filter((snippet) => snippet.file === file);
    for (const snippet of ofFile)
      if (snippet.module) writeFileSync(join(folder, snippet.module.replace(/\.ts$/, '.js')), await toModule(snippet));
    for (const snippet of ofFile.filter((candidate) => candidate.run)) {
      const name = snippet.module ? snippet.module.replace(/\.ts$/, '.js') : `line-${snippet.line}.mjs`;
      if (!snippet.module) writeFileSync(join(folder, name), await toModule(snippet));
      const timeout = settings.timeoutMs ?? 120_000;
      const outcome = await runNode(name, folder, settings.env ?? process.env, timeout);
      if (outcome.code === 0) continue;
      const how = outcome.signal
        ? `was stopped (${outcome.signal}; limit ${timeout / 1000} s)`
        : `exited with ${outcome.code}`;
      failures.push(`${file}:${snippet.line}: the block ${how}\n${outcome.stderr.trim().slice(-4000)}`);
    }
  }
  return failures;
}
