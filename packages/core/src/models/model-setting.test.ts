import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { readModelSetting } from './model-setting.js';

describe('readModelSetting', () => {
  it('reads `model`, or the deprecated `modelPath`, and refuses both or neither with the setting named', () => {
    expect(readModelSetting('S', { model: '/m.gguf' }, 'a path')).toBe('/m.gguf');
    expect(readModelSetting('S', { modelPath: '/old.gguf' }, 'a path')).toBe('/old.gguf');
    expect(() => readModelSetting('S', { model: '/a', modelPath: '/b' }, 'a path')).toThrow(ValidationError);
    expect(() => readModelSetting('S', { model: '/a', modelPath: '/b' }, 'a path')).toThrow(
      /modelPath: is the old name of model/,
    );
    expect(() => readModelSetting('S', {}, 'the path of a GGUF model file')).toThrow(
      /Invalid S: model: must be the path of a GGUF model file/,
    );
    expect(() => readModelSetting('S', { model: 3 }, 'a path')).toThrow(ValidationError);
  });
});
