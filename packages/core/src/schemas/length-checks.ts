import type { z } from 'zod';

/**
 * Check options that run a string length check on strings only. zod runs its length checks on any value with a
 * `length` property, even after the type check failed, so `{ length: Object.create(null) }` in place of a string threw
 * a TypeError inside zod ("Cannot convert object to primitive value") instead of the one `invalid_type` issue.
 */
export const ON_STRINGS_ONLY = { when: (payload: z.core.ParsePayload) => typeof payload.value === 'string' } as const;

/** Check options that run an array length check on arrays only, for the reason given at {@link ON_STRINGS_ONLY}. */
export const ON_ARRAYS_ONLY = { when: (payload: z.core.ParsePayload) => Array.isArray(payload.value) } as const;
