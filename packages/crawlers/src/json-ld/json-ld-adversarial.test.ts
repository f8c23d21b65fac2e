import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectLinearTime,
  medianMilliseconds,
  propertyRuns,
  timeSafetyFactor,
} from '../../../core/src/testing/scaling.js';
import { extractJsonLdBlocks } from './json-ld-crawler.js';

// A hostile page controls the markup: script tags left open made the old regex rescan the rest of the page.
const PAGES: readonly (readonly [string, (size: number) => string])[] = [
  ['"<script " repeated', (size) => '<script '.repeat(size / 8)],
  ['"<script " repeated, one ">"', (size) => `${'<script '.repeat(size / 8)}>`],
  ['ld+json blocks never closed', (size) => '<script type="application/ld+json">x'.repeat(size / 36)],
  ['many type attributes in one tag', (size) => `<script ${'type=application/ld+json '.repeat(size / 25)}`],
];

describe('extractJsonLdBlocks on adversarial input', () => {
  it.each(PAGES)('runs in linear time: %s', (_name, make) => {
    expectLinearTime((html) => extractJsonLdBlocks(html), make);
  });

  it.each(PAGES)('finishes 40,000 characters of it in 100 ms (× safety factor): %s', (_name, make) => {
    expect(medianMilliseconds((html) => extractJsonLdBlocks(html), make(40_000))).toBeLessThan(
      100 * timeSafetyFactor(),
    );
  });

  it('finds what the regex it replaced found', () => {
    const regex = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
    const pieces = [
      '<script',
      '<SCRIPT',
      ' type="application/ld+json"',
      " type='application/ld+json'",
      ' type=application/ld+json',
      ' a',
      '>',
      '</script>',
      '</script >',
      '{"x":1}',
      ' ',
      '<',
      'x',
      '"',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (chosen) => {
        const html = chosen.join('');
        const expected = [...html.matchAll(regex)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
        expect(extractJsonLdBlocks(html)).toEqual(expected);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
