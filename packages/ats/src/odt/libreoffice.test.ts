// ODT files as LibreOffice writes them, made at test time with `soffice --headless --convert-to odt` from the
// hand-written flat ODT the DOCX tests read (page header and footer, a text box, tables, lists), from the text of a real
// Kaggle resume PDF, from a real Kaggle resume PDF itself (LibreOffice's PDF import: a frame per line) and from a real
// DataTurks resume text. soffice comes from Debian's libreoffice-writer-nogui
// (scripts/install-test-tools.sh); without it these tests are skipped with a printed reason.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToText } from '../docx/index.js';
import { parseResumeFile, parseResumeText, resumeFileToText, sniffResumeType } from '../parse/index.js';
import { readDataturks } from '../testing/dataturks.js';
import { convertWithSoffice } from '../testing/soffice.js';
import { findSoffice, KAGGLE_DESIGNER_PDF, TEST_DATA_DIR } from '../testing/system-tools.js';

const fodt = fileURLToPath(new URL('../docx/fixtures/wild-resume.fodt', import.meta.url));
const softHyphensFodt = fileURLToPath(new URL('../docx/fixtures/soft-hyphens.fodt', import.meta.url));
const soffice = findSoffice();
if (!soffice)
  console.log(
    'odt/libreoffice.test.ts skipped: soffice not found (install libreoffice-writer-nogui, see scripts/install-test-tools.sh, or set ROLEFIT_SOFFICE)',
  );

const TEXT_FILTER = 'Text (encoded):UTF8,LF,,';
// A real two-page Kaggle resume PDF (not in the held-out real-resume set).
const KAGGLE_ACCOUNTANT_PDF = path.join(
  TEST_DATA_DIR,
  'kaggle-resume-pdfs-sample',
  'data',
  'ACCOUNTANT',
  '10674770.pdf',
);

// What parseResumeText reads of the name, jobs and degrees, to compare an ODT's reading with its text's.
const parsedFields = (resume: Awaited<ReturnType<typeof parseResumeFile>>) => ({
  name: resume.contact.name,
  experience: resume.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end]),
  education: resume.education.map((entry) => [entry.degree, entry.institution]),
});

describe.skipIf(!soffice)('ODT files written by LibreOffice', () => {
  let directory = '';
  const convert = (input: string, format: string, filter?: string) =>
    convertWithSoffice(soffice as string, input, format, directory, filter);
  let odt: Uint8Array;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'rolefit-soffice-odt-'));
    odt = await convert(fodt, 'odt');
  }, 300_000);
  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('is sniffed as ODT and read line for line as the DOCX reader reads the same document', async () => {
    expect(sniffResumeType(odt)).toBe('odt');
    const docx = await convert(fodt, 'docx');
    const fromDocx = (await docxToText(docx, { timeoutMs: 30_000 })).split('\n');
    const fromOdt = (await resumeFileToText(odt, { timeoutMs: 30_000 })).split('\n');
    expect(fromOdt).toEqual(fromDocx);
    expect(fromOdt[0]).toBe('priya.raman@example.com | +91 98450 12345 | linkedin.com/in/priya-raman-data');
    expect(fromOdt).toContain('• Ran the Airflow platform for 40 engineers.');
    expect(fromOdt).toContain('1. Google Professional Data Engineer');
  }, 300_000);

  it('parses the contact details, jobs and degrees', async () => {
    const resume = await parseResumeFile(odt, { timeoutMs: 30_000 });
    expect(resume.contact.email).toBe('priya.raman@example.com');
    expect(resume.experience.map((entry) => entry.title)).toEqual(['Senior Data Engineer', 'Data Engineer']);
    expect(resume.education.map((entry) => entry.degree)).toEqual(['MCA', 'BCA']);
  });

  it.skipIf(!existsSync(KAGGLE_DESIGNER_PDF))(
    "reads a real Kaggle resume PDF's text saved as ODT to the same lines, jobs and degrees as the text",
    async () => {
      const text = await resumeFileToText(KAGGLE_DESIGNER_PDF, { timeoutMs: 30_000 });
      const textPath = path.join(directory, 'kaggle-designer.txt');
      writeFileSync(textPath, text);
      const kaggleOdt = await convert(textPath, 'odt', TEXT_FILTER);
      const lines = (value: string) =>
        value
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter(Boolean);
      expect(lines(await resumeFileToText(kaggleOdt, { timeoutMs: 30_000 }))).toEqual(lines(text));
      const fromOdt = parsedFields(await parseResumeFile(kaggleOdt, { timeoutMs: 30_000 }));
      expect(fromOdt.experience.length).toBeGreaterThan(0);
      expect(fromOdt).toEqual(parsedFields(parseResumeText(text)));
    },
    300_000,
  );

  it.skipIf(!existsSync(KAGGLE_ACCOUNTANT_PDF))(
    'reads a real resume PDF imported by LibreOffice (a frame per line, anchored to its page) as the DOCX of the same import, and parses it as the PDF',
    async () => {
      // LibreOffice writes the frames in z-order, the two pages interleaved: read in that order, the résumé began with
      // its last lines and no job or degree was read as the PDF's.
      const importedOdt = await convert(KAGGLE_ACCOUNTANT_PDF, 'odt', 'writer_pdf_import');
      const importedDocx = await convert(KAGGLE_ACCOUNTANT_PDF, 'docx', 'writer_pdf_import');
      const fromOdt = (await resumeFileToText(importedOdt, { timeoutMs: 30_000 })).split('\n');
      expect(fromOdt).toEqual((await docxToText(importedDocx, { timeoutMs: 30_000 })).split('\n'));
      expect(fromOdt.slice(0, 2)).toEqual(['STAFF ACCOUNTANT', 'Summary']);
      expect(fromOdt.indexOf('Education')).toBeLessThan(fromOdt.indexOf('Experience'));
      const fromPdf = parsedFields(await parseResumeFile(KAGGLE_ACCOUNTANT_PDF, { timeoutMs: 30_000 }));
      expect(fromPdf.experience.length).toBeGreaterThan(1);
      expect(parsedFields(await parseResumeFile(importedOdt, { timeoutMs: 30_000 }))).toEqual(fromPdf);
    },
    300_000,
  );

  const record = readDataturks().find((entry) => entry.fields.name.length > 0 && entry.fields.companies.length > 0);
  it.skipIf(record === undefined)(
    'reads a real DataTurks resume typed into LibreOffice and saved as ODT as its text parses',
    async () => {
      const { id, text } = record as NonNullable<typeof record>;
      const textPath = path.join(directory, `${id}.txt`);
      writeFileSync(textPath, text);
      const dataturksOdt = await convert(textPath, 'odt', TEXT_FILTER);
      expect(parsedFields(await parseResumeFile(dataturksOdt, { timeoutMs: 30_000 }))).toEqual(
        parsedFields(parseResumeText(text)),
      );
    },
    300_000,
  );
  it('reads words with soft hyphens whole and keeps non-breaking hyphens, in the ODT, HTML, DOCX and RTF of one document', async () => {
    // docx/fixtures/soft-hyphens.fodt: LibreOffice writes a soft hyphen as the character U+00AD in an ODT and an HTML
    // page, which the ODT and HTML readers kept ('Soft\u00ADware Engi\u00ADneer' became the parse's job title so), and
    // as w:softHyphen and \- in a DOCX and an RTF, which they drop. A non-breaking hyphen stays a hyphen (U+2011 in the
    // ODT and HTML, w:noBreakHyphen read as '-' in the DOCX, \_ in the RTF).
    for (const format of ['odt', 'html', 'docx', 'rtf']) {
      const lines = (await resumeFileToText(await convert(softHyphensFodt, format), { timeoutMs: 30_000 })).split('\n');
      expect(lines.map((line) => line.replace(/\u2011/g, '-'))).toEqual([
        'Jane Doe',
        'Able to co-operate with cross-functional teams',
        'Software Engineer at Database Systems',
        'Kubernetes clusters',
      ]);
    }
  }, 300_000);
});
