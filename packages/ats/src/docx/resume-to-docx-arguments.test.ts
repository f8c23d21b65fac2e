// resumeToDocx and formatAtsReport refuse an argument of the wrong shape with a ValidationError naming it, where they
// threw a TypeError from a field read inside (resumeToDocx rejected with one after loading docx).
import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../parse/index.js';
import { formatAtsReport } from '../score/format.js';
import { jobFromText, scoreResumeAgainstJob } from '../score/score.js';
import { resumeToDocx } from './resume-to-docx.js';

const resume = parseResumeText('Jane Doe\njane@example.com\n\nSkills\nSQL, Python');

describe('resumeToDocx checks the resume', () => {
  it('refuses a value that is no Resume', async () => {
    await expect(resumeToDocx(null as never)).rejects.toThrow(
      'Invalid resumeToDocx: resume: must be a Resume (use parseResume), got null',
    );
    await expect(resumeToDocx({ ...resume, skills: 'SQL' } as never)).rejects.toThrow(/Invalid Resume: skills/);
    const photo = resumeToDocx(resume, { photo: 'me.png' as never });
    await expect(photo).rejects.toThrow('Invalid resumeToDocx: options.photo: must be a Uint8Array');
    const error = await resumeToDocx(resume, { photo: new Uint8Array([1, 2, 3, 4]) }).catch((caught) => caught);
    expect(isValidationError(error)).toBe(true);
    expect((error as Error).message).toBe('Invalid resumeToDocx: options.photo: must be a PNG or JPEG image');
  });

  it('writes a valid resume as before', async () => {
    const bytes = await resumeToDocx(resume);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
  });
});

describe('formatAtsReport checks the report', () => {
  const report = scoreResumeAgainstJob(resume, jobFromText('Data Analyst\nSQL and Python'));

  it('refuses a report of the wrong shape, naming the part', () => {
    expect(() => formatAtsReport(null as never)).toThrow(
      'Invalid formatAtsReport: report: must be an AtsReport (from scoreResumeAgainstJob), got null',
    );
    expect(() => formatAtsReport({ ...report, breakdown: { ...report.breakdown, skills: null } } as never)).toThrow(
      'Invalid formatAtsReport: report.breakdown.skills: must be a component score, got null',
    );
    expect(() => formatAtsReport({ ...report, issues: undefined } as never)).toThrow(
      'Invalid formatAtsReport: report.issues: must be a list, got undefined',
    );
  });

  it('formats a report as before', () => {
    expect(formatAtsReport(report)).toMatch(/^ATS score: \d+\/100 {2}\(job: Data Analyst\)/);
  });
});
