// Hand-written RTF for each construct the reader handles and for hostile files; RTF written by LibreOffice is tested in
// libreoffice.test.ts.
import { describe, expect, it } from 'vitest';
import { isResumeParseError, type ResumeParseError } from '../parse/errors.js';
import { isRtf } from './is-rtf.js';
import { MAX_RTF_DEPTH, rtfToLines, rtfToText } from './rtf-to-text.js';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const read = (text: string) => rtfToText(bytes(text));
const HEADER = '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue0;}';

function thrown(action: () => unknown): ResumeParseError {
  try {
    action();
  } catch (error) {
    if (isResumeParseError(error)) return error;
    throw error;
  }
  throw new Error('expected a ResumeParseError');
}

describe('isRtf', () => {
  it('tells RTF by {\\rtf at the start, after a byte-order mark and white space', () => {
    expect(isRtf(bytes('{\\rtf1\\ansi hello}'))).toBe(true);
    expect(isRtf(bytes('\xef\xbb\xbf \r\n{\\rtf1 x}'))).toBe(true);
    expect(isRtf(bytes('Dear {\\rtf1 x}'))).toBe(false);
    expect(isRtf(bytes('{\\rt'))).toBe(false);
    expect(read('\xef\xbb\xbf\r\n{\\rtf1 Jane}')).toBe('Jane');
  });
});

describe('rtfToText', () => {
  it("drops soft hyphens, written as \\- or as the character (\\'ad, \\u173), and reads \\_ as a hyphen", () => {
    // \- was dropped and \_ read as '-' before; a soft hyphen as a character was kept ('Soft\u00adware').
    expect(read(`${HEADER}\\f0 Soft\\'adware Engi\\-neer\\par Data\\u173?base co\\_operate\\par}`).split('\n')).toEqual(
      ['Software Engineer', 'Database co-operate'],
    );
  });

  it('reads paragraphs, line breaks and tabs, and skips the font, colour and style tables and the properties', () => {
    const rtf =
      `${HEADER}{\\stylesheet{\\s0 Normal;}}{\\info{\\title My CV}{\\author Jane}}` +
      '\\pard\\plain\\f0\\fs24 Jane Example\\par\nSenior Engineer\\line Acme Corp\\tab 2019 - 2021\\par}';
    expect(read(rtf).split('\n')).toEqual(['Jane Example', 'Senior Engineer', 'Acme Corp\t2019 - 2021']);
  });

  it("reads \\'hh bytes in the document's code page: Windows-1252 by default, \\ansicpg1251 as Cyrillic", () => {
    expect(read(`${HEADER}Caf\\'e9 \\'93quoted\\'94 \\'80 5\\par}`)).toBe('Café “quoted” € 5');
    expect(read("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}")).toBe('Привет');
    // Raw bytes past ASCII are read in the code page too.
    expect(rtfToText(new Uint8Array([...bytes('{\\rtf1\\ansi Caf'), 0xe9, ...bytes('\\par}')]))).toBe('Café');
  });

  it("reads \\'hh bytes in the code page of their font's charset, and Word's Symbol-font bullets as bullets", () => {
    const fonts =
      '{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset204 Times New Roman Cyr;}{\\f2\\fcharset238 Arial CE;}{\\f3\\fcharset2 Symbol;}}';
    const rtf = `{\\rtf1\\ansi\\ansicpg1252\\deff0${fonts}{\\listtext\\f3 \\'b7\\tab}\\f1 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2 {\\f2 \\'b3\\'f3\\'ea} \\plain Caf\\'e9\\par}`;
    expect(read(rtf)).toBe('• Привет łóę Café');
  });

  it('reads \\uN characters and skips their \\ucN fallback, a negative N as a 16-bit unit, a pair as one character', () => {
    expect(read(`${HEADER}\\u8211\\'96 and \\u-3913?\\par}`)).toBe('\u2013 and \uf0b7');
    expect(read(`${HEADER}\\uc2\\u1055\\'cf\\'cf\\u1088??\\par}`)).toBe('Пр');
    expect(read(`${HEADER}\\uc0\\u233 t\\u233\\par}`)).toBe('été');
    expect(read(`${HEADER}{\\uc2 \\u233 ab}c\\u233 d\\par}`)).toBe('écé');
    expect(read(`${HEADER}\\u-10179?\\u-8704?\\par}`)).toBe('😀');
    // A lone half of a pair is dropped, not kept as a broken character.
    expect(read(`${HEADER}a\\u-10179?b\\par}`)).toBe('ab');
  });

  it('reads escaped braces and backslashes, non-breaking spaces and hyphens, and drops optional hyphens', () => {
    expect(read(`${HEADER}C\\{\\} \\\\ path\\par 10\\~km e\\_mail opti\\-mal\\par}`).split('\n')).toEqual([
      'C{} \\ path',
      '10 km e-mail optimal',
    ]);
  });

  it('reads named characters: dashes, quotes and bullets', () => {
    expect(
      read(`${HEADER}\\bullet  Led\\endash ran\\emdash won \\lquote a\\rquote  \\ldblquote b\\rdblquote\\par}`),
    ).toBe('• Led–ran—won ‘a’ “b”');
  });

  it('reads a table row by row, its cells tab-separated', () => {
    const row = (cells: string[]) =>
      `\\trowd\\cellx3000\\cellx6000${cells.map((cell) => `\\pard\\intbl ${cell}\\cell`).join('')}\\row`;
    const rtf = `${HEADER}${row(['Mar 2020 - Present', 'Data Engineer'])}${row(['2014 - 2016', 'MCA'])}\\pard\\par}`;
    expect(read(rtf).split('\n')).toEqual(['Mar 2020 - Present\tData Engineer', '2014 - 2016\tMCA']);
  });

  it('reads list markers with a space, not a tab', () => {
    const item = (text: string) => `{\\listtext\\pard\\plain \\u8226\\'95\\tab}\\ls1 ${text}\\par`;
    expect(read(`${HEADER}${item('Ran Airflow')}${item('Cut costs')}}`).split('\n')).toEqual([
      '• Ran Airflow',
      '• Cut costs',
    ]);
  });

  it('reads page headers and footers first, each line once, and skips starred destinations, pictures and field codes', () => {
    const rtf =
      `${HEADER}{\\headerl\\pard jane@example.com | 555 0100\\par}{\\headerr\\pard jane@example.com | 555 0100\\par}` +
      '{\\footer\\pard Page 1\\par}{\\*\\generator Riched20;}{\\*\\bkmkstart top}' +
      '{\\pict\\pngblip\\picw10 89504e470d0a1a0a}{\\*\\shppict{\\pict\\jpegblip ffd8ff}}' +
      '\\pard Jane Example\\par {\\field{\\*\\fldinst HYPERLINK "https://example.com"}{\\fldrslt example.com}}\\par}';
    expect(rtfToLines(bytes(rtf))).toEqual({
      margins: ['jane@example.com | 555 0100', 'Page 1'],
      header: ['jane@example.com | 555 0100'],
      footer: ['Page 1'],
      imageCount: 2,
      body: ['Jane Example', 'example.com'],
    });
  });

  it("tells headers from footers (headers first), counts a picture's \\nonshppict copy once, caps all the text together", () => {
    const rtf =
      `${HEADER}{\\footerf\\pard Page 1\\par}{\\headerf\\pard Jane Example | jane@example.com\\par}` +
      '{\\*\\shppict{\\pict\\pngblip 89504e47}}{\\nonshppict{\\pict\\wmetafile8 0100}}\\pard Data Engineer\\par}';
    const read = rtfToLines(bytes(rtf));
    expect(read).toMatchObject({
      header: ['Jane Example | jane@example.com'],
      footer: ['Page 1'],
      margins: ['Jane Example | jane@example.com', 'Page 1'],
      imageCount: 1,
      body: ['Data Engineer'],
    });
    // 6 + 31 + 13 characters (with the line ends each margin starts with): under 60 together, past 45.
    expect(() => rtfToLines(bytes(rtf), { maxTextChars: 60 })).not.toThrow();
    expect(() => rtfToLines(bytes(rtf), { maxTextChars: 45 })).toThrow(/more than 45 characters/);
  });

  it("reads a shape's text box once: its instructions' \\shptxt, not the drawn fallback", () => {
    const rtf =
      `${HEADER}{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt\\pard Skills: Python\\par}}` +
      '{\\shprslt{\\*\\do\\dobxcolumn{\\dptxbx{\\dptxbxtext\\pard Skills: Python\\par}}}}}\\pard Body\\par}';
    expect(read(rtf).split('\n')).toEqual(['Skills: Python', 'Body']);
  });

  it('reads shapes of a line each by where they sit (a row on one line, the pages one after the other), as LibreOffice imports a PDF', () => {
    // A shape per line in a field's result, as LibreOffice writes them; the right skill of a row comes first and sits a
    // little higher; a bullet (a shape with no text) between; page 2's tops count from its own top again.
    const shape = (left: number, top: number, text: string) =>
      `{\\field{\\*\\fldinst SHAPE }{\\fldrslt{\\shp{\\*\\shpinst\\shpleft${left}\\shptop${top}\\shpright${left + 2000}\\shpbottom${top + 262}\\shpbxignore\\shpbyignore{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt \\ltrpar ${text}\\par}}}}}`;
    const rtf =
      `${HEADER}\\pard ` +
      shape(666, 547, 'Priya Raman') +
      shape(666, 787, 'Skills') +
      shape(4086, 1020, 'Kubernetes') +
      shape(666, 1027, 'Python') +
      '{\\shp{\\*\\shpinst\\shpleft500\\shptop1100\\shpright560\\shpbottom1160{\\sp{\\sn shapeType}{\\sv 0}}}}' +
      shape(4086, 15_260, 'Terraform') +
      shape(666, 15_267, 'PostgreSQL') +
      shape(666, 547, 'Education') +
      shape(666, 787, 'MCA, Anna University, 2016') +
      '\\par\\pard Written with LibreOffice\\par}';
    expect(read(rtf).split('\n')).toEqual([
      'Priya Raman',
      'Skills',
      'Python   Kubernetes',
      'PostgreSQL   Terraform',
      'Education',
      'MCA, Anna University, 2016',
      'Written with LibreOffice',
    ]);
    // Shapes of several lines each (a sidebar, a profile) are read as written, each before the text that follows.
    const blocks =
      `${HEADER}\\pard Profile\\par ${shape(4086, 500, 'Python\\par SQL')}${shape(666, 500, 'Data Engineer\\par Kaveri')}` +
      '\\pard Experience\\par}';
    expect(read(blocks).split('\n')).toEqual(['Profile', 'Python', 'SQL', 'Data Engineer', 'Kaveri', 'Experience']);
  });

  it("counts a shape's text once against maxTextChars, and reads a shape the file leaves open", () => {
    const text = 'x'.repeat(40);
    const shapes = `${HEADER}{\\shp{\\*\\shpinst\\shpleft0\\shptop0{\\shptxt ${text}\\par}}}{\\shp{\\*\\shpinst\\shpleft0\\shptop400{\\shptxt ${text}\\par}}}\\par}`;
    expect(() => rtfToLines(bytes(shapes), { maxTextChars: 90 })).not.toThrow();
    expect(() => rtfToLines(bytes(shapes), { maxTextChars: 70 })).toThrow(/more than 70 characters/);
    expect(read(`${HEADER}\\pard Jane\\par{\\shp{\\*\\shpinst{\\shptxt Data Engineer`).split('\n')).toEqual([
      'Jane',
      'Data Engineer',
    ]);
  });

  it('skips the bytes of \\binN whatever they hold, and ignores what follows the closing brace', () => {
    const rtf = `${HEADER}{\\pict\\bin6 }{\\}\\x}Jane\\par} trailing junk {\\b bold}`;
    expect(read(rtf)).toBe('Jane');
  });

  it('refuses a file that is not RTF, a control word past 32 letters and a \\bin past the end as corrupt', () => {
    expect(thrown(() => read('plain text')).code).toBe('corrupt');
    expect(thrown(() => read(`${HEADER}\\${'a'.repeat(40)} x}`)).code).toBe('corrupt');
    expect(thrown(() => read(`${HEADER}{\\pict\\bin2000000000 abc}}`)).code).toBe('corrupt');
  });

  it(`refuses groups nested more than ${MAX_RTF_DEPTH} deep as too-large, and reads one at the limit`, () => {
    const nested = (depth: number) => `{\\rtf1${'{'.repeat(depth - 1)}deep${'}'.repeat(depth)}`;
    expect(read(nested(MAX_RTF_DEPTH))).toBe('deep');
    const error = thrown(() => read(nested(MAX_RTF_DEPTH + 1)));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(`${MAX_RTF_DEPTH} deep`);
    // A million opening braces fail at the cap, never the stack.
    expect(thrown(() => read(`{\\rtf1${'{'.repeat(1_000_000)}`)).code).toBe('too-large');
  });

  it('reads a file whose groups never close (a cut file) up to its end', () => {
    expect(read(`${HEADER}{\\b Jane Example\\par{\\i Engineer`).split('\n')).toEqual(['Jane Example', 'Engineer']);
    // Sibling groups that open and close a million times: each ends where it closes.
    expect(read(`{\\rtf1 ${'{}'.repeat(1_000_000)}ok}`)).toBe('ok');
  });

  it('reads a storm of \\uN characters and of fallback skips to the text cap, and refuses more as too-large', () => {
    const storm = `{\\rtf1\\uc1${'\\u233?'.repeat(200_000)}}`;
    expect(rtfToText(bytes(storm))).toBe('é'.repeat(200_000));
    expect(thrown(() => rtfToText(bytes(storm), { maxTextChars: 100_000 })).code).toBe('too-large');
    // \uc8 then \u with nothing after: every skip ends at the group's end.
    expect(read(`{\\rtf1${'{\\uc8\\u233}'.repeat(100_000)}}`)).toBe('é'.repeat(100_000));
  });

  it('refuses plain text past maxTextChars as too-large', () => {
    const rtf = `{\\rtf1 ${'word '.repeat(50_000)}}`;
    expect(thrown(() => rtfToText(bytes(rtf), { maxTextChars: 1_000 })).code).toBe('too-large');
  });
});
