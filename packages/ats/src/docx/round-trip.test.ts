import { canonicalSkillName, parseResume, type Resume } from '@rolefit/core';
import { sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { parseResumeFile } from '../parse/index.js';
import { docxToText, formatDateRange, resumeToDocx } from './index.js';

const month = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 7) : date);
const jobs = (resume: Resume) =>
  resume.experience.map((entry) => ({
    title: entry.title,
    company: entry.company,
    start: month(entry.start),
    end: month(entry.end),
  }));
const schools = (resume: Resume) =>
  resume.education.map((entry) => ({
    degree: entry.degree,
    field: entry.field,
    institution: entry.institution,
    start: month(entry.start),
    end: month(entry.end),
  }));

describe('resumeToDocx round trip', () => {
  it.each(sampleResumes.map((sample) => [sample.id, sample] as const))(
    'parses %s back to the same fields',
    async (_id, sample) => {
      const original = parseResume(sample);
      const bytes = await resumeToDocx(original);
      const parsed = await parseResumeFile(bytes);
      expect(parsed.contact.name).toBe(original.contact.name);
      expect(parsed.contact.email).toBe(original.contact.email);
      expect(parsed.contact.phone).toBe(original.contact.phone);
      expect(parsed.contact.links).toEqual(original.contact.links);
      expect(jobs(parsed)).toEqual(jobs(original));
      expect(schools(parsed)).toEqual(schools(original));
      // Skills come back under their canonical names where the taxonomy knows them.
      const parsedSkills = new Set(parsed.skills.map((skill) => skill.toLowerCase()));
      for (const skill of original.skills)
        expect(
          [skill, canonicalSkillName(skill) ?? skill].some((name) => parsedSkills.has(name.toLowerCase())),
          skill,
        ).toBe(true);
      expect(parsed.certifications).toEqual(original.certifications);
      expect(parsed.languages).toEqual(original.languages);
      expect(parsed.summary).toBe(original.summary);
      expect(parsed.experience.map((entry) => entry.highlights)).toEqual(
        original.experience.map((entry) => entry.highlights),
      );
    },
  );

  it('lays the resume out in one column with standard headings and the contact line in the body', async () => {
    const original = parseResume(sampleResumes[0]);
    const bytes = await resumeToDocx(original);
    const text = await docxToText(bytes);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Tomás Herrera');
    expect(lines[1]).toBe(
      'Austin, TX, US | tomas.herrera@example.com | +1 555-0101 | https://github.com/tomas-herrera-example | https://tomasherrera.example.com',
    );
    for (const heading of ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'SKILLS', 'CERTIFICATIONS', 'LANGUAGES'])
      expect(lines).toContain(heading);
    expect(text).toContain('Senior Software Engineer — Brightwater Logistics, Austin, TX\tFeb 2023 – Present');
    // No header/footer parts and no tables in the package.
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).not.toMatch(/word\/header\d*\.xml|word\/footer\d*\.xml/);
    expect(formatDateRange(new Date(Date.UTC(2019, 0, 1)), null)).toBe('Jan 2019 – Present');
    expect(formatDateRange(new Date(Date.UTC(2019, 0, 1)), new Date(Date.UTC(2021, 2, 1)))).toBe('Jan 2019 – Mar 2021');
  });

  it('puts a photo inline at the top and rejects other image types', async () => {
    // A 1×1 transparent PNG.
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const original = parseResume(sampleResumes[1]);
    const bytes = await resumeToDocx(original, { photo: png });
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toMatch(/word\/media\/[^"]+\.png/);
    const parsed = await parseResumeFile(bytes);
    expect(parsed.contact.name).toBe(original.contact.name);
    await expect(resumeToDocx(original, { photo: new Uint8Array([1, 2, 3, 4]) })).rejects.toThrow(/PNG or JPEG/);
  });
});
