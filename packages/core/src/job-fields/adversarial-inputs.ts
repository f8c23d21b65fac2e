// Location texts of size n, shared by job-fields.test.ts (what each one reads as) and the linear-time benchmark
// (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

/** A long run of parts before "Georgia" (a US state and a country). */
export const LOCATION_TEXTS: readonly (readonly [string, (size: number) => string])[] = [
  ['"Atlanta, " repeated, then Georgia', (size) => `${'Atlanta, '.repeat(size / 9)}Georgia`],
  ['one long part, then Georgia', (size) => `${'x'.repeat(size)}, Georgia`],
  // Round 27: every country by its English names (f41d70e5), and the names that are also words read only after a
  // comma or dash (COUNTRY_CODES_IN_PLACES).
  [
    'countries of two words after commas again and again',
    (size) => `${'Freetown, Sierra Leone, '.repeat(size / 24)}Chad`,
  ],
  [
    'also-word countries after dashes and commas again and again',
    (size) => `${"Lomé - Togo - Chad, N'Djamena, ".repeat(size / 31)}Mali`,
  ],
  ['one long part, then an also-word country', (size) => `${'x'.repeat(size)}, Chad`],
];
