import { describe, expect, it } from 'vitest';
import { relaxedMatch } from '../evaluation.js';
import { missingRealResumeData, parseRealResume, readRealResumeLabels } from './real-resume-set.js';

// Does the parser's per-entry confidence (confidence.ts) tell right entries from wrong ones on resumes it was not
// written against? Each parsed experience (education) entry of the held-out real-resume set is right when a labelled
// entry not yet taken has the same title and company (degree and institution) by the set's relaxed match, a null label
// matching an empty field. Reported: the AUC of the confidence for "right" (the chance that a right entry scores above
// a wrong one) and the share right per confidence band. The floors are regression floors under the figures measured
// when this test was written (README.md), not targets.
const labels = readRealResumeLabels();
const missing = missingRealResumeData(labels);

interface Judged {
  confidence: number;
  right: boolean;
}

const sameOrBothEmpty = (predicted: string | undefined, expected: string | null) =>
  expected === null ? !predicted : !!predicted && relaxedMatch(predicted, expected);

/** The chance that a right entry's confidence is above a wrong one's (ties count half). */
function areaUnderCurve(rows: readonly Judged[]): number {
  const right = rows.filter((row) => row.right);
  const wrong = rows.filter((row) => !row.right);
  let sum = 0;
  for (const good of right)
    for (const bad of wrong) sum += good.confidence > bad.confidence ? 1 : good.confidence === bad.confidence ? 0.5 : 0;
  return sum / (right.length * wrong.length);
}

function bands(rows: readonly Judged[]): string {
  const edges = [0, 0.5, 0.7, 0.9, 1.01];
  return edges
    .slice(0, -1)
    .map((low, index) => {
      const high = edges[index + 1] ?? 1.01;
      const band = rows.filter((row) => row.confidence >= low && row.confidence < high);
      const share = band.length ? (band.filter((row) => row.right).length / band.length).toFixed(2) : '–';
      return `| ${low.toFixed(1)}–${high > 1 ? '1.0' : high.toFixed(1)} | ${band.length} | ${share} |`;
    })
    .join('\n');
}

describe('parse confidence on the real-resume set', () => {
  it.skipIf(missing !== undefined)(
    'ranks right entries above wrong ones',
    async () => {
      const experience: Judged[] = [];
      const education: Judged[] = [];
      for (const label of labels) {
        const resume = await parseRealResume(label);
        const takenJobs = new Set<number>();
        resume.experience.forEach((entry, index) => {
          const found = label.experience.findIndex(
            (job, at) =>
              !takenJobs.has(at) &&
              job.title !== null &&
              relaxedMatch(entry.title, job.title) &&
              sameOrBothEmpty(entry.company, job.company),
          );
          if (found >= 0) takenJobs.add(found);
          experience.push({ confidence: resume.confidence?.experience[index] ?? 0, right: found >= 0 });
        });
        const takenSchools = new Set<number>();
        resume.education.forEach((entry, index) => {
          const found = label.education.findIndex(
            (school, at) =>
              !takenSchools.has(at) &&
              sameOrBothEmpty(entry.degree, school.degree) &&
              sameOrBothEmpty(entry.institution, school.institution),
          );
          if (found >= 0) takenSchools.add(found);
          education.push({ confidence: resume.confidence?.education[index] ?? 0, right: found >= 0 });
        });
      }
      const experienceArea = areaUnderCurve(experience);
      const educationArea = areaUnderCurve(education);
      console.log(
        [
          `Confidence on the real-resume set: experience ${experience.length} entries (${experience.filter((row) => row.right).length} right), AUC ${experienceArea.toFixed(3)}; education ${education.length} entries (${education.filter((row) => row.right).length} right), AUC ${educationArea.toFixed(3)}`,
          '| experience confidence | entries | share right |\n|---|---:|---:|',
          bands(experience),
          '| education confidence | entries | share right |\n|---|---:|---:|',
          bands(education),
        ].join('\n'),
      );
      // Both kinds of entries, right and wrong, occur, so the AUC is defined.
      expect(experience.some((row) => row.right) && experience.some((row) => !row.right)).toBe(true);
      expect(education.some((row) => row.right) && education.some((row) => !row.right)).toBe(true);
      expect(experienceArea).toBeGreaterThanOrEqual(0.8);
      expect(educationArea).toBeGreaterThanOrEqual(0.78);
    },
    600_000,
  );
});
