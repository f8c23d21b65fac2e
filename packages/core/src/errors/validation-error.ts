import type { z } from 'zod';
import { RolefitError } from './rolefit-error.js';
import { unknownKeyMessages } from './unknown-keys.js';

/** One invalid field: where it is (dot path) and why it was rejected. */
export interface FieldIssue {
  /** Dot path of the field, e.g. `salary.min` or `skills.2`; empty for the whole value. */
  path: string;
  /** Why the value was rejected. */
  message: string;
  /** The zod issue code, e.g. `invalid_type`. */
  code: string;
}

/**
 * Thrown when input does not match a Rolefit schema, or a factory's settings are wrong (an unknown key, a value out
 * of range); `issues` names every bad field, `field` the first. Its `code` is `ROLEFIT_VALIDATION`; a settings error
 * also names the `setting`.
 */
export class ValidationError extends RolefitError {
  override readonly name: string = 'ValidationError';
  /** What was being validated, e.g. `Job`. */
  readonly entity: string;
  /** Every invalid field, in the order zod reported them. */
  readonly issues: readonly FieldIssue[];

  /**
   * @param entity What was validated, e.g. `Job` or `HttpClientSettings`.
   * @param issues Every invalid field.
   * @param options `setting` when the entity is a settings object (default: the first issue's path for entities ending in `Settings`), and the `cause`.
   */
  constructor(entity: string, issues: readonly FieldIssue[], options: { setting?: string; cause?: unknown } = {}) {
    const summary = issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
    const field = issues[0]?.path || undefined;
    const setting =
      options.setting ?? (/(Settings|Options)$/.test(entity) && field !== undefined ? field.split('.')[0] : undefined);
    super('ROLEFIT_VALIDATION', `Invalid ${entity}: ${summary}`, { field, setting, cause: options.cause });
    this.entity = entity;
    this.issues = issues;
  }

  /** Builds a ValidationError from a zod error. */
  static fromZod(entity: string, error: z.ZodError): ValidationError {
    return new ValidationError(
      entity,
      error.issues.flatMap((issue): FieldIssue[] => {
        const path = issue.path.map(String);
        // One issue per unknown key, at the key's own path, naming the nearest known key.
        if (issue.code === 'unrecognized_keys') {
          const known = (issue as { knownKeys?: readonly string[] }).knownKeys;
          if (known) {
            const messages = unknownKeyMessages(issue.keys, known);
            return issue.keys.map((key, index) => ({
              path: [...path, key].join('.'),
              message: messages[index]!,
              code: issue.code,
            }));
          }
        }
        return [{ path: path.join('.'), message: issue.message, code: issue.code }];
      }),
    );
  }

  /** The names (dot paths) of all invalid fields. */
  get fields(): string[] {
    return this.issues.map((issue) => issue.path);
  }
}

/** True when `value` is a ValidationError (also across bundle copies). */
export function isValidationError(value: unknown): value is ValidationError {
  return (
    value instanceof ValidationError ||
    (value instanceof Error && value.name === 'ValidationError' && 'issues' in value)
  );
}

/** The ValidationError for one bad setting of a factory: `invalidSetting('HttpClientSettings', 'maxRetries', 'must be a whole number ≥ 0, got -1')`. */
export function invalidSetting(
  entity: string,
  setting: string,
  message: string,
  options: { cause?: unknown } = {},
): ValidationError {
  return new ValidationError(entity, [{ path: setting, message, code: 'invalid_setting' }], {
    setting,
    cause: options.cause,
  });
}
