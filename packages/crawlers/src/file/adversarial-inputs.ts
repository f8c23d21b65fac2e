// Chunks and descriptions of size n, shared by the file crawler's tests (what each one yields) and the linear-time
// benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

/** Size n of `unit` again and again, cut to n characters. */
const unitsOf = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * One-character lines in a chunk of the read stream (at most 64 KiB; measured at 32,768 → 65,536 characters): each
 * line searched the rest of the chunk for a CR (there is none), 0.5 ms for 16 KB, 31 ms for 64 KB (line-breaks.ts).
 */
export const LINE_CHUNKS: readonly (readonly [string, (size: number) => string])[] = [
  ['LF lines', unitsOf('x\n')],
  ['CR lines', unitsOf('x\r')],
  ['empty LF lines', unitsOf('\n')],
];

/** Descriptions of one short unit again and again (a record's description, read once validated). */
export const DESCRIPTIONS: readonly (readonly [string, (size: number) => string])[] = [
  ['commas', unitsOf(',')],
  ['amounts and commas', unitsOf('$1,')],
  ['a listed skill', unitsOf('Python, ')],
  ['a pay period', unitsOf('$1 a year ')],
  ['years of experience', unitsOf('5+ years ')],
];
