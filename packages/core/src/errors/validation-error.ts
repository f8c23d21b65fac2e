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

/** Most issues a ValidationError's message lists; the rest are counted ("… and 299,980 more issues"). */
export const MAX_MESSAGE_ISSUES = 20;

/** Most issues a ValidationError keeps in `issues`; `issueCount` has them all. */
export const MAX_KEPT_ISSUES = 1_000;

/** Longest issue message quoted in a ValidationError's message, in characters (a longer one is cut with `…`). */
const MAX_QUOTED_MESSAGE = 300;

/**
 * Thrown when input does not match a Rolefit schema, or a factory's settings are wrong (an unknown key, a value out
 * of range); `issues` names the bad fields (the first {@link MAX_KEPT_ISSUES}; `issueCount` counts them all), `field`
 * the first. The message lists the first {@link MAX_MESSAGE_ISSUES} and says how many more there are, so it stays
 * short however bad the input (300,000 invalid skills made a 19 MB message). Its `code` is `ROLEFIT_VALIDATION`; a
 * settings error also names the `setting`.
 */
export class ValidationError extends RolefitError {
  override readonly name: string = 'ValidationError';
  /** Always `ROLEFIT_VALIDATION`. */
  declare readonly code: 'ROLEFIT_VALIDATION';
  /** What was being validated, e.g. `Job`. */
  readonly entity: string;
  /** The invalid fields in the order they were found: the first `MAX_KEPT_ISSUES` (1,000) of them. */
  readonly issues: readonly FieldIssue[];
  /** How many invalid fields there are in all (more than `issues.length` when some were not kept). */
  readonly issueCount: number;

  /**
   * @param entity What was validated, e.g. `Job` or `HttpClientSettings`.
   * @param issues The invalid fields (only the first `MAX_KEPT_ISSUES` (1,000) are kept).
   * @param options `setting` when the entity is a settings object (default: the first issue's path for entities ending in `Settings`), the `cause`, and `issueCount` when `issues` is already a part of them.
   */
  constructor(
    entity: string,
    issues: readonly FieldIssue[],
    options: { setting?: string | undefined; cause?: unknown; issueCount?: number | undefined } = {},
  ) {
    const issueCount = Math.max(options.issueCount ?? 0, issues.length);
    const listed = issues.slice(0, MAX_MESSAGE_ISSUES).map((issue) => {
      const message =
        issue.message.length > MAX_QUOTED_MESSAGE ? `${issue.message.slice(0, MAX_QUOTED_MESSAGE)}…` : issue.message;
      return `${issue.path || '(root)'}: ${message}`;
    });
    const more = issueCount - listed.length;
    const summary = `${listed.join('; ')}${more > 0 ? `; and ${more} more issue${more === 1 ? '' : 's'} (${issueCount} in all)` : ''}`;
    const field = issues[0]?.path || undefined;
    const setting =
      options.setting ?? (/(Settings|Options)$/.test(entity) && field !== undefined ? field.split('.')[0] : undefined);
    super('ROLEFIT_VALIDATION', `Invalid ${entity}: ${summary}`, { field, setting, cause: options.cause });
    this.entity = entity;
    this.issues = issues.length > MAX_KEPT_ISSUES ? issues.slice(0, MAX_KEPT_ISSUES) : issues;
    this.issueCount = issueCount;
  }

  /** Builds a ValidationError from a zod error (or anything with zod's `issues`). */
  static fromZod(entity: string, error: { readonly issues: readonly z.core.$ZodIssue[] }): ValidationError {
    const kept: FieldIssue[] = [];
    let count = 0;
    for (const issue of error.issues) {
      const path = issue.path.map(String);
      // One issue per unknown key, at the key's own path, naming the nearest known key.
      const known =
        issue.code === 'unrecognized_keys' ? (issue as { knownKeys?: readonly string[] }).knownKeys : undefined;
      if (issue.code === 'unrecognized_keys' && known) {
        // Messages only for the keys kept: 300,000 unknown keys made 300,000 messages.
        const shown = issue.keys.slice(0, Math.max(0, MAX_KEPT_ISSUES - kept.length));
        const messages = unknownKeyMessages(shown, known);
        shown.forEach((key, index) =>
          kept.push({ path: [...path, key].join('.'), message: messages[index]!, code: issue.code }),
        );
        count += issue.keys.length;
        continue;
      }
      if (kept.length < MAX_KEPT_ISSUES) kept.push({ path: path.join('.'), message: issue.message, code: issue.code });
      count += 1;
    }
    return new ValidationError(entity, kept, { issueCount: count });
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
