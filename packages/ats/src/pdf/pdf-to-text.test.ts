import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isResumeParseError, parseResumeFile, ResumeParseError } from '../parse/index.js';
import {
  findGutter,
  joinHyphenatedLines,
  layoutPage,
  pdfToText,
  type PdfTextItem,
  producerHyphenates,
} from './index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const labelled = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../parse/fixtures/labelled/${name}`, import.meta.url)));
const item = (str: string, x: number, y: number, width = str.length * 5): PdfTextItem => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width,
  height: 10,
});

describe('layoutPage', () => {
  it('orders lines top to bottom and items left to right, keeping tab gaps visible', () => {
    const text = layoutPage([item('Present', 400, 700), item('Engineer — Acme', 50, 700), item('Jane Doe', 50, 740)]);
    expect(text).toBe('Jane Doe\nEngineer — Acme   Present');
    expect(findGutter([item('a', 50, 700)])).toBeUndefined();
  });

  it('reads a two-column page left column first, below a heading that spans both', () => {
    const items: PdfTextItem[] = [item('JANE DOE — SENIOR DATA ENGINEER AND ANALYST', 50, 760, 500)];
    for (let row = 0; row < 8; row++) {
      items.push(item(`left line ${row} about skills`, 50, 700 - row * 14, 150));
      items.push(item(`right line ${row} about experience at work`, 320, 700 - row * 14, 220));
    }
    expect(findGutter(items)).toBeGreaterThan(195);
    expect(findGutter(items)).toBeLessThan(320);
    const lines = layoutPage(items).split('\n').filter(Boolean);
    expect(lines[0]).toBe('JANE DOE — SENIOR DATA ENGINEER AND ANALYST');
    expect(lines.slice(1, 9)).toEqual(Array.from({ length: 8 }, (_, row) => `left line ${row} about skills`));
    expect(lines[9]).toBe('right line 0 about experience at work');
  });

  it("puts the gutter no further right than the right column's edge where left boxes reach past it", () => {
    // LibreOffice's PDF import as the DOCX and RTF readers lay it out: boxes as wide as their text in a substituted
    // font, two of the left column's reaching 4 points past the right column's edge (310). The gutter was the middle of
    // the overlap (312), right of that edge, and the right column was read as part of the left, row by row.
    const items: PdfTextItem[] = [];
    for (let row = 0; row < 8; row++) {
      items.push(item(`left line ${row} of the jobs`, 50, 700 - row * 14, row % 4 === 1 ? 264 : 150));
      items.push(item(`right line ${row}`, 310, 703 - row * 14, 120));
    }
    expect(findGutter(items)).toBeLessThanOrEqual(310);
    const lines = layoutPage(items).split('\n').filter(Boolean);
    expect(lines).toEqual([
      ...Array.from({ length: 8 }, (_, row) => `left line ${row} of the jobs`),
      ...Array.from({ length: 8 }, (_, row) => `right line ${row}`),
    ]);
  });

  it('reads a paragraph across the page whole where it stands, around a two-column table read column by column', () => {
    const items: PdfTextItem[] = [item('DIRECTOR OF FINANCE', 50, 780, 120), item('Executive Profile', 50, 766, 100)];
    // Full-width lines; the first has a second run that starts right of the table's gutter, the last is short.
    items.push(item('I am a finance leader who works closely with the executive team', 50, 752, 320));
    items.push(item('in removing obstacles.', 380, 752, 110));
    items.push(item('Early in my career I learned the value of looking beyond the numbers', 50, 738, 340));
    items.push(item('and of building dynamic reporting tools', 50, 724, 330));
    items.push(item('for the team.', 50, 710, 60));
    for (let row = 0; row < 26; row++) {
      items.push(item(`Tool number ${row}`, 50, 690 - row * 14, 90));
      if (row < 20) items.push(item(`Strength number ${row}`, 320, 690 - row * 14, 110));
    }
    // Below the table: a short heading, then a paragraph across the page again.
    items.push(item('Professional Experience', 50, 310, 120));
    items.push(item('Cross has a long tradition of crafting fine writing instruments; a private', 50, 296, 360));
    items.push(item('equity firm brought me on board to create a dynamic finance function.', 50, 282, 350));
    expect(findGutter(items)).toBeGreaterThan(140);
    const text = layoutPage(items);
    expect(text).toContain(
      'I am a finance leader who works closely with the executive team in removing obstacles.\n' +
        'Early in my career I learned the value of looking beyond the numbers\n' +
        'and of building dynamic reporting tools\nfor the team.\n',
    );
    const lines = text.split('\n').filter(Boolean);
    expect(lines.slice(0, 6)).toEqual([
      'DIRECTOR OF FINANCE',
      'Executive Profile',
      'I am a finance leader who works closely with the executive team in removing obstacles.',
      'Early in my career I learned the value of looking beyond the numbers',
      'and of building dynamic reporting tools',
      'for the team.',
    ]);
    expect(lines.slice(6, 26)).toEqual(Array.from({ length: 20 }, (_, row) => `Tool number ${row}`));
    expect(lines.slice(26, 46)).toEqual(Array.from({ length: 20 }, (_, row) => `Strength number ${row}`));
    // The left column's tail and the heading below the table come after the right column, before the paragraph.
    expect(lines.slice(46)).toEqual([
      ...Array.from({ length: 6 }, (_, row) => `Tool number ${row + 20}`),
      'Professional Experience',
      'Cross has a long tradition of crafting fine writing instruments; a private',
      'equity firm brought me on board to create a dynamic finance function.',
    ]);
  });

  it('reads a left column of dates beside their entries (a Europass CV as a table) line by line', () => {
    // Rows of a table as LibreOffice writes them to PDF: the left cell (a heading or the dates) centred on the height
    // of the right cell (the entry's lines).
    const rows: [label: string, cell: string[]][] = [
      ['WORK EXPERIENCE', []],
      ['05/2020 – Present', ['Supply Chain Planner', 'Aegean Foods S.A., Athens (Greece)', '▪ Demand planning']],
      ['09/2016 – 04/2020', ['Logistics Coordinator', 'Piraeus Freight Services Ltd, Piraeus', '▪ Shipments']],
      ['EDUCATION AND TRAINING', []],
      ['10/2014 – 07/2016', ['Master of Science in Logistics Management', 'Athens University of Economics']],
      ['09/2010 – 06/2014', ['Bachelor in Industrial Management', 'University of Piraeus, Piraeus (Greece)']],
      ['Mother tongue(s)', ['Greek']],
      ['Digital skills', ['SAP, Excel, Power BI']],
    ];
    const items: PdfTextItem[] = [];
    let y = 700;
    for (const [label, cell] of rows) {
      const height = 14 * Math.max(0, cell.length - 1);
      items.push(item(label, 50, y - height / 2, 120));
      cell.forEach((text, line) => items.push(item(text, 220, y - line * 14, 260)));
      y -= height + 22;
    }
    expect(findGutter(items)).toBeDefined();
    const lines = layoutPage(items).split('\n').filter(Boolean);
    expect(lines.slice(0, 10)).toEqual([
      'WORK EXPERIENCE',
      'Supply Chain Planner',
      '05/2020 – Present',
      'Aegean Foods S.A., Athens (Greece)',
      '▪ Demand planning',
      'Logistics Coordinator',
      '09/2016 – 04/2020',
      'Piraeus Freight Services Ltd, Piraeus',
      '▪ Shipments',
      'EDUCATION AND TRAINING',
    ]);
    expect(lines.slice(-2)).toEqual(['Digital skills', 'SAP, Excel, Power BI']);
  });

  it('does not take right-aligned dates for a second column', () => {
    const items: PdfTextItem[] = [];
    for (let row = 0; row < 8; row++) {
      items.push(item(`Job title number ${row} — Company`, 50, 700 - row * 14, 160));
      items.push(
        item(
          row % 2 ? 'Jan 2019 – Present' : 'Mar 2015 – Jun 2018',
          row % 2 ? 470 : 455,
          700 - row * 14,
          row % 2 ? 90 : 105,
        ),
      );
    }
    expect(findGutter(items)).toBeUndefined();
    expect(layoutPage(items).split('\n')[0]).toBe('Job title number 0 — Company   Mar 2015 – Jun 2018');
  });

  it('keeps a space drawn as an item of its own even where the next run starts closer than its width', () => {
    // "team" ends at x 90, the space item is 5 wide, and "with" starts at 91 (kerned in): one space, not "teamwith".
    const items = [item('Led the team', 30, 700, 60), item(' ', 90, 700, 5), item('with care', 91, 700, 45)];
    expect(layoutPage(items)).toBe('Led the team with care');
    // A space item set under the comma that follows it is no word break: "Hsu, Oxford", not "Hsu , Oxford".
    expect(layoutPage([item('Elisabeth Hsu', 30, 700, 60), item(' ', 90, 700, 5), item(', Oxford', 91, 700, 40)])).toBe(
      'Elisabeth Hsu, Oxford',
    );
    // No space item, the same positions: one word run on ("Inter" "national" drawn in two runs).
    expect(layoutPage([item('Inter', 30, 700, 25), item('national', 55.5, 700, 40)])).toBe('International');
    // A space item elsewhere on the page (another line) does not split this line's runs.
    const apart = [item('Inter', 30, 700, 25), item(' ', 200, 600, 5), item('national', 55.5, 700, 40)];
    expect(layoutPage(apart).split('\n')[0]).toBe('International');
  });

  it('(review) reads a justified line whose stretched word spaces are alike as prose, though its words start in a column', () => {
    // A paragraph set flush to both margins in a narrow column, each word a run (LibreOffice's and TeX's PDFs): every
    // word space of a line stretched alike to 0.8 em, and "team" and "closely" start at the same x on two lines. A
    // table's rows on the same page keep their column gap (2 and 2.5 em, one gap a row).
    const items = [
      item('Mentored', 50, 700, 40),
      item('a', 98, 700, 5),
      item('team', 111, 700, 20),
      item('of', 139, 700, 10),
      item('and', 50, 688, 15),
      item('worked', 73, 688, 30),
      item('closely', 111, 688, 35),
      item('with', 154, 688, 20),
      item('managers and stakeholders.', 50, 676, 130),
      item('Human resource knowledge', 50, 640, 120),
      item('Self-directed', 190, 640, 65),
      item('Customer service skills', 50, 628, 115),
      item('Team player', 190, 628, 55),
    ];
    expect(layoutPage(items).split('\n')).toEqual([
      'Mentored a team of',
      'and worked closely with',
      'managers and stakeholders.',
      '',
      'Human resource knowledge   Self-directed',
      'Customer service skills   Team player',
    ]);
  });

  it('keeps the columns of a table apart where a left item leaves less than a tab stop before the right column', () => {
    // Kaggle CHEF/10333299's skills: 11.4 pt text, the right column at x 187; its longest left item ends 26 pt (2.3 em)
    // before it, the others further. A paragraph's run after a gap as wide that starts nowhere else stays one phrase.
    const row = (left: string, leftWidth: number, right: string, y: number) => [
      item(left, 59, y, leftWidth),
      item(right, 187, y, 80),
    ];
    const items = [
      ...row('Report writing', 52, 'Motivational leadership style', 711),
      ...row('Service-minded', 57, 'Professional demeanor', 699),
      ...row('Human resource knowledge', 102, 'Self-directed', 687),
      item('Worked with the kitchen team on', 59, 660, 150),
      item('menus.', 221, 660, 30),
    ].map((entry) => ({ ...entry, transform: [11.4, 0, 0, 11.4, entry.transform[4], entry.transform[5]] as number[] }));
    expect(layoutPage(items).split('\n')).toEqual([
      'Report writing   Motivational leadership style',
      'Service-minded   Professional demeanor',
      'Human resource knowledge   Self-directed',
      '',
      'Worked with the kitchen team on menus.',
    ]);
  });

  it('joins words hyphenated across lines but not dashes or ranges', () => {
    expect(joinHyphenatedLines('manage-\nment of 2019 -\n2020 and Co-\nOp')).toBe(
      'management of 2019 -\n2020 and Co-\nOp',
    );
  });

  it('keeps the hyphen of a compound broken at a line end, and drops the one of a word broken before a common ending', () => {
    // Compounds as the Kaggle resumes (web pages printed to PDF) break them: the hyphen was dropped ("wellmanaged").
    expect(
      joinHyphenatedLines(
        'a well-\nmanaged business, cross-\nfunctional teams, a long-\n  term plan, day-to-\nday work',
      ),
    ).toBe('a well-managed business, cross-functional teams, a long-term plan, day-to-day work');
    expect(joinHyphenatedLines('http://example.com/navy-medal-\nribbon-c-2070.html')).toBe(
      'http://example.com/navy-medal-ribbon-c-2070.html',
    );
    // A word broken by hyphenation: before a common ending, or spelt whole elsewhere in the text.
    expect(joinHyphenatedLines('infor-\nmation systems; relation-\nships; information')).toBe(
      'information systems; relationships; information',
    );
    // The text spelling the compound elsewhere keeps its hyphen, even before a common ending.
    expect(joinHyphenatedLines('self-\nless; self-less')).toBe('self-less; self-less');
    // A line of one word between two breaks: each break judged.
    expect(joinHyphenatedLines('state-of-\nthe-\nart tools; develop-\nment-\nrelated work')).toBe(
      'state-of-the-art tools; development-related work',
    );
  });

  it('joins a word hyphenated by a typesetter at its syllables, and keeps a compound, by the document or its own breaks', () => {
    // As TeX, groff or InDesign break words: 4f76b499's rule kept "Kuber-netes", "algo-rithms", "infra-structure".
    const typeset =
      'Kuber-\nnetes, algo-\nrithms, infra-\nstructure, team-\nwork, cross-\nfunctional, well-\nmanaged, self-\nstarter';
    expect(joinHyphenatedLines(typeset, { hyphenates: true })).toBe(
      'Kubernetes, algorithms, infrastructure, teamwork, cross-functional, well-managed, self-starter',
    );
    // A document known not to hyphenate (a web page printed to PDF) keeps each hyphen the text cannot judge.
    expect(joinHyphenatedLines(typeset, { hyphenates: false })).toBe(
      'Kuber-netes, algo-rithms, infra-structure, team-work, cross-functional, well-managed, self-starter',
    );
    // A compound's usual head ("front") keeps the hyphen; the text spelling a word whole or as a compound decides.
    expect(joinHyphenatedLines('front-\nend work; a back-\nend; backend', { hyphenates: true })).toBe(
      'front-end work; a backend; backend',
    );
    expect(joinHyphenatedLines('high-\nlights; data-\nbase; data-base', { hyphenates: true })).toBe(
      'highlights; data-base; data-base',
    );
    // Not told: a text whose judged breaks are mostly inside words (two before common endings here) hyphenates.
    expect(
      joinHyphenatedLines(
        'manage-\nment of recom-\nmendation infra-\nstructure; develop-\nment; a self-\nmotivated lead',
      ),
    ).toBe('management of recommendation infrastructure; development; a self-motivated lead');
  });

  it('knows which producers hyphenate words at line ends by default', () => {
    for (const [producer, creator] of [
      ['pdfTeX-1.40.24', 'TeX'],
      ['LuaTeX-1.15.0', 'LaTeX with hyperref'],
      ['xdvipdfmx (20220710)', 'LaTeX with hyperref'],
      ['GPL Ghostscript 10.0', 'dvips(k) 2022.1'],
      ['gropdf version 1.22.4', 'groff version 1.22.4'],
      ['Adobe PDF Library 17.0', 'Adobe InDesign 18.5 (Macintosh)'],
    ])
      expect(producerHyphenates(producer, creator), producer).toBe(true);
    for (const [producer, creator] of [
      ['Qt 4.8.7', 'wkhtmltopdf 0.12.4'],
      ['Skia/PDF m120', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0'],
      ['Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365'],
      ['LibreOffice 7.4', 'Writer'],
    ])
      expect(producerHyphenates(producer, creator), producer).toBe(false);
    expect(producerHyphenates('macOS Version 14.2 Quartz PDFContext', '')).toBeUndefined();
    expect(producerHyphenates()).toBeUndefined();
  });
});

describe('pdfToText', () => {
  it('reads a LibreOffice two-column resume with the sidebar before the main column', async () => {
    const text = await pdfToText(labelled('05-sofia-marquez.pdf'));
    // The left column (contact, skills, education) comes whole before the right one (summary, experience).
    expect(text.indexOf('Biscayne')).toBeLessThan(text.indexOf('Summary'));
    expect(text).toContain('Coral Bay Media, Feb 2021 – Present');
    expect(text).toContain('Marketing manager focused on paid\nsearch and analytics.');
  });

  it('keeps the columns of a two-column list apart in a PDF made with pdf-lib, words of a row together', async () => {
    // A skills table laid out as Kaggle's résumé builder does: cells drawn one by one, the right column at a fixed x, the
    // longest left item ending 2.2 em before it; the heading's words are drawn one by one with ordinary spaces.
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    const page = document.addPage([612, 792]);
    const size = 11.4;
    const rows = [
      ['Report writing', 'Motivational leadership style'],
      ['Human resource knowledge', 'Self-directed'],
      ['Service-minded', 'Professional demeanor'],
    ] as const;
    const column = 59 + font.widthOfTextAtSize('Human resource knowledge', size) + 2.2 * size;
    let x = 59;
    for (const word of ['Skill', 'highlights', 'and', 'strengths']) {
      page.drawText(word, { x, y: 740, size, font });
      x += font.widthOfTextAtSize(`${word} `, size);
    }
    rows.forEach(([left, right], index) => {
      page.drawText(left, { x: 59, y: 711 - 12 * index, size, font });
      page.drawText(right, { x: column, y: 711 - 12 * index, size, font });
    });
    const text = await pdfToText(await document.save());
    expect(text.split('\n')).toEqual([
      'Skill highlights and strengths',
      '',
      'Report writing   Motivational leadership style',
      'Human resource knowledge   Self-directed',
      'Service-minded   Professional demeanor',
    ]);
  });

  it('reads a compound broken at a line end with its hyphen, and a word hyphenated before a common ending whole', async () => {
    // As a web page printed to PDF wraps a sentence: at a compound's hyphen (the Kaggle resumes: "wellmanaged" was read).
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    const page = document.addPage([612, 792]);
    const lines = ['Established a well-', 'managed, client-', 'facing risk develop-', 'ment programme.'];
    lines.forEach((line, index) => page.drawText(line, { x: 59, y: 700 - 13 * index, size: 11, font }));
    expect(await pdfToText(await document.save())).toBe(
      'Established a well-managed, client-facing risk development programme.',
    );
  });

  it('reads a résumé typeset by pdfTeX with its hyphenated words whole and its compounds hyphenated', async () => {
    // fixtures/hyphenated-resume.pdf (see fixtures/README.md): TeX broke "Kuber-|netes", "algo-|rithms", "clus-|ters",
    // "infrastruc-|ture" at syllables, which 4f76b499's rule read with their hyphens.
    const text = (await pdfToText(fixture('hyphenated-resume.pdf'))).replace(/\s+/g, ' ');
    for (const read of [
      'Our stack: Kubernetes, Terraform; tuned search algorithms.',
      'pipeline onto new clusters and rebuilt the monitoring infrastructure.',
      'reviews as a cross-functional group',
      'Kept a well-managed backlog',
    ])
      expect(text).toContain(read);
    expect((await parseResumeFile(fixture('hyphenated-resume.pdf'))).skills).toContain('Kubernetes');
  });

  it('reads words with zero-width spaces in them as Chrome prints them: touching, with no space', async () => {
    // fixtures/zero-width-spaces.pdf (see fixtures/README.md): Chrome draws each U+200B as a space glyph moved back
    // over; pdf.js reported the one after "gram" as a space, so "Pro\u200Bgram\u200Bming" read "Program ming". The page
    // shows no space there (nor between any of the touching parts); a space before a colon stays.
    expect((await pdfToText(fixture('zero-width-spaces.pdf'))).split('\n')).toEqual([
      'Programming and Leadership',
      'Database administration with microservices and infrastructure',
      'Project management, stakeholder communication',
      'Skills : Python, Java',
      'Phone : 555 0100',
    ]);
  });

  it.each([
    ['scanned.pdf', 'scanned-pdf'],
    ['encrypted.pdf', 'encrypted'],
  ] as const)('reports %s as %s', async (name, code) => {
    const error = await pdfToText(fixture(name)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResumeParseError);
    expect((error as ResumeParseError).code).toBe(code);
  });

  it('reports a damaged PDF as corrupt and a slow one as timeout', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref or trailer');
    await expect(pdfToText(damaged)).rejects.toSatisfy((error) => isResumeParseError(error, 'corrupt'));
    await expect(pdfToText(labelled('01-maya-okafor.pdf'), { timeoutMs: 0 })).rejects.toSatisfy((error) =>
      isResumeParseError(error, 'timeout'),
    );
  });
});

describe('parseResumeFile errors', () => {
  it('refuses a file over the size cap before parsing it', async () => {
    await expect(parseResumeFile(labelled('01-maya-okafor.pdf'), { maxBytes: 1000 })).rejects.toSatisfy((error) =>
      isResumeParseError(error, 'too-large'),
    );
    const path = new URL('../parse/fixtures/labelled/01-maya-okafor.docx', import.meta.url).pathname;
    await expect(parseResumeFile(path, { maxBytes: 1000 })).rejects.toSatisfy((error) =>
      isResumeParseError(error, 'too-large'),
    );
  });

  it('refuses images, other ZIP files and legacy .doc as unsupported, and a broken DOCX as corrupt', async () => {
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    await expect(parseResumeFile(png)).rejects.toSatisfy((error) => isResumeParseError(error, 'unsupported-type'));
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml')]);
    await expect(parseResumeFile(zip)).rejects.toSatisfy((error) => isResumeParseError(error, 'unsupported-type'));
    await expect(parseResumeFile(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toSatisfy(
      (error) => isResumeParseError(error, 'unsupported-type'),
    );
    // A DOCX cut in half: the sniffer sees a Word document, the ZIP reader fails.
    const docx = labelled('01-maya-okafor.docx');
    await expect(parseResumeFile(docx.subarray(0, docx.length / 2))).rejects.toSatisfy((error) =>
      isResumeParseError(error, 'corrupt'),
    );
  });

  it('reads plain text and a forced type', async () => {
    const resume = await parseResumeFile(
      new TextEncoder().encode(
        'Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer — Acme Corp, Austin, TX   Jan 2019 – Present\n',
      ),
      { id: 'jane' },
    );
    expect(resume).toMatchObject({
      id: 'jane',
      contact: { name: 'Jane Doe', email: 'jane@example.com' },
      experience: [{ title: 'Engineer', company: 'Acme Corp', location: 'Austin, TX' }],
    });
    await expect(parseResumeFile(new TextEncoder().encode('plain words'), { type: 'pdf' })).rejects.toSatisfy((error) =>
      isResumeParseError(error, 'corrupt'),
    );
  });
});
