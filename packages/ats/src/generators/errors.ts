/** Base class of every error a text generator throws. */
export class GeneratorError extends Error {
  override readonly name: string = 'GeneratorError';
}

/** Thrown when an optional package a generator needs (such as `node-llama-cpp`) is not installed. */
export class GeneratorDependencyError extends GeneratorError {
  override readonly name = 'GeneratorDependencyError';
  /** The package that could not be loaded. */
  readonly packageName: string;

  constructor(packageName: string, options?: { cause?: unknown }) {
    super(`The optional package "${packageName}" is not installed; add it to use this generator (npm install ${packageName})`, options);
    this.packageName = packageName;
  }
}

/** Thrown when a model file does not exist. */
export class ModelFileNotFoundError extends GeneratorError {
  override readonly name = 'ModelFileNotFoundError';
  /** The path that was looked for. */
  readonly path: string;

  constructor(path: string) {
    super(`Model file not found: ${path}`);
    this.path = path;
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
