// Ranking metrics over graded judgements (0 = not relevant … 3 = highly relevant).
// Inputs are grades in the order a ranker put the items; none of these functions sort by grade themselves
// except to build the ideal ranking. An argument of the wrong kind (null, a number where a list goes, a cutoff that
// is no whole number) is core's ValidationError naming the function and the argument.
import { checkListArgument, checkRecordArgument, describeValue, invalidArgument } from '@rolefit/core/internal';

/** Options shared by the metrics that need a yes/no notion of relevance. */
export interface RelevanceOptions {
  /** Smallest grade that counts as relevant (default 1: any grade above "not a fit"). */
  relevantGrade?: number | undefined;
}

/** Grade at or above which an item counts as relevant unless told otherwise. */
export const DEFAULT_RELEVANT_GRADE = 1;

const isRelevant = (grade: number, options: RelevanceOptions) =>
  grade >= (options.relevantGrade ?? DEFAULT_RELEVANT_GRADE);

function checkCutoff(fn: string, k: number): void {
  if (!(Number.isInteger(k) && k >= 1))
    throw invalidArgument(fn, 'k', `must be a whole number ≥ 1, got ${describeValue(k)}`);
}

function checkGrades(fn: string, argument: string, grades: unknown): void {
  checkListArgument(fn, argument, grades, 'a list of grades');
}

function checkGroups(fn: string, groups: unknown): void {
  checkListArgument(fn, 'groups', groups, 'a list of grade lists, best first').forEach((group, index) =>
    checkGrades(fn, `groups.${index}`, group),
  );
}

function checkScoredGrades(fn: string, items: unknown): void {
  checkListArgument(fn, 'items', items, 'a list of { score, grade }').forEach((item, index) =>
    checkRecordArgument(fn, `items.${index}`, item, '{ score, grade }'),
  );
}

/** Discounted cumulative gain of the first `k` grades: Σ (2^grade − 1) / log2(position + 1), positions from 1. */
export function dcgAtK(grades: readonly number[], k: number): number {
  checkGrades('dcgAtK', 'grades', grades);
  checkCutoff('dcgAtK', k);
  let total = 0;
  const end = Math.min(k, grades.length);
  for (let index = 0; index < end; index++) total += (2 ** (grades[index] ?? 0) - 1) / Math.log2(index + 2);
  return total;
}

/**
 * Normalised DCG at `k`: the DCG of `rankedGrades` divided by the DCG of the best possible order of
 * `allGrades` (every judged grade of the query, ranked or not). 0 when the query has no item with a grade above 0.
 */
export function ndcgAtK(rankedGrades: readonly number[], allGrades: readonly number[], k: number): number {
  checkGrades('ndcgAtK', 'rankedGrades', rankedGrades);
  checkGrades('ndcgAtK', 'allGrades', allGrades);
  checkCutoff('ndcgAtK', k);
  const ideal = dcgAtK(
    [...allGrades].sort((left, right) => right - left),
    k,
  );
  return ideal > 0 ? Math.min(1, dcgAtK(rankedGrades, k) / ideal) : 0;
}

/**
 * Average precision: the mean, over the relevant judged items, of the precision at each relevant item's
 * position; a relevant item the ranking misses contributes 0. Relevant means grade ≥ `relevantGrade` (default 1).
 * 0 when the query has no relevant item.
 */
export function averagePrecision(
  rankedGrades: readonly number[],
  allGrades: readonly number[],
  options: RelevanceOptions = {},
): number {
  checkGrades('averagePrecision', 'rankedGrades', rankedGrades);
  checkGrades('averagePrecision', 'allGrades', allGrades);
  const relevantTotal = allGrades.filter((grade) => isRelevant(grade, options)).length;
  if (relevantTotal === 0) return 0;
  let found = 0;
  let sum = 0;
  rankedGrades.forEach((grade, index) => {
    if (!isRelevant(grade, options)) return;
    found += 1;
    sum += found / (index + 1);
  });
  return sum / relevantTotal;
}

/** 1 / position of the first relevant item (grade ≥ `relevantGrade`, default 1), or 0 when none is ranked. */
export function reciprocalRank(rankedGrades: readonly number[], options: RelevanceOptions = {}): number {
  checkGrades('reciprocalRank', 'rankedGrades', rankedGrades);
  const index = rankedGrades.findIndex((grade) => isRelevant(grade, options));
  return index < 0 ? 0 : 1 / (index + 1);
}

/** Share of the query's relevant judged items (grade ≥ `relevantGrade`, default 1) found in the first `k`; 0 when it has none. */
export function recallAtK(
  rankedGrades: readonly number[],
  allGrades: readonly number[],
  k: number,
  options: RelevanceOptions = {},
): number {
  checkGrades('recallAtK', 'rankedGrades', rankedGrades);
  checkGrades('recallAtK', 'allGrades', allGrades);
  checkCutoff('recallAtK', k);
  const relevantTotal = allGrades.filter((grade) => isRelevant(grade, options)).length;
  if (relevantTotal === 0) return 0;
  const found = rankedGrades.slice(0, k).filter((grade) => isRelevant(grade, options)).length;
  return found / relevantTotal;
}

/** One judged item with the score a ranker gave it. */
export interface ScoredGrade {
  score: number;
  grade: number;
}

/**
 * Pairwise AUC: over every pair of judged items with different grades, the share the scores order
 * correctly (higher grade, higher score); a tie in score counts 0.5. Undefined when no pair has different grades.
 */
export function auc(items: readonly ScoredGrade[]): number | undefined {
  checkScoredGrades('auc', items);
  let pairs = 0;
  let correct = 0;
  for (let left = 0; left < items.length; left++) {
    const first = items[left]!;
    for (let right = left + 1; right < items.length; right++) {
      const second = items[right]!;
      if (first.grade === second.grade) continue;
      pairs += 1;
      const [higher, lower] = first.grade > second.grade ? [first, second] : [second, first];
      if (higher.score > lower.score) correct += 1;
      else if (higher.score === lower.score) correct += 0.5;
    }
  }
  return pairs === 0 ? undefined : correct / pairs;
}

// ─── Tied scores ────────────────────────────────────────────────────────────────────────────────
// A ranker that gives items the same score has not ordered them; whatever order it returns them in (by job id,
// say) is an accident that could help or hurt. The functions below score a ranking given as groups of tied
// items, best group first, and return the expected value over every order of each group's items (McSherry &
// Najork, "Computing information retrieval performance measures efficiently in the presence of tied scores",
// ECIR 2008). With groups of one item they equal the plain functions above.

/** Grades grouped by equal score, best score first: the ranking a ranker's scores define. */
export function tiedGradeGroups(items: readonly ScoredGrade[]): number[][] {
  checkScoredGrades('tiedGradeGroups', items);
  const sorted = [...items].sort((left, right) => right.score - left.score);
  const groups: number[][] = [];
  let previous: number | undefined;
  for (const item of sorted) {
    if (groups.length === 0 || item.score !== previous) groups.push([]);
    groups.at(-1)!.push(item.grade);
    previous = item.score;
  }
  return groups;
}

/** Expected nDCG@k over every order of tied items; groups best first. */
export function expectedNdcgAtK(
  groups: readonly (readonly number[])[],
  allGrades: readonly number[],
  k: number,
): number {
  checkGroups('expectedNdcgAtK', groups);
  checkGrades('expectedNdcgAtK', 'allGrades', allGrades);
  checkCutoff('expectedNdcgAtK', k);
  const ideal = dcgAtK(
    [...allGrades].sort((left, right) => right - left),
    k,
  );
  if (!(ideal > 0)) return 0;
  // Each item of a group is equally likely at each of the group's positions, so each position gets the group's mean gain.
  let dcg = 0;
  let start = 0;
  for (const group of groups) {
    const meanGain = group.reduce((sum, grade) => sum + 2 ** grade - 1, 0) / group.length;
    for (let position = start; position < Math.min(k, start + group.length); position++)
      dcg += meanGain / Math.log2(position + 2);
    start += group.length;
  }
  return Math.min(1, dcg / ideal);
}

/** Expected recall@k over every order of tied items; groups best first. */
export function expectedRecallAtK(
  groups: readonly (readonly number[])[],
  allGrades: readonly number[],
  k: number,
  options: RelevanceOptions = {},
): number {
  checkGroups('expectedRecallAtK', groups);
  checkGrades('expectedRecallAtK', 'allGrades', allGrades);
  checkCutoff('expectedRecallAtK', k);
  const relevantTotal = allGrades.filter((grade) => isRelevant(grade, options)).length;
  if (relevantTotal === 0) return 0;
  let found = 0;
  let start = 0;
  for (const group of groups) {
    const inside = Math.max(0, Math.min(k, start + group.length) - start);
    found += (group.filter((grade) => isRelevant(grade, options)).length * inside) / group.length;
    start += group.length;
  }
  return found / relevantTotal;
}

/** Expected reciprocal rank over every order of tied items; groups best first. */
export function expectedReciprocalRank(groups: readonly (readonly number[])[], options: RelevanceOptions = {}): number {
  checkGroups('expectedReciprocalRank', groups);
  let start = 0;
  for (const group of groups) {
    const n = group.length;
    const r = group.filter((grade) => isRelevant(grade, options)).length;
    if (r > 0) {
      // P(first relevant item at offset j) = P(the j − 1 before it are not relevant) × r / (n − j + 1).
      let expected = 0;
      let noneYet = 1;
      for (let offset = 1; offset <= n - r + 1; offset++) {
        expected += (noneYet * (r / (n - offset + 1))) / (start + offset);
        noneYet *= (n - r - offset + 1) / (n - offset + 1);
      }
      return expected;
    }
    start += n;
  }
  return 0;
}

/** Expected average precision over every order of tied items; groups best first; relevant items not ranked count 0. */
export function expectedAveragePrecision(
  groups: readonly (readonly number[])[],
  allGrades: readonly number[],
  options: RelevanceOptions = {},
): number {
  checkGroups('expectedAveragePrecision', groups);
  checkGrades('expectedAveragePrecision', 'allGrades', allGrades);
  const relevantTotal = allGrades.filter((grade) => isRelevant(grade, options)).length;
  if (relevantTotal === 0) return 0;
  let sum = 0;
  let start = 0;
  let relevantBefore = 0;
  for (const group of groups) {
    const n = group.length;
    const r = group.filter((grade) => isRelevant(grade, options)).length;
    if (r > 0) {
      // A relevant item at offset p has, on average, (p − 1)(r − 1)/(n − 1) of the group's other relevant items above it.
      let perItem = 0;
      for (let offset = 1; offset <= n; offset++) {
        const above = n === 1 ? 0 : ((offset - 1) * (r - 1)) / (n - 1);
        perItem += (relevantBefore + 1 + above) / (start + offset);
      }
      sum += (r * perItem) / n;
    }
    relevantBefore += r;
    start += n;
  }
  return sum / relevantTotal;
}
