import { isValidationError, ValidationError } from '../errors/index.js';

/**
 * The message of the ValidationError that `run` throws (or rejects with); fails on any other error and when nothing is
 * thrown. Test helper (not exported from `@rolefit/core`; tests import this file directly).
 */
export async function validationMessageOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (!isValidationError(error))
      throw new Error(`expected a ValidationError, got: ${String(error)}`, { cause: error });
    return error.message;
  }
  throw new Error('nothing was thrown');
}

/** The ValidationError that `run` throws; fails on any other error and when nothing is thrown. Test helper. */
export function validationErrorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw new Error(`expected a ValidationError, got: ${String(error)}`, { cause: error });
  }
  throw new Error('nothing was thrown');
}
