import { ModelFilesError, OptionalDependencyError, RolefitError } from '@rolefit/core';

/**
 * The `code` of a {@link GeneratorError}: `ROLEFIT_GENERATOR` (a request that never reached the server), or the
 * subclass's: `ROLEFIT_GENERATOR_HTTP` (an error status), `ROLEFIT_GENERATOR_RESPONSE` (no answer in time, or no completion).
 */
export type GeneratorErrorCode = 'ROLEFIT_GENERATOR' | 'ROLEFIT_GENERATOR_HTTP' | 'ROLEFIT_GENERATOR_RESPONSE';

/** Base class of the errors a text generator throws about its answers (`code` `ROLEFIT_GENERATOR...`). */
export class GeneratorError extends RolefitError {
  override readonly name: string = 'GeneratorError';
  /** `ROLEFIT_GENERATOR`, or the subclass's own code. */
  declare readonly code: GeneratorErrorCode;

  /** @param options The `cause`, and the `code` (default `ROLEFIT_GENERATOR`). */
  constructor(message: string, options: { cause?: unknown; code?: GeneratorErrorCode | undefined } = {}) {
    super(options.code ?? 'ROLEFIT_GENERATOR', message, { cause: options.cause });
  }
}

/**
 * Thrown when an optional package a generator needs (such as `node-llama-cpp`) is not installed: core's
 * OptionalDependencyError (code `ROLEFIT_OPTIONAL_DEPENDENCY`), named for the generators.
 */
export class GeneratorDependencyError extends OptionalDependencyError {
  override readonly name: string = 'GeneratorDependencyError';

  constructor(packageName: string, options?: { cause?: unknown }) {
    super(packageName, 'This generator', { cause: options?.cause });
  }
}

/**
 * Thrown when a model file does not exist or is not a model of the expected format (a GGUF file must start with
 * the bytes `GGUF`): core's ModelFilesError (code `ROLEFIT_MODEL_FILES`), named for the generators.
 */
export class ModelFileNotFoundError extends ModelFilesError {
  override readonly name: string = 'ModelFileNotFoundError';

  /** @param problem What is wrong with `path` (default: it does not exist). */
  constructor(path: string, problem = 'no such file') {
    super({
      what: 'GGUF model file',
      path,
      expectedFiles: ['a GGUF file (starts with the bytes "GGUF")'],
      missingFiles: [path],
      problem,
      howToGet:
        'Download one (e.g. Qwen2.5-0.5B-Instruct Q4_K_M in GGUF from Hugging Face) and pass its path as model; models are never downloaded for you.',
    });
  }
}

/** Thrown when an HTTP generation API answers with an error status. */
export class GeneratorHttpError extends GeneratorError {
  override readonly name: string = 'GeneratorHttpError';
  /** Always `ROLEFIT_GENERATOR_HTTP`. */
  declare readonly code: 'ROLEFIT_GENERATOR_HTTP';
  /** The HTTP status code. */
  readonly status: number;
  /** The error message the server gave, or the start of its body when it gave none. */
  readonly serverMessage: string;

  constructor(status: number, serverMessage: string, url: string) {
    super(`${url} answered ${status}: ${serverMessage}`, { code: 'ROLEFIT_GENERATOR_HTTP' });
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

/** Thrown when an HTTP generation API does not answer in time, or its answer is not a completion. */
export class GeneratorResponseError extends GeneratorError {
  override readonly name: string = 'GeneratorResponseError';
  /** Always `ROLEFIT_GENERATOR_RESPONSE`. */
  declare readonly code: 'ROLEFIT_GENERATOR_RESPONSE';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, code: 'ROLEFIT_GENERATOR_RESPONSE' });
  }
}
