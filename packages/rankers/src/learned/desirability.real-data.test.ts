// The desirability model on one person's real ratings: lirecommend-dev/ratings.jsonl from ../shared/data
// (ROLEFIT_DATA_DIR; 413 LinkedIn postings rated 0–3 by one person, see SOURCES.md there). The ratings are split in two
// halves here (reposts of one ad on one side, see repostKeys; stratified by grade, seed 1; not the dev sets' split),
// the model is trained on one half and scored on the other, both ways. Floors, not pins: a few hundredths under what was
// measured when written (see the log lines and the numbers below), so a change that loses real taste-learning quality
// fails, and noise from a retuned grid does not.
// Skipped where the data folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJob, type Job } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { auc } from '../training/metrics.js';
import { trainDesirabilityModel, type JobRating } from './desirability.js';
import { repostKeys } from './reposts.js';
import { groupedStratifiedFolds } from './ridge.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const ratingsFile = resolve(dataDirectory, 'lirecommend-dev/ratings.jsonl');

interface RatingRow {
  id: string;
  title: string;
  company: string | null;
  text: string;
  min_salary: number | null;
  max_salary: number | null;
  rating: number;
}

const EMPLOYMENT: Record<string, Job['employmentType']> = {
  'full-time': 'full-time',
  'part-time': 'part-time',
  contract: 'contract',
  temporary: 'temporary',
  internship: 'internship',
};
const LEVELS: Record<string, Job['experienceLevel']> = {
  internship: 'internship',
  'entry level': 'entry',
  associate: 'associate',
  'mid-senior level': 'mid-senior',
  director: 'director',
  executive: 'executive',
};

/** The rows as jobs the way scripts/build-dev-sets.mjs reads them (description: the posting text, header lines included; salaries in $K a year). */
function readRatings(): JobRating[] {
  return readFileSync(ratingsFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as RatingRow;
      const header = (label: string) =>
        new RegExp(`^${label} is (.*)$`, 'mi').exec(row.text)?.[1]?.trim().toLowerCase() ?? '';
      const salaries = [row.min_salary, row.max_salary].filter((value): value is number => typeof value === 'number');
      const employmentType = EMPLOYMENT[header('Employment type')];
      const experienceLevel = LEVELS[header('Seniority level')];
      const job = parseJob({
        id: row.id,
        source: 'lirecommend',
        title: row.title.trim() || row.id,
        description: row.text,
        ...(row.company?.trim() ? { company: row.company.trim() } : {}),
        ...(employmentType ? { employmentType } : {}),
        ...(experienceLevel ? { experienceLevel } : {}),
        ...(salaries.length > 0
          ? {
              salary: {
                min: Math.min(...salaries) * 1000,
                max: Math.max(...salaries) * 1000,
                currency: 'USD',
                period: 'year' as const,
              },
            }
          : {}),
      });
      return { job, rating: Math.max(0, Math.min(3, row.rating)) as JobRating['rating'] };
    });
}

const pairwiseAuc = (grades: readonly number[], scores: readonly number[]) =>
  auc(grades.map((grade, index) => ({ grade, score: scores[index]! }))) ?? 0.5;

describe.skipIf(!existsSync(ratingsFile))('desirability model on the real lirecommend ratings', () => {
  it('learns the person’s taste from half the ratings: pairwise AUC and exact grade on the other half', async () => {
    const ratings = readRatings();
    expect(ratings.length).toBe(413);
    const halves = groupedStratifiedFolds(
      ratings.map((rating) => rating.rating),
      repostKeys(ratings.map((rating) => rating.job)),
      2,
      1,
    );
    const aucs: number[] = [];
    for (const trainHalf of [0, 1]) {
      const train = ratings.filter((_rating, index) => halves[index] === trainHalf);
      const test = ratings.filter((_rating, index) => halves[index] !== trainHalf);
      const model = await trainDesirabilityModel(train);
      const jobs = test.map((rating) => rating.job);
      const grades = test.map((rating) => rating.rating);
      const value = pairwiseAuc(grades, await model.score({}, jobs));
      const predicted = await model.grades(jobs);
      const exact = predicted.filter((grade, index) => grade === grades[index]).length / grades.length;
      const withinOne =
        predicted.filter((grade, index) => Math.abs(grade - grades[index]!) <= 1).length / grades.length;
      const counts = [0, 1, 2, 3].map((grade) => train.filter((rating) => rating.rating === grade).length);
      const majority = counts.indexOf(Math.max(...counts));
      const majorityExact = grades.filter((grade) => grade === majority).length / grades.length;
      const majorityWithinOne = grades.filter((grade) => Math.abs(grade - majority) <= 1).length / grades.length;
      const selection = model.model.ridge?.selection;
      console.log(
        `lirecommend half ${trainHalf} → other half (${train.length} → ${test.length}): AUC ${value.toFixed(3)}, exact grade ${exact.toFixed(3)} (majority ${majorityExact.toFixed(3)}), within one ${withinOne.toFixed(3)} (majority ${majorityWithinOne.toFixed(3)}); λ ${selection?.lambda}, blocks ${JSON.stringify(selection?.mix)}`,
      );
      aucs.push(value);
      expect(value).toBeGreaterThanOrEqual(0.82);
      expect(exact).toBeGreaterThan(majorityExact + 0.1);
      expect(withinOne).toBeGreaterThan(majorityWithinOne + 0.1);
    }
    // Measured 0.898 and 0.866 (mean 0.882; repeated 5-fold CV over all 413, with more to learn from: 0.891).
    expect((aucs[0]! + aucs[1]!) / 2).toBeGreaterThanOrEqual(0.85);
  }, 300_000);
});
