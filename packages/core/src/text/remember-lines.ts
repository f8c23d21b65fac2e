import { ownCopy } from './own-copy.js';

/** Lines longer than this are read afresh each time by a {@link rememberLines} reader (a header line is far shorter). */
const REMEMBERED_LINE = 300;
/** How many lines a {@link rememberLines} reader keeps (then it starts over): at most about 1.2 million characters. */
const REMEMBERED_LINES = 4_096;

/**
 * `read` (a pure function of one line) remembering its answers for short lines, so a reader that looks at one line
 * several times, or at a line written again, works it out once; `copy` gives each caller its own value to change.
 */
export function rememberLines<T>(read: (line: string) => T, copy?: (value: T) => T): (line: string) => T {
  const known = new Map<string, T>();
  return (line) => {
    if (line.length > REMEMBERED_LINE) return read(line);
    let value = known.get(line);
    if (value === undefined && !known.has(line)) {
      if (known.size >= REMEMBERED_LINES) known.clear();
      // Kept by a copy, and read from it (what is kept of it is cut from the copy): a résumé's line cut from its text
      // would keep the whole text.
      const own = ownCopy(line);
      value = read(own);
      known.set(own, value);
    }
    return copy ? copy(value as T) : (value as T);
  };
}
