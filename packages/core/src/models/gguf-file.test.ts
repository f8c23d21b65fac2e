import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ggufFileProblem } from './gguf-file.js';

const scratch = mkdtempSync(join(tmpdir(), 'rolefit-gguf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('ggufFileProblem', () => {
  it('accepts a file that starts with the GGUF magic bytes and a header that fits it', () => {
    // Hand-written: version 3, no tensors, no metadata.
    const file = join(scratch, 'model.gguf');
    const header = Buffer.alloc(24);
    header.write('GGUF', 0, 'latin1');
    header.writeUInt32LE(3, 4);
    writeFileSync(file, header);
    expect(ggufFileProblem(file)).toBeUndefined();
    header.writeUInt32LE(0, 4);
    writeFileSync(file, header);
    expect(ggufFileProblem(file)).toBe('its GGUF version is 0 (llama.cpp reads 2 and 3)');
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

const modelsDirectory = process.env.ROLEFIT_MODELS ?? resolve(import.meta.dirname, '../../../../../shared/models');
const storiesPath = join(modelsDirectory, 'stories260K', 'stories260K.gguf');

describe.skipIf(!existsSync(storiesPath))('ggufFileProblem on stories260K with its header damaged', () => {
  // Found by bench/fuzz-inputs.mjs's llm target (round 11, seed 2 #181): node-llama-cpp read the header of this file with
  // one tensor's dimension count changed (910,102,487 for 2) for minutes before llama.cpp saw it.
  const original = readFileSync(storiesPath);
  const damaged = (change: (bytes: Buffer) => Buffer) => {
    const file = join(scratch, 'damaged.gguf');
    writeFileSync(file, change(Buffer.from(original)));
    return ggufFileProblem(file);
  };

  it('accepts the model as it is', () => {
    expect(ggufFileProblem(storiesPath)).toBeUndefined();
  });

  it("names a tensor's impossible dimension count, a length or count past the end, and a header cut short", () => {
    const name = original.indexOf('blk.4.attn_q.weight');
    expect(
      damaged((bytes) => {
        bytes.writeUInt32LE(910_102_487, name + 'blk.4.attn_q.weight'.length);
        return bytes;
      }),
    ).toBe('tensor 39 ("blk.4.attn_q.weight") says it has 910102487 dimensions (GGUF allows at most 4)');
    // The vocabulary's item count (after the key "tokenizer.ggml.tokens" and the array's item type) set to 2^40.
    const tokens = original.indexOf('tokenizer.ggml.tokens') + 'tokenizer.ggml.tokens'.length + 8;
    expect(
      damaged((bytes) => {
        bytes.writeUInt32LE(256, tokens + 4);
        return bytes;
      }),
    ).toMatch(
      /^its header is cut short or corrupt: .*"tokenizer\.ggml\.tokens" at byte \d+ .* past the end of the file/,
    );
    // The length of the string general.name (stories260K's first, at its key) set to 2^32.
    const nameKey = original.indexOf('general.name') + 'general.name'.length + 4;
    expect(
      damaged((bytes) => {
        bytes.writeUInt32LE(1, nameKey + 4);
        return bytes;
      }),
    ).toMatch(
      /^its header is cut short or corrupt: the value of "general\.name" at byte \d+ says 4294967\d+ bytes, past the end/,
    );
    expect(damaged((bytes) => bytes.subarray(0, 5_000))).toMatch(
      /^its header is cut short or corrupt: .* past the end of the file \(5000 bytes\)$/,
    );
    expect(damaged((bytes) => bytes.subarray(0, 12_000))).toMatch(
      /tensor .* past the end of the file \(12000 bytes\)$/,
    );
  });
});
