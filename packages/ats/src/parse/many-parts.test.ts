import { resumeSchema } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { parseEducationSection } from './education.js';
import { parseResumeText } from './parse-resume-text.js';

const NOW = new Date(Date.UTC(2026, 5, 15));

// A line of more comma-separated parts than a function call takes arguments (~120,000 on Node's default stack): a
// `push(...parts)` of them throws "RangeError: Maximum call stack size exceeded". Found by the round-10 fuzzer (a Kaggle
// CSV résumé's degree line with its town duplicated 373,000 times, 1.9 MB); these lines are hand-written in its shape.
describe('a degree line of 150,000 comma-separated parts', () => {
  const degreeLine = `B.E. in Electronics, ${'ore, '.repeat(150_000)}IPS Academy`;

  it('is read by parseEducationSection as one entry with its degree', () => {
    const entries = parseEducationSection(degreeLine, { now: NOW });
    expect(entries.map((entry) => entry.degree)).toEqual(['B.E.']);
  });

  it('is read by parseResumeText under an education heading into a valid Resume', () => {
    const resume = parseResumeText(`Jane Doe\nEducation\n${degreeLine}`, { now: NOW });
    resumeSchema.parse(resume);
    expect(resume.education[0]?.degree).toBe('B.E.');
  });
});
