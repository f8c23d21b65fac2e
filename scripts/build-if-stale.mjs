#!/usr/bin/env node
// Builds only the workspace packages whose build is missing or older than their inputs, one line per package on
// stderr (tsup's own log is shown only when a build fails). `pnpm demo` and `pnpm bench` run it first, so a fresh
// build costs a few file reads instead of minutes.
//   node scripts/build-if-stale.mjs [core rankers …]   (folder names under packages/, or `tools`; default: all)
//
// A package is stale when any file its build may read (src/ without tests, package.json, tsup.config.ts,
// tsconfig.json, and the shared tsup.base.ts / tsconfig.base.json) is newer than the oldest of the dist files its
// package.json points to (main, module, types, exports, bin), or when one of those files is missing. The packages a
// named one depends on in the workspace are checked (and built first) too.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** Files under a package's src/ that no build reads: tests and type tests (fixtures stay: some are imported as data). */
const NOT_BUILT = /\.test(-d)?\.ts$/;

/**
 * Newest modification time (ms) of the files under `directory` whose name passes `accept`, skipping `node_modules`;
 * 0 when there are none or the folder is missing.
 */
export function newestFileTime(directory, accept = () => true) {
  let newest = 0;
  if (!existsSync(directory)) return newest;
  const walk = (folder) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (item.isDirectory()) {
        if (item.name !== 'node_modules') walk(path);
      } else if (accept(item.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(directory);
  return newest;
}

/** Newest modification time of the build inputs (source files, not tests) of every package under packages/. */
export function newestPackageSourceTime() {
  let newest = 0;
  for (const name of readdirSync(join(root, 'packages')))
    newest = Math.max(
      newest,
      newestFileTime(join(root, 'packages', name, 'src'), (file) => !NOT_BUILT.test(file)),
    );
  return newest;
}

/** The workspace packages that have a build: folder name (`core`, …, `tools`), directory and manifest. */
export function workspacePackages() {
  const folders = [
    ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name)),
    join(root, 'tools'),
  ];
  return folders
    .filter((directory) => existsSync(join(directory, 'package.json')))
    .map((directory) => ({
      folder: relative(root, directory).replace(/^packages[/\\]/, ''),
      directory,
      manifest: JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')),
    }))
    .filter((entry) => typeof entry.manifest.scripts?.build === 'string');
}

/** The dist files a package's manifest points to (main, module, types, exports, bin). */
function declaredOutputs(manifest) {
  const paths = new Set();
  const visit = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./dist/')) paths.add(value);
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  [manifest.main, manifest.module, manifest.types, manifest.exports, manifest.bin].forEach(visit);
  return [...paths];
}

/** Files every package's build reads: the shared tsup settings and TypeScript options. */
const SHARED_INPUTS = [join(root, 'tsup.base.ts'), join(root, 'tsconfig.base.json')];

/**
 * Why the package in `directory` (with manifest `manifest`) needs a build — `never built`, `dist/x.js missing` or
 * `sources changed since the last build` — or undefined when its build is fresh. `sharedInputs` are files outside the
 * package that its build reads too (default the root's tsup.base.ts and tsconfig.base.json).
 */
export function whyStale(directory, manifest, sharedInputs = SHARED_INPUTS) {
  const outputs = declaredOutputs(manifest);
  if (outputs.length === 0) return undefined;
  let oldestOutput = Infinity;
  for (const output of outputs) {
    const path = join(directory, output);
    if (!existsSync(path)) return existsSync(join(directory, 'dist')) ? `${output.slice(2)} missing` : 'never built';
    oldestOutput = Math.min(oldestOutput, statSync(path).mtimeMs);
  }
  const inputs = [
    join(directory, 'package.json'),
    join(directory, 'tsup.config.ts'),
    join(directory, 'tsconfig.json'),
    ...sharedInputs,
  ];
  const newestInput = Math.max(
    newestFileTime(join(directory, 'src'), (file) => !NOT_BUILT.test(file)),
    ...inputs.filter((path) => existsSync(path)).map((path) => statSync(path).mtimeMs),
  );
  return newestInput > oldestOutput ? 'sources changed since the last build' : undefined;
}

/** `names` and the workspace packages they depend on, dependencies first. */
function withDependencies(names, packages) {
  const byName = new Map(packages.map((entry) => [entry.manifest.name, entry]));
  const byFolder = new Map(packages.map((entry) => [entry.folder, entry]));
  const ordered = [];
  const visit = (entry) => {
    if (ordered.includes(entry)) return;
    for (const [dependency, version] of Object.entries(entry.manifest.dependencies ?? {}))
      if (String(version).startsWith('workspace:') && byName.has(dependency)) visit(byName.get(dependency));
    ordered.push(entry);
  };
  for (const name of names) {
    const entry = byFolder.get(name) ?? byName.get(name);
    if (!entry) throw new Error(`unknown package "${name}"; known: ${[...byFolder.keys()].join(', ')}`);
    visit(entry);
  }
  return ordered;
}

/** Runs a package's `build` script in its folder with the workspace's binaries on PATH; resolves to its exit code and output. */
function runBuild(entry) {
  return new Promise((resolve) => {
    const path = [
      join(entry.directory, 'node_modules/.bin'),
      join(root, 'node_modules/.bin'),
      process.env.PATH ?? '',
    ].join(delimiter);
    const child = spawn(entry.manifest.scripts.build, {
      cwd: entry.directory,
      shell: true,
      env: { ...process.env, PATH: path },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
  });
}

/**
 * Builds, in dependency order, those of `names` (folder names; default every package and tools) and their workspace
 * dependencies whose build is stale, writing one line per package to `log`. Returns false when a build failed (its
 * output is written to `log` too).
 */
export async function buildIfStale(names, log = (line) => process.stderr.write(`${line}\n`)) {
  const packages = workspacePackages();
  const wanted = withDependencies(names?.length ? names : packages.map((entry) => entry.folder), packages);
  const fresh = [];
  for (const entry of wanted) {
    const reason = whyStale(entry.directory, entry.manifest);
    if (!reason) {
      fresh.push(entry.folder);
      continue;
    }
    const started = Date.now();
    log(`build: ${entry.folder}: ${reason}, building…`);
    const { code, output } = await runBuild(entry);
    if (code !== 0) {
      log(output.trimEnd());
      log(`build: ${entry.folder} failed (exit code ${code})`);
      return false;
    }
    log(`build: ${entry.folder} built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (fresh.length) log(`build: ${fresh.join(', ')} up to date`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const names = process.argv.slice(2).filter((argument) => argument !== '--');
  try {
    process.exit((await buildIfStale(names)) ? 0 : 1);
  } catch (error) {
    process.stderr.write(`build: ${error.message}\n`);
    process.exit(2);
  }
}
