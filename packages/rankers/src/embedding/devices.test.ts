import { describe, expect, it } from 'vitest';
import { devicesToTry, isCudaProviderInstalled } from './transformers-embedder.js';

describe('devicesToTry', () => {
  it('tries the device asked for alone, and for auto CUDA first only where its provider is installed', () => {
    expect(devicesToTry('cpu')).toEqual(['cpu']);
    expect(devicesToTry('cuda')).toEqual(['cuda']);
    const auto = isCudaProviderInstalled() ? ['cuda', 'cpu'] : ['cpu'];
    expect(devicesToTry('auto')).toEqual(auto);
    expect(devicesToTry(undefined)).toEqual(auto);
  });
});
