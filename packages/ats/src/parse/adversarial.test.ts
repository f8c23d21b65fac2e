import { MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_SKILLS, resumeSchema } from '@rolefit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../core/src/testing/scaling.js';
import { textFrom } from '../../../core/src/testing/text-arbitrary.js';
import { extractContact } from '../contact/index.js';
import { splitSections } from '../sections/index.js';
import { parseEducationSection } from './education.js';
import { parseExperienceSection, splitHeaderParts, splitLocation } from './experience.js';
import { parseResumeText } from './parse-resume-text.js';
import { RESUMES, SECTIONS, withHeadings } from './adversarial-inputs.js';

const NOW = new Date(Date.UTC(2026, 5, 15));
describe('parseResumeText on adversarial input', () => {
  // The time of each step below at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(RESUMES)(
    'reads the contact and sections of 40,000 characters of it, each section a part of the text: %s',
    (_name, make) => {
      const text = make(40_000);
      resumeSchema.parse({ id: 'r', contact: extractContact(text) });
      const sections = splitSections(text);
      // Nothing lost: the sections run to the end of the text (a text of blank lines has none).
      expect(sections.length > 0 || text.trim() === '').toBe(true);
      let previous = 0;
      for (const section of sections) {
        expect(section.start).toBeGreaterThanOrEqual(previous);
        expect(text.slice(section.start, section.end)).toContain(section.text);
        previous = section.end;
      }
      if (sections.length > 0) expect(previous).toBe(text.length);
    },
  );

  it.each(SECTIONS)(
    'reads 40,000 characters of it as an experience and an education section into at most an entry a line: %s',
    (_name, make) => {
      const text = make(40_000);
      const lines = text.split('\n').length;
      // The section readers' entries are capped to the Resume's limits later, by parseResumeText (checked above).
      for (const entries of [parseExperienceSection(text, { now: NOW }), parseEducationSection(text, { now: NOW })]) {
        expect(entries.length).toBeLessThanOrEqual(lines);
        for (const entry of entries)
          for (const value of Object.values(entry))
            if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(text.length);
      }
    },
  );

  // Its time at 40,000 and 80,000 characters (alone and under headings) is measured by `pnpm bench --only
  // adversarial` (no timings in tests).
  it.each([...RESUMES, ...SECTIONS])(
    'reads 40,000 characters of it, alone and under both headings, into a valid Resume that keeps the name above: %s',
    (_name, make) => {
      const text = make(40_000);
      resumeSchema.parse(parseResumeText(text, { now: NOW }));
      const headed = parseResumeText(withHeadings(text), { now: NOW });
      resumeSchema.parse(headed);
      expect(headed.contact.name).toBe('Jane Doe');
    },
  );

  it('splits header lines as the regexes it replaced did', () => {
    // Outputs of the regex version (/^(.+?)\s+(?:at|@)\s+(.+)$/i, /\s*,\s*/, /^(.*?)\s*\(([^()]+)\)$/, ...).
    expect(splitHeaderParts('Senior Engineer at Acme Corp')).toEqual(['Senior Engineer', 'Acme Corp']);
    expect(splitHeaderParts('Engineer at \r Acme')).toEqual(['Engineer', 'Acme']);
    expect(splitHeaderParts('Engineer at Acme\rx at y')).toEqual(['Engineer at Acme\rx at y']);
    expect(splitHeaderParts('Engineer  @  Acme, Austin, TX')).toEqual(['Engineer', 'Acme, Austin, TX']);
    expect(splitHeaderParts('Engineer | Acme | | Austin')).toEqual(['Engineer', 'Acme', 'Austin']);
    expect(splitLocation('Engineer  @  Acme, Austin, TX')).toEqual({
      name: 'Engineer  @  Acme',
      location: 'Austin, TX',
    });
    expect(splitLocation('Acme Corp (Austin, TX)')).toEqual({ name: 'Acme Corp', location: 'Austin, TX' });
    expect(splitLocation('Acme ,  , Austin, TX')).toEqual({ name: 'Acme', location: ', Austin, TX' });
  });

  it('never throws and always returns a valid Resume', () => {
    const tokens = [
      'Jane Doe',
      'Experience',
      'EXPERIENCE',
      'Work History',
      'Education',
      'Skills',
      'Skills:',
      'Languages',
      'Certifications',
      'Summary',
      'Projects',
      'Senior Engineer',
      'Acme Corp',
      'at',
      '@',
      'Austin, TX',
      '(Remote)',
      'Jan 2019 - Present',
      '2015 – 2018',
      '03/2017 - 06/2019',
      'B.S. in Computer Science',
      'MIT',
      'University of Texas',
      'GPA 3.9',
      'Python, SQL, Go',
      'English (C1, fluent)',
      'jane@example.com',
      'https://github.com/jane',
      'linkedin.com/in/jane',
      '+1 555 123 4567',
      'Phone:',
      '•',
      '-',
      '|',
      '—',
      '\t',
      '\r\n',
      '\n\n',
      '  ',
    ];
    fc.assert(
      fc.property(textFrom(tokens, 40), (text) => {
        const resume = parseResumeText(text, { now: NOW });
        resumeSchema.parse(resume);
        if (resume.totalYears !== undefined)
          expect(Number.isFinite(resume.totalYears) && resume.totalYears >= 0).toBe(true);
      }),
      { numRuns: propertyRuns() },
    );
  });
});

describe('parseResumeText within the Resume schema size caps', () => {
  // Round 23: more distinct links of the person's own than the Contact schema holds made contactSchema.parse throw a
  // ZodError from extractContact and parseResumeText.
  it("keeps the first MAX_LIST_LENGTH of more links of the person's own", () => {
    const text = `Jane Doe\n${Array.from({ length: MAX_LIST_LENGTH + 200 }, (_, index) => `Portfolio: https://a${index}.io/x`).join('\n')}`;
    for (const contact of [extractContact(text), parseResumeText(text, { now: NOW }).contact]) {
      expect(contact.links).toHaveLength(MAX_LIST_LENGTH);
      expect(contact.links[0]).toBe('https://a0.io/x');
      expect(contact.links.at(-1)).toBe(`https://a${MAX_LIST_LENGTH - 1}.io/x`);
    }
  });

  // Before the caps the Resume schema took any size; with them, such text made resumeSchema.parse throw a ZodError.
  it('cuts a field past a cap with a warning instead of failing: 36,000 skill items, a 290,000-character certification', () => {
    const items = Array.from({ length: 36_000 }, (_, index) => `sk${index}`).join(', ');
    const skills = parseResumeText(`Jane Doe\n\nSkills\n${items}\n`, { now: NOW });
    expect(skills.skills).toHaveLength(MAX_SKILLS);
    expect(skills.warnings).toContainEqual({
      path: 'skills',
      reason: `cut from 36000 to ${MAX_SKILLS} items, the Resume schema's limit`,
    });
    const certificate = parseResumeText(`Jane Doe\n\nCertifications\n${'Certified '.repeat(29_000)}\n`, { now: NOW });
    expect(certificate.certifications[0]!.length).toBeLessThanOrEqual(MAX_SHORT_TEXT_LENGTH);
    expect(certificate.warnings).toContainEqual({
      path: 'certifications[0]',
      reason: expect.stringMatching(/^cut from \d+ to 1000 characters/),
    });
  });
});
