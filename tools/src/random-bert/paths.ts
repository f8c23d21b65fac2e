import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bertShapeLabel, type BertShape, type BertShapeName } from './shape.js';

/** Environment variable naming the folder that holds shared models (`<it>/Xenova/all-MiniLM-L6-v2`). */
export const MODELS_ENVIRONMENT_VARIABLE = 'ROLEFIT_MODELS';

/** Where the real all-MiniLM-L6-v2 tokenizer lives below the models folder. */
export const TOKENIZER_SUBDIRECTORY = path.join('Xenova', 'all-MiniLM-L6-v2');

/** Seed used when none is given. */
export const DEFAULT_SEED = 42;

/** Returns the usual output folder for a shape and seed: `<os tmpdir>/rolefit-models/random-bert-<shape>-<seed>`. */
export function defaultRandomModelDirectory(
  shape: BertShapeName | BertShape = 'tiny',
  seed: number = DEFAULT_SEED,
): string {
  return path.join(tmpdir(), 'rolefit-models', `random-bert-${bertShapeLabel(shape)}-${seed}`);
}

/** Returns the monorepo root (the folder with pnpm-workspace.yaml) at or above `start`, or undefined. */
export function findRepositoryRoot(start: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  // Walking up rather than counting `..` stays right when the CLI runs a bundled copy from node_modules/.cache.
  for (let directory = path.resolve(start); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'pnpm-workspace.yaml'))) return directory;
    if (path.dirname(directory) === directory) return undefined;
  }
}

/** Returns the default tokenizer folder: `$ROLEFIT_MODELS` or `<repo root>/../shared/models`, plus `Xenova/all-MiniLM-L6-v2`. */
export function defaultTokenizerDirectory(): string {
  const fromEnvironment = process.env[MODELS_ENVIRONMENT_VARIABLE];
  if (fromEnvironment) return path.resolve(fromEnvironment, TOKENIZER_SUBDIRECTORY);
  const repositoryRoot = findRepositoryRoot() ?? findRepositoryRoot(process.cwd());
  if (repositoryRoot === undefined) {
    throw new Error(
      `Cannot find the shared models folder: set ${MODELS_ENVIRONMENT_VARIABLE} or pass tokenizerDirectory.`,
    );
  }
  return path.resolve(repositoryRoot, '..', 'shared', 'models', TOKENIZER_SUBDIRECTORY);
}

/** Throws when `directory` lies inside the repository or any git work tree, because model files must never be committed. */
export async function assertOutsideRepository(directory: string): Promise<void> {
  const target = await realpathOfNearestAncestor(path.resolve(directory));
  const repositoryRoot = findRepositoryRoot() ?? findRepositoryRoot(process.cwd());
  if (repositoryRoot !== undefined && isInside(target, await realpath(repositoryRoot))) {
    throw new Error(
      `Refusing to write a random model inside the repository (${repositoryRoot}): ${directory}. ` +
        `Model files must never be committed; use a folder under the OS temp dir, e.g. defaultRandomModelDirectory().`,
    );
  }
  for (let ancestor = target; ; ancestor = path.dirname(ancestor)) {
    if (existsSync(path.join(ancestor, '.git'))) {
      throw new Error(
        `Refusing to write a random model inside the git work tree ${ancestor}: ${directory}. Model files must never be committed.`,
      );
    }
    if (path.dirname(ancestor) === ancestor) return;
  }
}

// The output folder may not exist yet; resolve symlinks on the part that does (e.g. /tmp -> /private/tmp).
async function realpathOfNearestAncestor(directory: string): Promise<string> {
  const missing: string[] = [];
  for (let current = directory; ; current = path.dirname(current)) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch {
      if (path.dirname(current) === current) return directory;
      missing.push(path.basename(current));
    }
  }
}

function isInside(candidate: string, parent: string): boolean {
  const relative = path.relative(parent, candidate);
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  return !escapes && !path.isAbsolute(relative);
}
