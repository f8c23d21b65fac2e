/**
 * The program reads its inputs within this many milliseconds of starting (Node's start-up included): the 4 s extraction
 * limit of @rolefit/ats (DEFAULT_EXTRACTION_TIMEOUT_MS; limits.test.ts checks they agree), restated so that the entry
 * point loads no library before a command needs one (`rolefit --help` loads none).
 */
export const PROGRAM_TIME_LIMIT_MS = 4_000;

/** Fewest and most seconds `--time-limit` takes (the time limit for reading the inputs, from the program's start). */
export const TIME_LIMIT_RANGE_S = { min: 1, max: 600 } as const;
