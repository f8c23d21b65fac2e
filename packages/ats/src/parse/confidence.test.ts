import { parseResume, resumeSchema } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { assessParse } from './confidence.js';
import { parseResumeText } from './parse-resume-text.js';

const when = (text: string) => new Date(text);

describe('assessParse', () => {
  it('trusts a complete entry and warns about each missing or doubtful part of a poor one', () => {
    const { warnings, confidence } = assessParse({
      contact: { name: 'Maya Okafor', email: 'maya@example.com', links: [] },
      experience: [
        {
          title: 'Senior Backend Engineer',
          company: 'Cedarline Systems Inc.',
          start: when('2021-03-01'),
          end: null,
          highlights: [],
        },
        { title: 'Worked on many different things for the team across several quarters', highlights: [] },
      ],
      education: [
        { degree: 'MCA', institution: 'Anna University', start: when('2014-01-01'), end: when('2016-12-01') },
        { degree: 'Accounting' },
      ],
    });
    expect(confidence.experience[0]).toBe(1);
    expect(confidence.experience[1]).toBeLessThan(0.3);
    expect(confidence.education[0]).toBe(1);
    expect(confidence.education[1]).toBeLessThan(0.5);
    expect(confidence.name).toBe(0.9);
    expect(confidence.contact).toBe(0.5);
    expect(warnings).toEqual([
      { path: 'experience[1].company', reason: 'empty' },
      { path: 'experience[1].start', reason: 'no dates found' },
      { path: 'experience[1].title', reason: '11 words: may be a sentence, not a title' },
      { path: 'education[1].degree', reason: 'not a degree the parser knows' },
      { path: 'education[1].institution', reason: 'empty' },
      { path: 'education[1].start', reason: 'no dates found' },
    ]);
  });

  it('says when the name looks like a heading or a job title, and when title and company overlap', () => {
    const chef = assessParse({
      contact: { name: 'SOUS CHEF', links: [] },
      experience: [{ title: 'Sous Chef', company: 'Sous Chef at Hilton', start: when('2019-01-01'), highlights: [] }],
      education: [],
    });
    expect(chef.confidence.name).toBe(0.3);
    expect(chef.warnings).toContainEqual({ path: 'contact.name', reason: 'looks like a job title' });
    expect(chef.warnings).toContainEqual({ path: 'contact', reason: 'no email or phone found' });
    expect(chef.warnings).toContainEqual({
      path: 'experience[0].title',
      reason: 'title and company overlap: one may hold the other',
    });
    const heading = assessParse({ contact: { name: 'Work Experience', links: [] }, experience: [], education: [] });
    expect(heading.warnings).toContainEqual({ path: 'contact.name', reason: 'looks like a heading' });
    expect(assessParse({ contact: { links: [] }, experience: [], education: [] })).toEqual({
      warnings: [
        { path: 'contact.name', reason: 'empty' },
        { path: 'contact', reason: 'no email or phone found' },
      ],
      confidence: { contact: 0, experience: [], education: [] },
    });
  });
});

describe('parseResumeText warnings and confidence', () => {
  it('puts one confidence per entry in the result, and the result stays a valid Resume', () => {
    const resume = parseResumeText(
      'Jane Doe\njane@example.com | +1 555 0100\n\nExperience\nData Analyst, Acme Corp, Jan 2019 – Present\n- Built SQL dashboards\nVolunteer\n\nEducation\nB.Sc. in Statistics, University of Leeds, 2014 – 2017',
      { now: when('2024-01-01') },
    );
    expect(resume.confidence?.experience).toHaveLength(resume.experience.length);
    expect(resume.confidence?.education).toHaveLength(resume.education.length);
    expect(resume.confidence?.experience[0]).toBeGreaterThan(0.8);
    expect(resume.confidence?.name).toBe(0.9);
    expect(resume.warnings).toEqual(expect.any(Array));
    // Backwards compatible: both fields are optional, and a resume without them still validates.
    expect(resumeSchema.parse(resume)).toEqual(resume);
    const { warnings: _warnings, confidence: _confidence, ...plain } = resume;
    expect(parseResume(plain).confidence).toBeUndefined();
    expect(() => parseResume({ ...resume, confidence: { experience: [1.5] } })).toThrow(/confidence/);
  });

  it('warns when an experience or education section holds text but no entry was read from it', () => {
    // Hand-written: a section whose lines the parser cannot read as entries (no dates, no degree), under known headings.
    const resume = parseResumeText(
      [
        'Jane Doe',
        'jane@example.com',
        '',
        'Work Experience',
        'Many things for many people',
        'More things again',
        '',
        'Education',
        'Self-taught through and through',
      ].join('\n'),
    );
    expect(resume.experience).toEqual([]);
    expect(resume.warnings).toEqual(
      expect.arrayContaining([
        { path: 'experience', reason: 'no position read from the "Work Experience" section (2 lines of text)' },
      ]),
    );
    expect(resume.warnings?.some((warning) => warning.path === 'education')).toBe(resume.education.length === 0);
    // No section, no warning: a résumé that has no experience heading says nothing of experience.
    expect(parseResumeText('Jane Doe\njane@example.com\n\nSkills\nSQL').warnings).toEqual([]);
  });

  it('judges titles and employers in the languages the experience reader knows, as it does', () => {
    // Hand-written in the Europass order: a Spanish title ending in "software" and a French employer's "S.A.".
    const resume = parseResumeText(
      [
        'Ana Ruiz',
        'ana@example.es',
        '',
        'Experiencia laboral',
        'Ingeniera de software, Telefónica S.A.',
        '01/2019 – 12/2020',
      ].join('\n'),
    );
    expect(resume.experience.map((entry) => [entry.title, entry.company])).toEqual([
      ['Ingeniera de software', 'Telefónica S.A.'],
    ]);
    expect(resume.warnings).toEqual([]);
    expect(resume.confidence?.experience).toEqual([1]);
  });
});
