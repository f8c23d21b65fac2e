// WordprocessingML hand-written in the shapes Word and LibreOffice write (tables, text boxes with their VML fallback,
// numbering definitions); DOCX files made by LibreOffice itself are read in libreoffice.test.ts.
import { describe, expect, it } from 'vitest';
import { isResumeParseError } from '../parse/index.js';
import {
  MAX_GROUP_NESTING,
  MAX_LAID_OUT_BOXES,
  MAX_LEVEL_TEXT,
  MAX_LIST_START,
  MAX_WORD_XML_DEPTH,
  readWordNumbering,
  withoutSoftHyphens,
  wordXmlToLines,
  wordXmlToText,
} from './word-xml.js';

const paragraph = (text: string, properties = '') =>
  `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr/>${paragraphs.map((text) => paragraph(text)).join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const body = (content: string) => `<w:document><w:body>${content}</w:body></w:document>`;
// A floating text box the way LibreOffice writes one: a wp:anchor placed by offsets (points, written in EMU) from a frame,
// its DrawingML text box and the VML fallback Word skips. `position` replaces the offsets (e.g. with a wp:align).
const POINT = 12_700;
const floating = (
  texts: string[],
  x: number,
  top: number,
  { width = 150, frame = 'column', position }: { width?: number; frame?: string; position?: string } = {},
) => {
  const content = `<w:txbxContent>${texts.map((text) => paragraph(text)).join('')}</w:txbxContent>`;
  const placed =
    position ??
    `<wp:positionH relativeFrom="${frame}"><wp:posOffset>${x * POINT}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>${top * POINT}</wp:posOffset></wp:positionV>`;
  return `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="1"><wp:simplePos x="0" y="0"/>${placed}<wp:extent cx="${width * POINT}" cy="${13 * texts.length * POINT}"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;
};
const anchoring = (...boxes: string[]) => `<w:p><w:r>${boxes.join('')}</w:r></w:p>`;

describe('wordXmlToLines', () => {
  it('reads a row of one-line cells as one tab-separated line, and a layout row cell by cell', () => {
    const data = `<w:tbl>${row(cell('2019 – Present'), cell('Senior Engineer'), cell('Acme Corp'), cell(''))}</w:tbl>`;
    const layout = `<w:tbl>${row(cell('Contact', 'jane@example.com'), cell('Experience', 'Engineer, Acme', 'Built APIs'))}</w:tbl>`;
    expect(wordXmlToLines(body(data + layout)).lines).toEqual([
      '2019 – Present\tSenior Engineer\tAcme Corp',
      'Contact',
      'jane@example.com',
      'Experience',
      'Engineer, Acme',
      'Built APIs',
    ]);
  });

  it('reads a text box once (the VML fallback is skipped) and its lines before the paragraph that anchors it', () => {
    const box = (text: string) => `<w:txbxContent>${paragraph(text)}</w:txbxContent>`;
    const anchored = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('Profile: data engineer')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box('Profile: data engineer')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Jane Doe</w:t></w:r></w:p>`;
    expect(wordXmlToLines(body(anchored)).lines).toEqual(['Profile: data engineer', 'Jane Doe']);
  });

  it('reads text boxes placed by offsets in one paragraph as a page: a row left to right, a word broken at a line end joined', () => {
    // In the file the right box of each row comes first and sits 2 points higher (LibreOffice's PDF import writes
    // boxes in the PDF's drawing order): read in file order, "Team leadership" came before the item left of it. The
    // left box is wider than its text and overlaps the right one: the two are still read as two columns, not one phrase.
    const xml = body(
      anchoring(
        floating(['Highlights'], 30, 0),
        floating(['Team leadership'], 300, 18),
        floating(['Use of anthropometric measurements'], 60, 20, { width: 260 }),
        floating(['Confident public speaker'], 300, 32),
        floating(['Effectively influences others'], 60, 34),
        floating(['Counselled 800 patients on their diets and on the manage-'], 30, 60, { width: 400 }),
        floating(['ment of chronic illness.'], 30, 73, { width: 400 }),
      ),
    );
    const lines = wordXmlToLines(xml).lines;
    expect(lines[0]).toBe('Highlights');
    expect(lines[1]?.split(/\s{2,}/)).toEqual(['Use of anthropometric measurements', 'Team leadership']);
    expect(lines[2]?.split(/\s{2,}/)).toEqual(['Effectively influences others', 'Confident public speaker']);
    expect(lines.slice(3)).toEqual([
      'Counselled 800 patients on their diets and on the management of chronic illness.',
    ]);
  });

  it('starts a new run of boxes where one starts well above the last (the next page), and keeps file order otherwise', () => {
    // LibreOffice anchors every page's boxes in the first paragraph, each page's offsets from the same corner.
    const pages = body(
      anchoring(
        floating(['Experience'], 30, 680),
        floating(['Engineer, Acme'], 30, 693),
        floating(['Education'], 30, 20),
        floating(['BSc, Leeds'], 30, 33),
      ),
    );
    expect(wordXmlToLines(pages).lines).toEqual(['Experience', 'Engineer, Acme', 'Education', 'BSc, Leeds']);
    // Placed by alignment, or from different frames: the offsets cannot be compared, the file's order stays.
    const aligned = body(
      anchoring(
        floating(['Right'], 0, 0, {
          position: '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>',
        }),
        floating(['Left'], 10, 0),
      ),
    );
    expect(wordXmlToLines(aligned).lines).toEqual(['Right', 'Left']);
    const frames = body(anchoring(floating(['Second'], 200, 0, { frame: 'page' }), floating(['First'], 10, 0)));
    expect(wordXmlToLines(frames).lines).toEqual(['Second', 'First']);
    // A box of several lines is a block (a sidebar beside the main text): file order, box by box, not row by row. The
    // paragraph's own text comes after its boxes.
    const blocks = body(
      `<w:p><w:r><w:t>Anchor text</w:t>${floating(['Sidebar one', 'Sidebar two'], 300, 0)}${floating(['Main'], 10, 0)}</w:r></w:p>`,
    );
    expect(wordXmlToLines(blocks).lines).toEqual(['Sidebar one', 'Sidebar two', 'Main', 'Anchor text']);
  });

  it('reads the shapes of a group (and of a group inside it) by where they sit in the group', () => {
    // Word's résumé templates draw sidebars and headers as groups of shapes (wpg:wgp), each shape placed by its a:off.
    const shape = (text: string, x: number, y: number) =>
      `<wps:wsp><wps:spPr><a:xfrm><a:off x="${x * POINT}" y="${y * POINT}"/><a:ext cx="${120 * POINT}" cy="${13 * POINT}"/></a:xfrm></wps:spPr><wps:txbx><w:txbxContent>${paragraph(text)}</w:txbxContent></wps:txbx></wps:wsp>`;
    const nested = `<wpg:grpSp><wpg:grpSpPr><a:xfrm><a:off x="0" y="${40 * POINT}"/><a:ext cx="${400 * POINT}" cy="${13 * POINT}"/><a:chOff x="0" y="0"/><a:chExt cx="${400 * POINT}" cy="${13 * POINT}"/></a:xfrm></wpg:grpSpPr>${shape('Berlin', 200, 0)}${shape('Lisbon', 0, 0)}</wpg:grpSp>`;
    const group = `<wpg:wgp><wpg:grpSpPr/>${shape('jane@example.com', 200, 0)}${nested}${shape('Jane Doe', 0, 0)}${shape('Engineer', 0, 20)}</wpg:wgp>`;
    const xml = body(
      `<w:p><w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH><wp:extent cx="0" cy="0"/><a:graphic><a:graphicData>${group}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r><w:r><w:t>Profile</w:t></w:r></w:p>`,
    );
    expect(wordXmlToLines(xml).lines).toEqual([
      'Jane Doe   jane@example.com',
      'Engineer',
      'Lisbon   Berlin',
      'Profile',
    ]);
  });

  it(`reads groups nested past ${MAX_GROUP_NESTING} deep as one, each of 100,000 lines once`, () => {
    // Each nested group's lines were copied into the group around it: 120 groups deep, 120 copies of every line.
    const inner = `<wps:wsp><wps:txbx><w:txbxContent>${paragraph('x').repeat(100_000)}</w:txbxContent></wps:txbx></wps:wsp>`;
    const xml = body(
      `<w:p><w:r><wpg:wgp>${'<wpg:grpSp>'.repeat(120)}${inner}${'</wpg:grpSp>'.repeat(120)}</wpg:wgp></w:r></w:p>`,
    );
    expect(wordXmlToLines(xml).lines).toHaveLength(100_000);
  });

  it(`keeps file order past ${MAX_LAID_OUT_BOXES} boxes in a paragraph, and lays out that many`, () => {
    // Every box on one row: the most a row can hold. Past the cap the boxes are read in file order, unsorted.
    const many = (count: number) =>
      body(anchoring(...Array.from({ length: count }, (_, index) => floating([`w${index}`], count - index, 0))));
    const laidOut = wordXmlToLines(many(MAX_LAID_OUT_BOXES)).lines;
    expect(laidOut).toHaveLength(1);
    expect(laidOut[0]?.startsWith(`w${MAX_LAID_OUT_BOXES - 1}   w${MAX_LAID_OUT_BOXES - 2}`)).toBe(true);
    const past = wordXmlToLines(many(MAX_LAID_OUT_BOXES + 1)).lines;
    expect(past).toHaveLength(MAX_LAID_OUT_BOXES + 1);
    expect(past[0]).toBe('w0');
    // Offsets that are not numbers, or too long to be EMU, leave the box unplaced: file order.
    const offsets = (horizontal: string, vertical: string) =>
      `<wp:positionH relativeFrom="column"><wp:posOffset>${horizontal}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>${vertical}</wp:posOffset></wp:positionV>`;
    for (const [horizontal, vertical] of [
      ['9'.repeat(10_000), '0'],
      ['0', '1e400'],
      ['twelve', '0'],
    ] as const) {
      const odd = body(
        anchoring(floating(['B'], 0, 0, { position: offsets(horizontal, vertical) }), floating(['A'], 0, 0)),
      );
      expect(wordXmlToLines(odd).lines).toEqual(['B', 'A']);
    }
  });

  it('marks list items from the numbering part: bullets, numbers per level, none for numId 0 and format none', () => {
    const numbering = readWordNumbering(
      '<w:numbering><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>',
    );
    const item = (text: string, numId: string, ilvl = '0') =>
      paragraph(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
    const xml = body(
      item('First', '5') +
        item('Detail', '5', '1') +
        item('Second', '5') +
        item('Bullet', '6') +
        item('Plain', '0') +
        item('Heading', '7') +
        item('Unknown list', '9'),
    );
    expect(wordXmlToLines(xml, numbering).lines).toEqual([
      '1. First',
      '1.a) Detail',
      '2. Second',
      '• Bullet',
      'Plain',
      'Heading',
      '• Unknown list',
    ]);
  });

  it('reads a crafted numbering part: starts and levels past what Word writes count as its nearest, markers stay short', () => {
    // A start of 1e9 wrote a million "M"s per item (38 million letters as lowerLetter), 1e15 and -30 and the levels -5
    // and 4294967295 were RangeErrors, and a level text of 10,000 "%1" made each marker 10,000 numbers.
    const list = (id: string, format: string, start: string, text = '%1.', ilvl = '0') =>
      `<w:abstractNum w:abstractNumId="${id}"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl></w:abstractNum><w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`;
    const numbering = readWordNumbering(
      `<w:numbering>${list('1', 'upperRoman', '1000000000')}${list('2', 'lowerLetter', '1e15')}${list('3', 'lowerLetter', '-30')}${list('4', 'decimal', '7', '%1.', '-5')}${list('5', 'decimal', '7', '%1.', '4294967295')}${list('6', 'decimal', '3', '%1'.repeat(5_000))}</w:numbering>`,
    );
    const item = (numId: string, ilvl = '0') =>
      paragraph('Item', `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
    const lines = wordXmlToLines(
      body(item('1') + item('1') + item('2') + item('3') + item('4', '-5') + item('5', '4294967295') + item('6')),
      numbering,
    ).lines;
    expect(lines.slice(0, 6)).toEqual([
      `${'M'.repeat(32)}DCCLXVII. Item`,
      `${'M'.repeat(32)}DCCLXVIII. Item`,
      // The 32,767th letter: "g" 1,261 times.
      `${'g'.repeat(Math.floor((MAX_LIST_START - 1) / 26) + 1)}. Item`,
      'a. Item',
      '7. Item',
      // Level 8 counts; its "%1" is level 0's number, which no item of that list has started.
      '1. Item',
    ]);
    expect(lines[6]).toBe(`${'3'.repeat(MAX_LEVEL_TEXT / 2)}${MAX_LEVEL_TEXT % 2 ? '%' : ''} Item`);
  });

  it('keeps tabs and breaks inside runs, drops tab stops, deleted text and empty paragraphs, and counts pictures', () => {
    const xml = body(
      '<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr><w:r><w:t>Engineer</w:t><w:tab/><w:t>2019</w:t><w:br/><w:t>Acme</w:t></w:r><w:del><w:r><w:delText>old</w:delText></w:r></w:del></w:p><w:p/>' +
        '<w:p><w:r><w:drawing><pic:pic/></w:drawing></w:r></w:p>',
    );
    expect(wordXmlToLines(xml)).toEqual({
      lines: ['Engineer\t2019', 'Acme'],
      imageCount: 1,
      noteReferences: [],
      notes: [],
    });
    expect(wordXmlToText(xml)).toBe('Engineer\t2019\nAcme');
  });

  it(`refuses elements nested deeper than ${MAX_WORD_XML_DEPTH} as too-large`, () => {
    const deep = `${'<w:sdt>'.repeat(MAX_WORD_XML_DEPTH + 1)}${'</w:sdt>'.repeat(MAX_WORD_XML_DEPTH + 1)}`;
    let caught: unknown;
    try {
      wordXmlToLines(deep);
    } catch (error) {
      caught = error;
    }
    expect(isResumeParseError(caught, 'too-large')).toBe(true);
  });

  it('reads a table cell of 200,000 paragraphs (its lines were spread into one push, which overflowed the stack)', () => {
    const text = wordXmlToText(body(`<w:tbl><w:tr><w:tc>${paragraph('x').repeat(200_000)}</w:tc></w:tr></w:tbl>`));
    expect(text.split('\n')).toHaveLength(200_000);
  });
});

describe('soft and non-breaking hyphens', () => {
  it('drops soft hyphens, written as w:softHyphen or as the character in w:t, and reads w:noBreakHyphen as a hyphen', () => {
    // Word shows a soft hyphen only where it breaks the word at a line end (when it hyphenates at all): the word is
    // whole. Some writers put U+00AD itself in w:t, which was read ('Data\u00ADbase'). The text box's own paragraph
    // is read once (its VML fallback skipped), with the same rules.
    const run = (content: string) => `<w:r>${content}</w:r>`;
    const text = (value: string) => `<w:t xml:space="preserve">${value}</w:t>`;
    const box =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp>' +
      `<wps:txbx><w:txbxContent><w:p>${run(`${text('Kuber')}<w:softHyphen/>${text('netes, pre')}`)}` +
      `${run(`<w:noBreakHyphen/>${text('sales')}`)}</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>` +
      '</a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' +
      `<w:p>${run(text('Kubernetes, pre-sales'))}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r>';
    expect(
      wordXmlToLines(
        body(
          `<w:p>${run(`${text('Able to co')}<w:noBreakHyphen/>${text('operate')}`)}</w:p>` +
            `<w:p>${run(`${text('Soft')}<w:softHyphen/>${text('ware Engi\u00adneer at Data\u00adbase Systems')}`)}</w:p>` +
            `<w:p>${box}</w:p>`,
        ),
      ).lines,
    ).toEqual(['Able to co-operate', 'Software Engineer at Database Systems', 'Kubernetes, pre-sales']);
  });

  it('withoutSoftHyphens removes every U+00AD and leaves other text as it is', () => {
    expect(withoutSoftHyphens('Soft\u00adware \u00ad\u00adEngi\u00adneer')).toBe('Software Engineer');
    expect(withoutSoftHyphens('co\u2011operate, well-managed')).toBe('co\u2011operate, well-managed');
  });
});
