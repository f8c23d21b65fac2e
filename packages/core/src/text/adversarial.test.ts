import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { Parser } from 'htmlparser2';
import { forgetOutermostElements, htmlToText, MAX_OPEN_ELEMENTS, normalizeText } from './normalize.js';
import { tokenize } from './tokenize.js';
import { PATHOLOGICAL, TOKEN_RUNS } from './adversarial-inputs.js';

describe('htmlToText and normalizeText on adversarial input', () => {
  // Its time at 40,000 and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(TOKEN_RUNS)('tokenize reads 40,000 characters of it into every token, whole: %s', (_name, make) => {
    const text = make(40_000);
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(3 * Math.floor(40_000 / 14));
    expect(new Set(tokens)).toEqual(new Set(['node.js', 'c++', 'a']));
  });

  // Its time at 40,000 and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(PATHOLOGICAL)('reads 40,000 characters of it into text no longer than the markup: %s', (_name, make) => {
    const html = make(40_000);
    expect(htmlToText(html).length).toBeLessThanOrEqual(html.length);
    expect(normalizeText(html).length).toBeLessThanOrEqual(html.length);
  });

  // htmlparser2's Parser shifts its open-element array on every tag: 320,000 unclosed <div>s (1.6 MB) took 80 s.
  it('keeps the parser at most MAX_OPEN_ELEMENTS open elements deep, whatever the markup leaves open', () => {
    const depths: number[] = [];
    const parser = new Parser({
      onopentagname() {
        forgetOutermostElements(parser);
        depths.push((parser as unknown as { stack: unknown[] }).stack.length);
      },
    });
    parser.end(`${'<div>'.repeat(5_000)}${'<svg>'.repeat(5_000)}${'<span>'.repeat(5_000)}`);
    expect(depths).toHaveLength(15_000);
    expect(Math.max(...depths)).toBe(MAX_OPEN_ELEMENTS);
    expect((parser as unknown as { foreignContext: unknown[] }).foreignContext.length).toBeLessThanOrEqual(
      MAX_OPEN_ELEMENTS,
    );
  });

  it('reads a megabyte of never-closed elements, and nesting within the bound as before', { timeout: 30_000 }, () => {
    for (const tag of ['div', 'span', 'svg', 'b']) {
      expect(htmlToText(`${`<${tag}>`.repeat(200_000)}end`)).toBe('end');
      expect(htmlToText(`${`<${tag}>a`.repeat(200_000)}`)).toBe(
        tag === 'div' ? 'a\n'.repeat(199_999).concat('a') : 'a '.repeat(199_999).concat('a'),
      );
    }
    const nested = `<p>x</p>${'<div><noscript>hidden</noscript><b>'.repeat(MAX_OPEN_ELEMENTS / 2)}y${'</b></div>'.repeat(MAX_OPEN_ELEMENTS / 2)}z`;
    expect(htmlToText(nested)).toBe('x\ny\nz');
  });

  it('reads ordinary and broken markup as a browser does', () => {
    // The regex version this replaced kept `a()` (its closer did not allow `</script >`), dropped "< b and c >" as
    // if it were a tag, and kept an unclosed script's text; an HTML parser does none of those.
    expect(htmlToText('<SCRIPT type="x">a()</script ><p>b</p><style>c</STYLE>d<br/>e<b>f</b>')).toBe('b\nd\ne f');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('x <script>never closed <p>y</p>')).toBe('x');
    expect(htmlToText('Salary &lt; 50k &amp; <b>bonus</b><ul><li>A</li><li>B</li></ul>Tail')).toBe(
      'Salary < 50k & bonus\nA\nB\nTail',
    );
  });

  it('htmlToText never throws and returns trimmed, non-empty lines; normalizeText is idempotent on its output', () => {
    const tokens = [
      '<',
      '>',
      '</',
      '/>',
      '<p>',
      '</p>',
      '<br>',
      '<br/>',
      '<li>',
      '<div class="a">',
      '</div>',
      '<h2>',
      '<script>',
      '</script>',
      '<style>',
      '</style>',
      '<noscript>',
      '</noscript>',
      '<!--',
      '-->',
      '&amp;',
      '&lt;',
      '&#8217;',
      '&#x41;',
      '&bogus;',
      '&#0;',
      '&#x110000;',
      'text',
      'Python',
      '"',
      "'",
      '\r\n',
    ];
    fc.assert(
      fc.property(textFrom(tokens), (html) => {
        const text = htmlToText(html);
        for (const line of text.split('\n')) {
          if (text === '') break;
          expect(line).toBe(line.trim());
          expect(line).not.toBe('');
        }
        const normalized = normalizeText(html, { stripHtml: false });
        expect(normalizeText(normalized, { stripHtml: false })).toBe(normalized);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
