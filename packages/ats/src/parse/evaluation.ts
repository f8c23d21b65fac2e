import { normalizeValue } from './lines.js';

/** Precision and recall of one field over a set of documents. */
export interface FieldScore {
  field: string;
  precision: number;
  recall: number;
  predicted: number;
  expected: number;
}

/** How {@link scoreFields} counts values. */
export interface ScoreFieldsOptions {
  /**
   * Count repeated values (three jobs at "Company Name") as separate items, each predicted value matching at most one
   * expected one; by default values are a set per document (duplicates dropped).
   */
  multiset?: boolean;
}

/** Set-based precision/recall per field: `match` says whether a predicted value counts for an expected one. */
export function scoreFields(
  pairs: readonly { expected: Record<string, readonly string[]>; predicted: Record<string, readonly string[]> }[],
  fields: readonly string[],
  match: (predicted: string, expected: string) => boolean = (predicted, expected) =>
    normalizeValue(predicted) === normalizeValue(expected),
  options: ScoreFieldsOptions = {},
): FieldScore[] {
  if (options.multiset) return fields.map((field) => scoreMultiset(pairs, field, match));
  return fields.map((field) => {
    let predictedCount = 0;
    let expectedCount = 0;
    let truePredicted = 0;
    let foundExpected = 0;
    for (const pair of pairs) {
      const expected = distinct(pair.expected[field] ?? []);
      const predicted = distinct(pair.predicted[field] ?? []);
      predictedCount += predicted.length;
      expectedCount += expected.length;
      truePredicted += predicted.filter((value) => expected.some((gold) => match(value, gold))).length;
      foundExpected += expected.filter((gold) => predicted.some((value) => match(value, gold))).length;
    }
    return {
      field,
      precision: predictedCount ? truePredicted / predictedCount : 0,
      recall: expectedCount ? foundExpected / expectedCount : 0,
      predicted: predictedCount,
      expected: expectedCount,
    };
  });
}

// Each expected value takes the first unused predicted value that matches it; what is left over is a false positive.
function scoreMultiset(
  pairs: readonly { expected: Record<string, readonly string[]>; predicted: Record<string, readonly string[]> }[],
  field: string,
  match: (predicted: string, expected: string) => boolean,
): FieldScore {
  let predictedCount = 0;
  let expectedCount = 0;
  let matched = 0;
  for (const pair of pairs) {
    const expected = (pair.expected[field] ?? []).filter((value) => normalizeValue(value));
    const predicted = (pair.predicted[field] ?? []).filter((value) => normalizeValue(value));
    predictedCount += predicted.length;
    expectedCount += expected.length;
    const used = new Set<number>();
    for (const gold of expected) {
      const index = predicted.findIndex((value, position) => !used.has(position) && match(value, gold));
      if (index >= 0) {
        used.add(index);
        matched += 1;
      }
    }
  }
  return {
    field,
    precision: predictedCount ? matched / predictedCount : 0,
    recall: expectedCount ? matched / expectedCount : 0,
    predicted: predictedCount,
    expected: expectedCount,
  };
}

/** F1 of a score: 0 when only one side has values, undefined when neither has any (nothing to measure). */
export function f1Of(score: FieldScore): number | undefined {
  if (score.predicted === 0 && score.expected === 0) return undefined;
  if (score.precision + score.recall === 0) return 0;
  return (2 * score.precision * score.recall) / (score.precision + score.recall);
}

const wordsOf = (text: string) =>
  new Set(
    normalizeValue(text)
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter((word) => word.length > 1),
  );

/**
 * Lenient match for labelled spans of uneven extent: half the words of the shorter value in common, and more than a third
 * (≥ 0.34) of the longer one's (so containment of a short value in a long one counts only when it is a fair part of it).
 */
export function wordsOverlap(predicted: string, expected: string): boolean {
  const left = wordsOf(predicted);
  const right = wordsOf(expected);
  if (left.size === 0 || right.size === 0) return false;
  const common = [...left].filter((word) => right.has(word)).length;
  return common / Math.min(left.size, right.size) >= 0.5 && common / Math.max(left.size, right.size) >= 0.34;
}

/** Same letters and digits, ignoring case, spaces and punctuation: "B.S." = "BS", "M.B.A" = "mba". */
export function sameLetters(predicted: string, expected: string): boolean {
  const compact = (text: string) => normalizeValue(text).replace(/[^\p{L}\p{N}+#]/gu, '');
  const left = compact(predicted);
  return left.length > 0 && left === compact(expected);
}

/** The relaxed match used by the labelled sets: {@link sameLetters} or {@link wordsOverlap}. */
export const relaxedMatch = (predicted: string, expected: string): boolean =>
  sameLetters(predicted, expected) || wordsOverlap(predicted, expected);

function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (normalizeValue(value)) seen.set(normalizeValue(value), value);
  return [...seen.values()];
}

/** The scores as an aligned text table. */
export function formatScores(title: string, scores: readonly FieldScore[]): string {
  const rows = scores.map(
    (score) =>
      `${score.field.padEnd(14)} ${score.precision.toFixed(3).padStart(9)} ${score.recall.toFixed(3).padStart(7)} ${String(score.predicted).padStart(9)} ${String(score.expected).padStart(8)}`,
  );
  return [title, `${'field'.padEnd(14)} precision  recall predicted expected`, ...rows].join('\n');
}
