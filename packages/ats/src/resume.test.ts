import { describe, expect, it } from 'vitest';
import * as ats from '@rolefit/ats';
import * as resume from '@rolefit/ats/resume';

describe('@rolefit/ats/resume', () => {
  it('exports resume parsing by name: the same functions and error class as the main entry', async () => {
    for (const name of [
      'parseResumeFile',
      'parseResumeText',
      'resumeFileToText',
      'sniffResumeType',
      'isResumeParseError',
      'ResumeParseError',
      'createTesseractRecognizer',
    ] as const)
      expect(resume[name]).toBe(ats[name]);
    const parsed = resume.parseResumeText('Jane Doe\njane@example.com\n\nSkills\nPython, SQL');
    expect(parsed.contact.email).toBe('jane@example.com');
    expect(parsed.skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
    const fromBytes = await resume.parseResumeFile(
      new TextEncoder().encode('Jane Doe\njane@example.com\n\nSkills\nPython, SQL'),
      { type: 'text' },
    );
    expect(fromBytes.skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
    await expect(
      resume.parseResumeFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), { type: 'pdf' }),
    ).rejects.toBeInstanceOf(resume.ResumeParseError);
  });
});
