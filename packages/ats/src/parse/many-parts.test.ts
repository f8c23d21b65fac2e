import { resumeSchema } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { parseEducationSection } from './education.js';
import { parseResumeText } from './parse-resume-text.js';

const NOW = new Date(Date.UTC(2026, 5, 15));

// More parts or lines than a function call takes arguments (~120,000 on Node's default stack): a `push(...parts)` of
// them throws "RangeError: Maximum call stack size exceeded". Found by the round-10 fuzzer (a Kaggle CSV résumé's degree
// line with its town duplicated 373,000 times, 1.9 MB; another's description lines duplicated under one employer); the
// inputs here are hand-written in their shapes.
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

describe('an employer written twice in the labelled layout, the second time with 150,000 lines of duties', () => {
  it('is read by parseResumeText into a valid Resume with the positions three lines give', () => {
    // The labelled layout of the Kaggle UpdatedResumeDataSet (as adversarial-inputs.ts's LABELLED_RESUME), hand-written.
    const text = (lines: number) =>
      [
        'Skills Python, SQL. Education Details ',
        'June 2014 to May 2018 B.E Computer Science Pune, Maharashtra Westfield Institute of Technology',
        'Data Analyst ',
        'Skill Details ',
        'SQL- Experience - 24 monthsCompany Details ',
        'company - Northwind Analytics Pvt Ltd',
        'description - Built dashboards for the sales team.',
        'company - Northwind Analytics Pvt. Ltd.',
        `description - ${'Wrote SQL reports.\r\n'.repeat(lines)}`,
      ].join('\r\n');
    const resume = parseResumeText(text(150_000), { now: NOW });
    resumeSchema.parse(resume);
    // The same positions and schools as with three lines of duties.
    const short = parseResumeText(text(3), { now: NOW });
    expect(resume.experience.map((position) => position.company)).toEqual(
      short.experience.map((position) => position.company),
    );
    expect(resume.education).toEqual(short.education);
  });
});

describe('a line of work dated inside the position above it, then 130,000 bullets', () => {
  it('is read by parseResumeText into a valid Resume, the line and its bullets in that position', () => {
    // Hand-written in the shape experience.ts describes ("Deal management\n-\nNovember 2015 to October 2016" under
    // "Senior Process Executive"); the bullets were spread into push() with the line, a RangeError past ~120,000.
    const text = (bullets: number) =>
      'Jane Doe\nWORK EXPERIENCE\nSenior Process Executive\nAcme BPM -\nNovember 2015 to Present\nHandled accounts.\n' +
      `Deal management\n-\nNovember 2015 to October 2016\n${'- Closed deals.\n'.repeat(bullets)}`;
    const resume = parseResumeText(text(130_000), { now: NOW });
    resumeSchema.parse(resume);
    const short = parseResumeText(text(3), { now: NOW });
    expect(resume.experience.map((position) => position.company)).toEqual(['Acme BPM']);
    expect(resume.experience[0]?.highlights.slice(0, 4)).toEqual(short.experience[0]?.highlights);
  });
});
