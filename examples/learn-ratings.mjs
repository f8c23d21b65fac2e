#!/usr/bin/env node
// Learn one person's taste from their 0–3 ratings of jobs, then rank jobs they have not rated.
//   node examples/learn-ratings.mjs [--ratings FILE.jsonl] [--holdout N] [--top N] [--json]
// Default ratings: one person's ratings of 413 LinkedIn postings (lirecommend-dev/ratings.jsonl in the developer data,
// ROLEFIT_DATA or ../shared/data; read in place, never copied). A ratings file holds one JSON object per line, either
// `{ "job": <Job>, "rating": 0-3 }` or a lirecommend row `{ "id", "title", "company", "location", "text",
// "min_salary", "max_salary" ($K a year), "rating" }`.
// One rated posting in N (default 4), chosen by a hash of its text so reposts stay together, is held out: the model
// never sees its rating, and the output says how well it ranks those postings.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArguments } from './arguments.mjs';
import { parseJob, ValidationError } from '@rolefit/core';
import { trainDesirabilityModel } from '@rolefit/rankers';

const repository = fileURLToPath(new URL('..', import.meta.url));
const defaultRatings = resolve(
  process.env.ROLEFIT_DATA ?? resolve(repository, '../shared/data'),
  'lirecommend-dev',
  'ratings.jsonl',
);
const usage = 'Usage: node examples/learn-ratings.mjs [--ratings FILE.jsonl] [--holdout N] [--top N] [--json]';

const { values } = readArguments({
  options: {
    ratings: { type: 'string', default: defaultRatings },
    holdout: { type: 'string', default: '4' },
    top: { type: 'string', default: '8' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const progress = (line) => process.stderr.write(`learn-ratings: ${line}\n`);

function positive(name) {
  const value = Number.parseInt(values[name], 10);
  if (!Number.isInteger(value) || value < 1 || String(value) !== values[name].trim())
    throw new Error(`--${name} must be a positive whole number, got ${values[name]}`);
  return value;
}

/** A lirecommend row as a Job: title, company, the posting text, a US location and the yearly pay range. */
function lirecommendJob(row) {
  const job = {
    id: row.id,
    source: 'lirecommend',
    title: String(row.title || row.text.split('\n')[0] || row.id).trim(),
    description: row.text,
  };
  if (row.company) job.company = row.company.trim();
  const parts = String(row.location ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.at(-1) === 'United States')
    job.location =
      parts.length === 3
        ? { city: parts[0], region: parts[1], country: 'US' }
        : parts.length === 2
          ? { region: parts[0], country: 'US' }
          : { country: 'US' };
  const pay = [row.min_salary, row.max_salary]
    .filter((amount) => typeof amount === 'number')
    .map((amount) => amount * 1000);
  if (pay.length) job.salary = { min: Math.min(...pay), max: Math.max(...pay), currency: 'USD', period: 'year' };
  return job;
}

/** Reads a ratings file: `{ job, rating }` lines or lirecommend rows; a bad line is named by its number. */
function readRatings(path) {
  if (!existsSync(path))
    throw new Error(
      `no ratings file at ${path}: pass --ratings FILE, or set ROLEFIT_DATA to the folder holding lirecommend-dev/`,
    );
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      try {
        const row = JSON.parse(line);
        const rating = row.rating;
        if (![0, 1, 2, 3].includes(rating))
          throw new Error(`rating must be 0, 1, 2 or 3, got ${JSON.stringify(rating)}`);
        const job = parseJob(row.job ?? lirecommendJob(row));
        return { job, rating, text: job.description ?? job.title };
      } catch (error) {
        throw new Error(`${path}:${number}: ${error.message}`);
      }
    });
}

/** Share of (higher-rated, lower-rated) pairs the scores put in the right order; ties count half. */
function pairwiseAuc(grades, scores) {
  let right = 0;
  let pairs = 0;
  for (let high = 0; high < grades.length; high++)
    for (let low = 0; low < grades.length; low++)
      if (grades[high] > grades[low]) {
        pairs += 1;
        right += scores[high] > scores[low] ? 1 : scores[high] === scores[low] ? 0.5 : 0;
      }
  return pairs ? right / pairs : 0.5;
}

async function main() {
  const holdout = positive('holdout');
  const top = positive('top');
  const ratings = readRatings(values.ratings);
  const heldOut = (entry) =>
    holdout > 1 && createHash('sha256').update(entry.text).digest().readUInt32BE(0) % holdout === 0;
  const train = ratings.filter((entry) => !heldOut(entry));
  const test = ratings.filter(heldOut);
  progress(
    `read ${ratings.length} ratings from ${values.ratings}; training on ${train.length}, holding out ${test.length}`,
  );
  if (train.length < 10) throw new Error(`too few ratings to learn from: ${train.length} (need 10)`);

  progress(
    'training the desirability model (ridge over TF-IDF text and job features, regularisation chosen by 5-fold cross-validation)…',
  );
  const model = await trainDesirabilityModel(train.map(({ job, rating }) => ({ job, rating })));
  const drivers = model.explain(top);

  let evaluation;
  if (test.length) {
    progress(`scoring the ${test.length} held-out postings`);
    const jobs = test.map((entry) => entry.job);
    const scores = await model.score({}, jobs);
    const grades = await model.grades(jobs);
    const counts = [0, 1, 2, 3].map((grade) => train.filter((entry) => entry.rating === grade).length);
    const commonest = counts.indexOf(Math.max(...counts));
    const ranked = test
      .map((entry, index) => ({
        id: entry.job.id,
        title: entry.job.title,
        company: entry.job.company,
        rating: entry.rating,
        predicted: grades[index],
        score: scores[index],
      }))
      .sort((left, right) => right.score - left.score);
    evaluation = {
      heldOut: test.length,
      auc: pairwiseAuc(
        test.map((entry) => entry.rating),
        scores,
      ),
      exactGrade: grades.filter((grade, index) => grade === test[index].rating).length / test.length,
      commonestGradeBaseline: test.filter((entry) => entry.rating === commonest).length / test.length,
      top: ranked.slice(0, top),
      bottom: ranked.slice(-Math.min(3, ranked.length)),
    };
  }

  if (values.json)
    return console.log(
      JSON.stringify({ ratings: values.ratings, trained: train.length, drivers, evaluation }, null, 2),
    );
  console.log(`Learned from ${train.length} ratings in ${values.ratings}`);
  console.log(`\nWhat raises a job for this person: ${drivers.positive.map((entry) => entry.feature).join(', ')}`);
  console.log(`What lowers it: ${drivers.negative.map((entry) => entry.feature).join(', ')}`);
  if (!evaluation) return;
  console.log(
    `\nOn ${evaluation.heldOut} held-out postings: AUC ${evaluation.auc.toFixed(3)} (0.5 is chance); exact grade ${(evaluation.exactGrade * 100).toFixed(0)}% (always guessing the commonest grade: ${(evaluation.commonestGradeBaseline * 100).toFixed(0)}%)`,
  );
  console.log('\nHeld-out postings ranked first (their real rating in brackets):');
  for (const entry of evaluation.top)
    console.log(
      `  ${entry.score.toFixed(3)}  [${entry.rating}] ${entry.title}${entry.company ? ` — ${entry.company}` : ''}`,
    );
  console.log('…and last:');
  for (const entry of evaluation.bottom)
    console.log(
      `  ${entry.score.toFixed(3)}  [${entry.rating}] ${entry.title}${entry.company ? ` — ${entry.company}` : ''}`,
    );
}

main().catch((error) => {
  console.error(
    `learn-ratings failed: ${error instanceof ValidationError ? `invalid input — ${error.message}` : error.message}`,
  );
  process.exit(1);
});
