import fc from 'fast-check';

/**
 * Text for property tests: pieces drawn from `tokens` (the words a parser looks for), mixed with arbitrary
 * Unicode, runs of spaces and line breaks, so random inputs both reach the parser's rules and stray far from them.
 */
export function textFrom(tokens: readonly string[], maxPieces = 30): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...tokens) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ' ',
        '  ',
        '\n',
        '\t',
        '\u00a0',
        '\u2003',
        ', ',
        '-',
        '–',
        '/',
        '(',
        ')',
        '.',
        ':',
        '+',
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map(String) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}
