// Hostile HTML pages of about n characters (a generator per shape), shared by html-to-text.test.ts (each is read or
// refused with a typed error) and the linear-time benchmark (bench/adversarial-cases.ts: the time at n and 2n).

const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** HTML pages of about n characters that must be read (or refused) in time linear in n. */
export const HOSTILE_HTML: readonly (readonly [string, (size: number) => string])[] = [
  ['n unclosed divs', (size) => `${repeat('<div>', size)}x`],
  ['n unclosed lists and items', (size) => repeat('<ul><li>a', size)],
  ['n ordered items', (size) => `<ol start="99999999">${repeat('<li>x</li>', size)}</ol>`],
  ['n table cells in one row', (size) => `<table><tr>${repeat('<td>c</td>', size)}</tr></table>`],
  ['n unclosed tables', (size) => repeat('<table><tr><td><p>a</p>', size)],
  ['n paragraphs', (size) => repeat('<p>Senior Engineer at Acme</p>\n', size)],
  ['n unclosed scripts and styles', (size) => `${repeat('<script><style>', size)}x`],
  ['one text of n spaces and line ends', (size) => `<p>a${repeat(' \n\t', size)}b</p>`],
  ['n entities', (size) => `<p>${repeat('&amp;&nbsp;&#8211;', size)}</p>`], // Round 25: tables nested in cells never closed (each cell a sink of its own), one attribute of n digits, entities of
  // many digits, list items in paragraphs, <pre> blocks never closed, runs of spaces and no-break spaces in one line.
  ['n tables nested in cells, never closed', (size) => `${repeat('<table><tr><td>', size)}x`],
  ['one list start of n digits', (size) => `<ol start="${'9'.repeat(size)}"><li>x</li></ol>`],
  ['n numeric entities of many digits', (size) => `<p>${repeat('&#0000000000065;&#x000000041;', size)}</p>`],
  ['n list items each in a paragraph', (size) => `<ul>${repeat('<li><p>x</p></li>', size)}</ul>`],
  ['n pre blocks never closed', (size) => repeat('<pre> a \n', size)],
  ['one line of spaces and no-break spaces', (size) => `<p>a${repeat(' &nbsp;', size)}b</p>`],
  // Boxes kept apart by a tab (floats, Word's tabs, flex and grid items): their styles read, their depths stacked.
  ['n floated spans in one line', (size) => `<p>${repeat('a<span style="float:right">b</span>', size)}</p>`],
  ['n flex containers nested, never closed', (size) => `${repeat('<div style="display:flex"><span>a</span>', size)}`],
  [
    'one style attribute of n spaces and semicolons',
    (size) => `<p>a<span style="${repeat(' ;float :', size)}">b</span></p>`,
  ],
  [
    'n flex items with gaps of no-break spaces',
    (size) => `<div style="display:grid">${repeat('<b>x</b>&nbsp; ', size)}</div>`,
  ],
  // Round 27: boxes placed with position:absolute/fixed or display:inline-block/inline-table (d85df68e).
  [
    'n absolutely positioned spans in one line',
    (size) => `<p>${repeat('<span style="position:absolute;left:0">a</span>', size)}</p>`,
  ],
  ['n inline-block divs nested, never closed', (size) => repeat('<div style="display:inline-block">a', size)],
  // An inline-block with white space beside it read as a word of its sentence (62658fa3).
  [
    'n inline-blocks beside words with spaces in one sentence',
    (size) => `<p>${repeat('Managed a <span style="display:inline-block">$2M</span> budget ', size)}</p>`,
  ],
  [
    'n spaces then an inline-block, again and again',
    (size) => `<p>${repeat(`a${' '.repeat(200)}<b style="display:inline-block"> x </b>`, size)}</p>`,
  ],
  // A drop cap read with its word (f5f79476): a one-letter box, floated or inline-block, touching the next letter.
  [
    'n drop caps in one line',
    (size) =>
      `<p>${repeat('<span style="float:left">W</span>orked <b style="display:inline-block">A</b>cme ', size)}</p>`,
  ],
  // A drop cap placed with position:absolute read with its word, and soft hyphens dropped (helper 271).
  [
    'n absolutely placed drop caps in one line',
    (size) => `<p>${repeat('<span style="position:absolute">W</span>orked at Acme ', size)}</p>`,
  ],
  ['n soft hyphens between letters', (size) => `<p>${repeat('a&shy;', size)}</p>`],
  // Round 28: drop caps of an astral letter, a letter and a combining mark, and a right-to-left letter, placed absolutely.
  [
    'n absolutely placed drop caps of astral, combining and right-to-left letters',
    (size) =>
      `<p>${repeat('<span style="position:absolute">\u{1d40e}</span>rked <span style="position:absolute">e\u0301</span>cole <span style="position:absolute">\u05e9</span>\u05dc\u05d5\u05dd\u200b ', size)}</p>`,
  ],
  ['n soft hyphens and zero-width spaces between letters', (size) => `<p>${repeat('a\u00ad\u200b&shy;', size)}</p>`],
  [
    'one style of n declarations near position and display',
    (size) => `<p><span style="${repeat(';position:relativ;display:inline-', size)}">a</span>b</p>`,
  ],
];

const latin1Bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/**
 * HTML pages' bytes of about n bytes whose encoding is sniffed and decoded (decodeHtmlBytes) in time linear in n: the
 * meta prescan reads at most 1024 bytes whatever follows; the decoding is one TextDecoder pass.
 */
export const HOSTILE_HTML_BYTES: readonly (readonly [string, (size: number) => Uint8Array])[] = [
  [
    'n bytes of Windows-1251 after a meta',
    (size) => latin1Bytes(`<meta charset="windows-1251">${repeat('\xcf\xf0\xe8 ', size)}`),
  ],
  ['n unclosed metas and comments', (size) => latin1Bytes(repeat('<meta charset="<!--', size))],
  ['one attribute value of n bytes', (size) => latin1Bytes(`<meta content="${repeat('charset=', size)}`)],
  [
    'UTF-16 without a byte-order mark, n bytes',
    (size) => new Uint8Array(Buffer.from(repeat('<p>Zoë</p>', size / 2), 'utf16le')),
  ],
  // Valid UTF-8 under a meta naming another encoding: the whole page decoded once to tell (then read as UTF-8).
  [
    'n bytes of UTF-8 under a Windows-1251 meta',
    (size) => new Uint8Array(Buffer.from(`<meta charset="windows-1251">${repeat('При ', size / 2)}`)),
  ],
  ['n bytes of Windows-1252 past ASCII, no meta', (size) => latin1Bytes(`<html>${repeat('\x93\x94\x96', size)}`)],
  // Round 26: the prescan's worst 1024 bytes before n more ('<' each a tag's start, a comment never closed, a tag's
  // attributes never closed), and UTF-16 big-endian without a byte-order mark.
  ['1024 bytes of "<", then n bytes', (size) => latin1Bytes(`${'<'.repeat(1024)}${repeat('\xe9', size)}`)],
  ['"<!--" never closed, then n bytes', (size) => latin1Bytes(`<!--${repeat('-', 1020)}${repeat('<!--\xe9', size)}`)],
  [
    'a tag of attributes never closed, then n bytes',
    (size) => latin1Bytes(`<p${repeat(' a= b="\'', 1024)}${repeat('<meta charset=x>', size)}`),
  ],
  [
    'UTF-16 big-endian without a byte-order mark, n bytes',
    (size) => new Uint8Array(Buffer.from(repeat('<p>Zo\u00eb</p>', size / 2), 'utf16le').swap16()),
  ],
];
