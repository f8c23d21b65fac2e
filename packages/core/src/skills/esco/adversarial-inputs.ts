// Texts of size n made of label prefixes, shared by knowledge.test.ts (what each one reads as) and the linear-time
// benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

/** Words that open many occupation labels, again and again (findOccupations). */
export const OCCUPATION_PREFIXES: readonly (readonly [string, (size: number) => string])[] = [
  ['"registered " repeated', (size) => 'registered '.repeat(size / 11)],
];

/** One skill label again and again (findSkills). */
export const SKILL_PREFIXES: readonly (readonly [string, (size: number) => string])[] = [
  ['"machine learning " repeated', (size) => 'machine learning '.repeat(size / 17)],
];
