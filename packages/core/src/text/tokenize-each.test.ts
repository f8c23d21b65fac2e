import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeEach } from './tokenize.js';

describe('tokenizeEach', () => {
  it("gives each text's tokens, which joined are the tokens of the texts joined by whitespace", () => {
    const texts = ['Senior Python Developer', 'Acme Corp', 'Builds APIs; runs Kubernetes clusters.'];
    const each = tokenizeEach(texts);
    expect(each).toEqual(texts.map((text) => tokenize(text)));
    expect(each?.flat()).toEqual(tokenize(texts.join('\n')));
    expect(tokenizeEach(texts, { stem: true })?.flat()).toEqual(tokenize(texts.join(' '), { stem: true }));
  });

  it('gives undefined when the texts joined read as HTML, even a tag cut across two texts', () => {
    expect(tokenizeEach(['Python &amp; Go'])).toBeUndefined();
    expect(tokenizeEach(['Python <b', '>Go</b>'])).toBeUndefined();
    expect(tokenizeEach(['a < b', 'c > d'])).toEqual([tokenize('a < b'), tokenize('c > d')]);
  });
});
