import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ggufFileProblem } from './gguf-file.js';

const scratch = mkdtempSync(join(tmpdir(), 'rolefit-gguf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('ggufFileProblem', () => {
  it('accepts a file that starts with the GGUF magic bytes', () => {
    const file = join(scratch, 'model.gguf');
    writeFileSync(file, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(16)]));
    expect(ggufFileProblem(file)).toBeUndefined();
  });

  it('names a missing path, a directory, a Git LFS pointer and a file shorter than the magic', () => {
    expect(ggufFileProblem(join(scratch, 'none.gguf'))).toBe('no such file');
    expect(ggufFileProblem(scratch)).toBe('it is a directory, not a GGUF file');
    const pointer = join(scratch, 'pointer.gguf');
    writeFileSync(pointer, 'version https://git-lfs.github.com/spec/v1\n');
    expect(ggufFileProblem(pointer)).toBe('it is not a GGUF file (it starts with "vers", not "GGUF")');
    const short = join(scratch, 'short.gguf');
    writeFileSync(short, 'GG');
    expect(ggufFileProblem(short)).toMatch(/^it is not a GGUF file/);
  });
});
