import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildRealResumeReport,
  expectedFields,
  formatRealResumeReport,
  missingRealResumeData,
  predictedFields,
  parseRealResume,
  readRealResumeLabels,
  REAL_RESUME_DATA_DIR,
  REAL_RESUME_FIELDS,
  type RealResumeField,
  type RealResumeGroupScore,
  type RealResumePair,
} from './real-resume-set.js';

// The held-out real-resume set (README.md here): 44 resumes from ../shared/data labelled by hand. The resumes are developer
// data beside the checkout and may not be redistributed, so without them this is skipped (and says why).
const labels = readRealResumeLabels();
const missing = missingRealResumeData(labels);
if (missing) console.log(`real-resume set skipped: ${missing}`);

async function parseAll(): Promise<RealResumePair[]> {
  const pairs: RealResumePair[] = [];
  for (const label of labels) {
    const resume = await parseRealResume(label);
    pairs.push({ label, expected: expectedFields(label), predicted: predictedFields(resume, label) });
  }
  return pairs;
}

type Floor = Partial<Record<RealResumeField, number>>;

// Floors a little under the F1 measured at 1896b17 (README.md has the figures, and those at ed88be5 before this session's
// parser work); a parser change that lowers one below its floor fails here. They are regression floors, not targets.
const OVERALL_F1_FLOORS: Floor = {
  name: 0.7,
  phones: 0.95,
  links: 0.7,
  companies: 0.76,
  titles: 0.78,
  dates: 0.9,
  degrees: 0.76,
  institutions: 0.7,
  skills: 0.56,
};
const LAYOUT_F1_FLOORS: Record<string, Floor> = {
  'one-column': { companies: 0.85, titles: 0.85, dates: 0.92, degrees: 0.72, institutions: 0.85, skills: 0.64 },
  table: { companies: 0.8, titles: 0.78, dates: 0.88, degrees: 0.84, institutions: 0.7, skills: 0.55 },
  'two-column': { companies: 0.58, titles: 0.62, dates: 0.82, degrees: 0.72, institutions: 0.52, skills: 0.48 },
  'plain-text': {
    name: 0.95,
    links: 0.95,
    companies: 0.88,
    titles: 0.92,
    dates: 0.95,
    degrees: 0.75,
    institutions: 0.86,
    skills: 0.44,
  },
  // Raised after the labelled-fields reader (../labelled-fields.ts): companies 0.50, titles 0.78, degrees 0.84, institutions 0.88.
  'flattened-text': { companies: 0.45, titles: 0.7, degrees: 0.76, institutions: 0.8, skills: 0.4 },
};

function expectFloors(score: RealResumeGroupScore, floors: Floor): void {
  for (const [field, floor] of Object.entries(floors)) {
    const measured = score.fields.find((entry) => entry.field === field)?.f1 ?? 0;
    expect(measured, `${score.group}: ${field} F1`).toBeGreaterThanOrEqual(floor);
  }
}

describe('the real-resume set (held out)', () => {
  it('has at least 40 hand-labelled resumes over at least 15 Kaggle categories and every layout class', () => {
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(
      new Set(labels.filter((label) => label.source.startsWith('kaggle-')).map((label) => label.category)).size,
    ).toBeGreaterThanOrEqual(15);
    expect(new Set(labels.map((label) => label.layout))).toEqual(
      new Set(['one-column', 'table', 'two-column', 'plain-text', 'flattened-text']),
    );
    expect(new Set(labels.map((label) => label.id)).size).toBe(labels.length);
    for (const label of labels) {
      for (const job of label.experience)
        for (const date of [job.start, job.end])
          if (date !== null) expect(date, label.id).toMatch(/^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/);
    }
  });

  it.skipIf(Boolean(missing))(
    'parses every resume and reports precision/recall/F1 per field, overall, by layout and by category',
    async () => {
      const pairs = await parseAll();
      const report = buildRealResumeReport(pairs);
      const markdown = formatRealResumeReport(report);
      console.log(markdown);
      // scripts/eval-real-resumes.mjs asks for the report in a file (written before the floors are checked).
      const reportFile = process.env.ROLEFIT_REAL_RESUME_REPORT;
      if (reportFile)
        writeFileSync(
          reportFile,
          `${JSON.stringify({ dataDir: REAL_RESUME_DATA_DIR, fields: REAL_RESUME_FIELDS, markdown, ...report }, null, 2)}\n`,
        );
      expect(report.overall.resumes).toBe(labels.length);
      expectFloors(report.overall, OVERALL_F1_FLOORS);
      for (const group of report.byLayout) expectFloors(group, LAYOUT_F1_FLOORS[group.group] ?? {});
    },
    300_000,
  );
});
