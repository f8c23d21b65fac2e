import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resume } from '@rolefit/core';

/** One labelled resume from the DataTurks "Entity Recognition in Resumes" set (see shared/data/SOURCES.md). */
export interface DataturksResume {
  id: string;
  text: string;
  /** Labelled spans per field; an empty list does not mean the field is absent (annotation is incomplete). */
  fields: Record<
    'name' | 'email' | 'skills' | 'companies' | 'designation' | 'degree' | 'college' | 'graduation_year' | 'location',
    string[]
  >;
}

// The data lives beside the checkout, not in it (it may not be redistributed); ROLEFIT_DATA points elsewhere.
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA ?? path.resolve(repositoryRoot, '../shared/data');

/** Path of the DataTurks resumes file (JSON lines). */
export const DATATURKS_FILE = path.join(dataDirectory, 'dataturks-dev', 'resumes.jsonl');

/** Reads every labelled resume, or an empty list when the file is absent. */
export function readDataturks(): DataturksResume[] {
  if (!existsSync(DATATURKS_FILE)) return [];
  return readFileSync(DATATURKS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DataturksResume);
}

/** The DataTurks fields the parser's figures are given for. */
export const DATATURKS_SCORED_FIELDS = ['name', 'companies', 'designation', 'degree', 'college'] as const;
export type DataturksScoredField = (typeof DATATURKS_SCORED_FIELDS)[number];

/**
 * What a parsed resume gives for each scored field, as the labels write it: the name, each position's employer and
 * title, each entry's degree ("<degree> in <field>") and school. A field the record leaves unlabelled gets no values:
 * annotation is incomplete, so a field is scored only on resumes where it is labelled.
 */
export function dataturksPredicted(resume: Resume, record: DataturksResume): Record<DataturksScoredField, string[]> {
  const labelled = (field: DataturksScoredField, values: string[]) => (record.fields[field].length > 0 ? values : []);
  return {
    name: labelled('name', resume.contact.name ? [resume.contact.name] : []),
    companies: labelled(
      'companies',
      resume.experience.flatMap((entry) => (entry.company ? [entry.company] : [])),
    ),
    designation: labelled(
      'designation',
      resume.experience.map((entry) => entry.title),
    ),
    degree: labelled(
      'degree',
      resume.education.flatMap((entry) =>
        entry.degree ? [[entry.degree, entry.field].filter(Boolean).join(' in ')] : [],
      ),
    ),
    college: labelled(
      'college',
      resume.education.flatMap((entry) => (entry.institution ? [entry.institution] : [])),
    ),
  };
}
