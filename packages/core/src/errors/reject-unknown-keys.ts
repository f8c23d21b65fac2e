import { describeValue, invalidArgument, isRevokedProxy } from './argument.js';
import { unknownKeyMessages } from './unknown-keys.js';
import { MAX_KEPT_ISSUES, ValidationError } from './validation-error.js';

// The characters of a thrown message kept in a "could not be read" issue.
const MAX_REASON_LENGTH = 200;

/**
 * Throws a ValidationError for each own key of `value` not in `known`, naming the nearest known key: for settings
 * objects checked by hand (`createHttpClient`, `createLlmRanker`). Pass `known` as an object whose keys are every
 * setting (`{ a: true, b: true } satisfies Record<keyof Settings, true>`), so the compiler keeps it complete.
 *
 * A value that is not a settings object (null, a number, a string, an array, a revoked Proxy) is a ValidationError too
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
  // A revoked Proxy throws at every look (Array.isArray too), and a Proxy's ownKeys trap may throw: the caller's
  // TypeError or Error from inside the check, where any other bad settings are a ValidationError.
  if (typeof value !== 'object' || value === null || isRevokedProxy(value) || Array.isArray(value)) {
    const got = value === undefined ? 'undefined (the settings are required)' : describeValue(value);
    throw new ValidationError(entity, [
      { path: '', message: `must be a settings object, got ${got}`, code: 'invalid_type' },
    ]);
  }
  const names = Object.keys(known);
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (error) {
    const reason = String((error as Error | undefined)?.message ?? error).slice(0, MAX_REASON_LENGTH);
    throw new ValidationError(entity, [{ path: '', message: `could not be read: ${reason}`, code: 'invalid_type' }]);
  }
  const unknown = keys.filter((key) => !Object.hasOwn(known, key));
  if (unknown.length === 0) return;
  const kept = unknown.slice(0, MAX_KEPT_ISSUES);
  const messages = unknownKeyMessages(kept, names);
  const issues = kept.map((key, index) => ({ path: key, message: messages[index]!, code: 'unrecognized_keys' }));
  throw new ValidationError(entity, issues, { issueCount: unknown.length });
}
