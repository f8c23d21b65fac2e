// Hand-written OpenDocument XML for each construct the ODT reader handles, ODT archives built with the test ZIP writer,
// and hostile parts; ODT files written by LibreOffice are tested in libreoffice.test.ts.
import { describe, expect, it } from 'vitest';
import { MAX_WORD_XML_DEPTH } from '../docx/word-xml.js';
import { isResumeParseError } from '../parse/errors.js';
import { parseResumeFile, resumeFileToText, sniffResumeType } from '../parse/index.js';
import { writeTestZip } from '../testing/zip.js';
import { isOdtZip, ODT_MIMETYPE } from './is-odt.js';
import { readOdtText } from './odt-to-text.js';
import { MAX_ODT_SPACES, odfLengthToPoints, odtXmlToLines, readOdtListStyles } from './odt-xml.js';

const content = (body: string, styles = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="ta" xmlns:draw="d" xmlns:style="s"><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:name="Figure"/></text:sequence-decls>${body}</office:text></office:body></office:document-content>`;
const LIST_STYLES =
  '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/><text:list-level-style-bullet text:level="2" text:bullet-char="◦"/></text:list-style>' +
  '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/></text:list-style>';
const lines = (xml: string) => odtXmlToLines(xml, readOdtListStyles(xml)).body;

function odt(contentXml: string, stylesXml = '', mimetype = ODT_MIMETYPE): Uint8Array {
  return writeTestZip([
    { name: 'mimetype', content: mimetype, stored: true },
    { name: 'content.xml', content: contentXml },
    ...(stylesXml ? [{ name: 'styles.xml', content: stylesXml }] : []),
  ]);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isResumeParseError(error) ? error.code : String(error);
  }
}

describe('odtXmlToLines', () => {
  it('reads paragraphs and headings a line each, tabs, line breaks and counted spaces, the XML white space as one', () => {
    const xml = content(
      '<text:h text:outline-level="1">Jane   Example</text:h>\n  <text:p>Senior Engineer<text:line-break/>Acme\n   Corp<text:tab/>2019<text:s text:c="3"/>- 2021</text:p><text:p/>',
    );
    expect(lines(xml)).toEqual(['Jane Example', 'Senior Engineer', 'Acme Corp\t2019   - 2021']);
  });

  it('reads list items with their marker from the list styles, nested levels, numbering that continues', () => {
    const item = (text: string) => `<text:list-item><text:p>${text}</text:p></text:list-item>`;
    const xml = content(
      `<text:list text:style-name="L1">${item('Ran Airflow')}<text:list-item><text:p>Cut costs</text:p><text:list>${item('by a third')}</text:list></text:list-item></text:list>` +
        `<text:list text:style-name="L2">${item('Google')}<text:list-item><text:p>Databricks</text:p><text:list>${item('Spark')}${item('Delta')}</text:list></text:list-item></text:list>` +
        `<text:p>between</text:p><text:list text:style-name="L2" text:continue-numbering="true">${item('AWS')}</text:list>` +
        `<text:list text:style-name="L2"><text:list-item text:start-value="7"><text:p>Seventh</text:p></text:list-item></text:list>`,
      LIST_STYLES,
    );
    expect(lines(xml)).toEqual([
      '• Ran Airflow',
      '• Cut costs',
      '◦ by a third',
      '1. Google',
      '2. Databricks',
      '(a) Spark',
      '(b) Delta',
      'between',
      '3. AWS',
      '7. Seventh',
    ]);
  });

  it('reads a table of one-line cells a row a line, tab-separated, and a layout table cell by cell', () => {
    const row = (cells: string[]) =>
      `<table:table-row>${cells.map((cell) => `<table:table-cell>${cell}</table:table-cell>`).join('')}</table:table-row>`;
    const xml = content(
      `<table:table>${row(['<text:p>2020 – now</text:p>', '<text:p>Data Engineer</text:p>'])}${row(['<text:p>2016</text:p>', '<text:p/>'])}</table:table>` +
        `<table:table>${row(['<text:p>Skills</text:p><text:p>Python</text:p>', '<text:p>Summary</text:p>'])}</table:table>`,
    );
    expect(lines(xml)).toEqual(['2020 – now\tData Engineer', '2016', 'Skills', 'Python', 'Summary']);
  });

  it("reads a frame's text box once, before its paragraph's own text, and skips comments, changes and note marks", () => {
    const xml = content(
      '<text:p><draw:frame><draw:text-box><text:p>Skills: Python</text:p></draw:text-box><svg:title>Box</svg:title></draw:frame>Jane Example<office:annotation><text:p>check this</text:p></office:annotation></text:p>' +
        '<text:tracked-changes><text:changed-region><text:deletion><text:p>old text</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
        '<text:p>Led a team<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>of five</text:p></text:note-body></text:note>.</text:p>',
    );
    expect(lines(xml)).toEqual(['Skills: Python', 'Jane Example', 'of five', 'Led a team.']);
  });

  it('reads frames anchored to pages (a line each, as LibreOffice imports a PDF) page by page, each by where it sits', () => {
    // As LibreOffice writes them: one frame per line, in z-order (last drawn first), the two pages interleaved, a bullet
    // (an empty draw:path) between them; the right skill of a row sits a little higher than the left one.
    const frame = (page: number, x: string, y: string, text: string) =>
      `<draw:frame text:anchor-type="page" text:anchor-page-number="${page}" svg:width="2in" svg:height="0.1831in" svg:x="${x}" svg:y="${y}"><draw:text-box><text:p>${text}</text:p></draw:text-box></draw:frame>`;
    const xml = content(
      frame(2, '0.46in', '1.2in', 'Anna University, Chennai') +
        frame(1, '4in', '1.49in', 'Kubernetes') +
        frame(1, '0.46in', '1.5in', 'Python') +
        '<draw:path text:anchor-type="page" text:anchor-page-number="1" svg:x="0.3in" svg:y="1.5in" svg:width="0.04in" svg:height="0.04in"><text:p/></draw:path>' +
        frame(2, '0.46in', '1in', 'MCA, 2016') +
        frame(1, '0.46in', '1.2in', 'Skills') +
        frame(2, '0.46in', '0.5in', 'Education') +
        frame(1, '1.27cm', '36pt', 'Priya Raman') +
        '<text:p>Written with LibreOffice</text:p>',
    );
    expect(lines(xml).map((line) => line.split(/\s{2,}/))).toEqual([
      ['Priya Raman'],
      ['Skills'],
      ['Python', 'Kubernetes'],
      ['Education'],
      ['MCA, 2016'],
      ['Anna University, Chennai'],
      ['Written with LibreOffice'],
    ]);
  });

  it('reads frames of a line each anchored in one paragraph by where they sit, a frame of several lines as written', () => {
    const frame = (x: string, y: string, body: string) =>
      `<draw:frame text:anchor-type="paragraph" svg:width="1in" svg:height="0.2in" svg:x="${x}" svg:y="${y}"><draw:text-box>${body}</draw:text-box></draw:frame>`;
    const placed = content(
      `<text:p>${frame('3in', '0in', '<text:p>2019 – 2021</text:p>')}${frame('0in', '0in', '<text:p>Data Engineer</text:p>')}${frame('0in', '0.3in', '<text:p>Kaveri Analytics</text:p>')}Experience</text:p>`,
    );
    expect(lines(placed).map((line) => line.split(/\s{2,}/))).toEqual([
      ['Data Engineer', '2019 – 2021'],
      ['Kaveri Analytics'],
      ['Experience'],
    ]);
    // A frame of two paragraphs is a block (a sidebar): the frames in the order they were written.
    const block = content(
      `<text:p>${frame('3in', '0in', '<text:p>Python</text:p><text:p>SQL</text:p>')}${frame('0in', '0in', '<text:p>Data Engineer</text:p>')}</text:p>`,
    );
    expect(lines(block)).toEqual(['Python', 'SQL', 'Data Engineer']);
  });

  it('reads a length of each ODF unit in points and refuses anything else', () => {
    expect(odfLengthToPoints('1in')).toBe(72);
    expect(odfLengthToPoints('2.54cm')).toBeCloseTo(72);
    expect(odfLengthToPoints('-25.4mm')).toBeCloseTo(-72);
    expect(odfLengthToPoints('.5pt')).toBe(0.5);
    expect(odfLengthToPoints('2pc')).toBe(24);
    expect(odfLengthToPoints('4px')).toBe(3);
    for (const text of [undefined, '', '1', '1em', '1 in', 'in', '1.2.3cm', `${'9'.repeat(40)}in`, '1e400in'])
      expect(odfLengthToPoints(text)).toBeUndefined();
  });

  it("reads the master pages' headers and footers of styles.xml, each line once", () => {
    const styles =
      '<office:document-styles><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>jane@example.com | 555 0100</text:p></style:header><style:header-first><text:p>jane@example.com | 555 0100</text:p></style:header-first><style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>';
    expect(odtXmlToLines(styles).margins).toEqual(['jane@example.com | 555 0100', 'Page 1']);
    expect(odtXmlToLines(styles)).toMatchObject({
      header: ['jane@example.com | 555 0100'],
      footer: ['Page 1'],
      imageCount: 0,
    });
  });

  it('counts a frame of an SVG and its PNG replacement as one picture, a logo in a footer too', () => {
    const image = (href: string) => `<draw:image xlink:href="${href}"/>`;
    const styles = `<office:document-styles><office:master-styles><style:master-page><style:footer-left><text:p><draw:frame>${image('Pictures/logo.png')}</draw:frame>Page 2</text:p></style:footer-left></style:master-page></office:master-styles></office:document-styles>`;
    expect(odtXmlToLines(styles)).toMatchObject({ header: [], footer: ['Page 2'], imageCount: 1 });
    const body = content(
      `<text:p><draw:frame>${image('Pictures/photo.svg')}${image('Pictures/photo.png')}</draw:frame>Jane Doe</text:p><text:p>${image('Pictures/loose.png')}</text:p>`,
    );
    expect(odtXmlToLines(body).imageCount).toBe(2);
  });

  it(`refuses elements nested more than ${MAX_WORD_XML_DEPTH} deep as too-large, and caps a space count at ${MAX_ODT_SPACES}`, () => {
    const deep = content(`${'<text:span>'.repeat(MAX_WORD_XML_DEPTH)}x${'</text:span>'.repeat(MAX_WORD_XML_DEPTH)}`);
    let code = '';
    try {
      lines(deep);
    } catch (error) {
      code = isResumeParseError(error) ? error.code : String(error);
    }
    expect(code).toBe('too-large');
    expect(lines(content('<text:p>a<text:s text:c="1000000000"/>b</text:p>'))).toEqual([
      `a${' '.repeat(MAX_ODT_SPACES)}b`,
    ]);
  });

  it('stops as too-large once the text passes maxTextChars, counted spaces as the characters they stand for', () => {
    // 40,000 counted spaces of 256 are 0.9 MB of XML and 10 million characters: the reader held them all before.
    const spaces = content(`<text:p>${'<text:s text:c="256"/>'.repeat(40_000)}</text:p>`);
    const codeOf = (read: () => unknown) => {
      try {
        read();
        return 'read';
      } catch (error) {
        return isResumeParseError(error) ? error.code : String(error);
      }
    };
    expect(codeOf(() => odtXmlToLines(spaces, new Map(), 1_000_000))).toBe('too-large');
    expect(
      codeOf(() => odtXmlToLines(content(`<text:p>${'word '.repeat(300_000)}</text:p>`), new Map(), 1_000_000)),
    ).toBe('too-large');
    expect(odtXmlToLines(content('<text:p>Jane Example</text:p>'), new Map(), 12).body).toEqual(['Jane Example']);
  });
});

describe('readOdtText and the ODT type', () => {
  it('sniffs an ODT by the mimetype its first entry stores, reads it, and parses it in the worker', async () => {
    const bytes = odt(
      content(
        '<text:p>Jane Example</text:p><text:p>jane@example.com</text:p><text:h>Experience</text:h><text:p>Backend Engineer, Acme, 2019 - 2023</text:p>',
      ),
    );
    expect(isOdtZip(bytes)).toBe(true);
    expect(sniffResumeType(bytes)).toBe('odt');
    expect(await resumeFileToText(bytes)).toBe(
      'Jane Example\njane@example.com\nExperience\nBackend Engineer, Acme, 2019 - 2023',
    );
    const resume = await parseResumeFile(bytes, { timeoutMs: 30_000 });
    expect(resume.contact.email).toBe('jane@example.com');
    expect(resume.experience.map((entry) => entry.title)).toEqual(['Backend Engineer']);
  });

  it('refuses another OpenDocument (a spreadsheet) as unsupported-type, and an ODT without content.xml as corrupt', async () => {
    const spreadsheet = odt(content(''), '', 'application/vnd.oasis.opendocument.spreadsheet');
    expect(await codeOf(resumeFileToText(spreadsheet))).toBe('unsupported-type');
    const empty = writeTestZip([{ name: 'mimetype', content: ODT_MIMETYPE, stored: true }]);
    expect(await codeOf(readOdtText(empty))).toBe('corrupt');
  });

  it('refuses text over maxTextChars and a content.xml over the inflated-bytes cap as too-large', async () => {
    const long = odt(content(`<text:p>${'word '.repeat(10_000)}</text:p>`));
    expect(await codeOf(readOdtText(long, { maxTextChars: 1_000 }))).toBe('too-large');
    expect(await codeOf(readOdtText(long, { maxInflatedBytes: 10_000 }))).toBe('too-large');
  });
});
