// Hand-written HTML for each construct the résumé page reader handles and hostile pages; pages written by LibreOffice
// are tested in libreoffice.test.ts.
import { describe, expect, it } from 'vitest';
import { isResumeParseError } from '../parse/errors.js';
import { parseResumeFile, resumeFileToText, sniffResumeType } from '../parse/index.js';
import { HOSTILE_HTML } from './adversarial-inputs.js';
import { htmlToLines } from './html-to-text.js';
import { isHtml } from './is-html.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function codeOf(action: () => unknown): string {
  try {
    action();
    return 'returned';
  } catch (error) {
    return isResumeParseError(error) ? error.code : String(error);
  }
}

describe('isHtml', () => {
  it('tells a page by <!DOCTYPE html or <html, after a byte-order mark, white space, an XML declaration and comments', () => {
    expect(isHtml(bytes('<!DOCTYPE html><html><body>x</body></html>'))).toBe(true);
    expect(isHtml(bytes('\uFEFF\n  <HTML lang="en">'))).toBe(true);
    expect(
      isHtml(bytes('<?xml version="1.0"?>\n<!-- saved --><!DOCTYPE HTML PUBLIC "-//W3C//DTD XHTML 1.0//EN">')),
    ).toBe(true);
    expect(isHtml(bytes('Jane Example\n<html> is a tag I know'))).toBe(false);
    expect(isHtml(bytes('<htmlx>'))).toBe(false);
    expect(isHtml(bytes(`<!-- ${'<!-- '.repeat(1_000)}`))).toBe(false);
  });
});

describe('htmlToLines', () => {
  it('reads a line per block, the source wrapped lines as one, and drops the head, scripts and styles', () => {
    const html = `<!DOCTYPE html><html><head><title>CV of Jane</title><style>p { color: red }</style></head><body>
      <header><h1>Jane   Example</h1></header><script>alert("x")</script>
      <section><h2>Experience</h2><p>Senior Engineer at Acme Corp,
      Springfield &amp; remote&nbsp;(2019 &ndash; 2021)</p><div>Led<br>a team</div></section></body></html>`;
    expect(htmlToLines(html)).toEqual([
      'Jane Example',
      'Experience',
      'Senior Engineer at Acme Corp, Springfield & remote (2019 – 2021)',
      'Led',
      'a team',
    ]);
  });

  it('marks list items, a paragraph inside an item too, and counts ordered lists from their start', () => {
    const html =
      '<ul><li>Ran Airflow</li><li><p>Cut costs</p><ul><li>by a third</li></ul></li></ul><ol start="3"><li>AWS</li><li>GCP</li></ol>';
    expect(htmlToLines(html)).toEqual(['• Ran Airflow', '• Cut costs', '• by a third', '3. AWS', '4. GCP']);
  });

  it('reads a table of one-line cells a row a line, tab-separated, a layout table cell by cell, <pre> as it is', () => {
    const html =
      '<table><tr><td><p>2020 – now</p></td><td>Data Engineer</td></tr><tr><th>2016</th><td></td></tr></table>' +
      '<table><tr><td><p>Skills</p><p>Python</p></td><td>Summary</td></tr></table><pre>Go    Rust\nC</pre>';
    expect(htmlToLines(html)).toEqual([
      '2020 – now\tData Engineer',
      '2016',
      'Skills',
      'Python',
      'Summary',
      'Go    Rust',
      'C',
    ]);
  });

  it('reads a page saved by Word: conditional comments, Office tags and list bullets it writes as text', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Jane</o:Author></o:DocumentProperties></xml><![endif]--></head>
<body lang=EN-US><div class=WordSection1><p class=MsoNormal><b>Jane Example<o:p></o:p></b></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>Built Go services<o:p></o:p></p></div></body></html>`;
    expect(htmlToLines(html)).toEqual(['Jane Example', '· Built Go services']);
  });

  it("keeps a floated box, Word's tab and flex or grid items apart from the text beside them with a tab", () => {
    expect(
      htmlToLines(
        '<p><b>Data Engineer</b><span style="float:right">Jan 2019 – Dec 2021</span></p>' +
          '<div><span style="FLOAT: left">Acme Corp</span>Remote</div>' +
          '<p>Analyst <span style="float: right ">2016</span> </p>' +
          "<p class=MsoNormal>Intern<span style='mso-tab-count:3'>&nbsp;&nbsp;&nbsp; </span>2015</p>" +
          '<div style="display: flex; justify-content: space-between"><span>Lead</span><span><i>2022</i> – now</span></div>' +
          '<div style="display:grid"><div><b>Go</b></div></div><p>a<span style="float:none">b</span></p>',
      ),
    ).toEqual([
      'Data Engineer\tJan 2019 – Dec 2021',
      'Acme Corp\tRemote',
      'Analyst\t2016',
      'Intern\t2015',
      'Lead\t2022 – now',
      'Go',
      'ab',
    ]);
    // Gaps in a floated box's own text, nested flex containers past 16, a float at a line's start: no stray tabs.
    expect(htmlToLines('<p><span style="float:right">2019</span>Engineer</p>')).toEqual(['2019\tEngineer']);
    expect(htmlToLines(`${'<div style="display:flex">'.repeat(40)}<span>a</span><span>b</span>`)).toEqual(['a\tb']);
  });

  it('keeps boxes placed with position:absolute or set inline-block apart from the text beside them with a tab', () => {
    // Hand-written as page builders write a title and its dates side by side; position:relative and inline stay inline.
    expect(
      htmlToLines(
        '<p><span style="position: absolute; left: 0">Data Engineer</span><span style="position:absolute;right:0">Jan 2019</span></p>' +
          '<div><span style="display:inline-block;width:70%">Acme Corp</span><span style="DISPLAY: inline-block">Remote</span></div>' +
          '<p><span style="position:relative">Lead</span><span style="display:inline">2022</span></p>',
      ),
    ).toEqual(['Data Engineer\tJan 2019', 'Acme Corp\tRemote', 'Lead2022']);
  });

  it('reads an inline-block with white space beside it in a sentence as a word; touching the text or a box, apart', () => {
    // Review of d85df68e: white space between an inline-block and the running text beside it, outside or inside the
    // box, is a space as a browser shows it (a tab is a column's gap to the parser); touching the text, or beside
    // another box (skills as pills, with or without spaces between), a tab. Floats beside text with a space stay apart.
    expect(
      htmlToLines(
        '<p>Managed a <span style="display:inline-block">$2M</span> budget</p>' +
          '<p>Cut costs by<span style="display: inline-block"> 30% </span>in a year</p>' +
          '<p>Led&nbsp;<span style="display:inline-table">12</span>\n engineers</p>' +
          '<p>Data Engineer<span style="display:inline-block">Jan 2019</span></p>' +
          '<p><span style="display:inline-block">Python</span><span style="display:inline-block">SQL</span></p>' +
          '<p><span style="display:inline-block">Go</span>\n  <span style="display:inline-block">AWS</span> </p>' +
          '<p>Skills: <span style="display:inline-block">Rust</span></p>' +
          '<p>Analyst <span style="display:inline-block;float:right">2016</span></p>',
      ),
    ).toEqual([
      'Managed a $2M budget',
      'Cut costs by 30% in a year',
      'Led 12 engineers',
      'Data Engineer\tJan 2019',
      'Python\tSQL',
      'Go\tAWS',
      'Skills: Rust',
      'Analyst\t2016',
    ]);
  });

  it('reads a float or inline-block of one letter followed by letters as a drop cap, with its word', () => {
    // Review of ba833a32 / d85df68e: '<span style="float:left">J</span>ohn Smith' read 'J\tohn Smith'. A space after the
    // letter, a placed box or a longer box stays apart.
    expect(
      htmlToLines(
        '<p><span style="float:left;font-size:3em">J</span>ohn Smith</p>' +
          '<p><span style="display:inline-block"><b>A</b></span>nna Lee</p>' +
          '<p><span style="float:left">A</span> team</p><p><span style="position:fixed">X</span>ray</p>' +
          '<p><span style="float:left">Jo</span>hn</p><p>Intro<span style="float:left">J</span>ohn</p>',
      ),
    ).toEqual(['John Smith', 'Anna Lee', 'A\tteam', 'X\tray', 'Jo\thn', 'Intro\tJohn']);
  });

  it('reads a one-letter box placed with position:absolute before letters as a drop cap, with its word', async () => {
    // Item 4 of helper 271: f5f79476 read floated and inline-block drop caps whole but kept an absolutely placed one
    // apart, so '<h1><span style="position:absolute">J</span>ane Doe</h1>' read 'J\tane Doe' and no name. Still apart:
    // a space after the letter, two letters, a fixed box, and a placed date after a title.
    expect(
      htmlToLines(
        '<h1><span style="position:absolute;left:0;font-size:3em">J</span>ane Doe</h1>' +
          '<p><span style="position: absolute; top: 0">W</span><span style="margin-left:2em">orked</span> at Acme</p>' +
          '<p><span style="position:absolute">A</span> team</p><p><span style="position:absolute">Jo</span>hn</p>' +
          '<p>Analyst <span style="position:absolute;right:0">2016</span></p>',
      ),
    ).toEqual(['Jane Doe', 'Worked at Acme', 'A\tteam', 'Jo\thn', 'Analyst\t2016']);
    const page = bytes(
      '<!DOCTYPE html><html><body><h1><span style="position:absolute;font-size:40px">J</span>ane Doe</h1>' +
        '<h2>Experience</h2><p>Data Engineer, Acme, 2019 - 2023</p></body></html>',
    );
    expect((await parseResumeFile(page, { timeoutMs: 30_000 })).contact.name).toBe('Jane Doe');
  });

  it('counts a drop cap in letters as shown: an astral letter or a letter and its accent is one letter', () => {
    // Round 28 (helper 275): the box's letters were counted in UTF-16 units, so '\u{1d40e}' (two) and 'e\u0301' (a letter
    // and a combining mark) were not one letter and read apart ('\u{1d40e}\trked'), in a placed box, a float or an
    // inline-block alike. Two letters shown and a symbol stay apart.
    for (const box of ['position:absolute', 'float:left', 'display:inline-block']) {
      const cap = (letters: string, rest: string) => `<p><span style="${box}">${letters}</span>${rest}</p>`;
      expect(
        htmlToLines(
          cap('\u{1d40e}', 'rked') +
            cap('e\u0301', 'cole') +
            cap('\u05e9', '\u05dc\u05d5\u05dd') +
            cap('\u{1d40e}\u{1d40e}', 'rked') +
            cap('e\u0301e', 'cole') +
            cap('\u{1f600}', 'rked'),
        ),
      ).toEqual([
        '\u{1d40e}rked',
        'e\u0301cole',
        '\u05e9\u05dc\u05d5\u05dd',
        '\u{1d40e}\u{1d40e}\trked',
        'e\u0301e\tcole',
        '\u{1f600}\trked',
      ]);
    }
  });

  it('reads every hostile page, or refuses it with a typed error, and refuses text past maxTextChars as too-large', () => {
    for (const [, make] of HOSTILE_HTML) {
      const code = codeOf(() => htmlToLines(make(40_000)));
      expect(['returned', 'too-large']).toContain(code);
    }
    expect(codeOf(() => htmlToLines(`<p>${'word '.repeat(1_000)}</p>`, { maxTextChars: 100 }))).toBe('too-large');
    // A million unclosed <div> and <ul>: the parser forgets the outermost, the lists past 16 take the innermost marker.
    expect(htmlToLines(`${'<div>'.repeat(100_000)}deep`)).toEqual(['deep']);
    expect(htmlToLines(`${'<ul>'.repeat(100_000)}<li>item`)).toEqual(['• item']);
  });
});

describe('the HTML type', () => {
  it('is sniffed as HTML, not text, read without its tags and parsed in the worker', async () => {
    const page = bytes(
      '<!DOCTYPE html><html><head><title>Resume</title></head><body><h1>Jane Doe</h1><p>jane@example.com</p><h2>Experience</h2><p>Backend Engineer, Acme, 2019 - 2023</p></body></html>',
    );
    expect(sniffResumeType(page)).toBe('html');
    expect(await resumeFileToText(page)).toBe(
      'Jane Doe\njane@example.com\nExperience\nBackend Engineer, Acme, 2019 - 2023',
    );
    const resume = await parseResumeFile(page, { timeoutMs: 30_000 });
    expect(resume.contact.name).toBe('Jane Doe');
    expect(resume.experience.map((entry) => entry.title)).toEqual(['Backend Engineer']);
  });

  it('reads a job title and its dates floated right of it apart', async () => {
    const page = bytes(
      '<!DOCTYPE html><html><body><h1>Jane Doe</h1><h2>Experience</h2><p><b>Data Engineer</b><span style="float:right">Jan 2019 – Dec 2021</span></p><p>Acme Corp</p></body></html>',
    );
    const resume = await parseResumeFile(page, { timeoutMs: 30_000 });
    const month = (date: Date | null | undefined) => date?.toISOString().slice(0, 7);
    expect(resume.experience.map((entry) => [entry.title, month(entry.start), month(entry.end)])).toEqual([
      ['Data Engineer', '2019-01', '2021-12'],
    ]);
  });

  it('reads a name with a drop cap whole and lists skills written as inline-block pills apart, spaced or not', async () => {
    const pill = (skill: string) => `<span class="pill" style="display:inline-block;padding:2px 8px">${skill}</span>`;
    for (const between of ['', ' ', '\n      ']) {
      const page = bytes(
        '<!DOCTYPE html><html><body><h1><span style="float:left;font-size:3em">J</span>ane Doe</h1>' +
          `<h2>Skills</h2><div>${['Python', 'SQL', 'Docker'].map(pill).join(between)}</div>` +
          '<h2>Experience</h2><p>Data Engineer, Acme, 2019 - 2023</p></body></html>',
      );
      const resume = await parseResumeFile(page, { timeoutMs: 30_000 });
      expect(resume.contact.name).toBe('Jane Doe');
      expect(resume.skills).toEqual(['Python', 'SQL', 'Docker']);
      expect(resume.experience.map((entry) => entry.title)).toEqual(['Data Engineer']);
    }
  });
});
