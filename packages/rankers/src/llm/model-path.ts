import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ModelFilesError } from '@rolefit/core';
import { checkTextArgument } from '@rolefit/core/internal';
import { GGUF_HOW_TO_GET } from '../shared/model-files.js';

/** Environment variable naming the folder that holds local models. */
export const LLM_MODELS_ENVIRONMENT_VARIABLE = 'ROLEFIT_MODELS';

/** Returns the folder local models are looked up in: `$ROLEFIT_MODELS`, else `<repository root>/../shared/models` when run inside the repository, else undefined. */
export function defaultLlmModelsDirectory(start: string = process.cwd()): string | undefined {
  // A start that is no string was node's TypeError (The "paths[0]" argument must be of type string).
  checkTextArgument('defaultLlmModelsDirectory', 'start', start);
  const fromEnvironment = process.env[LLM_MODELS_ENVIRONMENT_VARIABLE];
  if (fromEnvironment) return path.resolve(fromEnvironment);
  for (let directory = path.resolve(start); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'pnpm-workspace.yaml')))
      return path.resolve(directory, '..', 'shared', 'models');
    if (path.dirname(directory) === directory) return undefined;
  }
}

function ggufInside(directory: string): string | undefined {
  const preferred = path.join(directory, `${path.basename(directory)}.gguf`);
  if (existsSync(preferred)) return preferred;
  const files = readdirSync(directory)
    .filter((file) => file.toLowerCase().endsWith('.gguf'))
    .sort();
  return files.length === 1 ? path.join(directory, files[0]!) : undefined;
}

/**
 * Resolves a GGUF model: an existing file path as is; otherwise a hub-style id (`owner/name` or `name`,
 * optionally ending in `.gguf`) under the models folder: the file `<name>.gguf`, or a folder `<name>/` resolving to
 * `<name>.gguf` inside it or its only `.gguf` file. Never downloads. Throws a `ModelFilesError` naming the places
 * looked at when nothing is found.
 */
export function resolveLlmModelPath(
  model: string,
  modelsDirectory: string | undefined = defaultLlmModelsDirectory(),
): string {
  // A model that is no string was node's TypeError (The "paths[0]" argument must be of type string).
  checkTextArgument('resolveLlmModelPath', 'model', model);
  if (modelsDirectory !== undefined) checkTextArgument('resolveLlmModelPath', 'modelsDirectory', modelsDirectory);
  const candidates = [path.resolve(model)];
  if (modelsDirectory !== undefined && !path.isAbsolute(model)) {
    const underModels = path.resolve(modelsDirectory, model);
    candidates.push(underModels);
    // `model: '<name>'` finds `<models>/<name>.gguf`, as the error's own advice and the guide say.
    if (!model.toLowerCase().endsWith('.gguf')) candidates.push(`${underModels}.gguf`);
  }
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    if (statSync(candidate).isFile()) return candidate;
    const inside = ggufInside(candidate);
    if (inside !== undefined) return inside;
  }
  const looked = `${candidates.slice(0, -1).join(', ')}${candidates.length > 1 ? ' and ' : ''}${candidates.at(-1)}`;
  throw new ModelFilesError({
    what: 'GGUF model',
    // The models folder's path for the id when there is one (not its `.gguf` spelling), else the path as given.
    path: candidates[Math.min(1, candidates.length - 1)]!,
    expectedFiles: ['a .gguf file, or a folder holding <folder name>.gguf or exactly one .gguf file'],
    missingFiles: [model],
    problem: `cannot find the GGUF model "${model}" (looked at ${looked}; models folder: ${modelsDirectory ?? `none, set ${LLM_MODELS_ENVIRONMENT_VARIABLE}`})`,
    howToGet: GGUF_HOW_TO_GET,
  });
}
