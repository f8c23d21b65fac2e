import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Resume } from '@rolefit/core';
import { parseCsv } from '@rolefit/dev-tools';
import { describe, expect, it } from 'vitest';
import { isResumeParseError, parseResumeFile, parseResumeText } from '../parse/index.js';
import { DATATURKS_FILE, readDataturks } from '../testing/index.js';
import { TEST_DATA_DIR } from '../testing/system-tools.js';
import { checkTruthfulness, renderResumeText } from './index.js';

// Real résumés parsed and checked against themselves: a résumé supports everything it says, so no claim of its
// rendered fields, nor of its own text, may be flagged. The résumés are developer data beside the checkout
// (../shared/data, or ROLEFIT_DATA; SOURCES.md there) and may not be redistributed; without them the sweeps are skipped.
const UPDATED_FILE = path.join(TEST_DATA_DIR, 'updated-resume-dataset', 'UpdatedResumeDataSet.csv');
const KAGGLE_PDFS = path.join(TEST_DATA_DIR, 'kaggle-resume-pdfs-sample', 'data');

/** Each claim of the résumé's rendered fields and of its own text that the résumé does not support, described. */
function unsupportedSelfClaims(resume: Resume): { claims: number; unsupported: string[] } {
  const texts = [renderResumeText(resume), ...(resume.text ? [resume.text] : [])];
  let claims = 0;
  const unsupported: string[] = [];
  for (const text of texts) {
    const report = checkTruthfulness(text, resume);
    claims += report.claims.length;
    for (const claim of report.unsupported)
      unsupported.push(`${resume.id}: ${claim.kind} "${claim.text}": ${claim.reason}`);
  }
  return { claims, unsupported };
}

describe('checkTruthfulness of a résumé against itself', () => {
  it.skipIf(!existsSync(DATATURKS_FILE) || !existsSync(UPDATED_FILE))(
    'flags no claim in any distinct DataTurks or UpdatedResumeDataSet résumé',
    () => {
      const texts = new Set(readDataturks().map((record) => record.text));
      for (const row of parseCsv(readFileSync(UPDATED_FILE, 'utf8'))) if (row.Resume) texts.add(row.Resume);
      expect(texts.size).toBeGreaterThan(200);
      const unsupported: string[] = [];
      let claims = 0;
      let index = 0;
      for (const text of texts) {
        const found = unsupportedSelfClaims(parseResumeText(text, { id: `resume-${index++}` }));
        claims += found.claims;
        unsupported.push(...found.unsupported);
      }
      console.log(
        'truthfulness self-check (DataTurks + UpdatedResumeDataSet)',
        JSON.stringify({ resumes: texts.size, claims, unsupported: unsupported.length }),
      );
      expect(unsupported).toEqual([]);
    },
    300_000,
  );

  // The 480 Kaggle PDFs take about a minute to parse (pdf/kaggle-sweep.test.ts parses them in every run already), so
  // this sweep runs when ROLEFIT_SELF_CHECK_PDFS=1.
  it.skipIf(!existsSync(KAGGLE_PDFS) || process.env.ROLEFIT_SELF_CHECK_PDFS !== '1')(
    'flags no claim in any Kaggle résumé PDF',
    async () => {
      const files = readdirSync(KAGGLE_PDFS, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('.pdf'),
      );
      expect(files.length).toBeGreaterThan(100);
      const unsupported: string[] = [];
      let claims = 0;
      let unreadable = 0;
      for (const file of files) {
        let resume: Resume;
        try {
          resume = await parseResumeFile(new Uint8Array(readFileSync(path.join(KAGGLE_PDFS, file))), {
            id: file,
            timeoutMs: 60_000,
          });
        } catch (error) {
          // A scanned PDF has no text to check; any other failure is a crash the PDF sweep reports.
          if (!isResumeParseError(error)) throw error;
          unreadable++;
          continue;
        }
        const found = unsupportedSelfClaims(resume);
        claims += found.claims;
        unsupported.push(...found.unsupported);
      }
      console.log(
        'truthfulness self-check (Kaggle PDFs)',
        JSON.stringify({ files: files.length, unreadable, claims, unsupported: unsupported.length }),
      );
      expect(unsupported).toEqual([]);
    },
    900_000,
  );
});
