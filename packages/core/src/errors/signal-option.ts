import { describeValue, isRevokedProxy } from './argument.js';
import { invalidSetting } from './validation-error.js';

// An AbortSignal of this realm, or an object with what the readers of a signal use (`aborted`, `throwIfAborted`,
// `addEventListener`, `removeEventListener`), as a signal made in a vm context has. A revoked Proxy is none (`instanceof`
// and every property read on it throw V8's TypeError).
function isAbortSignal(value: unknown): value is AbortSignal {
  if (isRevokedProxy(value)) return false;
  if (value instanceof AbortSignal) return true;
  if (typeof value !== 'object' || value === null) return false;
  const signal = value as Partial<Record<keyof AbortSignal, unknown>>;
  return (
    typeof signal.aborted === 'boolean' &&
    typeof signal.throwIfAborted === 'function' &&
    typeof signal.addEventListener === 'function' &&
    typeof signal.removeEventListener === 'function'
  );
}

/**
 * The `signal` option of a public call, checked before any work: `undefined` (left out) as it is, else an AbortSignal,
 * or the {@link invalidSetting} ValidationError naming it: `Invalid CrawlOptions: signal: must be an AbortSignal, got a
 * string`. A string, `{}` or `null` was a TypeError from deep inside ("signal.throwIfAborted is not a function", Node's
 * ERR_INVALID_ARG_TYPE from AbortSignal.any) or, where nothing read it before the work ended, ignored.
 */
export function checkSignalOption(entity: string, value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (!isAbortSignal(value))
    throw invalidSetting(entity, 'signal', `must be an AbortSignal, got ${describeValue(value)}`);
  return value;
}
