/** Base class of every error a text generator throws. */
export class GeneratorError extends Error {
  override readonly name: string = 'GeneratorError';
}

const MODELS_GUIDE = 'docs/guides/using-real-models.md';

/**
 * Thrown when an optional package a generator needs (such as `node-llama-cpp`) is not installed. Its `code` is
 * `ROLEFIT_OPTIONAL_DEPENDENCY`, so `instanceof OptionalDependencyError` from `@rolefit/core` matches it too.
 */
export class GeneratorDependencyError extends GeneratorError {
  override readonly name = 'GeneratorDependencyError';
  /** Shared with `@rolefit/core`'s `OptionalDependencyError`. */
  readonly code = 'ROLEFIT_OPTIONAL_DEPENDENCY';
  /** The package that could not be loaded. */
  readonly packageName: string;
  /** A command that installs it. */
  readonly installCommand: string;

  constructor(packageName: string, options?: { cause?: unknown }) {
    const installCommand = `npm install ${packageName}`;
    super(
      `This generator needs the optional package ${packageName}, which is not installed (or failed to load). Install it: ${installCommand}. See ${MODELS_GUIDE}.`,
      options,
    );
    this.packageName = packageName;
    this.installCommand = installCommand;
  }
}

/**
 * Thrown when a model file does not exist or is not a model of the expected format (a GGUF file must start with
 * the bytes `GGUF`). Its `code` is `ROLEFIT_MODEL_FILES`, so `instanceof ModelFilesError` from `@rolefit/core` matches it too.
 */
export class ModelFileNotFoundError extends GeneratorError {
  override readonly name = 'ModelFileNotFoundError';
  /** Shared with `@rolefit/core`'s `ModelFilesError`. */
  readonly code = 'ROLEFIT_MODEL_FILES';
  /** The path that was looked for. */
  readonly path: string;
  /** What a usable model there is. */
  readonly expectedFiles: readonly string[] = ['a GGUF file (starts with the bytes "GGUF")'];
  /** The expected files that are absent or unusable. */
  readonly missingFiles: readonly string[];

  /** @param problem What is wrong with `path` (default: it does not exist). */
  constructor(path: string, problem = 'no such file') {
    super(
      `Model file not found: ${path} (${problem}). Expected a GGUF model file. Download one (e.g. Qwen2.5-0.5B-Instruct Q4_K_M in GGUF from Hugging Face) and pass its path as modelPath; models are never downloaded for you. See ${MODELS_GUIDE}.`,
    );
    this.path = path;
    this.missingFiles = [path];
  }
}

/** Thrown when an HTTP generation API answers with an error status. */
export class GeneratorHttpError extends GeneratorError {
  override readonly name = 'GeneratorHttpError';
  /** The HTTP status code. */
  readonly status: number;
  /** The error message the server gave, or the start of its body when it gave none. */
  readonly serverMessage: string;

  constructor(status: number, serverMessage: string, url: string) {
    super(`${url} answered ${status}: ${serverMessage}`);
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

/** Thrown when an HTTP generation API does not answer in time, or its answer is not a completion. */
export class GeneratorResponseError extends GeneratorError {
  override readonly name = 'GeneratorResponseError';
}
