// Location texts of size n, shared by job-fields.test.ts (what each one reads as) and the linear-time benchmark
// (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

/** A long run of parts before "Georgia" (a US state and a country). */
export const LOCATION_TEXTS: readonly (readonly [string, (size: number) => string])[] = [
  ['"Atlanta, " repeated, then Georgia', (size) => `${'Atlanta, '.repeat(size / 9)}Georgia`],
  ['one long part, then Georgia', (size) => `${'x'.repeat(size)}, Georgia`],
];
