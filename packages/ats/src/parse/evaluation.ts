import { normalizeValue } from './lines.js';

/** Precision and recall of one field over a set of documents. */
export interface FieldScore {
  field: string;
  precision: number;
  recall: number;
  predicted: number;
  expected: number;
}

/** Set-based precision/recall per field: `match` says whether a predicted value counts for an expected one. */
export function scoreFields(
  pairs: readonly { expected: Record<string, readonly string[]>; predicted: Record<string, readonly string[]> }[],
  fields: readonly string[],
  match: (predicted: string, expected: string) => boolean = (predicted, expected) => normalizeValue(predicted) === normalizeValue(expected),
): FieldScore[] {
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
    return { field, precision: predictedCount ? truePredicted / predictedCount : 0, recall: expectedCount ? foundExpected / expectedCount : 0, predicted: predictedCount, expected: expectedCount };
  });
}

function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (normalizeValue(value)) seen.set(normalizeValue(value), value);
  return [...seen.values()];
}

/** The scores as an aligned text table. */
export function formatScores(title: string, scores: readonly FieldScore[]): string {
  const rows = scores.map((score) => `${score.field.padEnd(14)} ${score.precision.toFixed(3).padStart(9)} ${score.recall.toFixed(3).padStart(7)} ${String(score.predicted).padStart(9)} ${String(score.expected).padStart(8)}`);
  return [title, `${'field'.padEnd(14)} precision  recall predicted expected`, ...rows].join('\n');
}
