// Hostile RTF files of about n bytes (a generator per shape), shared by adversarial.test.ts (what each one must produce)
// and the linear-time benchmark (bench/adversarial-cases.ts: the time at n and 2n). Test and bench data only.

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** RTF files of about n bytes that must be read (or refused) in time linear in n. */
export const HOSTILE_RTF: readonly (readonly [string, (size: number) => Uint8Array])[] = [
  // Groups nested to just under the depth cap, again and again.
  [
    'groups nested 255 deep, repeated',
    (size) => latin1(`{\\rtf1 ${repeat(`${'{'.repeat(255)}x${'}'.repeat(255)}`, size)}}`),
  ],
  // Groups that never close (a cut or endless file): text to the end, and groups opened past the cap (refused there).
  ['text in groups that never close', (size) => latin1(`{\\rtf1 {\\b {\\i ${repeat('word ', size)}`)],
  ['n groups opened and never closed', (size) => latin1(`{\\rtf1 ${repeat('{\\b a', size)}`)],
  // \binN whose N bytes hold braces and backslashes, skipped whole.
  [
    'one \\bin of n bytes',
    (size) => latin1(`{\\rtf1 {\\pict\\bin${size} ${repeat('{\\}', size).padEnd(size, 'x').slice(0, size)}}ok}`),
  ],
  ['n small \\bin runs', (size) => latin1(`{\\rtf1 ${repeat('{\\pict\\bin4 {{{{}', size)}}`)],
  // \uN characters, each with its fallback to skip.
  ['n \\uN characters', (size) => latin1(`{\\rtf1\\uc1 ${repeat('\\u233?', size)}}`)],
  // Soft hyphens written as characters, dropped from the text (helper 271).
  ["n soft hyphens as \\'ad between letters", (size) => latin1(`{\\rtf1\\ansi ${repeat("a\\'ad", size)}}`)],
  ['n \\uN with \\uc8 fallbacks cut by groups', (size) => latin1(`{\\rtf1 ${repeat('{\\uc8\\u233}', size)}}`)],
  ['n \\uN lone surrogates', (size) => latin1(`{\\rtf1 ${repeat('\\u-10179?a', size)}}`)],
  ["n \\'hh bytes", (size) => latin1(`{\\rtf1\\ansi\\ansicpg1251 ${repeat("\\'cf\\'f0", size)}}`)],
  // A font of another charset every byte: each switch decodes what came before with the last font's code page.
  [
    'n font switches between charsets',
    (size) =>
      latin1(
        `{\\rtf1\\ansi{\\fonttbl{\\f1\\fcharset204 A;}{\\f2\\fcharset238 B;}{\\f3\\fcharset2 Symbol;}}${repeat("\\f1\\'cf\\f2\\'b3\\f3\\'b7", size)}}`,
      ),
  ],
  // A font table of n fonts.
  ['a font table of n fonts', (size) => latin1(`{\\rtf1{\\fonttbl${repeat('{\\f9\\fcharset204 A;}', size)}}x}`)],
  // Control words at the 32-letter limit, and one parameter of n digits.
  ['n control words of 32 letters', (size) => latin1(`{\\rtf1 ${repeat(`\\${'a'.repeat(32)} `, size)}}`)],
  ['one parameter of n digits', (size) => latin1(`{\\rtf1 \\fs${'9'.repeat(size)} x}`)],
  // Skipped destinations and starred groups, and page headers that repeat a line (each kept once).
  ['n skipped destinations', (size) => latin1(`{\\rtf1 ${repeat('{\\*\\bkmkstart a}{\\fonttbl{\\f0 A;}}', size)}}`)],
  ['n page headers of one line', (size) => latin1(`{\\rtf1 ${repeat('{\\header jane@example.com\\par}', size)}}`)],
  [
    'n distinct header lines',
    (size) => {
      const count = Math.max(1, Math.floor(size / 24));
      return latin1(
        `{\\rtf1 {\\header ${Array.from({ length: count }, (_, index) => `line ${index}\\par `).join('')}}}`,
      );
    },
  ],
  // Paragraphs, cells and tabs: text that is all breaks.
  ['n paragraph and cell breaks', (size) => latin1(`{\\rtf1 ${repeat('\\par\\cell\\tab\\row', size)}}`)],
  ['n lines of text', (size) => latin1(`{\\rtf1 ${repeat('Senior Engineer at Acme\\par ', size)}}`)],
  // Pictures counted for extractDocumentLayout (a \\nonshppict copy not again), headers and footers read apart.
  [
    'n pictures and their copies',
    (size) => latin1(`{\\rtf1 ${repeat('{\\*\\shppict{\\pict 89}}{\\nonshppict{\\pict 01}}', size)}}`),
  ],
  ['n headers and footers', (size) => latin1(`{\\rtf1 ${repeat('{\\headerf h\\par}{\\footerl f\\par}', size)}x}`)],
  // Round 27: shapes' text boxes read by where they sit (aeefbdca): n shapes placed, shapes never closed, one shape of
  // n frame words, shapes nested in shapes.
  [
    'n shapes of a line each, scattered',
    (size) =>
      latin1(
        `{\\rtf1 ${Array.from(
          { length: Math.ceil(size / 110) },
          (_, index) =>
            `{\\shp{\\*\\shpinst\\shpleft${(index * 37) % 9000}\\shptop${(index * 7919) % 200_000}\\shpright${((index * 37) % 9000) + 2000}\\shpbottom${((index * 7919) % 200_000) + 262}{\\shptxt w${index}\\par}}}`,
        ).join('')}}`,
      ),
  ],
  [
    'n shapes never closed',
    (size) => latin1(`{\\rtf1 ${repeat('{\\shp{\\*\\shpinst\\shpleft100\\shptop200{\\shptxt a ', size)}`),
  ],
  [
    'one shape of n frame words',
    (size) => latin1(`{\\rtf1 {\\shp{\\*\\shpinst${repeat('\\shpbxpage\\shpbypara', size)}{\\shptxt a\\par}}}\\par b}`),
  ],
  [
    'n shapes, each with text between',
    (size) => latin1(`{\\rtf1 ${repeat('{\\shp{\\*\\shpinst\\shpleft0\\shptop0{\\shptxt a\\par}}}b\\par ', size)}}`),
  ],
];
