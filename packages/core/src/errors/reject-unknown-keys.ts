import { describeValue, invalidArgument } from './argument.js';
import { unknownKeyMessages } from './unknown-keys.js';
import { MAX_KEPT_ISSUES, ValidationError } from './validation-error.js';

/**
 * Throws a ValidationError for each own key of `value` not in `known`, naming the nearest known key: for settings
 * objects checked by hand (`createHttpClient`, `createLlmRanker`). Pass `known` as an object whose keys are every
 * setting (`{ a: true, b: true } satisfies Record<keyof Settings, true>`), so the compiler keeps it complete.
 *
 * A value that is not a settings object (null, a number, a string, an array) is a ValidationError too
 * (`Invalid GreenhouseCrawlerSettings: (root): must be a settings object, got null`), and so is `undefined` when
 * `options.required` (the settings hold a setting that must be given); call it first thing in a factory, before any
 * setting is read, so such a value never reaches a property read.
 */
export function rejectUnknownKeys(
  entity: string,
  value: unknown,
  known: Readonly<Record<string, unknown>>,
  options: { required?: boolean | undefined } = {},
): void {
  // A `known` that is no object was "Cannot convert undefined or null to object" once a value came to be checked.
  if (typeof known !== 'object' || known === null)
    throw invalidArgument(
      'rejectUnknownKeys',
      'known',
      `must be an object whose keys are the settings, got ${describeValue(known)}`,
    );
  if (value === undefined && !options?.required) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === undefined ? 'undefined (the settings are required)' : describeValue(value);
    throw new ValidationError(entity, [
      { path: '', message: `must be a settings object, got ${got}`, code: 'invalid_type' },
    ]);
  }
  const names = Object.keys(known);
  const unknown = Object.keys(value).filter((key) => !Object.hasOwn(known, key));
  if (unknown.length === 0) return;
  const kept = unknown.slice(0, MAX_KEPT_ISSUES);
  const messages = unknownKeyMessages(kept, names);
  const issues = kept.map((key, index) => ({ path: key, message: messages[index]!, code: 'unrecognized_keys' }));
  throw new ValidationError(entity, issues, { issueCount: unknown.length });
}
