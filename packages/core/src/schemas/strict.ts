import { z } from 'zod';
import { describeValue, invalidArgument } from '../errors/argument.js';
import { MAX_SUGGESTED_KEYS, unknownKeyMessage, unknownKeyMessages } from '../errors/unknown-keys.js';
import { MAX_MESSAGE_ISSUES } from '../errors/validation-error.js';
import { cappedString, MAX_SHORT_TEXT_LENGTH, MAX_URL_LENGTH } from './limits.js';
import { ON_STRINGS_ONLY } from './length-checks.js';

// rejectUnknownKeys uses no schema: it lives with the errors, so that code that loads no zod (`@rolefit/core/base`) has it.
export { rejectUnknownKeys } from '../errors/reject-unknown-keys.js';

/**
 * Guards for what people type (profiles, filters, résumés, job postings, feedback, store input):
 *
 * - objects are strict: an unknown key is an error that names it and the nearest known key
 *   (`unknown key 'workplaces' (did you mean 'workplace'?)`), so a typo'd filter never silently filters nothing;
 * - URLs use `http`, `https` or `mailto` only (never `javascript:`, `file:` or `data:`);
 * - numbers are finite and money amounts stay below {@link MAX_MONEY_AMOUNT}, so yearly figures stay finite;
 * - e-mail addresses hold no NUL or other control character.
 *
 * Records read from other systems (crawled pages, dataset files) go through {@link pickKnownKeys} first, which
 * drops their extra top-level fields explicitly and reports each one.
 */

/** A strict object: unknown keys are rejected with a message naming each and the nearest known key. */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape): z.ZodObject<Shape, z.core.$strict> {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      // Kept on the issue, so ValidationError can report one issue per key with its own suggestion.
      (issue as { knownKeys?: readonly string[] }).knownKeys = known;
      // The first keys only: zod's message for 300,000 unknown keys was 9 MB (ValidationError has its own list).
      const shown = issue.keys.slice(0, MAX_MESSAGE_ISSUES);
      const more = issue.keys.length - shown.length;
      return `${unknownKeyMessages(shown, known).join('; ')}${more > 0 ? `; and ${more} more unknown keys` : ''}`;
    },
  });
}

/** URL schemes accepted in user-typed links: web pages and e-mail. */
export const SAFE_URL_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/**
 * An absolute `http`, `https` or `mailto` URL of at most `MAX_URL_LENGTH` characters; `javascript:`, `file:`, `data:`
 * and every other scheme are refused.
 */
export const safeUrlSchema = z
  .url({ error: 'must be an absolute URL' })
  .max(MAX_URL_LENGTH, {
    error: `must be at most ${MAX_URL_LENGTH} characters (MAX_URL_LENGTH)`,
    abort: true,
    ...ON_STRINGS_ONLY,
  })
  .refine((value) => /^(?:https?|mailto):/i.test(value), { message: `must be an http, https or mailto URL` });

/** An absolute `http` or `https` URL (pages to open or fetch). */
export const webUrlSchema = z
  .url({ error: 'must be an absolute URL' })
  .refine((value) => /^https?:/i.test(value), { message: 'must be an http or https URL' });

/** Largest money amount accepted in a salary or salary floor (per period): annual figures stay finite. */
export const MAX_MONEY_AMOUNT = 1e12;

/** A finite, non-negative money amount no larger than {@link MAX_MONEY_AMOUNT}. */
export const moneyAmountSchema = z.number().nonnegative().max(MAX_MONEY_AMOUNT, `must be at most ${MAX_MONEY_AMOUNT}`);

/** Most years of experience a job may ask for or a résumé may total: a working life. */
export const MAX_EXPERIENCE_YEARS = 100;

/** A finite, non-negative number of years no larger than {@link MAX_EXPERIENCE_YEARS}. */
export const experienceYearsSchema = z
  .number()
  .nonnegative()
  .max(MAX_EXPERIENCE_YEARS, `must be at most ${MAX_EXPERIENCE_YEARS} (years)`);

/** An e-mail address with no NUL or other control character (which could name a different mailbox downstream). */
export const emailSchema = cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH')
  .refine((value) => !/[\u0000-\u001F\u007F-\u009F]/.test(value), { message: 'must not contain control characters' })
  .pipe(z.email({ error: 'must be an email address' }));

/** What {@link pickKnownKeys} dropped. */
export interface DroppedKey {
  /** The unknown key. */
  key: string;
  /** Why it was dropped, with the nearest known key when one is close. */
  message: string;
}

/**
 * A copy of `record` with only the top-level keys `schema` knows; `onDropped` hears about each other key. For
 * records read from other systems (crawled pages, dataset rows), whose extra fields are not typos; nested objects
 * stay strict.
 */
export function pickKnownKeys(
  schema: { shape: Record<string, unknown> },
  record: unknown,
  onDropped?: (dropped: DroppedKey) => void,
): unknown {
  // A schema with no shape (not a zod object) was "Cannot read properties of undefined (reading 'shape')".
  const shape = (schema as { shape?: unknown } | null | undefined)?.shape;
  if (typeof shape !== 'object' || shape === null)
    throw invalidArgument(
      'pickKnownKeys',
      'schema',
      `must be a zod object schema (with a shape), got ${describeValue(schema)}`,
    );
  if (onDropped !== undefined && typeof onDropped !== 'function')
    throw invalidArgument('pickKnownKeys', 'onDropped', `must be a function, got ${describeValue(onDropped)}`);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const known = Object.keys(schema.shape);
  let dropped = 0;
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (Object.hasOwn(schema.shape, key)) picked[key] = value;
    else if (onDropped)
      onDropped({ key, message: unknownKeyMessage(key, dropped++ < MAX_SUGGESTED_KEYS ? known : []) });
  }
  return picked;
}
