// HTML pages as LibreOffice writes them, made at test time with `soffice --headless --convert-to html` from the
// hand-written flat ODT the DOCX tests read (page header and footer, a text box, tables, lists) and from the text of a
// real Kaggle resume PDF. soffice comes from Debian's libreoffice-writer-nogui (scripts/install-test-tools.sh); without
// it these tests are skipped with a printed reason.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToText } from '../docx/index.js';
import { parseResumeFile, parseResumeText, resumeFileToText, sniffResumeType } from '../parse/index.js';
import { convertWithSoffice } from '../testing/soffice.js';
import { findSoffice, KAGGLE_DESIGNER_PDF } from '../testing/system-tools.js';

const fodt = fileURLToPath(new URL('../docx/fixtures/wild-resume.fodt', import.meta.url));
const soffice = findSoffice();
if (!soffice)
  console.log(
    'html/libreoffice.test.ts skipped: soffice not found (install libreoffice-writer-nogui, see scripts/install-test-tools.sh, or set ROLEFIT_SOFFICE)',
  );

// What parseResumeText reads of the name, jobs and degrees, to compare a page's reading with its text's.
const parsedFields = (resume: Awaited<ReturnType<typeof parseResumeFile>>) => ({
  name: resume.contact.name,
  experience: resume.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end]),
  education: resume.education.map((entry) => [entry.degree, entry.institution]),
});

describe.skipIf(!soffice)('HTML pages written by LibreOffice', () => {
  let directory = '';
  const convert = (input: string, format: string, filter?: string) =>
    convertWithSoffice(soffice as string, input, format, directory, filter);
  let page: Uint8Array;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'rolefit-soffice-html-'));
    page = await convert(fodt, 'html');
  }, 300_000);
  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('is sniffed as HTML and read as the DOCX reader reads the same document, the page footer last', async () => {
    expect(sniffResumeType(page)).toBe('html');
    const fromDocx = (await docxToText(await convert(fodt, 'docx'), { timeoutMs: 30_000 })).split('\n');
    const fromHtml = (await resumeFileToText(page, { timeoutMs: 30_000 })).split('\n');
    // A web page has no page margins: LibreOffice writes the header first and the footer last.
    const footer = 'Priya Raman · Resume · Chennai, India';
    expect(fromHtml).toEqual([...fromDocx.filter((line) => line !== footer), footer]);
    const resume = await parseResumeFile(page, { timeoutMs: 30_000 });
    expect(resume.experience.map((entry) => entry.title)).toEqual(['Senior Data Engineer', 'Data Engineer']);
    expect(resume.education.map((entry) => entry.degree)).toEqual(['MCA', 'BCA']);
  }, 300_000);

  it.skipIf(!existsSync(KAGGLE_DESIGNER_PDF))(
    "reads a real Kaggle resume PDF's text saved as HTML to the same lines, jobs and degrees as the text",
    async () => {
      const text = await resumeFileToText(KAGGLE_DESIGNER_PDF, { timeoutMs: 30_000 });
      const textPath = path.join(directory, 'kaggle-designer.txt');
      writeFileSync(textPath, text);
      const kagglePage = await convert(textPath, 'html', 'Text (encoded):UTF8,LF,,');
      const lines = (value: string) =>
        value
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter(Boolean);
      expect(lines(await resumeFileToText(kagglePage, { timeoutMs: 30_000 }))).toEqual(lines(text));
      const fromPage = parsedFields(await parseResumeFile(kagglePage, { timeoutMs: 30_000 }));
      expect(fromPage.experience.length).toBeGreaterThan(0);
      expect(fromPage).toEqual(parsedFields(parseResumeText(text)));
    },
    300_000,
  );

  it('reads its page of a Cyrillic resume saved again as Windows-1251 (meta rewritten) and as UTF-16, as the UTF-8 page', async () => {
    const textPath = path.join(directory, 'cyrillic.txt');
    writeFileSync(textPath, 'Иван Петров\nivan@example.com\nОпыт работы\nИнженер данных, Яндекс, 2019 – 2023\n');
    const utf8Page = await convert(textPath, 'html', 'Text (encoded):UTF8,LF,,');
    const source = new TextDecoder().decode(utf8Page);
    // LibreOffice 7 writes HTML in UTF-8 only; the other encodings are made here from its page, as an editor saving it
    // again would: Windows-1251 by its table for the Cyrillic letters (the page's other characters are ASCII and
    // the dash, 0x96), the meta naming it; UTF-16 little-endian with a byte-order mark, the meta left saying UTF-8.
    expect(source).toMatch(/charset=utf-8/i);
    const windows1251 = Uint8Array.from(source.replace(/charset=utf-8/i, 'charset=windows-1251'), (character) => {
      const code = character.charCodeAt(0);
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (character === '–') return 0x96;
      if (code > 0x7f) throw new Error(`No Windows-1251 byte written here for ${character}`);
      return code;
    });
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${source}`, 'utf16le'));
    const expected = await resumeFileToText(utf8Page, { timeoutMs: 30_000 });
    expect(expected.split('\n')).toEqual([
      'Иван Петров',
      'ivan@example.com',
      'Опыт работы',
      'Инженер данных, Яндекс, 2019 – 2023',
    ]);
    for (const page of [windows1251, utf16]) {
      expect(sniffResumeType(page)).toBe('html');
      expect(await resumeFileToText(page, { timeoutMs: 30_000 })).toBe(expected);
    }
  }, 300_000);
});
