import type { z } from 'zod';
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

/** Thrown when input does not match a Rolefit schema; `issues` names every bad field. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** What was being validated, e.g. `Job`. */
  readonly entity: string;
  /** Every invalid field, in the order zod reported them. */
  readonly issues: readonly FieldIssue[];

  constructor(entity: string, issues: readonly FieldIssue[]) {
    const summary = issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
    super(`Invalid ${entity}: ${summary}`);
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
            return issue.keys.map((key, index) => ({ path: [...path, key].join('.'), message: messages[index]!, code: issue.code }));
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
  return value instanceof ValidationError || (value instanceof Error && value.name === 'ValidationError' && 'issues' in value);
}
