import { describe, expect, it } from 'vitest';
import * as ats from './index.js';
import * as read from './read.js';

// `@rolefit/ats/read` is the résumé reading of the main entry without the parser on the calling thread: the same
// functions and classes (an error from either passes the other's isResumeParseError and instanceof).
describe('@rolefit/ats/read', () => {
  it('exports the same functions, classes and constants as @rolefit/ats', () => {
    const names = Object.keys(read).sort();
    expect(names).toEqual([
      'DEFAULT_MAX_RESUME_BYTES',
      'DEFAULT_MAX_TEXT_CHARS',
      'DEFAULT_READ_TIMEOUT_MS',
      'ResumeParseError',
      'decodeResumeText',
      'isResumeParseError',
      'parseResumeFile',
      'readFileLimited',
      'readResumeBytes',
      'readResumeFile',
      'readStreamLimited',
      'sniffResumeType',
    ]);
    const main = new Map(Object.entries(ats));
    for (const [name, value] of Object.entries(read)) expect(value, name).toBe(main.get(name));
  });

  it('parses a text file in the worker as the main entry does', async () => {
    const bytes = new TextEncoder().encode('Jane Example\njane@example.com\nSkills\nPython, SQL\n');
    const now = new Date('2026-01-15T00:00:00.000Z');
    const resume = await read.parseResumeFile(bytes, { now });
    expect(resume).toEqual(await ats.parseResumeFile(bytes, { now }));
    expect(resume.contact.email).toBe('jane@example.com');
    expect(resume.skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });
});
