import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A spread into a call's arguments (`list.push(...items)`, `Math.max(...values)`, `String.fromCharCode(...codes)`)
// passes every element as an argument, and past about 120,000 of them the call throws "RangeError: Maximum call stack
// size exceeded" (the round-10 fuzzer found two in ats: 780fdbe, b60aba4). Where the list grows with the input, use
// `pushAll` from `@rolefit/core/internal`, a loop, or a reduce. Biome has no rule that flags spread arguments (its
// linter has no restricted-syntax option; a GritQL plugin could match them but not read an allow-list with reasons),
// hence this test. Spreads into array literals (`[...a, ...b]`, `new Set([...a])`) are not calls and are not listed.

const root = fileURLToPath(new URL('..', import.meta.url));

/** A spread argument the sources may keep: its file, the spread expression's text, and why its length stays small. */
interface BoundedSpread {
  file: string;
  spread: string;
  reason: string;
}

const LIST_CAP = 'a list of a parsed Resume: at most MAX_LIST_LENGTH (1,000) items';
const PLAN_ROWS = "one person's judged jobs, picked by a plan (at most 45)";
const TAXONOMY = 'one per distinct skill of the skill taxonomy the job names';

const BOUNDED: readonly BoundedSpread[] = [
  {
    file: 'packages/ats/src/rtf/rtf-to-text.ts',
    spread: 'gathered',
    reason: 'taken only when the bytes gathered are at most 64 (this.used <= 64); more go to the decoder',
  },
  {
    file: 'packages/ats/src/rtf/rtf-to-text.ts',
    spread: 'bytes.subarray(index + 1, end)',
    reason: "a control word's letters: past MAX_CONTROL_WORD (32) the reader throws 'corrupt' first",
  },
  {
    file: 'packages/ats/src/contact/extract-contact.ts',
    spread: "new URL(link.value).pathname.split('/')",
    reason: 'a link passes contactSchema: at most MAX_URL_LENGTH (8,192) characters, so at most 4,097 segments',
  },
  {
    file: 'packages/ats/src/pdf/layout.ts',
    spread: 'body.slice(at, Math.max(end, at + 1))',
    reason: 'a run of lines across the gutter shorter than MIN_SPANNING_LINES (2), or one line: at most 2 lines',
  },
  {
    file: 'packages/ats/src/docx/resume-to-docx.ts',
    spread: 'parsed.education.map(educationParagraph)',
    reason: LIST_CAP,
  },
  { file: 'packages/ats/src/docx/resume-to-docx.ts', spread: 'parsed.certifications.map(bullet)', reason: LIST_CAP },
  {
    file: 'packages/ats/src/parse/adversarial-inputs.ts',
    spread: 'new TextEncoder().encode(text)',
    reason: 'a test helper (latin1) called on short hand-written strings',
  },
  {
    file: 'packages/ats/src/parse/experience.ts',
    spread: 'labelled.lines',
    reason: 'readLabelledFields returns at most two lines (one company label, one title label)',
  },
  { file: 'packages/ats/src/score/resume-view.ts', spread: 'resume.certifications', reason: LIST_CAP },
  { file: 'packages/ats/src/score/score.ts', spread: 'group.map((skill) => skill.frequency)', reason: TAXONOMY },
  { file: 'packages/ats/src/score/score.ts', spread: 'group.map((skill) => skill.confidence)', reason: TAXONOMY },
  {
    file: 'packages/ats/src/score/score.ts',
    spread:
      "dropBroaderKeywords([ ...missingRequired.map((group) => missingGroup(group, 'required-skill')), ...missingTerms, ...missingPreferred.map((group) => missingGroup(group, 'preferred-skill')), ]).sort(bySureness)",
    reason: TAXONOMY,
  },
  { file: 'packages/ats/src/truthfulness/resume-text.ts', spread: 'resume.certifications', reason: LIST_CAP },
  {
    file: 'packages/cli/src/shared/table.ts',
    spread: "rows.map((row) => clip(row[column] ?? '', Number.MAX_SAFE_INTEGER).length)",
    reason: "formatTable's one caller, rolefit recommend, prints at most --limit rows (at most 1,000)",
  },
  {
    file: 'packages/core/src/job-requirements/degrees.ts',
    spread: 'degrees',
    reason: 'findDegreeMentions reads at most MAX_DEGREE_TEXT (50,000) characters: under 25,000 mentions',
  },
  {
    file: 'packages/core/src/job-requirements/degrees.ts',
    spread: 'named',
    reason: 'findDegreeMentions reads at most MAX_DEGREE_TEXT (50,000) characters: under 25,000 mentions',
  },
  {
    file: 'packages/core/src/models/llama-runtime.ts',
    spread: 'error.issues',
    reason: "the schema's issues with one settings object (one per key at most)",
  },
  {
    file: 'packages/core/src/store/contract/store-contract.ts',
    spread: 'idsOf(await store.listJobs({}, { offset, limit: 10 }))',
    reason: 'a page of at most 10 jobs',
  },
  { file: 'packages/core/src/testing/scaling.ts', spread: 'smallTimes', reason: 'the repeats of one timing (a few)' },
  { file: 'packages/core/src/testing/scaling.ts', spread: 'largeTimes', reason: 'the repeats of one timing (a few)' },
  { file: 'packages/core/src/testing/text-arbitrary.ts', spread: 'tokens', reason: 'a fixed list of test tokens' },
  {
    file: 'packages/core/src/text/encoding.ts',
    spread: 'units.subarray(0, end - start)',
    reason: 'one piece of at most 8,192 code units',
  },
  {
    file: 'packages/eval/src/cli/run-eval.ts',
    spread: 'rows.map((row) => row[column]!.length)',
    reason: 'one row per ranker and dev set',
  },
  {
    file: 'packages/eval/src/dev-sets/applicant-occupation-few.ts',
    spread: 'rows',
    reason: PLAN_ROWS,
  },
  {
    file: 'packages/eval/src/dev-sets/context.ts',
    spread: 'parts',
    reason: 'the parts of a path under the data folder',
  },
  {
    file: 'packages/eval/src/dev-sets/hand-graded-resume-jobs.ts',
    spread: 'shuffle(eligible, next).slice(0, 15)',
    reason: 'at most 15',
  },
  {
    file: 'packages/eval/src/dev-sets/onet.ts',
    spread: 'lefts.flatMap((left) => rights.map((right) => occupationGrade(left, right)))',
    reason: "pairs of two people's or postings' occupation codes (a few each)",
  },
  {
    file: 'packages/eval/src/dev-sets/pick.ts',
    spread: 'sample( graded.filter(([, g]) => g === grade), perGrade, next, )',
    reason: "the plan's perGrade",
  },
  {
    file: 'packages/eval/src/dev-sets/pick.ts',
    spread: 'pickNegatives(graded, negatives, hard, isHard, next)',
    reason: "the plan's negatives",
  },
  {
    file: 'packages/eval/src/dev-sets/recruiter-occupation.ts',
    spread: 'rows',
    reason: PLAN_ROWS,
  },
  {
    file: 'packages/eval/src/dev-sets/resume-occupation.ts',
    spread: 'rows',
    reason: PLAN_ROWS,
  },
  {
    file: 'packages/eval/src/dev-sets/resume-skill-jobs-few.ts',
    spread: 'rows',
    reason: PLAN_ROWS,
  },
  {
    file: 'packages/eval/src/dev-sets/test-helpers.ts',
    spread: 'counts',
    reason: 'a test helper: one count per query of a dev set (a few thousand)',
  },
  { file: 'packages/eval/src/harness/report.ts', spread: 'losses', reason: 'one per dev set' },
  {
    file: 'packages/eval/src/harness/report.ts',
    spread: 'rows.map((row) => row[column]!.length)',
    reason: 'one row per ranker and dev set',
  },
  {
    file: 'packages/rankers/src/embedding/chunking.ts',
    spread: 'ids',
    reason: "only while the chunk stays within room tokens (the model's window)",
  },
  {
    file: 'packages/rankers/src/learned/features.ts',
    spread: 'MULTI_FACTOR_NAMES.map((factor) => `factor:${factor}`)',
    reason: 'a fixed list',
  },
  {
    file: 'packages/rankers/src/learned/features.ts',
    spread: 'CURRENCIES.map((currency) => `salary:currency-${currency}`)',
    reason: 'a fixed list',
  },
  {
    file: 'packages/rankers/src/learned/features.ts',
    spread: 'WORKPLACES.map((workplace) => `workplace:${workplace}`)',
    reason: 'a fixed list',
  },
  {
    file: 'packages/rankers/src/learned/features.ts',
    spread: 'EMPLOYMENT.map((type) => `employment:${type}`)',
    reason: 'a fixed list',
  },
  {
    file: 'packages/rankers/src/learned/features.ts',
    spread: 'MULTI_FACTOR_NAMES.map((factor) => breakdown[factor] ?? 0.5)',
    reason: 'a fixed list',
  },
  { file: 'packages/rankers/src/learned/features.ts', spread: 'jobSideFeatures(job, now)', reason: 'a fixed length' },
  {
    file: 'packages/rankers/src/learned/onnx-classifier.ts',
    spread: 'values',
    reason: "one row's logits: one per label of the model (two or three)",
  },
  { file: 'packages/rankers/src/learned/ordinal.ts', spread: 'next', reason: 'three thresholds' },
  { file: 'packages/rankers/src/llm/llm-ranker.ts', spread: 'yes', reason: 'first tokens of a few answer words' },
  { file: 'packages/rankers/src/llm/llm-ranker.ts', spread: 'no', reason: 'first tokens of a few answer words' },
  {
    file: 'packages/store-elastic/src/filters/to-elastic-filter.ts',
    spread: 'equivalentPlaceNames(parts[0])',
    reason: 'the names core knows for one place (a few)',
  },
  {
    file: 'packages/store-elastic/src/store/response-limit.ts',
    spread: 'args',
    reason: "the arguments of the client's makeRequest, passed on (two)",
  },
];

/** Every spread argument of a call or `new` in a TypeScript source, with its line and whitespace-collapsed text. */
function callSpreads(source: string, fileName = 'source.ts'): Array<{ line: number; spread: string }> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; spread: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)))
      found.push({
        line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        spread: node.expression.getText().replace(/\s+/g, ' '),
      });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('callSpreads', () => {
  it('finds spreads into calls and new, not into array literals', () => {
    const source = 'a.push(...xs);\nMath.max(0, ...ys);\nnew Foo(...zs);\nconst s = new Set([...xs]);\nf([...xs]);';
    expect(callSpreads(source)).toEqual([
      { line: 1, spread: 'xs' },
      { line: 2, spread: 'ys' },
      { line: 3, spread: 'zs' },
    ]);
  });
});

describe('spread arguments in packages/*/src', () => {
  const packages = readdirSync(join(root, 'packages'));
  const found = packages.flatMap((name) =>
    sourceFiles(join(root, 'packages', name, 'src')).flatMap((path) => {
      const file = relative(root, path).split('\\').join('/');
      return callSpreads(readFileSync(path, 'utf8'), file).map((spread) => ({ file, ...spread }));
    }),
  );

  it('are only those whose length is bounded by a small constant (BOUNDED, each with its reason)', () => {
    const unlisted = found.filter(
      (spread) => !BOUNDED.some((bounded) => bounded.file === spread.file && bounded.spread === spread.spread),
    );
    expect(
      unlisted.map((spread) => `${spread.file}:${spread.line}: ...${spread.spread}`),
      'use pushAll from @rolefit/core/internal, a loop or a reduce where the list grows with the input; add a bounded one to BOUNDED with its reason',
    ).toEqual([]);
  });

  it('has no entry in BOUNDED left over from a spread that is gone', () => {
    const stale = BOUNDED.filter(
      (bounded) => !found.some((spread) => spread.file === bounded.file && spread.spread === bounded.spread),
    );
    expect(stale.map((bounded) => `${bounded.file}: ...${bounded.spread}`)).toEqual([]);
  });
});
