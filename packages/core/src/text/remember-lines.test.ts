import { describe, expect, it } from 'vitest';
import { rememberLines } from './remember-lines.js';

describe('rememberLines', () => {
  it('reads a short line once, gives each caller its own copy, and reads long lines afresh', () => {
    const read: string[] = [];
    const parts = rememberLines(
      (line: string) => {
        read.push(line);
        return line.split(' ');
      },
      (value) => [...value],
    );
    const first = parts('Engineer Acme');
    first.push('changed');
    expect(parts('Engineer Acme')).toEqual(['Engineer', 'Acme']);
    expect(parts('Analyst')).toEqual(['Analyst']);
    const long = 'x '.repeat(200);
    parts(long);
    parts(long);
    expect(read).toEqual(['Engineer Acme', 'Analyst', long, long]);
  });

  it('remembers an undefined answer too', () => {
    let calls = 0;
    const none = rememberLines((_line: string) => {
      calls++;
      return undefined;
    });
    none('a');
    none('a');
    expect(calls).toBe(1);
  });

  it('keeps at most 4,096 lines, then starts over', () => {
    const read: string[] = [];
    const length = rememberLines((line: string) => {
      read.push(line);
      return line.length;
    });
    for (let index = 0; index < 4_096; index++) length(`line ${index}`);
    length('line 0');
    expect(read).toHaveLength(4_096);
    // The 4,097th distinct line empties the memory, so the first line is read again afterwards.
    length('line 4096');
    length('line 0');
    expect(read.slice(-2)).toEqual(['line 4096', 'line 0']);
  });
});
