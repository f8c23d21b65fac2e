// Résumés hand-written for these tests (#23, helpers 184, 188, 190, 204, 206 and 211) in the layouts CVs commonly use
// in English, German, French, Spanish, Portuguese, Italian, Russian, Dutch, Polish, Czech and Slovak (invented people, not real CVs;
// real employers' and towns' names, as CVs write them): "Title,
// Employer — Town, ST <spaces> dates", "Title at Employer (Town)", "Employer · Title" (a LinkedIn export), lines opened
// by their dates and ":" or a tab ("Depuis janvier 2020 : …", "04/2019 – heute <tab> …"), ranges opened by "since" in
// each language ("seit", "ab", "depuis", "desde", "a partir de", "dal"), the Europass CV's two columns flattened with
// spaces, towns in parentheses after the employer, and positions and schools written as labelled fields ("Company Name :",
// "Firma:"). fixtures/layouts/labels.json gives, for each file, its format and
// every field of every position and school read (and, where it has "contact", of the header); a file whose school is not
// yet read right says so ("educationGap") and its education is not compared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseResumeText } from './index.js';

interface Label {
  file: string;
  format: string;
  /** Title, employer, place, start ("2019-04") and end ("2021-12", "present", or "" when not written). */
  experience: string[][];
  /** School, degree, field, start and end; null when the file's schooling is a known gap. */
  education: string[][] | null;
  educationGap?: string;
  /** Who wrote the file, where the label says. */
  origin?: string;
  /** The header's name, e-mail, phone and place ("" when not written). */
  contact?: { name: string; email: string; phone: string; location: string };
}

const directory = fileURLToPath(new URL('./fixtures/layouts/', import.meta.url));
const labels = JSON.parse(readFileSync(`${directory}labels.json`, 'utf8')) as Label[];
const NOW = new Date(Date.UTC(2026, 0, 1));
const month = (date: Date | null | undefined) => (date === null ? 'present' : (date?.toISOString().slice(0, 7) ?? ''));

describe('common CV layouts in several languages (#23)', () => {
  it.each(labels.map((label) => [label.file, label.format, label] as const))('%s: %s', (file, _format, label) => {
    const resume = parseResumeText(readFileSync(`${directory}${file}`, 'utf8'), { now: NOW });
    expect(
      resume.experience.map((entry) => [
        entry.title,
        entry.company ?? '',
        entry.location ?? '',
        month(entry.start),
        month(entry.end),
      ]),
    ).toEqual(label.experience);
    if (label.contact)
      expect({
        name: resume.contact.name ?? '',
        email: resume.contact.email ?? '',
        phone: resume.contact.phone ?? '',
        location: resume.contact.location ?? '',
      }).toEqual(label.contact);
    if (label.education === null) return;
    expect(
      resume.education.map((entry) => [
        entry.institution ?? '',
        entry.degree ?? '',
        entry.field ?? '',
        month(entry.start),
        month(entry.end),
      ]),
    ).toEqual(label.education);
  });
});
