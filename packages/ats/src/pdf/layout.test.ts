// The column search on the largest pages it reads (MAX_GUTTER_ITEMS items); ADVERSARIAL.md's rounds measure its time.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { HYPHENATED_TEXTS, ITEM_PAGES } from './adversarial-inputs.js';
import { findGutter, joinHyphenatedLines, layoutPage } from './layout.js';

const page = (name: string, size: number) => {
  const [, make] = ITEM_PAGES.find(([shape]) => shape === name) ?? [];
  if (!make) throw new Error(`no page ${name}`);
  return make(size);
};

describe('findGutter and layoutPage on pages of 20,000 items', () => {
  it('reads a page of 20,000 items on a diagonal as one column', () => {
    // Each of its 1,000 candidate gutters made arrays of every line's start; past 16,384 lines those are large objects,
    // and collecting 2,000 of them a page took V8 7-25 s (0.9 s at 16,300 items; now about 1 s).
    expect(findGutter(page('n items on a diagonal, no width', 20_000))).toBeUndefined();
  });

  it('finds the gutter of two columns of 10,000 lines each, and reads the left column first', () => {
    const items = page('n items in two columns', 20_000);
    // Halfway between the left column's right edge (130) and the right column's left edge (300).
    expect(findGutter(items)).toBe(215);
    const lines = layoutPage(items).split('\n');
    expect(lines.slice(0, 2)).toEqual(['left0', 'left2']);
    expect(lines.indexOf('right1')).toBeGreaterThan(lines.indexOf('left19998'));
  });

  it('reads 20,000 runs that touch, each led by a space, as one word', () => {
    // Round 28 (e4353dce): a space leading a run that starts where the run before it ends took no room on the page.
    const lines = layoutPage(page('n runs touching on one line, each led by a space', 20_000)).split('\n');
    expect(lines).toEqual(['ab'.repeat(20_000)]);
  });

  it("puts the gutter of two columns of 10,000 lines at the right column's edge where left boxes reach past it", () => {
    // Round 28 (cea21918): a quarter of the left column's boxes end at 302, past the right column's edge (300).
    const items = page(
      "n items in two columns, a quarter of the left boxes reaching past the right column's edge",
      20_000,
    );
    expect(findGutter(items)).toBe(300);
    const lines = layoutPage(items).split('\n');
    expect(lines.slice(0, 2)).toEqual(['left0', 'left2']);
    expect(lines.indexOf('right1')).toBeGreaterThan(lines.indexOf('left19998'));
  });

  it('reads 20,000 items on one line as one line, left to right', () => {
    const lines = layoutPage(page('n items on one line', 20_000)).split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith('w0 w1 w2 ')).toBe(true);
  });
});

describe('joinHyphenatedLines on hostile page text', () => {
  it.each(HYPHENATED_TEXTS)('judges every line-end hyphen of 40,000 characters of it: %s', (_name, make) => {
    const text = make(40_000);
    const joined = joinHyphenatedLines(text);
    // Each break between lower-case letters is joined or keeps its hyphen; none is left across a line end.
    expect(joined.length).toBeLessThanOrEqual(text.length);
    expect(/\p{Ll}-\n[ \t]*\p{Ll}/u.test(joined)).toBe(false);
  });

  it('judges a million line-end hyphens in a heap of 160 MB: a byte a break, no match kept', async () => {
    // layout.ts bundled and run in a worker with a heap limit (a real V8 heap, no mock): keeping every break's match
    // and head word (dcf574ab) ran out of memory even at 192 MB; a byte a break reads them in 96.
    const [bundle] = buildSync({
      entryPoints: [fileURLToPath(new URL('./layout.ts', import.meta.url))],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      write: false,
    }).outputFiles;
    const code = `${bundle?.text}\nrequire('node:worker_threads').parentPort.postMessage(module.exports.joinHyphenatedLines('ab-\\ncd '.repeat(1_000_000)).length);`;
    const worker = new Worker(code, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 },
    });
    try {
      const length = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      // 'ab-\ncd ' a million times: each break kept as a hyphen (no word the text spells whole, no common ending).
      expect(length).toBe(6_000_000);
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
