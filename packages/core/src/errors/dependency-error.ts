import { RolefitError } from './rolefit-error.js';

/** Where the repository's guides are read on the web (the packages ship their READMEs, not the guides). */
const GUIDES_URL = 'https://github.com/rolefit/rolefit/blob/main/docs/guides/';

/**
 * The web address of one of the repository's guides (`guideUrl('notifications.md')`), for errors to point to: a path
 * such as `docs/guides/notifications.md` names nothing in an app that installed the packages.
 */
export function guideUrl(file: string): string {
  return `${GUIDES_URL}${file}`;
}

/** Where the guide on getting model files and optional packages lives, named in the errors below. */
export const MODELS_GUIDE = guideUrl('using-real-models.md');

const OPTIONAL_DEPENDENCY = 'ROLEFIT_OPTIONAL_DEPENDENCY';
const MODEL_FILES = 'ROLEFIT_MODEL_FILES';

/** Whether `value` is an Error carrying `code` (the check behind `instanceof` of the two classes below). */
function hasCode(value: unknown, code: string): boolean {
  return value instanceof Error && (value as { code?: unknown }).code === code;
}

/**
 * Whether an import failed because the package is absent (rather than present but broken, e.g. a native binding
 * that does not load). Looks through a few `cause` links too, as bundlers and test runners wrap the loader's error.
 */
function isNotFound(cause: unknown, packageName: string): boolean {
  if (cause === undefined) return true;
  for (
    let error: unknown = cause, depth = 0;
    error !== null && typeof error === 'object' && depth < 4;
    error = (error as { cause?: unknown }).cause, depth += 1
  ) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const namesPackage = typeof message === 'string' && message.includes(packageName);
    if (
      (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
      (namesPackage || typeof message !== 'string')
    )
      return true;
    if (namesPackage && /cannot find (package|module)/i.test(message as string)) return true;
  }
  return false;
}

/**
 * Thrown when a feature needs an optional peer package (`@huggingface/transformers`, `onnxruntime-node`,
 * `node-llama-cpp`) that is not installed. The message names the package and the command that installs it.
 *
 * `instanceof OptionalDependencyError` is also true for a package's own error of this kind (such as
 * `@rolefit/ats`'s `GeneratorDependencyError`): every such error carries `code` `ROLEFIT_OPTIONAL_DEPENDENCY`.
 */
export class OptionalDependencyError extends RolefitError {
  override readonly name: string = 'OptionalDependencyError';
  /** Always `ROLEFIT_OPTIONAL_DEPENDENCY`. */
  declare readonly code: 'ROLEFIT_OPTIONAL_DEPENDENCY';
  /** The package that could not be loaded. */
  readonly packageName: string;
  /** A command that installs it. */
  readonly installCommand: string;

  /**
   * @param packageName The missing package.
   * @param feature What needs it, e.g. `The embedding ranker`.
   * @param options `installCommand` (default `npm install <packageName>`), `note` added after it, the import's `cause`,
   *   and `guide`, the documentation page the message points to (default the models guide).
   */
  constructor(
    packageName: string,
    feature: string,
    options: {
      installCommand?: string | undefined;
      note?: string | undefined;
      cause?: unknown;
      guide?: string | undefined;
    } = {},
  ) {
    const installCommand = options.installCommand ?? `npm install ${packageName}`;
    const absent = isNotFound(options.cause, packageName);
    const state = absent
      ? 'which is not installed'
      : `which is installed but failed to load (${(options.cause as Error)?.message ?? String(options.cause)})`;
    super(
      OPTIONAL_DEPENDENCY,
      `${feature} needs the optional package ${packageName}, ${state}. ${absent ? 'Install' : 'Reinstall'} it: ${installCommand}${options.note ? `. ${options.note}` : ''}. See ${options.guide ?? MODELS_GUIDE}.`,
      { cause: options.cause },
    );
    this.packageName = packageName;
    this.installCommand = installCommand;
  }

  /** Matches any Error whose `code` is `ROLEFIT_OPTIONAL_DEPENDENCY` (subclasses match as every RolefitError subclass does). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== OptionalDependencyError) return super[Symbol.hasInstance](value);
    return hasCode(value, OPTIONAL_DEPENDENCY);
  }
}

/**
 * Thrown before a model is loaded when its files are not where they were looked for: no directory, a directory
 * lacking some of the files the loader needs (`tokenizer.json`, `config.json`, an `.onnx` file), or a file that
 * is not a model of the expected format (a GGUF file without the `GGUF` magic). The message names the path,
 * the files expected, and how to get them.
 *
 * `instanceof ModelFilesError` is also true for a package's own error of this kind (such as `@rolefit/ats`'s
 * `ModelFileNotFoundError`): every such error carries `code` `ROLEFIT_MODEL_FILES`.
 */
export class ModelFilesError extends RolefitError {
  override readonly name: string = 'ModelFilesError';
  /** Always `ROLEFIT_MODEL_FILES`. */
  declare readonly code: 'ROLEFIT_MODEL_FILES';
  /** The directory or file looked at. */
  readonly path: string;
  /** The files a usable model has there (relative to `path` for a directory). */
  readonly expectedFiles: readonly string[];
  /** The expected files that are absent or unusable. */
  readonly missingFiles: readonly string[];

  /**
   * @param details `what` is the kind of model (`embedding model`); `path`, `expectedFiles` and `missingFiles` as the fields;
   * `problem` replaces the default "missing …" clause; `howToGet` says how to get the files.
   */
  constructor(details: {
    what: string;
    path: string;
    expectedFiles: readonly string[];
    missingFiles: readonly string[];
    problem?: string | undefined;
    howToGet: string;
    cause?: unknown;
  }) {
    const problem = details.problem ?? `missing ${details.missingFiles.join(', ')}`;
    super(
      MODEL_FILES,
      `No usable ${details.what} at ${details.path}: ${problem}. Expected: ${details.expectedFiles.join(', ')}. ${details.howToGet} See ${MODELS_GUIDE}.`,
      {
        cause: details.cause,
      },
    );
    this.path = details.path;
    this.expectedFiles = details.expectedFiles;
    this.missingFiles = details.missingFiles;
  }

  /** Matches any Error whose `code` is `ROLEFIT_MODEL_FILES` (subclasses match as every RolefitError subclass does). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== ModelFilesError) return super[Symbol.hasInstance](value);
    return hasCode(value, MODEL_FILES);
  }
}
