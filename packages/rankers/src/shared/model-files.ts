import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ggufFileProblem, ModelFilesError, OptionalDependencyError } from '@rolefit/core';

/** The install command for @huggingface/transformers that works offline too (onnxruntime-node's install script downloads CUDA libraries). */
export const TRANSFORMERS_INSTALL = 'ONNXRUNTIME_NODE_INSTALL=skip npm install @huggingface/transformers';
const ONNXRUNTIME_NOTE =
  "ONNXRUNTIME_NODE_INSTALL=skip stops onnxruntime-node's install script, which on Linux x64 downloads its CUDA libraries from api.nuget.org and fails offline; the CPU build is inside the npm package";

/**
 * `import(specifier)` with the specifier in a variable: an app's bundler (esbuild, webpack, Rollup) leaves the import of an
 * optional peer alone instead of failing the app's build when the peer is not installed, as it does for a literal
 * `import('node-llama-cpp')`. The caller names the module's type.
 */
export function importPeer<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}

/** Imports an optional peer package, or throws an {@link OptionalDependencyError} that names it and its install command. */
export async function importOptional<T>(packageName: string, feature: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const onnx = packageName === '@huggingface/transformers' || packageName === 'onnxruntime-node';
    throw new OptionalDependencyError(packageName, feature, {
      cause: error,
      installCommand:
        packageName === '@huggingface/transformers'
          ? TRANSFORMERS_INSTALL
          : onnx
            ? `ONNXRUNTIME_NODE_INSTALL=skip npm install ${packageName}`
            : undefined,
      note: onnx ? ONNXRUNTIME_NOTE : undefined,
    });
  }
}

/** The file transformers.js loads for a dtype: `onnx/model.onnx` for fp32, `onnx/model_quantized.onnx` for q8, …; undefined for `auto`. */
export function onnxFileForDtype(dtype: string): string | undefined {
  const suffixes: Record<string, string> = {
    fp32: '',
    fp16: '_fp16',
    int8: '_int8',
    uint8: '_uint8',
    q8: '_quantized',
    q4: '_q4',
    q4f16: '_q4f16',
    bnb4: '_bnb4',
  };
  const suffix = suffixes[dtype];
  return suffix === undefined ? undefined : `onnx/model${suffix}.onnx`;
}

/** Files a Hugging Face-layout ONNX model directory needs for transformers.js: its config, both tokenizer files, and `onnxFile`. */
export function onnxModelFiles(onnxFile: string): string[] {
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', onnxFile];
}

/** Whether `file` is in `directory`; `onnx/*.onnx` stands for any `.onnx` file in `onnx/` (what dtype `auto` may pick). */
function present(directory: string, file: string): boolean {
  if (file !== ANY_ONNX_FILE) return existsSync(join(directory, file));
  const folder = join(directory, 'onnx');
  return (
    existsSync(folder) && statSync(folder).isDirectory() && readdirSync(folder).some((name) => name.endsWith('.onnx'))
  );
}

/** The expected-file entry that any `.onnx` file in `onnx/` satisfies. */
export const ANY_ONNX_FILE = 'onnx/*.onnx';

/**
 * Throws a {@link ModelFilesError} unless `directory` holds every file of `expectedFiles` (checked before
 * transformers.js, which fails on a missing tokenizer file with "Cannot read properties of undefined (reading 'tokenizer_class')").
 */
export function checkModelDirectory(
  what: string,
  directory: string,
  expectedFiles: readonly string[],
  howToGet: string,
): void {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    const problem = existsSync(directory) ? 'it is a file, not a model directory' : 'no such directory';
    throw new ModelFilesError({
      what,
      path: directory,
      expectedFiles,
      missingFiles: [...expectedFiles],
      problem,
      howToGet,
    });
  }
  const missingFiles = expectedFiles.filter((file) => !present(directory, file));
  if (missingFiles.length) throw new ModelFilesError({ what, path: directory, expectedFiles, missingFiles, howToGet });
}

/** How to get a GGUF model, named in the errors below. */
const GGUF_HOW_TO_GET =
  'Download a GGUF file (e.g. Qwen2.5-0.5B-Instruct Q4_K_M from Hugging Face), then pass its path, or put it under $ROLEFIT_MODELS as <name>.gguf or <name>/<name>.gguf. Models are never downloaded for you.';

/** Throws a {@link ModelFilesError} unless `file` is a readable file starting with the GGUF magic bytes. */
export function checkGgufFile(file: string): void {
  const expectedFiles = ['a GGUF file (starts with the bytes "GGUF")'];
  const fail = (problem: string) => {
    throw new ModelFilesError({
      what: 'GGUF model',
      path: file,
      expectedFiles,
      missingFiles: expectedFiles,
      problem,
      howToGet: GGUF_HOW_TO_GET,
    });
  };
  const problem = ggufFileProblem(file);
  if (problem !== undefined) fail(problem);
}

/** The sentence used by both GGUF errors for a model that cannot be found. */
export { GGUF_HOW_TO_GET };
