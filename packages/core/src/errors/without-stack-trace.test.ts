import { describe, expect, it } from 'vitest';
import { parseJob } from '../schemas/parse.js';
import { ValidationError } from './validation-error.js';
import { withoutStackTrace } from './without-stack-trace.js';

describe('withoutStackTrace', () => {
  it('builds errors with no stack frames, and restores the limit after a throw', () => {
    const before = Error.stackTraceLimit;
    const error = withoutStackTrace(() => new Error('bad record'));
    expect(error.stack).toBe('Error: bad record');
    let thrown: unknown;
    try {
      withoutStackTrace(() => parseJob({}));
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as Error).stack?.split('\n')).toHaveLength(1);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('later').stack?.split('\n').length).toBeGreaterThan(1);
  });
});
