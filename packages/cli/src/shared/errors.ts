// The command's own errors, apart from io.ts so that the dispatcher (usage, --help) loads no library.
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A problem with the arguments: answered with the command's usage and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A problem with an input, a store or a service: answered with one line and exit code 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

// The record of one stored job in the snapshot (`jobs@offset`), a JSON snapshot (`jobs[i]`) or the journal
// (`line n.jobs[i]`): core's StoreFileError for a damaged job, thrown by any read that reaches it.
const JOB_RECORD_SECTION = /(?:^|\.)jobs(?:@\d+|\[\d+\])$/;

/** For a stored job whose record is damaged: how to find and delete such jobs (`rolefit check`). */
export function damagedJobHint(error: Error): string {
  const { path, section } = error as Error & { path?: unknown; section?: unknown };
  if (error.name !== 'StoreFileError' || typeof path !== 'string' || typeof section !== 'string') return '';
  if (!JOB_RECORD_SECTION.test(section)) return '';
  // A journal line's error names the journal beside the store.
  const store = path.endsWith('.journal') ? path.slice(0, -'.journal'.length) : path;
  return ` (a damaged stored job: list such jobs with "rolefit check --store ${store}", delete them with --repair)`;
}

/** The folder of the running module of `@rolefit/cli` (`dist/` when installed, `src/...` in the repository's tests). */
function cliModuleFolder(): string {
  // The CommonJS build has __filename; the ES module build has import.meta.url.
  return typeof __filename === 'string' ? dirname(__filename) : dirname(fileURLToPath(import.meta.url));
}

/**
 * How the running `rolefit` was installed, read from the path of its module: `npx` (npx's cache, `_npx/`), `global`
 * (`npm install --global`: the folder holding `node_modules/@rolefit/cli` has no package.json, as npm's global
 * `lib/` has none) or `project` (a project's node_modules, pnpm's store, or a checkout of the repository).
 */
export function cliInstallKind(moduleFolder: string): 'npx' | 'global' | 'project' {
  const parts = moduleFolder.split(/[\\/]+/);
  if (parts.includes('_npx')) return 'npx';
  if (parts.includes('.pnpm')) return 'project';
  let at = -1;
  for (let index = parts.length - 3; index >= 0 && at < 0; index -= 1)
    if (parts[index] === 'node_modules' && parts[index + 1] === '@rolefit' && parts[index + 2] === 'cli') at = index;
  if (at < 0) return 'project';
  const holder = parts.slice(0, at).join(sep) || sep;
  return existsSync(join(holder, 'package.json')) ? 'project' : 'global';
}

/**
 * For a missing optional package (core's OptionalDependencyError: tesseract.js for --ocr, node-llama-cpp for
 * `tailor --gguf`, nodemailer for `watch --smtp`): where to install it so that this `rolefit` finds it. Its message
 * says `npm install <package>`, which a global or npx `rolefit` does not see; empty for one installed in a project.
 */
export function installHint(error: unknown, moduleFolder: string = cliModuleFolder()): string {
  const { code, packageName, installCommand } = (error ?? {}) as {
    code?: unknown;
    packageName?: unknown;
    installCommand?: unknown;
  };
  if (!(error instanceof Error) || code !== 'ROLEFIT_OPTIONAL_DEPENDENCY' || typeof packageName !== 'string') return '';
  const kind = cliInstallKind(moduleFolder);
  if (kind === 'global') {
    const command =
      typeof installCommand === 'string' && installCommand.includes('npm install ')
        ? installCommand.replace('npm install ', 'npm install --global ')
        : `npm install --global ${packageName}`;
    return ` (this rolefit is installed globally, so install ${packageName} globally too: ${command})`;
  }
  if (kind === 'npx')
    return ` (this rolefit runs through npx, which does not see packages installed elsewhere: npx -p @rolefit/cli -p ${packageName} rolefit ...)`;
  return '';
}

/** What a failure's one line adds after its message: how to find a damaged stored job, where to install a package. */
export function failureHints(error: Error): string {
  return `${damagedJobHint(error)}${installHint(error)}`;
}
