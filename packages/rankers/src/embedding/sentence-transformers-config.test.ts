import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRolefitError } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSentenceTransformersConfig, SentenceTransformersConfigError } from './index.js';

describe('readSentenceTransformersConfig', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'rolefit-st-config-'));
  });
  afterEach(async () => rm(directory, { recursive: true, force: true }));

  const write = async (path: string, value: unknown) => {
    await mkdir(join(directory, path, '..'), { recursive: true });
    await writeFile(join(directory, path), typeof value === 'string' ? value : JSON.stringify(value));
  };

  it('gives nothing for a directory with only Hugging Face files', async () => {
    await write('config.json', { hidden_size: 32 });
    expect(readSentenceTransformersConfig(directory)).toEqual({});
  });

  it('reads the pooling modes from 1_Pooling and max_seq_length from sentence_bert_config.json', async () => {
    await write('1_Pooling/config.json', {
      word_embedding_dimension: 384,
      pooling_mode_cls_token: false,
      pooling_mode_mean_tokens: true,
      pooling_mode_max_tokens: false,
    });
    await write('sentence_bert_config.json', { max_seq_length: 256, do_lower_case: false });
    expect(readSentenceTransformersConfig(directory)).toEqual({ poolingModes: ['mean_tokens'], maxSeqLength: 256 });
  });

  it('finds the pooling module where modules.json puts it', async () => {
    await write('modules.json', [
      { idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' },
      { idx: 1, name: '1', path: 'pooling_layer', type: 'sentence_transformers.models.Pooling' },
      { idx: 2, name: '2', path: '2_Normalize', type: 'sentence_transformers.models.Normalize' },
    ]);
    await write('pooling_layer/config.json', { pooling_mode_cls_token: true, pooling_mode_mean_tokens: false });
    await write('1_Pooling/config.json', { pooling_mode_mean_tokens: true });
    expect(readSentenceTransformersConfig(directory).poolingModes).toEqual(['cls_token']);
  });

  it('names the file when a config is broken', async () => {
    await write('sentence_bert_config.json', '{ max_seq_length: 256');
    expect(() => readSentenceTransformersConfig(directory)).toThrow(SentenceTransformersConfigError);
    await write('sentence_bert_config.json', { max_seq_length: 'long' });
    expect(() => readSentenceTransformersConfig(directory)).toThrow(
      /sentence_bert_config\.json: max_seq_length must be a whole number above 2, got "long"/,
    );
    await write('sentence_bert_config.json', { max_seq_length: null });
    expect(readSentenceTransformersConfig(directory)).toEqual({});
    await write('modules.json', { not: 'an array' });
    const error = (() => {
      try {
        readSentenceTransformersConfig(directory);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SentenceTransformersConfigError);
    expect((error as SentenceTransformersConfigError).path).toBe(join(directory, 'modules.json'));
    // One error base across packages (issue #19): core's RolefitError with a stable code.
    expect(isRolefitError(error, 'ROLEFIT_SENTENCE_TRANSFORMERS_CONFIG')).toBe(true);
  });
});
