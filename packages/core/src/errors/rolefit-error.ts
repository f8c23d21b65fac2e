/** What every {@link RolefitError} may carry besides its message. */
export interface RolefitErrorOptions {
  /** The error that led to this one. */
  cause?: unknown;
  /** Dot path of the offending input field, e.g. `salary.min`. */
  field?: string | undefined;
  /** Name of the offending setting of a factory, e.g. `maxRetries`. */
  setting?: string | undefined;
}

// Marks Rolefit errors across bundle copies (ESM and CJS builds of one package, two installed versions).
const ROLEFIT_ERROR = Symbol.for('rolefit.error');

/**
 * The base of every error Rolefit throws on purpose: `code` is a stable string to branch on (it never changes
 * between releases, unlike messages), `field` and `setting` name the offending input or setting where there is one.
 * `instanceof RolefitError` also matches errors from another copy of the package.
 */
export class RolefitError extends Error {
  override readonly name: string = 'RolefitError';
  /**
   * Stable identifier of the kind of error, e.g. `ROLEFIT_VALIDATION`: any string here, since other packages and apps
   * extend RolefitError; each subclass declares its own code (`ValidationError['code']` is `'ROLEFIT_VALIDATION'`).
   */
  readonly code: string;
  /** Dot path of the offending input field, when the error is about one. */
  readonly field: string | undefined;
  /** Name of the offending setting, when the error is about one. */
  readonly setting: string | undefined;

  constructor(code: string, message: string, options: RolefitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.setting = options.setting;
  }

  /**
   * Matches Rolefit errors by prototype, or by their mark when they come from another copy of the package (the ESM and
   * CommonJS builds of one version are two copies: an app that `require`s `@rolefit/core` and `import()`s
   * `@rolefit/ats` gets the ESM core's errors). A subclass matches an error from another copy whose class, or a class
   * it extends, has the subclass's name: `instanceof ValidationError` holds for either copy's ValidationError.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!(value instanceof Error) || (value as unknown as Record<symbol, unknown>)[ROLEFIT_ERROR] !== true)
      return false;
    if (this === RolefitError) return true;
    for (
      let prototype: unknown = Object.getPrototypeOf(value);
      prototype !== null && prototype !== Error.prototype;
      prototype = Object.getPrototypeOf(prototype)
    ) {
      const maker = Object.hasOwn(prototype as object, 'constructor')
        ? (prototype as { constructor: unknown }).constructor
        : undefined;
      if (typeof maker === 'function' && maker.name === this.name) return true;
    }
    return false;
  }
}
Object.defineProperty(RolefitError.prototype, ROLEFIT_ERROR, { value: true });

/**
 * True when `value` is a {@link RolefitError}, optionally with the given code, to which a literal code then narrows
 * `value.code` (`isRolefitError(error, 'ROLEFIT_STORE_FILE')` makes `error.code` `'ROLEFIT_STORE_FILE'`).
 */
export function isRolefitError<Code extends string = string>(
  value: unknown,
  code?: Code,
): value is [string] extends [Code] ? RolefitError : RolefitError & { readonly code: Code } {
  return value instanceof RolefitError && (code === undefined || value.code === code);
}
