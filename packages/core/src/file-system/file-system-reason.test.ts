import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSystemReason } from './file-system-reason.js';

const scratch = mkdtempSync(join(tmpdir(), 'rolefit-file-system-reason-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Real failures from the file system, not made-up error objects.
const failureOf = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('the read did not fail');
};

describe('fileSystemReason', () => {
  it('names what a path read ran into', () => {
    expect(fileSystemReason(failureOf(() => readFileSync(join(scratch, 'missing.txt'))))).toBe('no such file');
    expect(fileSystemReason(failureOf(() => readFileSync(scratch)))).toBe('is a directory');
    writeFileSync(join(scratch, 'file.txt'), 'x');
    expect(fileSystemReason(failureOf(() => readFileSync(join(scratch, 'file.txt', 'below'))))).toBe(
      'a part of the path is not a directory',
    );
  });

  it("names Node's refusal of a path that holds a NUL character (round 22: readResumeFile threw that TypeError)", () => {
    const refused = failureOf(() => readFileSync(join(scratch, 'a\0b.txt')));
    expect((refused as NodeJS.ErrnoException).code).toBe('ERR_INVALID_ARG_VALUE');
    expect(fileSystemReason(refused)).toBe('the path holds a NUL character');
    // Another invalid argument of that code is no file-system error.
    expect(fileSystemReason(failureOf(() => readFileSync(join(scratch, 'file.txt'), { flag: 'x+y' })))).toBeUndefined();
  });

  it('is undefined for other errors and for codes that are not the own keys of its table', () => {
    expect(fileSystemReason(new Error('boom'))).toBeUndefined();
    expect(fileSystemReason(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
    expect(fileSystemReason(Object.assign(new Error('x'), { code: 'toString' }))).toBeUndefined();
    expect(fileSystemReason(null)).toBeUndefined();
    expect(fileSystemReason(undefined)).toBeUndefined();
  });
});
