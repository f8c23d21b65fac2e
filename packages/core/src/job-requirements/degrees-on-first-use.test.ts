// The degree patterns are built at the first reading, not when core is imported: some 70 case-folded Unicode patterns
// and their lower-case forms took about 35 ms of CPU of every `import '@rolefit/core'` (of ~180 ms; every test file that
// imports core paid it too). Nothing imports degrees.ts before this file's dynamic import: this file loads it afresh.
import { afterEach, describe, expect, it } from 'vitest';

const RealRegExp = globalThis.RegExp;
let built = 0;
/** A RegExp constructor that counts the patterns built with `new RegExp` (literals are not counted), making real ones. */
const countingRegExp = new Proxy(RealRegExp, {
  construct(target, argumentsList) {
    built += 1;
    return Reflect.construct(target, argumentsList);
  },
});

afterEach(() => {
  globalThis.RegExp = RealRegExp;
});

describe('degree patterns', () => {
  it('are built at the first reading of a degree, not on import, once, and read as before', async () => {
    globalThis.RegExp = countingRegExp;
    const { findDegreeMentions } = await import('./degrees.js');
    const onImport = built;
    const read = (text: string, mode: 'job' | 'education') =>
      findDegreeMentions(text, { mode }).map((mention) => `${mention.level}:${mention.text}`);
    // A text with a letter past ASCII and an ASCII one: the two ways the patterns read.
    const first = [read('MS in Computer Science; B.Tech, Mgr. Jan Novák', 'education'), read('MBA preferred', 'job')];
    const onFirstReadings = built - onImport;
    const again = [
      read('Mgr.\nUniverzita Karlova; BSc in Physics', 'education'),
      read("Bachelor's degree required", 'job'),
    ];
    globalThis.RegExp = RealRegExp;
    expect(onImport).toBeLessThan(5);
    expect(onFirstReadings).toBeGreaterThan(50);
    expect(built - onImport - onFirstReadings).toBe(0);
    expect(first).toEqual([['master:MS', 'bachelor:B.Tech'], ['master:MBA']]);
    expect(again).toEqual([['master:Mgr.', 'bachelor:BSc'], ["bachelor:Bachelor's degree"]]);
  });
});
