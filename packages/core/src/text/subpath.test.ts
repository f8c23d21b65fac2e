import { describe, expect, it } from 'vitest';
import * as core from '@rolefit/core';
import * as text from '@rolefit/core/text';

describe('@rolefit/core/text', () => {
  it('exports the text tools, which the main entry does not', () => {
    expect(text.normalizeText('Café  ÉLAN')).toBe('cafe elan');
    expect(text.tokenize('Node.js and C++')).toEqual(['node.js', 'and', 'c++']);
    expect(text.fenceUntrustedText('<<<x>>>', { tag: 'DATA' })).toBe('<<<DATA>>>\n x \n<<<END_DATA>>>');
    for (const name of [
      'normalizeText',
      'tokenize',
      'stemWord',
      'htmlToText',
      'decodeHtmlEntities',
      'fenceUntrustedText',
      'cleanUntrustedText',
      'sentenceSpans',
    ] as const) {
      expect(typeof text[name]).toBe('function');
      expect(name in core).toBe(false);
    }
  });
});
