// RTF files as LibreOffice writes them, made at test time with `soffice --headless --convert-to rtf` from the hand-written
// flat ODT the DOCX tests read (page header and footer, a text box, tables, lists), from the DOCX tests' text boxes placed
// by offsets, from the text of a real Kaggle resume PDF, from a real Kaggle resume PDF itself (LibreOffice's PDF import: a
// shape per line) and from a real DataTurks resume text. soffice comes from Debian's libreoffice-writer-nogui
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
import { rtfToText } from './rtf-to-text.js';

const fodt = fileURLToPath(new URL('../docx/fixtures/wild-resume.fodt', import.meta.url));
const positionedFodt = fileURLToPath(new URL('../docx/fixtures/positioned-boxes.fodt', import.meta.url));
// A real Kaggle resume PDF (not in the held-out real-resume set) with skills in two columns.
const KAGGLE_AUTOMOBILE_PDF = path.join(
  TEST_DATA_DIR,
  'kaggle-resume-pdfs-sample',
  'data',
  'AUTOMOBILE',
  '11797122.pdf',
);
const soffice = findSoffice();
if (!soffice)
  console.log(
    'rtf/libreoffice.test.ts skipped: soffice not found (install libreoffice-writer-nogui, see scripts/install-test-tools.sh, or set ROLEFIT_SOFFICE)',
  );

const TEXT_FILTER = 'Text (encoded):UTF8,LF,,';

// What parseResumeText reads of jobs and degrees, to compare an RTF's reading with its text's.
const parsedFields = (resume: Awaited<ReturnType<typeof parseResumeFile>>) => ({
  name: resume.contact.name,
  experience: resume.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end]),
  education: resume.education.map((entry) => [entry.degree, entry.institution]),
});

describe.skipIf(!soffice)('RTF files written by LibreOffice', () => {
  let directory = '';
  const convert = (input: string, format: string, filter?: string) =>
    convertWithSoffice(soffice as string, input, format, directory, filter);
  let rtf: Uint8Array;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'rolefit-soffice-rtf-'));
    rtf = await convert(fodt, 'rtf');
  }, 300_000);
  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('is sniffed as RTF and read line for line as the DOCX reader reads the same document', async () => {
    expect(sniffResumeType(rtf)).toBe('rtf');
    const docx = await convert(fodt, 'docx');
    const fromDocx = (await docxToText(docx, { timeoutMs: 30_000 })).split('\n');
    const fromRtf = (await resumeFileToText(rtf, { timeoutMs: 30_000 })).split('\n');
    expect(fromRtf).toEqual(fromDocx);
    expect(fromRtf[0]).toBe('priya.raman@example.com | +91 98450 12345 | linkedin.com/in/priya-raman-data');
    expect(fromRtf).toContain('Mar 2020 – Present\tSenior Data Engineer\tKaveri Analytics Pvt. Ltd., Bengaluru');
    expect(fromRtf).toContain('• Ran the Airflow platform for 40 engineers.');
    expect(fromRtf.filter((line) => line.startsWith('Data engineer who moves batch pipelines'))).toHaveLength(1);
    expect(fromRtf.join('\n')).not.toMatch(/\\[a-z]+|Liberation|Times New Roman/);
  }, 300_000);

  it('parses the contact details, jobs and degrees', async () => {
    const resume = await parseResumeFile(rtf, { timeoutMs: 30_000 });
    expect(resume.contact.email).toBe('priya.raman@example.com');
    expect(resume.experience.map((entry) => entry.title)).toEqual(['Senior Data Engineer', 'Data Engineer']);
    expect(resume.education.map((entry) => entry.degree)).toEqual(['MCA', 'BCA']);
  });

  it.skipIf(!existsSync(KAGGLE_DESIGNER_PDF))(
    "reads a real Kaggle resume PDF's text saved as RTF to the same jobs and degrees as the text",
    async () => {
      const text = await resumeFileToText(KAGGLE_DESIGNER_PDF, { timeoutMs: 30_000 });
      const textPath = path.join(directory, 'kaggle-designer.txt');
      writeFileSync(textPath, text);
      const kaggleRtf = await convert(textPath, 'rtf', TEXT_FILTER);
      const lines = (value: string) =>
        value
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
      expect(lines(rtfToText(kaggleRtf))).toEqual(lines(text));
      const fromRtf = parsedFields(await parseResumeFile(kaggleRtf, { timeoutMs: 30_000 }));
      const fromText = parsedFields(parseResumeText(text));
      expect(fromRtf.experience.length).toBeGreaterThan(0);
      expect(fromRtf.education.length).toBeGreaterThan(0);
      expect(fromRtf).toEqual(fromText);
    },
    300_000,
  );

  it('reads text boxes placed by offsets by where they sit: a row on one line, a word broken at a line end joined', async () => {
    // The right box of each skills row comes first in the file and sits a little higher: read in file order, each row's
    // right skill came before its left one, on a line of its own. (LibreOffice's RTF leaves out the fixture's group.)
    const positioned = await convert(positionedFodt, 'rtf');
    expect(rtfToText(positioned).split('\n')).toEqual([
      'Skills',
      'Python   Kubernetes',
      'PostgreSQL   Terraform',
      'Summary',
      'Platform engineer who cut the cloud bill by a third through careful management of reserved capacity.',
    ]);
  }, 300_000);

  it.skipIf(!existsSync(KAGGLE_AUTOMOBILE_PDF))(
    'reads a real resume PDF imported by LibreOffice (a shape per line) as the DOCX of the same import, and parses it as the PDF',
    async () => {
      const importedRtf = await convert(KAGGLE_AUTOMOBILE_PDF, 'rtf', 'writer_pdf_import');
      const importedDocx = await convert(KAGGLE_AUTOMOBILE_PDF, 'docx', 'writer_pdf_import');
      const fromRtf = (await resumeFileToText(importedRtf, { timeoutMs: 30_000 })).split('\n');
      expect(fromRtf).toEqual((await docxToText(importedDocx, { timeoutMs: 30_000 })).split('\n'));
      expect(fromRtf).toContain('Quality control   Solid communication skills');
      const fromPdf = parsedFields(await parseResumeFile(KAGGLE_AUTOMOBILE_PDF, { timeoutMs: 30_000 }));
      expect(fromPdf.experience.length).toBeGreaterThan(1);
      expect(parsedFields(await parseResumeFile(importedRtf, { timeoutMs: 30_000 }))).toEqual(fromPdf);
    },
    300_000,
  );

  it('reads a two-column PDF imported by LibreOffice left column first, though its boxes reach past the right column', async () => {
    // pdf/fixtures/two-column-resume.pdf (pdfTeX, see its README): the import's boxes are as wide as the text in a
    // substituted font, so the left column's longest lines reach past the right column's edge. The column search put
    // the gutter in the middle of that overlap, right of the right column's edge: every line was read as the left
    // column's, each row of the two columns on one line ('Data Engineer, Acme Corp, Boston, MA   Skills'), and
    // neither the jobs nor the degree were read.
    const pdf = fileURLToPath(new URL('../pdf/fixtures/two-column-resume.pdf', import.meta.url));
    const importedRtf = await convert(pdf, 'rtf', 'writer_pdf_import');
    const importedDocx = await convert(pdf, 'docx', 'writer_pdf_import');
    const fromRtf = rtfToText(importedRtf).split('\n');
    expect(fromRtf).toEqual((await docxToText(importedDocx, { timeoutMs: 30_000 })).split('\n'));
    expect(fromRtf.slice(0, 13)).toEqual([
      'Jane Doe',
      'jane@example.com   +1 555 0100',
      'Experience',
      'Data Engineer, Acme Corp, Boston, MA',
      'Jan 2019 – Dec 2021',
      'Built batch pipelines for the billing team and cut the',
      'nightly load time by forty percent.',
      'Analyst, Beta Inc, Austin, TX',
      'Jun 2016 – Dec 2018',
      'Reported weekly sales figures and kept the forecasting',
      'models up to date.',
      'Education',
      'BSc Computer Science, University of Texas',
    ]);
    const fromPdf = parsedFields(await parseResumeFile(pdf, { timeoutMs: 30_000 }));
    expect(fromPdf.experience).toHaveLength(2);
    expect(fromPdf.education).toHaveLength(1);
    expect(parsedFields(await parseResumeFile(importedRtf, { timeoutMs: 30_000 }))).toEqual(fromPdf);
    expect(parsedFields(await parseResumeFile(importedDocx, { timeoutMs: 30_000 }))).toEqual(fromPdf);
  }, 300_000);

  const record = readDataturks().find((entry) => entry.fields.name.length > 0 && entry.fields.companies.length > 0);
  it.skipIf(record === undefined)(
    'reads a real DataTurks resume typed into LibreOffice and saved as RTF as its text parses',
    async () => {
      const { id, text } = record as NonNullable<typeof record>;
      const textPath = path.join(directory, `${id}.txt`);
      writeFileSync(textPath, text);
      const dataturksRtf = await convert(textPath, 'rtf', TEXT_FILTER);
      const fromRtf = parsedFields(await parseResumeFile(dataturksRtf, { timeoutMs: 30_000 }));
      expect(fromRtf).toEqual(parsedFields(parseResumeText(text)));
    },
    300_000,
  );
});
