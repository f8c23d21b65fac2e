// DOCX files as LibreOffice writes them, made at test time with `soffice --headless --convert-to docx` from a hand-written
// flat ODT (page header and footer, a text box, tables, bulleted and numbered lists), from one of text boxes placed by
// offsets (positioned-boxes.fodt: a box per line, as LibreOffice writes an imported PDF), from a real Kaggle resume PDF
// (LibreOffice's PDF import puts every line in a text box, each written twice in the DOCX: DrawingML and a VML fallback)
// and from a real DataTurks resume text. soffice comes from Debian's libreoffice-writer-nogui (scripts/install-test-tools.sh);
// without it these tests are skipped with a printed reason. DOCX files written by the `docx` library are tested in
// round-trip.test.ts and hostile-docx.test.ts.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResumeFile, parseResumeText, resumeFileToText } from '../parse/index.js';
import { readDataturks } from '../testing/dataturks.js';
import { findSoffice, KAGGLE_DESIGNER_PDF } from '../testing/system-tools.js';
import { docxToText } from './index.js';

const run = promisify(execFile);
const kagglePdf = KAGGLE_DESIGNER_PDF;
const fodt = fileURLToPath(new URL('./fixtures/wild-resume.fodt', import.meta.url));
const positionedFodt = fileURLToPath(new URL('./fixtures/positioned-boxes.fodt', import.meta.url));
const soffice = findSoffice();
if (!soffice)
  console.log(
    'libreoffice.test.ts skipped: soffice not found (install libreoffice-writer-nogui, see scripts/install-test-tools.sh, or set ROLEFIT_SOFFICE)',
  );

let directory = '';
// soffice starts slowly (seconds, tens on a loaded machine): each conversion is one run with its own profile folder.
async function convert(input: string, filter?: string): Promise<Uint8Array> {
  const profile = pathToFileURL(path.join(directory, 'profile')).href;
  const options = [
    '-env:UserInstallation=' + profile,
    '--headless',
    ...(filter ? [`--infilter=${filter}`] : []),
    '--convert-to',
    'docx',
    '--outdir',
    directory,
    input,
  ];
  await run(soffice as string, options, { timeout: 240_000 });
  return new Uint8Array(readFileSync(path.join(directory, `${path.basename(input).replace(/\.[^.]+$/, '')}.docx`)));
}

describe.skipIf(!soffice)('DOCX files written by LibreOffice', () => {
  let wild: Uint8Array;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'rolefit-soffice-'));
    wild = await convert(fodt);
  }, 300_000);
  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('reads the page header and footer, the text box once, table rows as tab-separated lines and list markers', async () => {
    const lines = (await docxToText(wild, { timeoutMs: 30_000 })).split('\n');
    expect(lines[0]).toBe('priya.raman@example.com | +91 98450 12345 | linkedin.com/in/priya-raman-data');
    expect(lines).toContain('Priya Raman · Resume · Chennai, India');
    expect(lines.filter((line) => line.startsWith('Data engineer who moves batch pipelines'))).toHaveLength(1);
    expect(lines).toContain('Mar 2020 – Present\tSenior Data Engineer\tKaveri Analytics Pvt. Ltd., Bengaluru');
    expect(lines).toContain('MCA, Anna University, Chennai\t2014 – 2016');
    expect(lines).toContain('• Ran the Airflow platform for 40 engineers.');
    expect(lines).toContain('1. Google Professional Data Engineer');
    expect(lines).toContain('2. Databricks Certified Associate Developer for Apache Spark');
    expect(lines.indexOf('Experience')).toBeLessThan(lines.indexOf('Education'));
  });

  it('parses the contact details from the page header and the jobs and degrees from the tables', async () => {
    const resume = await parseResumeFile(wild, { timeoutMs: 30_000 });
    expect(resume.contact.name).toBe('Priya Raman');
    expect(resume.contact.email).toBe('priya.raman@example.com');
    expect(resume.contact.phone).toBe('+91 98450 12345');
    expect(resume.experience.map((entry) => entry.title)).toEqual(['Senior Data Engineer', 'Data Engineer']);
    expect(resume.experience[0]?.company).toContain('Kaveri Analytics');
    expect(resume.education.map((entry) => entry.degree)).toEqual(['MCA', 'BCA']);
    // The footer is read with the header, before the body: it does not run into the last section.
    expect(resume.skills).not.toContain('Resume');
    expect(resume.skills).toEqual(expect.arrayContaining(['Python', 'SQL', 'PostgreSQL']));
  });

  it('reads text boxes placed by offsets and grouped shapes by where they sit: a row on one line, a word broken at a line end joined', async () => {
    // The right box of each skills row comes first in the file and sits a little higher: read in file order, each row's
    // right skill came before its left one and the broken word stayed in two lines ("manage-", "ment of …").
    const docx = await convert(positionedFodt);
    const lines = (await docxToText(docx, { timeoutMs: 30_000 })).split('\n');
    expect(lines.map((line) => line.split(/\s{2,}/))).toEqual([
      ['Skills'],
      ['Python', 'Kubernetes'],
      ['PostgreSQL', 'Terraform'],
      ['Summary'],
      ['Platform engineer who cut the cloud bill by a third through careful management of reserved capacity.'],
      // A group of shapes: its right shape came first too.
      ['Languages'],
      ['English (native)', 'German (fluent)'],
    ]);
  }, 300_000);

  it.skipIf(!existsSync(kagglePdf))(
    'reads a real resume PDF imported by LibreOffice (a text box per line) with each line once',
    async () => {
      const docx = await convert(kagglePdf, 'writer_pdf_import');
      const fromDocx = (await docxToText(docx, { timeoutMs: 30_000 })).split('\n');
      const fromPdf = (await resumeFileToText(kagglePdf, { timeoutMs: 30_000 }))
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const words = (lines: readonly string[]) => lines.join(' ').split(/\s+/).filter(Boolean);
      // The same words (the PDF's text reader joins some lines LibreOffice keeps apart), none doubled by the VML fallback.
      const pdfWords = words(fromPdf);
      const docxWords = words(fromDocx);
      expect(Math.abs(docxWords.length - pdfWords.length)).toBeLessThan(pdfWords.length * 0.05);
      expect(fromDocx.filter((line) => line === 'Experience')).toHaveLength(1);
      expect(fromDocx).toContain('INTERIOR DESIGNER');
      const resume = await parseResumeFile(docx, { timeoutMs: 30_000 });
      expect(resume.experience.length).toBeGreaterThan(0);
      expect(resume.education.length).toBeGreaterThan(0);
    },
    300_000,
  );

  const dataturks = readDataturks().find(
    (record) => record.fields.name.length > 0 && record.fields.companies.length > 0,
  );
  it.skipIf(dataturks === undefined)(
    'reads a real DataTurks resume typed into LibreOffice line for line and parses it as the text parses',
    async () => {
      const record = dataturks as NonNullable<typeof dataturks>;
      const text = path.join(directory, `${record.id}.txt`);
      mkdirSync(directory, { recursive: true });
      writeFileSync(text, record.text);
      const docx = await convert(text, 'Text (encoded):UTF8,LF,,');
      const expected = record.text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      expect((await docxToText(docx, { timeoutMs: 30_000 })).split('\n')).toEqual(expected);
      const fromDocx = await parseResumeFile(docx, { timeoutMs: 30_000 });
      const fromText = parseResumeText(record.text);
      expect(fromDocx.contact.name).toBe(fromText.contact.name);
      expect(fromDocx.experience.map((entry) => [entry.title, entry.company])).toEqual(
        fromText.experience.map((entry) => [entry.title, entry.company]),
      );
      expect(fromDocx.education.map((entry) => entry.degree)).toEqual(fromText.education.map((entry) => entry.degree));
    },
    300_000,
  );
});
