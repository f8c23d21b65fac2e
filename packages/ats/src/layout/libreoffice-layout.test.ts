// extractDocumentLayout on ODT and RTF files LibreOffice writes at test time (`soffice --headless --convert-to`): the
// hand-written flat ODT the DOCX tests read (a page header and footer) and a page with one picture, each saved as
// ODT, RTF and DOCX, whose layouts must agree. soffice comes from Debian's libreoffice-writer-nogui
// (scripts/install-test-tools.sh); without it these tests are skipped with a printed reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithSoffice } from '../testing/soffice.js';
import { findSoffice } from '../testing/system-tools.js';
import { extractDocumentLayout } from './index.js';

const fodt = fileURLToPath(new URL('../docx/fixtures/wild-resume.fodt', import.meta.url));
const soffice = findSoffice();
if (!soffice)
  console.log(
    'layout/libreoffice-layout.test.ts skipped: soffice not found (install libreoffice-writer-nogui, see scripts/install-test-tools.sh, or set ROLEFIT_SOFFICE)',
  );

// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe.skipIf(!soffice)('extractDocumentLayout on files written by LibreOffice', () => {
  let directory = '';
  const convert = (input: string, format: string, filter?: string) =>
    convertWithSoffice(soffice as string, input, format, directory, filter);
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'rolefit-soffice-layout-'));
  });
  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it("reads an ODT's and an RTF's page header and footer as the DOCX of the same document", async () => {
    const docx = await extractDocumentLayout(await convert(fodt, 'docx'));
    expect(docx).toEqual({
      headerText: 'priya.raman@example.com | +91 98450 12345 | linkedin.com/in/priya-raman-data',
      footerText: 'Priya Raman · Resume · Chennai, India',
      imageCount: 0,
    });
    expect(await extractDocumentLayout(await convert(fodt, 'odt'))).toEqual(docx);
    expect(await extractDocumentLayout(await convert(fodt, 'rtf'))).toEqual(docx);
  }, 300_000);

  it("counts an ODT's and an RTF's picture once, as the DOCX's", async () => {
    const page = path.join(directory, 'picture.html');
    writeFileSync(
      page,
      `<!DOCTYPE html><html><body><p>Jane Doe</p><p><img src="data:image/png;base64,${PNG}" width="40" height="40"></p><p>Data Engineer</p></body></html>`,
    );
    const expected = { headerText: '', footerText: '', imageCount: 1 };
    for (const format of ['docx', 'odt', 'rtf'])
      expect(await extractDocumentLayout(await convert(page, format, 'HTML (StarWriter)')), format).toEqual(expected);
  }, 300_000);
});
