import { invalidSetting } from './validation-error.js';

/** What a numeric setting may be: a whole number (a count) or any finite number, within `min`..`max` (inclusive). */
export interface NumberSettingRange {
  /** A count: fractions are refused (default false). */
  readonly integer?: boolean | undefined;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  /** Exclusive lower bound, for a setting that is divided by (a half-life): `{ above: 0 }`. */
  readonly above?: number | undefined;
}

/** `must be a whole number ≥ 1`, `must be a number from 0 to 1`: the range in words, for the error message. */
function describeRange({ integer = false, min, max, above }: NumberSettingRange): string {
  const kind = integer ? 'a whole number' : 'a finite number';
  if (above !== undefined) return max === undefined ? `${kind} > ${above}` : `${kind} > ${above} and ≤ ${max}`;
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} ≥ ${min}`;
  if (max !== undefined) return `${kind} ≤ ${max}`;
  return kind;
}

/**
 * A numeric setting of a factory, checked: `undefined` (left out) as it is, else a finite number in `range` (whole when
 * `range.integer`). NaN, ±Infinity, a number out of range, a fraction where a count is asked for, and anything not a
 * number throw the {@link invalidSetting} ValidationError naming the setting and the range:
 * `Invalid HttpClientSettings: maxRetries: must be a whole number ≥ 0, got NaN`.
 */
export function checkNumberSetting(
  entity: string,
  setting: string,
  value: unknown,
  range: NumberSettingRange,
): number | undefined {
  if (value === undefined) return undefined;
  const {
    integer = false,
    min = Number.NEGATIVE_INFINITY,
    max = Number.POSITIVE_INFINITY,
    above = Number.NEGATIVE_INFINITY,
  } = range;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    value < min ||
    value > max ||
    !(value > above)
  )
    throw invalidSetting(
      entity,
      setting,
      `must be ${describeRange(range)}, got ${typeof value === 'number' ? String(value) : typeof value}`,
    );
  return value;
}

/**
 * A limit or offset of a list or a search (`PageOptions`, a search's `limit`), checked before any work: `undefined` as
 * it is, else its whole part when it is a number ≥ 0 (Infinity: all; a fraction counts as its whole part, as `slice`
 * does). NaN, a negative number and anything not a number throw the {@link invalidSetting} ValidationError naming the
 * option: `Invalid PageOptions: limit: must be a number ≥ 0, got NaN`. Every Store refuses them so (the Store contract).
 */
export function checkPageNumber(entity: string, option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value >= 0))
    throw invalidSetting(
      entity,
      option,
      `must be a number ≥ 0, got ${typeof value === 'number' ? value : typeof value}`,
    );
  return Math.floor(value);
}
