// Texts of size n with brackets that never close, for the linear-time benchmark (`pnpm bench --only adversarial`: the
// time at n and 2n) of the one-pass bracket readers' callers (jobFingerprint, the skill taxonomy's lookup, career's
// roleTitle). Round 16: the regexes they replaced were quadratic on these; brackets.test.ts checks the readers against
// those regexes, and the callers' tests a million-character case each. Bench data only.

/** Titles: runs of brackets, closed or not. */
export const BRACKET_RUNS: readonly (readonly [string, (size: number) => string])[] = [
  ['"(" that never close', (size) => `Welder ${'('.repeat(size)}`],
  ['"(a" that never close', (size) => `Welder ${'(a'.repeat(size / 2)}`],
  ['"[" that never close', (size) => `Welder ${'['.repeat(size)}`],
  ['one bracket around many', (size) => `Welder (${'('.repeat(size)}) [${'['.repeat(size)}]`],
  ['brackets closed on the next line', (size) => `${'(a\n'.repeat(size / 3)})`],
];

/** Skill tags: a bracket after a long run of spaces, that never closes or closes late. */
export const BRACKETED_TAGS: readonly (readonly [string, (size: number) => string])[] = [
  ['spaces, then "(" that never closes', (size) => `Kubernetes${' '.repeat(size)}(`],
  ['spaces, then "(" and letters', (size) => `Kubernetes${' '.repeat(size / 2)}(${'a'.repeat(size / 2)}`],
  ['spaces and "(" taking turns', (size) => `Widgets${' ('.repeat(size / 2)}CNC)`],
];
