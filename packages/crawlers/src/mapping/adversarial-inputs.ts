// Export records of size n, shared by export-fields-adversarial.test.ts (what each one yields) and the linear-time
// benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

/**
 * n / 1,000 records under a column name of n characters. A CSV header names its columns once and every record carries
 * them: a header of one huge column name was normalised for the aliases again for each record, so n records under an
 * n-character name cost n² (measured, load 6: 65 records under a 64 KB name 116 ms, twice both 373 ms; with names
 * over 64 characters passed over, 3.6 ms and 0.9 ms).
 */
export const recordsUnderLongName = (size: number): Array<Record<string, unknown>> => {
  const name = `Job ${'Title '.repeat(Math.floor(size / 6))}`;
  return Array.from({ length: Math.floor(size / 1_000) }, (_, index) => ({
    [name]: 'x',
    id: `${index}`,
    title: 'Welder',
  }));
};
