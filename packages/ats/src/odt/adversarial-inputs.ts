// Hostile ODT content.xml parts of about n characters (a generator per shape), shared by adversarial.test.ts (what each
// one must produce) and the linear-time benchmark (bench/adversarial-cases.ts: the time at n and 2n). Test and bench data only.

const body = (content: string, styles = '') =>
  `<office:document-content><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${content}</office:text></office:body></office:document-content>`;
const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const NUMBERED =
  '<text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-format="i" style:num-suffix="."/><text:list-level-style-number text:level="2" style:num-format="a"/></text:list-style>';

/** content.xml parts of about n characters that must be read (or refused) in time linear in n. */
export const HOSTILE_ODT_XML: readonly (readonly [string, (size: number) => string])[] = [
  [
    'spans nested 250 deep, repeated',
    (size) => body(repeat(`<text:p>${'<text:span>'.repeat(250)}x${'</text:span>'.repeat(250)}</text:p>`, size)),
  ],
  [
    'n frames nested in paragraphs',
    (size) => {
      const depth = 60;
      const open = '<text:p><draw:frame><draw:text-box>';
      const close = '</draw:text-box></draw:frame>w</text:p>';
      return body(repeat(`${open.repeat(depth)}<text:p>in</text:p>${close.repeat(depth)}`, size));
    },
  ],
  [
    'n counted spaces of a billion each',
    (size) => body(`<text:p>${repeat('<text:s text:c="1000000000"/>', size)}</text:p>`),
  ],
  ['n line breaks in one paragraph', (size) => body(`<text:p>${repeat('a<text:line-break/>', size)}</text:p>`)],
  // Soft hyphens dropped from the text (helper 271).
  ['n soft hyphens between letters', (size) => body(`<text:p>${repeat('a\u00ad', size)}</text:p>`)],
  [
    'n numbered list items (roman)',
    (size) =>
      body(
        `<text:list text:style-name="N">${repeat('<text:list-item><text:p>x</text:p></text:list-item>', size)}</text:list>`,
        NUMBERED,
      ),
  ],
  [
    'n lists that continue the numbering',
    (size) =>
      body(
        repeat(
          '<text:list text:style-name="N" text:continue-numbering="true"><text:list-item><text:p>x</text:p></text:list-item></text:list>',
          size,
        ),
        NUMBERED,
      ),
  ],
  [
    'n list items at a start value of 32767',
    (size) =>
      body(
        `<text:list text:style-name="N"><text:list>${repeat('<text:list-item text:start-value="99999999"><text:p>x</text:p></text:list-item>', size)}</text:list></text:list>`,
        NUMBERED,
      ),
  ],
  [
    'n table cells in one row',
    (size) =>
      body(
        `<table:table><table:table-row>${repeat('<table:table-cell><text:p>c</text:p></table:table-cell>', size)}</table:table-row></table:table>`,
      ),
  ],
  [
    'n tables nested in cells',
    (size) => {
      const depth = 80;
      return body(
        repeat(
          `${'<table:table><table:table-row><table:table-cell>'.repeat(depth)}<text:p>in</text:p>${'</table:table-cell></table:table-row></table:table>'.repeat(depth)}`,
          size,
        ),
      );
    },
  ],
  [
    'n skipped annotations',
    (size) =>
      body(`<text:p>${repeat('<office:annotation><text:p>note</text:p></office:annotation>', size)}ok</text:p>`),
  ],
  [
    'n spans and spaces in one paragraph',
    (size) => body(`<text:p>${repeat('a <text:span> b</text:span> ', size)}</text:p>`),
  ],
  ['n runs of white space', (size) => body(`<text:p>${repeat('a \n\t ', size)}</text:p>`)], // Round 25: tabs (and counted spaces) between line breaks, whose runs a pattern around each break retried.
  ['n tabs in one paragraph', (size) => body(`<text:p>a${repeat('<text:tab/>', size)}x</text:p>`)],
  [
    'n tabs and counted spaces around line breaks',
    (size) => body(`<text:p>${repeat('<text:tab/> <text:s/><text:line-break/><text:tab/>a', size)}</text:p>`),
  ],
  // Pictures counted for extractDocumentLayout (a frame's replacement images once) and margins split into headers and
  // footers: frames of n images, n frames never closed, n headers and footers (styles.xml's master pages).
  [
    'one frame of n images',
    (size) => body(`<text:p><draw:frame>${repeat('<draw:image/>', size)}</draw:frame>x</text:p>`),
  ],
  [
    'n frames of an image, never closed',
    (size) => body(`<text:p>${repeat('<draw:frame><draw:image/></draw:frame><draw:frame>', size)}`),
  ],
  [
    'n page headers and footers',
    (size) =>
      `<office:document-styles><office:master-styles><style:master-page>${repeat('<style:header><text:p>h</text:p></style:header><style:footer-first><text:p>f</text:p></style:footer-first>', size)}</style:master-page></office:master-styles></office:document-styles>`,
  ],
  // Round 27: frames anchored to pages, placed by offsets (423c9be1): laid out page by page (floatingBoxLines), one-line
  // frames anchored in one paragraph laid out together, lengths read by odfLengthToPoints.
  [
    'n page frames of a line each on one page, scattered',
    (size) =>
      body(
        Array.from(
          { length: Math.ceil(size / 190) },
          (_, index) =>
            `<draw:frame text:anchor-type="page" text:anchor-page-number="1" svg:width="2in" svg:height="0.18in" svg:x="${(index * 37) % 500}pt" svg:y="${(index * 7919) % 100_000}pt"><draw:text-box><text:p>w${index}</text:p></draw:text-box></draw:frame>`,
        ).join(''),
      ),
  ],
  [
    'n page frames each on its own page, pages interleaved',
    (size) =>
      body(
        Array.from(
          { length: Math.ceil(size / 190) },
          (_, index) =>
            `<draw:frame text:anchor-type="page" text:anchor-page-number="${(index * 7919) % 100_003}" svg:width="2in" svg:height="0.18in" svg:x="1in" svg:y="1in"><draw:text-box><text:p>w${index}</text:p></draw:text-box></draw:frame>`,
        ).join(''),
      ),
  ],
  [
    'n one-line frames anchored in one paragraph, one row',
    (size) =>
      body(
        `<text:p>${Array.from({ length: Math.ceil(size / 170) }, (_, index) => `<draw:frame text:anchor-type="paragraph" svg:width="1in" svg:height="0.18in" svg:x="${index * 40}pt" svg:y="0pt"><draw:text-box><text:p>w${index}</text:p></draw:text-box></draw:frame>`).join('')}x</text:p>`,
      ),
  ],
  [
    'n page frames never closed',
    (size) =>
      body(
        repeat(
          '<draw:frame text:anchor-type="page" text:anchor-page-number="1" svg:x="1in" svg:y="2in"><draw:text-box><text:p>w</text:p>',
          size,
        ),
      ),
  ],
  [
    'n page frames with lengths of 32 characters',
    (size) =>
      body(
        repeat(
          `<draw:frame text:anchor-type="page" text:anchor-page-number="1" svg:x="${'9'.repeat(29)}.in" svg:y="-${'0'.repeat(28)}1cm"><draw:text-box><text:p>w</text:p></draw:text-box></draw:frame>`,
          size,
        ),
      ),
  ],
];
