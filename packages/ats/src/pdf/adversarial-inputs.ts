// Hostile pages of n text items (a generator per shape), shared by layout.test.ts (what each one must produce) and the
// linear-time benchmark (bench/adversarial-cases.ts: the time at n and 2n items). Test and bench data only.
// Round 25: the column search (findGutter) tries up to 1,000 candidate gutters over every item of a page of at most
// 20,000 items; the DOCX reader's floating boxes (75a01d4c) hand it up to 20,000 boxes a paragraph.
import type { PdfTextItem } from './layout.js';

/** A text item of 12-point text at x, its baseline `top` points below the page's top. */
export const textItem = (text: string, x: number, top: number, width = 150): PdfTextItem => ({
  str: text,
  transform: [12, 0, 0, 12, x, -top],
  width,
  height: 12,
});

/** Pages of n items. */
export const ITEM_PAGES: readonly (readonly [string, (size: number) => PdfTextItem[]])[] = [
  // No two items on a line and every start its own: each candidate gutter is judged to its last test.
  [
    'n items on a diagonal, no width',
    (size) => Array.from({ length: size }, (_, index) => textItem(`w${index}`, index, 13 * index, 0)),
  ],
  [
    'n items in two columns',
    (size) =>
      Array.from({ length: size }, (_, index) =>
        textItem(
          `${index % 2 === 0 ? 'left' : 'right'}${index}`,
          index % 2 === 0 ? 30 : 300,
          13 * Math.floor(index / 2),
          100,
        ),
      ),
  ],
  [
    'n items on one line',
    (size) => Array.from({ length: size }, (_, index) => textItem(`w${index}`, 40 * index, 0, 30)),
  ], // Round 28: runs that touch, the second led by a space (e4353dce: the space dropped), and a left column whose boxes reach
  // past the right column's edge (cea21918: the gutter no further right than that edge).
  [
    'n runs touching on one line, each led by a space',
    (size) => Array.from({ length: size }, (_, index) => textItem(index === 0 ? 'ab' : ' ab', 30 * index, 0, 30)),
  ],
  [
    "n items in two columns, a quarter of the left boxes reaching past the right column's edge",
    (size) =>
      Array.from({ length: size }, (_, index) =>
        textItem(
          `${index % 2 === 0 ? 'left' : 'right'}${index}`,
          index % 2 === 0 ? 30 : 300,
          13 * Math.floor(index / 2),
          index % 2 === 1 ? 100 : index % 8 === 2 ? 272 : 150,
        ),
      ),
  ],
];

const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/**
 * Round 27: page text of about n characters with words broken at line ends (joinHyphenatedLines, 4f76b499): each break
 * reads the letters on either side (at most 64) and the words the text spells (once).
 */
export const HYPHENATED_TEXTS: readonly (readonly [string, (size: number) => string])[] = [
  ['n line-end hyphens between letters', (size) => repeat('a-\n', size)],
  ['n words broken before a common ending', (size) => repeat('manage-\nment ', size)],
  [
    'n compounds broken at their hyphen, the text spelling them whole',
    (size) => repeat('well-\nmanaged well-managed ', size),
  ],
  ['one long word broken again and again', (size) => repeat(`${'a'.repeat(100)}-\n`, size)],
  ['n line-end hyphens before n spaces', (size) => repeat(`a-\n${' '.repeat(40)}b`, size)],
  [
    'distinct compounds broken, each its own',
    (size) =>
      Array.from(
        { length: Math.ceil(size / 16) },
        (_, index) => `cross${index.toString(36).replace(/\d/g, 'x')}-\nfunc `,
      ).join(''),
  ],
];
