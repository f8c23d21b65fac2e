import { DEFAULT_EXTRACTION_TIMEOUT_MS } from '@rolefit/ats';

/** The program reads its inputs within this many milliseconds of starting (Node's start-up included): the library's 4 s limit. */
export const PROGRAM_TIME_LIMIT_MS = DEFAULT_EXTRACTION_TIMEOUT_MS;
