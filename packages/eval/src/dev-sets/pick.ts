// Choosing the judged candidates of one query, by grade, with a seeded generator. Shared by the occupation sets.
import type { Qrel } from './types.js';

/** A candidate with its grade for one query. */
export type Graded<Item> = readonly [Item, number];

/** `count` items drawn without replacement, in draw order (a partial Fisher–Yates shuffle of a copy). */
export function sample<Item>(items: readonly Item[], count: number, next: () => number): Item[] {
  const copy = [...items];
  const take = Math.min(count, copy.length);
  for (let index = 0; index < take; index++) {
    const other = index + Math.floor(next() * (copy.length - index));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy.slice(0, take);
}

/** How many candidates of each kind a "many" plan takes. */
export interface ManyPlan {
  perGrade: number;
  negatives: number;
  hard: number;
}

/** How many grade-0 candidates a "few" plan takes, and how many of them hard. */
export interface FewPlan {
  negatives: number;
  hard: number;
}

/**
 * "Many" plan: up to `perGrade` candidates of each grade 3, 2 and 1, then `negatives` grade-0 candidates of which up
 * to `hard` are hard (`isHard`) and the rest any other grade 0. Returns `[candidate, grade]` pairs.
 */
export function pickMany<Item>(
  graded: ReadonlyArray<Graded<Item>>,
  { perGrade, negatives, hard }: ManyPlan,
  isHard: (item: Item) => boolean,
  next: () => number,
): Array<Graded<Item>> {
  const picked: Array<Graded<Item>> = [];
  for (const grade of [3, 2, 1])
    picked.push(
      ...sample(
        graded.filter(([, g]) => g === grade),
        perGrade,
        next,
      ),
    );
  picked.push(...pickNegatives(graded, negatives, hard, isHard, next));
  return picked;
}

/**
 * "Few" plan: 2 candidates of the best grade there is, 1 of the next lower grade above 0 (another of the best grade
 * when there is none), then `negatives` grade-0 candidates of which up to `hard` are hard. Returns `[candidate, grade]`
 * pairs; empty when no candidate is graded above 0.
 */
export function pickFew<Item>(
  graded: ReadonlyArray<Graded<Item>>,
  { negatives, hard }: FewPlan,
  isHard: (item: Item) => boolean,
  next: () => number,
): Array<Graded<Item>> {
  const positive = [3, 2, 1].map((grade) =>
    sample(
      graded.filter(([, g]) => g === grade),
      3,
      next,
    ),
  );
  const best = positive.findIndex((list) => list.length > 0);
  if (best === -1) return [];
  const picked = positive[best]!.slice(0, 2);
  const partial = positive.slice(best + 1).find((list) => list.length > 0);
  if (partial) picked.push(partial[0]!);
  else if (positive[best]!.length > 2) picked.push(positive[best]![2]!);
  picked.push(...pickNegatives(graded, negatives, hard, isHard, next));
  return picked;
}

function pickNegatives<Item>(
  graded: ReadonlyArray<Graded<Item>>,
  count: number,
  hard: number,
  isHard: (item: Item) => boolean,
  next: () => number,
): Array<Graded<Item>> {
  const zero = graded.filter(([, g]) => g === 0);
  const hardOnes = sample(
    zero.filter(([item]) => isHard(item)),
    hard,
    next,
  );
  const taken = new Set(hardOnes.map(([item]) => item));
  const others = sample(
    zero.filter(([item]) => !taken.has(item)),
    count - hardOnes.length,
    next,
  );
  return [...hardOnes, ...others];
}

/** "1–7 (median 7)" judged items per query, for a README. */
export function perQuery(qrels: readonly Qrel[], key: 'resumeId' | 'jobId'): string {
  const counts = new Map<string, number>();
  for (const row of qrels) counts.set(row[key], (counts.get(row[key]) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => a - b);
  if (sorted.length === 0) return '0';
  return `${sorted[0]}–${sorted.at(-1)} (median ${sorted[Math.floor(sorted.length / 2)]})`;
}

/**
 * Expected nDCG@10 of a random order, averaged over the queries (exact: every item is equally likely at every
 * position, so its expected discount is the mean discount of the positions). Gains 2^grade − 1 as in the harness.
 */
export function randomNdcg(qrels: readonly Qrel[], key: 'resumeId' | 'jobId', k = 10): number {
  const byQuery = new Map<string, number[]>();
  for (const row of qrels) {
    if (!byQuery.has(row[key])) byQuery.set(row[key], []);
    byQuery.get(row[key])!.push(row.grade);
  }
  const gain = (grade: number) => 2 ** grade - 1;
  let total = 0;
  for (const grades of byQuery.values()) {
    const ideal = [...grades]
      .sort((a, b) => b - a)
      .slice(0, k)
      .reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);
    let meanDiscount = 0;
    for (let position = 0; position < Math.min(k, grades.length); position++)
      meanDiscount += 1 / Math.log2(position + 2);
    meanDiscount /= grades.length;
    total += ideal > 0 ? (grades.reduce((sum, grade) => sum + gain(grade), 0) * meanDiscount) / ideal : 0;
  }
  return byQuery.size === 0 ? 0 : total / byQuery.size;
}
