import { describeValue } from '@rolefit/core/internal';
import { ElasticResponseError } from './errors.js';

/** True for a JSON object (not null, not an array). */
export function isAnswerObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `response` when it is a JSON object, else an {@link ElasticResponseError} naming the index and the request: a body of
 * another type (null, a string from a text/plain answer, an array) was a TypeError from inside the store.
 */
export function answerObject(index: string, request: string, response: unknown): Record<string, unknown> {
  if (!isAnswerObject(response))
    throw new ElasticResponseError(
      index,
      `the answer to ${request} is ${describeValue(response)}, not a JSON object; is the node an Elasticsearch 8 or 9 cluster?`,
    );
  return response;
}

/** A count in an answer: a whole number from 0, else an {@link ElasticResponseError} naming the field. */
export function answerCount(index: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new ElasticResponseError(index, `${field} in the answer is ${describeValue(value)}, not a count`);
  return value;
}

/** A list in an answer, else an {@link ElasticResponseError} naming the field. */
export function answerList(index: string, field: string, value: unknown): unknown[] {
  if (!Array.isArray(value))
    throw new ElasticResponseError(index, `${field} in the answer is ${describeValue(value)}, not a list`);
  return value;
}
