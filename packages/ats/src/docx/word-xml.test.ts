// WordprocessingML hand-written in the shapes Word and LibreOffice write (tables, text boxes with their VML fallback,
// numbering definitions); DOCX files made by LibreOffice itself are read in libreoffice.test.ts.
import { describe, expect, it } from 'vitest';
import { isResumeParseError } from '../parse/index.js';
import {
  MAX_LEVEL_TEXT,
  MAX_LIST_START,
  MAX_WORD_XML_DEPTH,
  readWordNumbering,
  wordXmlToLines,
  wordXmlToText,
} from './word-xml.js';

const paragraph = (text: string, properties = '') =>
  `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr/>${paragraphs.map((text) => paragraph(text)).join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const body = (content: string) => `<w:document><w:body>${content}</w:body></w:document>`;

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
    expect(wordXmlToLines(xml)).toEqual({ lines: ['Engineer\t2019', 'Acme'], imageCount: 1 });
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
