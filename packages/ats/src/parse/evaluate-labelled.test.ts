import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Resume } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { formatScores, scoreFields, type FieldScore } from './evaluation.js';
import { parseResumeFile } from './index.js';

interface Label {
  file: string;
  layout: string;
  name: string;
  email: string;
  phone: string;
  titles: string[];
  companies: string[];
  degrees: string[];
  institutions: string[];
  skills: string[];
}

const directory = fileURLToPath(new URL('./fixtures/labelled/', import.meta.url));
const labels = JSON.parse(readFileSync(`${directory}labels.json`, 'utf8')) as Label[];
const FIELDS = ['name', 'email', 'phone', 'titles', 'companies', 'degrees', 'institutions', 'skills'] as const;

const fieldsOf = (resume: Resume): Record<string, string[]> => ({
  name: resume.contact.name ? [resume.contact.name] : [],
  email: resume.contact.email ? [resume.contact.email] : [],
  phone: resume.contact.phone ? [resume.contact.phone] : [],
  titles: resume.experience.map((entry) => entry.title),
  companies: resume.experience.flatMap((entry) => (entry.company ? [entry.company] : [])),
  degrees: resume.education.flatMap((entry) => (entry.degree ? [entry.degree] : [])),
  institutions: resume.education.flatMap((entry) => (entry.institution ? [entry.institution] : [])),
  skills: resume.skills,
});
const expectedOf = (label: Label): Record<string, string[]> => ({
  name: [label.name],
  email: [label.email],
  phone: [label.phone],
  titles: label.titles,
  companies: label.companies,
  degrees: label.degrees,
  institutions: label.institutions,
  skills: label.skills,
});

async function evaluate(
  extension: 'docx' | 'pdf',
  filter: (label: Label) => boolean = () => true,
): Promise<FieldScore[]> {
  const pairs = [];
  for (const label of labels.filter(filter)) {
    const resume = await parseResumeFile(`${directory}${label.file}.${extension}`, {
      now: new Date(Date.UTC(2026, 0, 1)),
    });
    pairs.push({ expected: expectedOf(label), predicted: fieldsOf(resume) });
  }
  return scoreFields(pairs, FIELDS);
}

const byField = (scores: FieldScore[]) => Object.fromEntries(scores.map((score) => [score.field, score]));

// Floors a little under what was measured (see the printed tables); a change that lowers a score below them fails.
const FLOORS: Record<
  'docx' | 'pdf' | 'pdfTwoColumn',
  Record<(typeof FIELDS)[number], [precision: number, recall: number]>
> = {
  docx: {
    name: [0.95, 0.95],
    email: [0.95, 0.95],
    phone: [0.95, 0.95],
    titles: [0.95, 0.95],
    companies: [0.95, 0.95],
    degrees: [0.95, 0.95],
    institutions: [0.95, 0.95],
    skills: [0.5, 0.85],
  },
  pdf: {
    name: [0.95, 0.95],
    email: [0.95, 0.95],
    phone: [0.9, 0.9],
    titles: [0.95, 0.9],
    companies: [0.95, 0.9],
    degrees: [0.95, 0.95],
    institutions: [0.7, 0.7],
    skills: [0.5, 0.85],
  },
  pdfTwoColumn: {
    name: [0.95, 0.95],
    email: [0.95, 0.95],
    phone: [0.9, 0.9],
    titles: [0.85, 0.85],
    companies: [0.7, 0.7],
    degrees: [0.8, 0.8],
    institutions: [0.5, 0.5],
    skills: [0.45, 0.8],
  },
};

function expectFloors(scores: FieldScore[], floors: Record<string, [number, number]>): void {
  const scored = byField(scores);
  for (const [field, [precision, recall]] of Object.entries(floors)) {
    expect(scored[field]?.precision, `${field} precision`).toBeGreaterThanOrEqual(precision);
    expect(scored[field]?.recall, `${field} recall`).toBeGreaterThanOrEqual(recall);
  }
}

// The generated set (fixtures/labelled, rendered from Rolefit's own templates); the real-resume set is real-resumes/real-resumes.test.ts.
describe('parsing the generated set (resumes rendered from templates written for Rolefit)', () => {
  it('has at least 20 resumes, four of them in two columns', () => {
    expect(labels.length).toBeGreaterThanOrEqual(20);
    expect(labels.filter((label) => label.layout === 'two-column').length).toBeGreaterThanOrEqual(4);
  });

  it('reads the DOCX versions', async () => {
    const scores = await evaluate('docx');
    console.log(formatScores(`Generated set, DOCX (${labels.length} resumes)`, scores));
    expectFloors(scores, FLOORS.docx);
  });

  it('reads the PDF versions (LibreOffice), two-column ones in reading order', async () => {
    const scores = await evaluate('pdf');
    console.log(formatScores(`Generated set, PDF (${labels.length} resumes)`, scores));
    expectFloors(scores, FLOORS.pdf);
    const twoColumn = await evaluate('pdf', (label) => label.layout === 'two-column');
    console.log(formatScores('Generated set, two-column PDFs only', twoColumn));
    expectFloors(twoColumn, FLOORS.pdfTwoColumn);
  });
});
