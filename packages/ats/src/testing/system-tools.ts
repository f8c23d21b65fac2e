// Tests' access to what lies outside the repository: the real data beside the checkout and the system programs that
// scripts/install-test-tools.sh installs (soffice, pdftoppm, Tesseract's language data). Tests skip with a printed
// reason when one is missing.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The shared data folder beside the checkout (ROLEFIT_DATA elsewhere). */
export const TEST_DATA_DIR = process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data');

/**
 * A real Kaggle resume PDF, one page: an interior designer's (a title line, Summary, Highlights in two columns,
 * Accomplishments, three jobs, two degrees). Not one of the held-out real-resume set (parse/real-resumes).
 */
export const KAGGLE_DESIGNER_PDF = path.join(
  TEST_DATA_DIR,
  'kaggle-resume-pdfs-sample',
  'data',
  'DESIGNER',
  '13518263.pdf',
);

/** The program named by the environment variable `override`, or the first of `candidates` that exists. */
export function findProgram(override: string, candidates: readonly string[]): string | undefined {
  return process.env[override] || candidates.find((candidate) => existsSync(candidate));
}

/** LibreOffice's soffice (ROLEFIT_SOFFICE, or where Debian's libreoffice-writer-nogui and other installs put it). */
export function findSoffice(): string | undefined {
  return findProgram('ROLEFIT_SOFFICE', [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
  ]);
}

/** The folder holding `<language>.traineddata` (ROLEFIT_TESSDATA, or Debian's /usr/share/tesseract-ocr/<version>/tessdata). */
export function findTessdata(language = 'eng'): string | undefined {
  if (process.env.ROLEFIT_TESSDATA) return process.env.ROLEFIT_TESSDATA;
  const root = '/usr/share/tesseract-ocr';
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .map((version) => path.join(root, version, 'tessdata'))
    .find((folder) => existsSync(path.join(folder, `${language}.traineddata`)));
}

/** What the OCR tests need: the language data (findTessdata) and pdftoppm, and why they are skipped when one is missing. */
export function findOcrTools(): {
  tessdata?: string | undefined;
  pdftoppm?: string | undefined;
  skipReason?: string | undefined;
} {
  const tessdata = findTessdata();
  const pdftoppm = findProgram('ROLEFIT_PDFTOPPM', ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm']);
  const skipReason = !tessdata
    ? 'no eng.traineddata (apt-get install tesseract-ocr-eng, or set ROLEFIT_TESSDATA)'
    : !pdftoppm
      ? 'no pdftoppm (apt-get install poppler-utils)'
      : undefined;
  return { tessdata, pdftoppm, skipReason };
}
