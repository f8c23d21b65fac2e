import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full garbage collection, in a process started without --expose-gc (vitest's workers). */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * The bytes of heap still in use, after a full collection, once `step` has run for 0 … count-1 (what a module's cache
 * keeps of what the steps passed it). Test helper (not exported from `@rolefit/core`; tests import this file directly).
 */
export function heapKeptAfter(count: number, step: (index: number) => void): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  for (let index = 0; index < count; index++) step(index);
  collectGarbage();
  return process.memoryUsage().heapUsed - before;
}

/**
 * `line` cut (by `split`, as the readers cut a résumé's lines) from a text of `textChars` characters made for it: in
 * V8 the cut line points into that whole text and keeps it alive while anything holds the line.
 */
export function lineOfLongText(line: string, textChars: number): string {
  return `${'.'.repeat(textChars)}\n${line}\n`.split('\n')[1] as string;
}
